//! Insights, the questionnaires, Today's notices and Get help, in the real
//! app, driven by keyboard as far as a person would.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration;
use serde_json::json;
use std::path::Path;
use tend_core::words::Value;
use tend_core::{CheckInDraft, Ratings, Tag};
use tend_e2e::{
    ANY, Driver, Key, Session, assert_accessible, axe_violations, describe, en, en_pieces, en_with,
    go, now_utc, screenshot_path, today,
};
use tend_journal::Journal;

#[test]
fn get_help_is_one_step_from_every_screen_and_keeps_my_own_people() {
    let data = tempfile::tempdir().unwrap();
    // An Australian system: Tend shows Australian helplines until told otherwise.
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("en_AU.UTF-8"))]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    for (href, shows) in [
        ("#/", "today-invite"),
        ("#/checkin", "checkin-intro"),
        ("#/practise", "practise-time"),
        ("#/journal", "journal-search"),
        ("#/insights", "insights-intro"),
        ("#/settings", "settings-boundary"),
        ("#/measures", "measures-intro"),
        ("#/about", "about-not"),
    ] {
        go(&app, href, &en(shows));
        let link = app.execute(
            "const a = document.querySelector(\"nav a[href='#/help']\");
             return a && a.offsetParent !== null ? a.textContent : null;",
            json!([]),
        );
        assert_eq!(link, json!(en("nav-help")), "no visible Get help on {href}");
    }
    go(&app, "#/about", &en("about-not"));
    app.tab_to(&en("nav-help"));
    app.press(&[Key::Enter]);
    // Country names, helplines and their numbers are the helplines' data.
    let text = app.wait_for_text(&lines_in("Australia"));
    assert!(text.contains(&call("Lifeline", "13 11 14")), "{text}");
    let shipped = tend_core::content::helplines().unwrap();
    let australia = shipped.country("AU").unwrap();
    assert!(
        text.contains(&en_with(
            "help-urgent-number",
            &[("number", australia.emergency.numbers.clone().into())]
        )),
        "{text}"
    );
    // Each line names its source page and whether it was read there.
    let source = en_pieces("help-line-source", &[("page", ANY.into())]).remove(0);
    assert!(text.contains(&format!("{source}https://")), "{text}");
    let read_on = en_pieces("help-line-checked", &[("date", ANY.into())]).remove(0);
    assert!(
        text.contains(&read_on) || text.contains(&en("help-line-unchecked")),
        "{text}"
    );

    // Choose the UK, as a person picks from the list.
    let uk = app.find("#help-country option[value='GB']");
    app.click(&uk);
    let text = app.wait_for_text(&lines_in("United Kingdom"));
    assert!(text.contains(&call("Samaritans", "116 123")), "{text}");

    // Add someone by keyboard alone.
    app.tab_to(&en("help-add"));
    app.press(&[Key::Enter]);
    app.tab_to(&en("help-form-name"));
    app.type_text("Ann (sister)");
    app.press(&[Key::Tab]);
    app.type_text("07700 900123");
    app.press(&[Key::Tab]);
    app.type_text("Evenings are best");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("Ann (sister)\n07700 900123");
    assert!(text.contains("Evenings are best"), "{text}");
    app.close();

    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/help", &lines_in("United Kingdom"));
    app.wait_for_text("Ann (sister)");
    // Settings shows the same choice, and can change it too.
    go(&app, "#/settings", &en("help-country"));
    let chosen = app.find("#settings-country");
    assert_eq!(app.property(&chosen, "value"), json!("GB"));
    app.close();
    let journal = Journal::open(data.path()).unwrap();
    assert_eq!(journal.country().unwrap().as_deref(), Some("GB"));
    let contacts = journal.contacts().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].number, "07700 900123");
}

/// Get help's heading over the helplines of `country` (its name is the
/// helplines' data).
fn lines_in(country: &str) -> String {
    en_with("help-lines-title", &[("country", country.into())])
}

/// A helpline called on a number, as Get help lists it: its name, then
/// how to reach it and the number.
fn call(name: &str, number: &str) -> String {
    format!("{name}\n{} {number}", en("help-how-call"))
}

/// The WHO-5's name, as the questionnaires name it.
const WHO5: &str = "WHO-5";

/// The Today notice offering the questionnaire `name`.
fn offered(name: &str) -> String {
    en_with("notice-measure", &[("name", name.into())])
}

/// The support notice's line on very worn-out days, `days` of `of`.
fn worn_out_days(days: u32, of: u32) -> String {
    en_with(
        "notice-support-exhausted",
        &[("days", days.into()), ("of", of.into())],
    )
}

/// Tabs into the next group of answers and moves down `steps` answers.
fn answer(app: &Session, steps: usize) {
    app.press(&[Key::Tab]);
    app.press(&vec![Key::Down; steps]);
}

#[test]
fn the_who5_by_keyboard_gives_a_band_in_plain_words_and_today_suggests_support() {
    let data = tempfile::tempdir().unwrap();
    // No country known: a locale that names none.
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("C.UTF-8"))]);
    let app = driver.launch();
    // A first day: one questionnaire is offered, not all of them.
    let text = app.wait_for_text(&offered(WHO5));
    // The questionnaires' names and wording are theirs, not messages.
    assert!(!text.contains("Self-Compassion Scale"), "{text}");
    app.tab_to(&en_with("notice-measure-answer", &[("name", WHO5.into())]));
    app.press(&[Key::Enter]);
    app.wait_for_text("over the last two weeks");
    // The questionnaire's name is the screen's heading, and has her focus.
    assert!(
        tend_e2e::desktop::eventually(5, || app.focused_name().contains("WHO-5")),
        "focus: {:?}",
        app.focused_name()
    );
    // Answers run from "All of the time" (5) down to "At no time" (0).
    // 1, 2, 1, 2, 1: a raw 7, times 4 is 28.
    app.tab_to("All of the time");
    app.press(&[Key::Down; 4]);
    for steps in [3, 4, 3] {
        answer(&app, steps);
    }
    // Saved with the last item unanswered: said, her answers kept, and her
    // focus taken to that item.
    app.tab_to(&en("measure-save"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en_with("measure-unanswered", &[("item", 5u32.into())]));
    assert!(
        tend_e2e::desktop::eventually(5, || tend_e2e::focused_id(&app) == "item-5-0"),
        "focus on the item left: {}",
        tend_e2e::focused_id(&app)
    );
    let checked = app.execute(
        "return [...document.querySelectorAll('input[type=radio]:checked')].map(r => r.id);",
        serde_json::json!([]),
    );
    assert_eq!(
        checked,
        serde_json::json!(["item-1-4", "item-2-3", "item-3-4", "item-4-3"])
    );
    app.press(&[Key::Down; 4]);
    app.tab_to(&en("measure-save"));
    app.press(&[Key::Enter]);
    let result_title = en_with("measure-result-title", &[("name", WHO5.into())]);
    let text = app.wait_for_text(&result_title);
    assert!(
        tend_e2e::desktop::eventually(5, || app.focused_name() == result_title),
        "focus: {:?}",
        app.focused_name()
    );
    // The scale's name and the band's words are the questionnaire's.
    let score = en_with(
        "measure-score",
        &[("scale", "Wellbeing".into()), ("value", "28".into())],
    );
    assert!(text.contains(&score), "{text}");
    assert!(
        text.contains("Much lower wellbeing than most people report"),
        "{text}"
    );
    assert!(text.contains(&en("measure-screening")), "{text}");
    // No country is known here (no locale names one): the crisis line
    // sends her to her local emergency number, never another country's.
    assert!(text.contains(&en("crisis-local")), "{text}");
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "the result:\n{}",
        describe(&violations)
    );

    go(&app, "#/", &en("today-invite"));
    let carrying = en("notice-support-title");
    let text = app.wait_for_text(&carrying);
    app.screenshot(&screenshot_path("today-support-1280x800"));
    assert!(text.contains(&en("crisis-local")), "{text}");
    assert!(
        text.contains(&en_with(
            "notice-support-wellbeing",
            &[("score", "28".into())]
        )),
        "{text}"
    );
    assert!(!text.contains(&offered(WHO5)), "{text}");
    assert!(
        text.contains(&offered("Self-Compassion Scale")),
        "the next one, once: {text}"
    );
    app.tab_to(&en("notice-support-later"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("notice-set-aside"));
    assert!(!app.page_text().contains(&carrying));
    app.close();

    let app = driver.launch();
    let text = app.wait_for_text(&en("today-invite"));
    assert!(!text.contains(&carrying), "{text}");
    app.close();
    let journal = Journal::open(data.path()).unwrap();
    let results = journal.measure_results().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].answers, [1, 2, 1, 2, 1]);
}

#[test]
fn insights_show_each_item_a_tag_that_goes_with_harder_days_and_the_last_break() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        // Sixty days: every other night disturbed, and those days 3
        // points more worn out; a break six days ago.
        for n in 0..60 {
            let day = today() - Duration::days(n);
            let disturbed = n % 2 == 0;
            let mut tags = Vec::new();
            if disturbed {
                tags.push(Tag::DisturbedNight);
            }
            if n == 6 {
                tags.push(Tag::BreakOrRespite);
            }
            let draft = CheckInDraft {
                ratings: Ratings {
                    exhaustion: if disturbed { 8 } else { 5 },
                    ..Ratings::MIDDLE
                },
                tags,
                ..CheckInDraft::default()
            };
            journal.save_checkin(day, draft, now_utc()).unwrap();
        }
    }
    let driver = Driver::start(data.path());
    let app = driver.launch();
    let text = app.wait_for_text(&checked_in_today());
    // Worn out 8 on 7 of the last 14 days: an ordinary run, no prompt.
    assert!(!text.contains(&en("notice-support-title")), "{text}");
    let insights = app.find("nav a[href='#/insights']");
    app.click(&insights);
    let worn_out = en("checkin-short-exhaustion");
    let text = app.wait_for_text(&en_with(
        "insights-item-month",
        &[
            ("item", worn_out.clone().into()),
            ("mean", tend_core::words::decimal(6.5, 1).into()),
            ("days", 30.into()),
        ],
    ));
    let higher = en_with(
        "insights-tag-higher",
        &[
            ("item", worn_out.clone().into()),
            ("points", tend_core::words::decimal(3.0, 1).into()),
            ("tag", en("tag-disturbed_night").into()),
            ("with", 30.into()),
            ("without", 30.into()),
        ],
    );
    assert!(text.contains(&higher), "{text}");
    assert!(
        text.contains(&en_with("insights-break-days", &[("days", 6.into())])),
        "{text}"
    );
    let charts = app.execute(
        "return document.querySelectorAll('svg.chart').length;",
        json!([]),
    );
    assert_eq!(charts, json!(6), "one chart per item");
    let hidden = app.execute(
        "return [...document.querySelectorAll('svg.chart')].every(s => s.getAttribute('aria-hidden') === 'true');",
        json!([]),
    );
    assert_eq!(
        hidden,
        json!(true),
        "charts are hidden; the sentence and table speak"
    );
    for (width, height) in [(1280, 800), (390, 844)] {
        app.set_window_size(width, height);
        let violations = axe_violations(&app);
        assert!(
            violations.is_empty(),
            "insights with data:\n{}",
            describe(&violations)
        );
        app.screenshot(&screenshot_path(&format!("insights-data-{width}x{height}")));
    }
    app.set_window_size(1280, 800);

    // The last week, by keyboard: 7 days, 4 of them disturbed.
    app.tab_to(&en("insights-span-month"));
    app.press(&[Key::Up]);
    // The words on either side of the week's mean.
    let week = en_pieces(
        "insights-item-week",
        &[
            ("item", worn_out.into()),
            ("mean", ANY.into()),
            ("days", 7.into()),
        ],
    );
    let text = app.wait_for_text(&week[0]);
    assert!(text.contains(&week[1]), "{text}");
    app.close();
}

/// Today's words once today's check-in is done, up to the time it can be
/// changed until.
fn checked_in_today() -> String {
    en_pieces("today-done", &[("time", ANY.into())]).remove(0)
}

fn save_days(data: &Path, days: &[(i64, u8, u8)]) {
    let mut journal = Journal::open(data).unwrap();
    for (ago, exhaustion, mood) in days {
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: *exhaustion,
                mood: *mood,
                ..Ratings::MIDDLE
            },
            ..CheckInDraft::default()
        };
        journal
            .save_checkin(today() - Duration::days(*ago), draft, now_utc())
            .unwrap();
    }
}

#[test]
fn two_weeks_of_exhaustion_bring_a_gentle_suggestion_of_support_with_the_crisis_line() {
    let data = tempfile::tempdir().unwrap();
    let days: Vec<(i64, u8, u8)> = (0..14)
        .map(|n| (n, if n == 3 { 6 } else { 9 }, 5))
        .collect();
    save_days(data.path(), &days);
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("en_GB.UTF-8"))]);
    let app = driver.launch();
    let text = app.wait_for_text(&en("notice-support-title"));
    assert!(text.contains(&worn_out_days(13, 14)), "{text}");
    assert!(text.contains(&en("notice-support-suggest")), "{text}");
    // The line's name and numbers are the helplines' data.
    let crisis: [(&str, Value<'_>); 3] = [
        ("name", "Samaritans".into()),
        ("number", "116 123".into()),
        ("emergency", "999".into()),
    ];
    assert!(text.contains(&en_with("crisis-call", &crisis)), "{text}");
    assert_accessible(&app, "Today with the support notice");
    app.tab_to(&en("notice-support-help"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&lines_in("United Kingdom"));
    app.close();
}

#[test]
fn a_few_hard_check_ins_or_very_low_mood_are_seen_too() {
    // Too worn out to check in most days: five check-ins in a fortnight,
    // three of them hard; and mood very low on most of them.
    let data = tempfile::tempdir().unwrap();
    save_days(
        data.path(),
        &[(0, 9, 1), (3, 5, 2), (6, 10, 6), (9, 7, 1), (12, 8, 2)],
    );
    let driver = Driver::start(data.path());
    let app = driver.launch();
    let text = app.wait_for_text(&en("notice-support-title"));
    assert!(text.contains(&worn_out_days(3, 5)), "{text}");
    assert!(
        text.contains(&en_with(
            "notice-support-low-mood",
            &[("days", 4.into()), ("of", 5.into())]
        )),
        "{text}"
    );
    app.close();
}

#[test]
fn an_unlisted_country_is_shown_no_other_countrys_numbers() {
    let shipped: tend_core::support::Helplines =
        serde_json::from_str(include_str!("../../../assets/support/helplines.json")).unwrap();
    for locale in ["de_DE.UTF-8", "C.UTF-8"] {
        let data = tempfile::tempdir().unwrap();
        let driver = Driver::start_with(data.path(), &[("LANG", Path::new(locale))]);
        let app = driver.launch();
        app.wait_for_text(&en("today-invite"));
        let unlisted = en("help-unlisted-title");
        go(&app, "#/help", &unlisted);
        let text = app.page_text();
        assert!(text.contains(&en("help-unlisted")), "{text}");
        assert!(text.contains(&en("help-urgent")), "{text}");
        for country in &shipped.countries {
            for line in &country.lines {
                assert!(
                    !text.contains(&line.number),
                    "{locale}: {} of {} is shown: {text}",
                    line.number,
                    country.code
                );
            }
            let urgent = en_with(
                "help-urgent-number",
                &[("number", country.emergency.numbers.clone().into())],
            );
            assert!(
                !text.contains(&urgent),
                "{locale}: {}'s emergency number is shown",
                country.code
            );
        }
        let any_lines = en_pieces("help-lines-title", &[("country", ANY.into())]).remove(0);
        assert!(!text.contains(&any_lines), "{text}");
        // Her own people and the choice of a country are there.
        assert!(text.contains(&en("help-own-title")), "{text}");
        let chosen = app.find("#help-country");
        assert_eq!(app.property(&chosen, "value"), json!(""));
        assert_accessible(&app, &format!("Get help, unlisted ({locale})"));
        // Choosing a country shows its lines.
        let ie = app.find("#help-country option[value='IE']");
        app.click(&ie);
        let text = app.wait_for_text(&lines_in("Ireland"));
        assert!(text.contains("116 123"), "{text}");
        assert!(!text.contains(&unlisted), "{text}");
        app.close();
    }
}

#[test]
fn a_damaged_journal_can_carry_on_from_a_backup_and_the_damaged_file_is_kept() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: 9,
                ..Ratings::MIDDLE
            },
            ..CheckInDraft::default()
        };
        journal.save_checkin(today(), draft, now_utc()).unwrap();
        assert!(journal.snapshot(today()).unwrap());
    }
    // Damage the journal: garbage over its second page.
    let file = data.path().join(tend_journal::FILE_NAME);
    let mut bytes = std::fs::read(&file).unwrap();
    for b in &mut bytes[4096..8192] {
        *b = 0x5a;
    }
    std::fs::write(&file, &bytes).unwrap();

    let driver = Driver::start(data.path());
    let app = driver.launch();
    let text = app.wait_for_text(&en("journal-error-title"));
    assert!(
        text.contains(&en("journal-error-journal_damaged")),
        "{text}"
    );
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "the damage screen:\n{}",
        describe(&violations)
    );
    app.screenshot(&screenshot_path("journal-damaged-backups-1280x800"));
    let copy = en_with(
        "backup-daily",
        &[("date", tend_core::dates::long_date(today()).into())],
    );
    let label = en_with("backup-restore-named", &[("backup", copy.clone().into())]);
    app.tab_to(&label);
    app.press(&[Key::Enter]);
    app.wait_for_text(&en_with("backup-confirm", &[("backup", copy.into())]));
    app.tab_to(&en("backup-yes"));
    app.press(&[Key::Enter]);
    let text = app.wait_for_text(&checked_in_today());
    let worn_out = format!(
        "{}\n{}",
        en("checkin-short-exhaustion"),
        en_with("checkin-value", &[("value", 9.into())])
    );
    assert!(text.contains(&worn_out), "{text}");
    app.close();

    let kept: Vec<_> = std::fs::read_dir(data.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.to_string_lossy().contains("set-aside")
                && p.extension().is_some_and(|x| x == "sqlite3")
        })
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        std::fs::read(&kept[0]).unwrap() == bytes,
        "the damaged file, byte for byte"
    );
}

#[test]
fn the_welcome_is_offered_once_and_can_be_skipped_by_keyboard() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("C.UTF-8"))]);
    let app = driver.launch();
    let welcome = en("welcome-title");
    app.wait_for_text(&welcome);
    assert_accessible(&app, "Today with the welcome");
    app.tab_to(&en("welcome-skip"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("welcome-done"));
    assert!(!app.page_text().contains(&welcome));
    // The welcome gone, her focus is on Today's heading, not lost.
    assert!(
        tend_e2e::desktop::eventually(5, || app.focused_name() == en("today-title")),
        "focus: {:?}",
        app.focused_name()
    );
    app.close();
    let app = driver.launch();
    let text = app.wait_for_text(&en("today-invite"));
    assert!(!text.contains(&welcome), "shown again: {text}");
    app.close();
    drop(driver);
    let journal = Journal::open(data.path()).unwrap();
    assert!(journal.welcomed().unwrap());
    assert!(journal.reminders().unwrap().is_empty());
}

#[test]
fn the_welcomes_choices_reach_get_help_practise_and_reminders() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("C.UTF-8"))]);
    let app = driver.launch();
    app.wait_for_text(&en("welcome-title"));
    app.tab_to(&en("role-family_carer"));
    app.press(&[Key::Space]);
    let nz = app.find("#welcome-country option[value='NZ']");
    app.click(&nz);
    app.tab_to(&en("welcome-reminder"));
    app.press(&[Key::Space]);
    app.tab_to(&en("welcome-save"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("welcome-done"));
    go(&app, "#/help", &lines_in("New Zealand"));
    // Practise speaks to her as a family carer, not as a professional.
    let as_role = |id: &str, role: &str| en_with(id, &[("role", role.into())]);
    go(
        &app,
        "#/practise",
        &as_role("practise-between-visits", "family_carer"),
    );
    assert!(
        !app.page_text()
            .contains(&as_role("practise-between-visits", "professional"))
    );
    assert!(
        app.page_text()
            .contains(&as_role("practise-intro", "family_carer"))
    );
    go(&app, "#/reminders", "20:00");
    app.close();
    drop(driver);
    let journal = Journal::open(data.path()).unwrap();
    let prefs = journal.preferences().unwrap();
    assert_eq!(prefs.role, Some(tend_core::Role::FamilyCarer));
    assert!(
        !prefs.professional,
        "the ProQOL is not offered to a family carer"
    );
    assert_eq!(journal.country().unwrap().as_deref(), Some("NZ"));
    assert_eq!(journal.reminders().unwrap().len(), 1);
}
