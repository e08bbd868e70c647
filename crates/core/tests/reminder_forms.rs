//! The Reminders screen as the shell writes it (`screen_html::reminders`)
//! and reads it back (`forms::read_reminders`): every form on it, read as
//! HTML's own form data is, asks for what it already shows (nothing new
//! saved by merely sending it back); each thing she can do is read as
//! that; what she can get wrong (no time, no day, a pause with no date or
//! in the past, empty quiet hours, no words of her own) is refused with a
//! sentence in every language; and what the shell did not write (fields
//! unknown or repeated, a reminder not listed, a zone not offered, a value
//! out of its form, a change where only a button may send) is refused
//! whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use tend_core::forms::{Draft, Form, Offered, RemindersChange, read_reminders};
use tend_core::ipc::{
    DesktopSettings, DesktopView, ErrorCode, Notifications, RemindersView, ZoneView,
};
use tend_core::reminder::{Reminder, ReminderKind, ReminderView, Rule, Weekdays};
use tend_core::screen_html::{reminder_add, reminders};

mod common;
use common::{WrittenForm, written_forms};

type Fields = Vec<(String, String)>;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn reminder(id: i64, kind: ReminderKind, enabled: bool, text: &str) -> ReminderView {
    ReminderView {
        reminder: Reminder {
            id: Some(id),
            kind,
            rule: Rule {
                time: time(7, 5),
                days: Weekdays([true, false, true, false, true, false, false]),
            },
            only_if_not_done: true,
            text: text.to_owned(),
            enabled,
        },
        last_sent: NaiveDateTime::parse_from_str("2026-11-30 07:05", "%Y-%m-%d %H:%M").ok(),
    }
}

fn zones() -> Vec<String> {
    [
        "Europe/London",
        "Europe/Prague",
        "Pacific/Auckland",
        "America/St_Johns",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A screen with three reminders, paused or not, with quiet hours or
/// not, a pinned zone or not, on a desktop with or without a tray, or on
/// a phone.
fn screens() -> Vec<RemindersView> {
    let mut all = Vec::new();
    for paused_until in [None, Some(day("2026-12-04"))] {
        for quiet in [None, Some((time(22, 0), time(6, 30)))] {
            for pinned in [None, Some("Pacific/Auckland".to_owned())] {
                for desktop in [None, Some((true, true, false)), Some((false, false, true))] {
                    all.push(RemindersView {
                        reminders: vec![
                            reminder(3, ReminderKind::CheckIn, true, ""),
                            reminder(8, ReminderKind::Own, false, "Drink <water> & \"rest\""),
                            reminder(11, ReminderKind::Path, true, ""),
                        ],
                        paused_until,
                        quiet,
                        zone: ZoneView {
                            system: "Europe/London".into(),
                            pinned: pinned.clone(),
                            choices: zones(),
                        },
                        desktop: desktop.map(|(tray_shown, keep_running, start_at_login)| {
                            DesktopView {
                                settings: DesktopSettings {
                                    keep_running,
                                    start_at_login,
                                },
                                tray_shown,
                            }
                        }),
                        notifications: Notifications::Allowed,
                    });
                }
            }
        }
    }
    all
}

const TODAY: &str = "2026-12-02";

fn offered<'a>(view: &RemindersView, ids: &'a [i64], zones: &'a [String]) -> Offered<'a> {
    Offered {
        today: day(TODAY),
        reminders: ids,
        zones,
        desktop: view.desktop,
    }
}

fn read(
    view: &RemindersView,
    form: &WrittenForm,
    fields: &Fields,
    sent: bool,
) -> Result<RemindersChange, tend_core::ApiError> {
    let ids: Vec<i64> = view
        .reminders
        .iter()
        .filter_map(|r| r.reminder.id)
        .collect();
    let zones = view.zone.choices.clone();
    let form = Form::from_id(&form.name).unwrap();
    read_reminders(form, fields, sent, &offered(view, &ids, &zones))
}

/// The form's fields with `button`'s name and value last, as a browser
/// sends them.
fn pressed(form: &WrittenForm, button: &(String, String)) -> Fields {
    let mut fields = form.fields.clone();
    if !button.0.is_empty() {
        fields.push(button.clone());
    }
    fields
}

fn with(mut fields: Fields, name: &str, value: &str) -> Fields {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
    fields
}

#[test]
fn every_form_sent_back_as_written_asks_for_what_it_shows() {
    for view in screens() {
        let html = reminders(&view, &Draft::default(), day(TODAY));
        let forms = written_forms(&html);
        let mut switches = view.reminders.iter();
        for form in &forms {
            let live = if form.live {
                Some(read(&view, form, &form.fields, false).unwrap())
            } else {
                None
            };
            match form.name.as_str() {
                "reminder" => {
                    let r = &switches.next().unwrap().reminder;
                    let on = r.enabled;
                    assert_eq!(
                        live,
                        Some(RemindersChange::Switch {
                            id: r.id.unwrap(),
                            on
                        })
                    );
                    assert_eq!(form.buttons, [("do".to_owned(), "delete".to_owned())]);
                    let sent = read(&view, form, &pressed(form, &form.buttons[0]), true).unwrap();
                    assert_eq!(sent, RemindersChange::Delete(r.id.unwrap()));
                }
                "reminder-add" => {
                    assert_eq!(live, Some(RemindersChange::Draft(Draft::default())));
                }
                "reminders-pause" => {
                    assert_eq!(form.buttons.len(), 1);
                    let sent = read(&view, form, &pressed(form, &form.buttons[0]), true);
                    match view.paused_until {
                        Some(_) => assert_eq!(sent.unwrap(), RemindersChange::Resume),
                        // Sent without a day: she is asked for one.
                        None => {
                            assert_eq!(sent.unwrap_err().said.unwrap().id, "invalid-pause-day")
                        }
                    }
                }
                "quiet-hours" => {
                    let sent = read(&view, form, &pressed(form, &form.buttons[0]), true).unwrap();
                    let shown = view.quiet.or(Some((time(21, 0), time(7, 0))));
                    assert_eq!(sent, RemindersChange::Quiet(shown));
                }
                "reminders-zone" => {
                    assert_eq!(live, Some(RemindersChange::Zone(view.zone.pinned.clone())));
                }
                "desktop" => {
                    let settings = view.desktop.unwrap().settings;
                    assert_eq!(live, Some(RemindersChange::Desktop(settings)));
                }
                other => panic!("a form {other:?} the reader does not know"),
            }
        }
        assert!(switches.next().is_none(), "a reminder without its form");
        let count = |name: &str| forms.iter().filter(|f| f.name == name).count();
        assert_eq!(count("desktop"), usize::from(view.desktop.is_some()));
        assert_eq!(count("reminder-add"), 1);
        common_checks(&html);
    }
}

/// Inert, every control with an id, no id twice.
fn common_checks(html: &str) {
    for never in ["<script", " style=", "<style", "javascript:", "<h1"] {
        assert!(!html.contains(never), "{never:?} in the screen");
    }
    assert!(!common::has_event_handler(html));
    let tags = common::tags(html);
    let mut ids = Vec::new();
    for (tag, attrs) in &tags {
        let kind = common::attr(attrs, "type").unwrap_or("");
        if matches!(tag.as_str(), "input" | "select" | "button" | "form") && kind != "hidden" {
            ids.push(
                common::attr(attrs, "id")
                    .unwrap_or_else(|| panic!("a {tag} without an id"))
                    .to_owned(),
            );
        }
    }
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "an id written twice");
    assert!(!html.contains("Drink <water>"), "her words not escaped");
}

/// The new reminder's form as written for `draft`.
fn add_form(draft: &Draft) -> WrittenForm {
    let forms = written_forms(&reminder_add(draft));
    assert_eq!(forms.len(), 1);
    forms[0].clone()
}

#[test]
fn a_new_reminder_reads_back_as_she_left_it_and_is_added_as_that() {
    let view = &screens()[0];
    let mut drafts = Vec::new();
    for kind in ReminderKind::ALL {
        for text in ["", "Ring Mum ☎", "Zavolat mámě <dnes>"] {
            for time in [
                None,
                Some(time(0, 0)),
                Some(time(18, 30)),
                Some(time(23, 59)),
            ] {
                for days in [
                    Weekdays::EVERY_DAY,
                    Weekdays::WORKDAYS,
                    Weekdays([false; 7]),
                    Weekdays([false, false, false, false, false, false, true]),
                ] {
                    for only_if_not_done in [true, false] {
                        drafts.push(Draft {
                            kind,
                            text: text.to_owned(),
                            time,
                            days,
                            only_if_not_done,
                        });
                    }
                }
            }
        }
    }
    for draft in drafts {
        let form = add_form(&draft);
        let shows_box = Draft::has_only_if(draft.kind);
        // A kind without the box keeps it, hidden, as it was.
        let expected = draft.clone();
        assert_eq!(
            read(view, &form, &form.fields, false).unwrap(),
            RemindersChange::Draft(expected.clone()),
            "{draft:?}"
        );
        // Her words wait, hidden, while another kind is chosen.
        assert_eq!(
            form.fields
                .iter()
                .any(|(n, v)| n == "text" && v == &draft.text),
            !draft.text.is_empty() || draft.kind == ReminderKind::Own
        );

        let sent = read(view, &form, &pressed(&form, &form.buttons[0]), true);
        let problem = if draft.time.is_none() {
            Some("invalid-reminder-time")
        } else if draft.days == Weekdays([false; 7]) {
            Some("invalid-reminder-days")
        } else if draft.kind == ReminderKind::Own && draft.text.is_empty() {
            Some("invalid-reminder-own")
        } else {
            None
        };
        match (problem, sent) {
            (None, Ok(RemindersChange::Add(r))) => {
                assert_eq!(r.kind, draft.kind);
                assert_eq!(Some(r.rule.time), draft.time);
                assert_eq!(r.rule.days, draft.days);
                assert_eq!(r.only_if_not_done, shows_box && draft.only_if_not_done);
                let words = if draft.kind == ReminderKind::Own {
                    draft.text.as_str()
                } else {
                    ""
                };
                assert_eq!(r.text, words);
                assert!(r.enabled && r.id.is_none());
            }
            (Some(id), Err(e)) => {
                assert_eq!(e.code, ErrorCode::InvalidInput);
                let said = e.said.unwrap();
                assert_eq!(&said.id, id);
                said_everywhere(&said);
            }
            (problem, sent) => panic!("{draft:?}: expected {problem:?}, read {sent:?}"),
        }
    }
}

/// A sentence that reads in every language Tend speaks, never as its id.
fn said_everywhere(said: &tend_core::Said) {
    for lang in tend_core::words::available() {
        let text = tend_core::words::format_in(&lang, &said.id, &[("most", 1.into())]);
        assert!(
            text.is_ok_and(|t| !t.is_empty()),
            "{} has no words in {lang}",
            said.id
        );
    }
}

#[test]
fn what_she_can_get_wrong_is_said_and_what_is_right_is_read() {
    let view = &screens()[0];
    let html = reminders(view, &Draft::default(), day(TODAY));
    let forms = written_forms(&html);
    let find = |name: &str| forms.iter().find(|f| f.name == name).unwrap().clone();
    let pause = find("reminders-pause");
    let button = pause.buttons[0].clone();
    let cases = [
        ("", Err("invalid-pause-day")),
        ("2026-12-01", Err("invalid-pause-past")),
        ("2020-01-01", Err("invalid-pause-past")),
        (TODAY, Ok(day(TODAY))),
        ("2027-02-28", Ok(day("2027-02-28"))),
    ];
    for (until, expected) in cases {
        let fields = pressed(&pause, &button);
        let got = read(view, &pause, &with(fields, "until", until), true);
        match (expected, got) {
            (Ok(d), Ok(change)) => assert_eq!(change, RemindersChange::Pause(d)),
            (Err(id), Err(e)) => {
                let said = e.said.unwrap();
                assert_eq!(&said.id, id);
                said_everywhere(&said);
            }
            (expected, got) => panic!("{until:?}: {expected:?} but {got:?}"),
        }
    }
    let quiet = find("quiet-hours");
    for (from, to, expected) in [
        ("", "07:00", Err("invalid-quiet-time")),
        ("21:00", "", Err("invalid-quiet-time")),
        ("21:00", "21:00", Ok(None)),
        ("23:15", "05:45", Ok(Some((time(23, 15), time(5, 45))))),
    ] {
        let fields = with(with(quiet.fields.clone(), "from", from), "to", to);
        match (expected, read(view, &quiet, &fields, true)) {
            (Ok(q), Ok(change)) => assert_eq!(change, RemindersChange::Quiet(q)),
            (Err(id), Err(e)) => assert_eq!(e.said.unwrap().id, id),
            (expected, got) => panic!("{from}–{to}: {expected:?} but {got:?}"),
        }
    }
    let zone = find("reminders-zone");
    for name in zones() {
        let got = read(
            view,
            &zone,
            &with(zone.fields.clone(), "zone", &name),
            false,
        )
        .unwrap();
        assert_eq!(got, RemindersChange::Zone(Some(name)));
    }
    let switch = find("reminder");
    let on = read(
        view,
        &switch,
        &with(switch.fields.clone(), "on", "on"),
        false,
    )
    .unwrap();
    assert_eq!(on, RemindersChange::Switch { id: 3, on: true });
    let off: Fields = switch
        .fields
        .iter()
        .filter(|(n, _)| n != "on")
        .cloned()
        .collect();
    assert_eq!(
        read(view, &switch, &off, false).unwrap(),
        RemindersChange::Switch { id: 3, on: false }
    );
}

/// Whether `fields` are refused as not valid, and nothing is read.
fn refused(view: &RemindersView, form: &WrittenForm, fields: &Fields, sent: bool) {
    match read(view, form, fields, sent) {
        Err(e) => assert_eq!(e.code, ErrorCode::InvalidInput, "{}: {fields:?}", form.name),
        Ok(change) => panic!(
            "{} {fields:?} (sent {sent}) was read as {change:?}",
            form.name
        ),
    }
}

#[test]
fn what_the_shell_did_not_write_is_refused_whole() {
    let long = "x".repeat(100_000);
    let odd = [
        "",
        " ",
        "on ",
        "ON",
        "1",
        "true",
        "06:60",
        "24:00",
        "6:00",
        "٠٦:٠٠",
        "2026-13-01",
        "+2026-12-05",
        "2026-12-5",
        "Europe/Nowhere",
        "europe/london",
        "\u{0}",
        "<b>",
        "delete ",
        "DELETE",
        "add",
        "resume",
        "pause",
        "own ",
        "Own",
        "🙂",
        &long,
    ];
    for view in screens().iter().step_by(5) {
        let html = reminders(view, &Draft::default(), day(TODAY));
        for form in written_forms(&html) {
            let sends: Vec<(Fields, bool)> = if form.live {
                vec![(form.fields.clone(), false)]
            } else {
                form.buttons
                    .iter()
                    .map(|b| (pressed(&form, b), true))
                    .collect()
            };
            for (fields, sent) in sends {
                let names: Vec<String> = fields.iter().map(|(n, _)| n.clone()).collect();
                for name in names
                    .iter()
                    .chain(["stranger".to_owned(), "Id".to_owned(), "do".to_owned()].iter())
                {
                    for value in odd {
                        let changed = with(fields.clone(), name, value);
                        if read(view, &form, &changed, sent).is_ok() {
                            // Only values the form itself could send may read.
                            acceptable(&form, name, value, &changed, sent);
                        }
                    }
                    // A field twice is refused, whatever it holds
                    // (days alone may come more than once, each once).
                    if name != "day"
                        && let Some(one) = fields.iter().find(|(n, _)| n == name)
                    {
                        let mut twice = fields.clone();
                        twice.push(one.clone());
                        refused(view, &form, &twice, sent);
                    }
                }
                // Sent where only a change sends, and the other way round.
                if form.name != "reminder-add" {
                    refused(view, &form, &fields, !sent);
                }
            }
        }
    }
}

/// A hostile value that still read: allowed only where the form reads
/// that value as one of its own (an empty pause day or quiet time is a
/// refusal with a sentence, checked elsewhere).
fn acceptable(form: &WrittenForm, name: &str, value: &str, fields: &Fields, sent: bool) {
    let fine = match (form.name.as_str(), name) {
        // Her own words may be any single line up to the length allowed.
        ("reminder-add", "text") => value.chars().count() <= 120,
        ("reminder-add", "time") => value.is_empty(),
        ("reminder-add", "do") => value == "add",
        ("reminders-zone", "zone") => value.is_empty(),
        ("reminder", "on") => value == "on",
        ("reminders-pause", "do") => value == "resume" || value == "pause",
        _ => false,
    };
    assert!(
        fine,
        "{} read {name}={value:?} (sent {sent}): {fields:?}",
        form.name
    );
}

#[test]
fn only_listed_reminders_and_offered_zones_are_read() {
    let view = &screens()[0];
    let forms = written_forms(&reminders(view, &Draft::default(), day(TODAY)));
    let switch = forms.iter().find(|f| f.name == "reminder").unwrap();
    for id in ["4", "-3", "03", "3.0", "9223372036854775808", ""] {
        refused(
            view,
            switch,
            &with(switch.fields.clone(), "reminder", id),
            false,
        );
    }
    let desktop = forms.iter().find(|f| f.name == "desktop");
    let phone = screens().into_iter().find(|v| v.desktop.is_none()).unwrap();
    if let Some(desktop) = desktop {
        refused(&phone, desktop, &desktop.fields, false);
    }
    // Without a tray the box to keep Tend there is not offered.
    let no_tray = screens()
        .into_iter()
        .find(|v| v.desktop.is_some_and(|d| !d.tray_shown))
        .unwrap();
    let form = written_forms(&reminders(&no_tray, &Draft::default(), day(TODAY)))
        .into_iter()
        .find(|f| f.name == "desktop")
        .unwrap();
    assert!(!form.fields.iter().any(|(n, _)| n == "keep-running"));
    refused(
        &no_tray,
        &form,
        &with(form.fields.clone(), "keep-running", "on"),
        false,
    );
    let kept = read(&no_tray, &form, &form.fields, false).unwrap();
    assert_eq!(
        kept,
        RemindersChange::Desktop(no_tray.desktop.unwrap().settings)
    );
}
