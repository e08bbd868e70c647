//! Reminders through a real journal file, with the clock and the zone
//! passed in: once a day at most, one catch-up after a sleep, nothing when
//! already done, paused or in quiet hours, once on a fall-back night, and
//! a snooze that comes round.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::London;
use tend_core::CheckInDraft;
use tend_core::reminder::{Reminder, ReminderKind, Rule, Waiting, Weekdays};
use tend_journal::{Due, Journal, JournalError};

fn local(text: &str) -> DateTime<Utc> {
    let t = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap();
    London
        .from_local_datetime(&t)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

fn reminder(kind: ReminderKind, hm: &str, only_if_not_done: bool) -> Reminder {
    Reminder {
        id: None,
        kind,
        rule: Rule {
            time: NaiveTime::parse_from_str(hm, "%H:%M").unwrap(),
            days: Weekdays::EVERY_DAY,
        },
        only_if_not_done,
        text: if kind == ReminderKind::Own {
            "Drink some water".into()
        } else {
            String::new()
        },
        enabled: true,
    }
}

/// Ticks every `step` seconds from `from` to `to`, as the loop would.
fn run(journal: &mut Journal, from: DateTime<Utc>, to: DateTime<Utc>, step: i64) -> Vec<Due> {
    let mut sent = Vec::new();
    let mut now = from;
    while now <= to {
        if let Some(due) = journal
            .reminder_tick(now, &London, Waiting::default())
            .unwrap()
        {
            sent.push(due);
        }
        now += Duration::seconds(step);
    }
    sent
}

fn journal() -> (tempfile::TempDir, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path()).unwrap();
    (dir, j)
}

#[test]
fn reminders_are_kept_changed_and_removed() {
    let (_dir, mut j) = journal();
    let now = fixed_now();
    let saved = j
        .save_reminder(reminder(ReminderKind::CheckIn, "18:30", true), now)
        .unwrap();
    let mut changed = saved.clone();
    changed.rule.days = Weekdays::WORKDAYS;
    j.save_reminder(changed, now).unwrap();
    j.save_reminder(reminder(ReminderKind::Own, "07:15", false), now)
        .unwrap();
    let list = j.reminders().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].reminder.text, "Drink some water", "earliest first");
    assert_eq!(list[1].reminder.rule.days, Weekdays::WORKDAYS);
    assert_eq!(list[1].last_sent, None);

    let mut wordless = reminder(ReminderKind::Own, "09:00", false);
    wordless.text = "  ".into();
    assert!(matches!(
        j.save_reminder(wordless, now),
        Err(JournalError::InvalidReminder(_))
    ));
    let mut no_days = reminder(ReminderKind::Practice, "09:00", false);
    no_days.rule.days = Weekdays([false; 7]);
    assert!(j.save_reminder(no_days, now).is_err());

    j.delete_reminder(saved.id.unwrap()).unwrap();
    assert_eq!(j.reminders().unwrap().len(), 1);
}

#[test]
fn a_reminder_fires_once_a_day_at_its_time() {
    let (_dir, mut j) = journal();
    j.save_reminder(reminder(ReminderKind::CheckIn, "18:30", false), fixed_now())
        .unwrap();
    let sent = run(
        &mut j,
        local("2026-11-26 18:00:00"),
        local("2026-11-27 19:00:00"),
        30,
    );
    let days: Vec<String> = sent.iter().map(|d| d.day.to_string()).collect();
    assert_eq!(days, ["2026-11-26", "2026-11-27"]);
    assert!(j.reminders().unwrap()[0].last_sent.is_some());
}

#[test]
fn after_a_ten_hour_sleep_one_notification_comes_not_a_flood() {
    let (_dir, mut j) = journal();
    let now = fixed_now();
    for hm in ["18:30", "20:00", "21:15"] {
        j.save_reminder(reminder(ReminderKind::Practice, hm, false), now)
            .unwrap();
    }
    // Awake until 17:00, then the lid closes until 03:00.
    assert!(
        run(
            &mut j,
            local("2026-11-26 16:00:00"),
            local("2026-11-26 17:00:00"),
            30
        )
        .is_empty()
    );
    let woke = local("2026-11-27 03:00:00");
    // Every missed one is more than three hours old: nothing at all.
    assert_eq!(
        j.reminder_tick(woke, &London, Waiting::default()).unwrap(),
        None
    );

    // The same ten hours with a night reminder at 01:30 as well: exactly
    // one notification on waking, the 01:30 one; the evening's are passed
    // over for good.
    let (_dir, mut j) = journal();
    for hm in ["18:30", "20:00", "21:15", "01:30"] {
        j.save_reminder(reminder(ReminderKind::Practice, hm, false), now)
            .unwrap();
    }
    run(
        &mut j,
        local("2026-11-26 16:30:00"),
        local("2026-11-26 17:00:00"),
        30,
    );
    let sent = run(
        &mut j,
        local("2026-11-27 03:00:00"),
        local("2026-11-27 12:00:00"),
        30,
    );
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].day.to_string(), "2026-11-27");
    let night = j
        .reminders()
        .unwrap()
        .into_iter()
        .find(|v| v.reminder.rule.time.to_string() == "01:30:00")
        .unwrap();
    assert!(night.last_sent.is_some());

    // A shorter sleep, 17:00 to 22:00 the next day: only the latest.
    let (_dir, mut j) = journal();
    for hm in ["18:30", "20:00", "21:15"] {
        j.save_reminder(reminder(ReminderKind::Practice, hm, false), now)
            .unwrap();
    }
    run(
        &mut j,
        local("2026-11-26 16:30:00"),
        local("2026-11-26 17:00:00"),
        30,
    );
    let sent = run(
        &mut j,
        local("2026-11-26 22:00:00"),
        local("2026-11-26 23:59:00"),
        30,
    );
    assert_eq!(sent.len(), 1);
    let fired = j.reminders().unwrap();
    let last: Vec<bool> = fired.iter().map(|v| v.last_sent.is_some()).collect();
    assert_eq!(last, [false, false, true], "the 21:15 one, no others");
}

#[test]
fn nothing_is_sent_when_done_paused_or_quiet() {
    let (_dir, mut j) = journal();
    let now = fixed_now();
    j.save_reminder(reminder(ReminderKind::CheckIn, "18:30", true), now)
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    j.save_checkin(day, CheckInDraft::default(), now).unwrap();
    assert!(
        run(
            &mut j,
            local("2026-11-26 18:29:00"),
            local("2026-11-26 18:40:00"),
            30
        )
        .is_empty()
    );
    // The next day, with no check-in, it comes.
    assert_eq!(
        run(
            &mut j,
            local("2026-11-27 18:29:00"),
            local("2026-11-27 18:40:00"),
            30
        )
        .len(),
        1
    );
    // Paused until the 29th: nothing on the 28th or 29th, then back.
    j.pause_reminders(Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()))
        .unwrap();
    let sent = run(
        &mut j,
        local("2026-11-28 18:00:00"),
        local("2026-11-30 19:00:00"),
        60,
    );
    let days: Vec<String> = sent.iter().map(|d| d.day.to_string()).collect();
    assert_eq!(days, ["2026-11-30"]);
    // Quiet hours from 18:00 to 07:00: skipped.
    j.pause_reminders(None).unwrap();
    j.set_quiet_hours(Some((
        NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
        NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
    )))
    .unwrap();
    assert!(
        run(
            &mut j,
            local("2026-12-01 18:00:00"),
            local("2026-12-01 19:00:00"),
            60
        )
        .is_empty()
    );
}

#[test]
fn on_the_night_the_clocks_go_back_a_half_past_one_reminder_fires_once() {
    let (_dir, mut j) = journal();
    j.save_reminder(reminder(ReminderKind::Own, "01:30", false), fixed_now())
        .unwrap();
    // 2025-10-26 in London: 01:00 to 02:00 happens twice.
    let sent = run(
        &mut j,
        local("2025-10-25 23:00:00"),
        local("2025-10-26 04:00:00"),
        30,
    );
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].text, "Drink some water");
}

#[test]
fn a_snoozed_reminder_comes_back_once() {
    let (_dir, mut j) = journal();
    j.save_reminder(reminder(ReminderKind::CheckIn, "18:30", false), fixed_now())
        .unwrap();
    let first = run(
        &mut j,
        local("2026-11-26 18:29:00"),
        local("2026-11-26 18:31:00"),
        30,
    );
    assert_eq!(first.len(), 1);
    j.snooze_reminder(first[0].id, first[0].day, local("2026-11-26 18:46:00"))
        .unwrap();
    let again = run(
        &mut j,
        local("2026-11-26 18:31:30"),
        local("2026-11-26 19:30:00"),
        30,
    );
    assert_eq!(again.len(), 1, "back once, at 18:46");
    assert_eq!(again[0].kind, ReminderKind::CheckIn);
}

/// When the reminders were set; nothing depends on it.
fn fixed_now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-01 12:00:00", "%Y-%m-%d %H:%M:%S").unwrap()
}

#[test]
fn a_pinned_zone_and_keep_running_are_kept_and_bad_names_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut j = Journal::open(dir.path()).unwrap();
        assert_eq!(j.reminder_zone().unwrap(), None, "the system's by default");
        assert!(j.keep_running().unwrap(), "kept running by default");
        j.set_reminder_zone(Some("Australia/Lord_Howe")).unwrap();
        j.set_keep_running(false).unwrap();
        for bad in ["", "Europe/London; DROP TABLE", &"A".repeat(65), "Zoné"] {
            assert!(matches!(
                j.set_reminder_zone(Some(bad)),
                Err(JournalError::UnknownZone(_))
            ));
        }
    }
    let mut j = Journal::open(dir.path()).unwrap();
    assert_eq!(
        j.reminder_zone().unwrap().as_deref(),
        Some("Australia/Lord_Howe")
    );
    assert!(!j.keep_running().unwrap());
    j.set_reminder_zone(None).unwrap();
    j.set_keep_running(true).unwrap();
    assert_eq!(j.reminder_zone().unwrap(), None);
    assert!(j.keep_running().unwrap());
}

#[test]
fn the_path_reminder_comes_only_while_the_path_has_a_next_step() {
    let (_dir, mut j) = journal();
    // Without "only if": the path's reminder still waits for the path.
    j.save_reminder(reminder(ReminderKind::Path, "10:15", false), fixed_now())
        .unwrap();
    let at = local("2026-11-26 10:15:30");
    let paused = Waiting {
        path_step: false,
        ..Waiting::default()
    };
    assert_eq!(j.reminder_tick(at, &London, paused).unwrap(), None);
    let next_day = local("2026-11-27 10:15:30");
    let active = Waiting {
        path_step: true,
        ..Waiting::default()
    };
    let due = j.reminder_tick(next_day, &London, active).unwrap().unwrap();
    assert_eq!(due.kind, ReminderKind::Path);
    assert_eq!(due.kind.route(), tend_core::route::Route::Path);
}
