//! Insights, the questionnaires, Today's notices and Get help, in the real
//! app, driven by keyboard as far as a person would.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration;
use serde_json::json;
use std::path::Path;
use tend_core::{CheckInDraft, Ratings, Tag};
use tend_e2e::{
    Driver, Key, Session, assert_accessible, axe_violations, describe, go, now_utc,
    screenshot_path, today,
};
use tend_journal::Journal;

#[test]
fn get_help_is_one_step_from_every_screen_and_keeps_my_own_people() {
    let data = tempfile::tempdir().unwrap();
    // An Australian system: Tend shows Australian helplines until told otherwise.
    let driver = Driver::start_with(data.path(), &[("LANG", Path::new("en_AU.UTF-8"))]);
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    for (href, shows) in [
        ("#/", "How are you today?"),
        ("#/checkin", "Move each slider"),
        ("#/practise", "How much time do you have?"),
        ("#/journal", "Search your journal"),
        ("#/insights", "How your check-ins have moved"),
        ("#/settings", "When does your day end?"),
        ("#/measures", "Short questionnaires"),
        ("#/about", "It is not a medical device"),
    ] {
        go(&app, href, shows);
        let link = app.execute(
            "const a = document.querySelector(\"nav a[href='#/help']\");
             return a && a.offsetParent !== null ? a.textContent : null;",
            json!([]),
        );
        assert_eq!(link, json!("Get help"), "no visible Get help on {href}");
    }
    go(&app, "#/about", "It is not a medical device");
    app.tab_to("Get help");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("Helplines in Australia");
    assert!(text.contains("Lifeline\nCall 13 11 14"), "{text}");
    assert!(text.contains("call 000"), "{text}");
    // Each line names its source page and whether it was read there.
    assert!(text.contains("Source: https://"), "{text}");
    assert!(
        text.contains("read there on") || text.contains("not yet checked at its source"),
        "{text}"
    );

    // Choose the UK, as a person picks from the list.
    let uk = app.find("#help-country option[value='GB']");
    app.click(&uk);
    let text = app.wait_for_text("Helplines in United Kingdom");
    assert!(text.contains("Samaritans\nCall 116 123"), "{text}");

    // Add someone by keyboard alone.
    app.tab_to("Add someone");
    app.press(&[Key::Enter]);
    app.tab_to("Name");
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
    app.wait_for_text("How are you today?");
    go(&app, "#/help", "Helplines in United Kingdom");
    app.wait_for_text("Ann (sister)");
    // Settings shows the same choice, and can change it too.
    go(&app, "#/settings", "Helplines for");
    let chosen = app.find("#settings-country");
    assert_eq!(app.property(&chosen, "value"), json!("GB"));
    app.close();
    let journal = Journal::open(data.path()).unwrap();
    assert_eq!(journal.country().unwrap().as_deref(), Some("GB"));
    let contacts = journal.contacts().unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].number, "07700 900123");
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
    let text = app.wait_for_text("a short questionnaire, the WHO-5");
    assert!(!text.contains("Self-Compassion Scale"), "{text}");
    app.tab_to("Answer the WHO-5");
    app.press(&[Key::Enter]);
    app.wait_for_text("over the last two weeks");
    // Answers run from "All of the time" (5) down to "At no time" (0).
    // 1, 2, 1, 2, 1: a raw 7, times 4 is 28.
    app.tab_to("All of the time");
    app.press(&[Key::Down; 4]);
    for steps in [3, 4, 3, 4] {
        answer(&app, steps);
    }
    app.tab_to("Save my answers");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("Your WHO-5 result");
    assert!(text.contains("Wellbeing: 28"), "{text}");
    assert!(
        text.contains("Much lower wellbeing than most people report"),
        "{text}"
    );
    assert!(text.contains("not a diagnosis"), "{text}");
    // No country is known here (no locale names one): the crisis line
    // sends her to her local emergency number, never another country's.
    assert!(
        text.contains("If you feel unsafe or are thinking of ending your life, call your local emergency number now."),
        "{text}"
    );
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "the result:\n{}",
        describe(&violations)
    );

    go(&app, "#/", "How are you today?");
    let text = app.wait_for_text("You have been carrying a lot");
    app.screenshot(&screenshot_path("today-support-1280x800"));
    assert!(
        text.contains("call your local emergency number now"),
        "{text}"
    );
    assert!(
        text.contains("Your last WHO-5 wellbeing score was 28 out of 100"),
        "{text}"
    );
    assert!(!text.contains("the WHO-5."), "{text}");
    assert!(
        text.contains("the Self-Compassion Scale."),
        "the next one, once: {text}"
    );
    app.tab_to("Set this aside for two weeks");
    app.press(&[Key::Enter]);
    app.wait_for_text("Set aside.");
    assert!(!app.page_text().contains("You have been carrying a lot"));
    app.close();

    let app = driver.launch();
    let text = app.wait_for_text("How are you today?");
    assert!(!text.contains("You have been carrying a lot"), "{text}");
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
    let text = app.wait_for_text("You have checked in today");
    // Worn out 8 on 7 of the last 14 days: an ordinary run, no prompt.
    assert!(!text.contains("You have been carrying a lot"), "{text}");
    let insights = app.find("nav a[href='#/insights']");
    app.click(&insights);
    let text = app
        .wait_for_text("Over the last month, Worn out averaged 6.5 out of 10, from 30 check-ins");
    assert!(
        text.contains("Worn out ran 3.0 points higher on days marked “A disturbed night” (30 days, against 30 without)"),
        "{text}"
    );
    assert!(
        text.contains("Your last break or respite was 6 days ago"),
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
    app.tab_to("The last month");
    app.press(&[Key::Up]);
    let text = app.wait_for_text("Over the last week, Worn out averaged");
    assert!(text.contains("from 7 check-ins"), "{text}");
    app.close();
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
    let text = app.wait_for_text("You have been carrying a lot");
    assert!(
        text.contains(
            "You said you felt very worn out in 13 of the 14 check-ins of the last 14 days."
        ),
        "{text}"
    );
    assert!(text.contains("This is not a diagnosis"), "{text}");
    assert!(
        text.contains("If you feel unsafe or are thinking of ending your life, call Samaritans on 116 123 now, at any hour. In an emergency, call 999."),
        "{text}"
    );
    assert_accessible(&app, "Today with the support notice");
    app.tab_to("See where to find support");
    app.press(&[Key::Enter]);
    app.wait_for_text("Helplines in United Kingdom");
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
    let text = app.wait_for_text("You have been carrying a lot");
    assert!(
        text.contains("very worn out in 3 of the 5 check-ins"),
        "{text}"
    );
    assert!(
        text.contains("your mood was very low in 4 of the 5 check-ins"),
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
        app.wait_for_text("How are you today?");
        go(&app, "#/help", "Your country is not listed yet");
        let text = app.page_text();
        assert!(text.contains("112 works from mobile phones"), "{text}");
        assert!(text.contains("call your local emergency number"), "{text}");
        for country in &shipped.countries {
            for line in &country.lines {
                assert!(
                    !text.contains(&line.number),
                    "{locale}: {} of {} is shown: {text}",
                    line.number,
                    country.code
                );
            }
            assert!(
                !text.contains(&format!("call {}", country.emergency.numbers)),
                "{locale}: {}'s emergency number is shown",
                country.code
            );
        }
        assert!(!text.contains("Helplines in"), "{text}");
        // Her own people and the choice of a country are there.
        assert!(text.contains("Your own people"), "{text}");
        let chosen = app.find("#help-country");
        assert_eq!(app.property(&chosen, "value"), json!(""));
        assert_accessible(&app, &format!("Get help, unlisted ({locale})"));
        // Choosing a country shows its lines.
        let ie = app.find("#help-country option[value='IE']");
        app.click(&ie);
        let text = app.wait_for_text("Helplines in Ireland");
        assert!(text.contains("116 123"), "{text}");
        assert!(!text.contains("Your country is not listed yet"), "{text}");
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
    let text = app.wait_for_text("Tend can't open your journal");
    assert!(text.contains("Your journal looks damaged"), "{text}");
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "the damage screen:\n{}",
        describe(&violations)
    );
    app.screenshot(&screenshot_path("journal-damaged-backups-1280x800"));
    let label = format!("Restore The copy from {}", today().format("%-d %B %Y"));
    app.tab_to(&label);
    app.press(&[Key::Enter]);
    app.wait_for_text("Carry on from The copy from");
    app.tab_to("Yes, restore it");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Worn out\n9 of 10"), "{text}");
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
    app.wait_for_text("Welcome to Tend");
    assert_accessible(&app, "Today with the welcome");
    app.tab_to("Skip for now");
    app.press(&[Key::Enter]);
    app.wait_for_text("Tend is ready.");
    assert!(!app.page_text().contains("Welcome to Tend"));
    app.close();
    let app = driver.launch();
    let text = app.wait_for_text("How are you today?");
    assert!(!text.contains("Welcome to Tend"), "shown again: {text}");
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
    app.wait_for_text("Welcome to Tend");
    app.tab_to("Someone close to me");
    app.press(&[Key::Space]);
    let nz = app.find("#welcome-country option[value='NZ']");
    app.click(&nz);
    app.tab_to("Remind me to check in");
    app.press(&[Key::Space]);
    app.tab_to("Save and begin");
    app.press(&[Key::Enter]);
    app.wait_for_text("Tend is ready.");
    go(&app, "#/help", "Helplines in New Zealand");
    go(&app, "#/practise", "Between tasks");
    assert!(!app.page_text().contains("Between visits"));
    assert!(app.page_text().contains("between one task and the next"));
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
