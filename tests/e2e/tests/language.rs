//! Tend in Czech, in the real window: the system's language chosen at
//! start, the page's `lang`, a check-in and a summary made in Czech,
//! Settings switching every screen to British English at once and back,
//! the choice kept across a relaunch, and axe-core on Czech screens.
//! Elements are found by their message's Czech text, never an English
//! literal.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use std::path::Path;
use tend_core::words::{FluentValue, tr_in};
use tend_e2e::{
    Driver, Key, Session, assert_accessible, axe_violations, describe, go, now_utc,
    screenshot_path, today,
};
use tend_journal::Journal;

fn cs(id: &str) -> String {
    tr_in("cs", id, &[])
}

fn cs_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in("cs", id, args)
}

fn page_lang(app: &Session) -> String {
    app.execute("return document.documentElement.lang;", json!([]))
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Chooses `value` in the language list as a person would: the change
/// event of the select.
fn choose_language(app: &Session, value: &str) {
    app.execute(
        "const s = document.querySelector('#language'); s.value = arguments[0]; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([value]),
    );
}

/// A journal whose welcome is answered, and Tend started on it by a
/// system that speaks Czech, with `extra` in its environment.
fn czech_system(data: &Path, extra: &[(&str, &Path)]) -> Driver {
    Journal::open(data)
        .unwrap()
        .finish_welcome(None, None, None, now_utc())
        .unwrap();
    let mut env = vec![
        ("LANGUAGE", Path::new("cs")),
        ("LANG", Path::new("cs_CZ.UTF-8")),
    ];
    env.extend_from_slice(extra);
    Driver::start_with(data, &env)
}

#[test]
fn a_carer_whose_system_speaks_czech_checks_in_and_exports_in_czech() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let driver = czech_system(data.path(), &[("TEND_TEST_SAVE_DIR", saved.path())]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    assert_eq!(page_lang(&app), "cs");
    // This process speaks Czech too, to write the dates as Tend does.
    tend_core::words::set_language("cs");
    let heading = tend_core::dates::weekday_long_date(today());
    app.wait_for_text(&heading);
    assert_accessible(&app, "Today in Czech");

    // A check-in, by keyboard, found by the Czech words.
    app.tab_to(&cs("today-checkin-now"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&cs("checkin-intro"));
    app.tab_to(&cs("checkin-item-exhaustion"));
    app.press(&[Key::Right, Key::Right]);
    let slider = app.find("#rating-exhaustion");
    assert_eq!(
        app.property(&slider, "ariaValueText"),
        json!(cs_with("checkin-value", &[("value", 7.into())]))
    );
    app.tab_to(&cs("checkin-save"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&cs("checkin-saved"));
    assert_accessible(&app, "the check-in saved, in Czech");

    // A summary in Czech, saved as a web page.
    go(&app, "#/export", &cs("export-title"));
    app.tab_to(&cs("export-format-pdf"));
    app.press(&[Key::Left]);
    let save = cs_with(
        "export-save",
        &[("format", cs("export-format-html").into())],
    );
    app.tab_to(&save);
    app.press(&[Key::Enter]);
    let file = (0..100)
        .find_map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            std::fs::read_dir(saved.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|x| x == "html"))
        })
        .expect("a web page was saved");
    app.wait_for_text(&cs_with(
        "export-saved",
        &[("path", file.display().to_string().into())],
    ));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"cs\">"), "{}", &html[..200]);
    assert!(
        html.contains(&cs("export-summary-title")),
        "the title is Czech"
    );
    assert!(
        html.contains(&tend_core::dates::long_date(today())),
        "the dates are Czech"
    );
    app.close();
}

#[test]
fn settings_switch_every_screen_at_once_and_the_choice_outlasts_a_relaunch() {
    let data = tempfile::tempdir().unwrap();
    let driver = czech_system(data.path(), &[]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    go(&app, "#/settings", &cs("settings-title"));
    assert_accessible(&app, "Settings in Czech");
    let system = app.find("#language option[value='']");
    assert!(
        app.text(&system).contains("Čeština"),
        "the system's language is named in its own words"
    );

    choose_language(&app, "en-GB");
    app.wait_for_text("Settings");
    assert_eq!(page_lang(&app), "en-GB");
    // The navigation changed with the page, without a restart.
    let nav = app.page_text();
    assert!(nav.contains("Today") && nav.contains("Get help"), "{nav}");
    assert!(!nav.contains(&cs("nav-help")), "{nav}");
    app.close();

    // The choice is the journal's: English although the system says Czech.
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    assert_eq!(page_lang(&app), "en-GB");
    go(&app, "#/settings", "Settings");
    choose_language(&app, "");
    app.wait_for_text(&cs("settings-title"));
    assert_eq!(page_lang(&app), "cs");
    app.close();
    drop(driver);
    assert_eq!(
        Journal::open(data.path()).unwrap().language().unwrap(),
        None
    );
}

/// Every screen, with the message each shows (measured in Czech).
const SCREENS: [(&str, &str, &str); 17] = [
    ("today", "#/", "today-invite"),
    ("checkin", "#/checkin", "checkin-intro"),
    ("practise", "#/practise", "practise-time"),
    ("journal", "#/journal", "journal-search"),
    ("insights", "#/insights", "insights-title"),
    ("settings", "#/settings", "settings-boundary"),
    ("help", "#/help", "help-own-title"),
    ("measures", "#/measures", "measures-title"),
    ("who5", "#/measures/who5", "measure-published-language"),
    ("scs-sf", "#/measures/scs_sf", "measure-published-language"),
    (
        "proqol5",
        "#/measures/proqol5",
        "measure-published-language",
    ),
    ("about", "#/about", "about-title"),
    ("export", "#/export", "export-document"),
    ("reminders", "#/reminders", "reminders-add"),
    ("privacy", "#/privacy", "privacy-turn-on-title"),
    ("path", "#/path", "path-start"),
    ("player", "#/play/calm_place/180", "player-speak"),
];

/// British English messages without variables that Czech words
/// differently, long enough that finding one on a Czech screen means
/// English leaked through.
fn english_only() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n/en-GB/tend.ftl");
    std::fs::read_to_string(root)
        .unwrap()
        .lines()
        .filter_map(|line| {
            let (id, value) = line.split_once(" = ")?;
            let plain = id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (plain && !value.contains('{') && value.chars().count() >= 16)
                .then(|| (id.to_owned(), value.trim().to_owned()))
        })
        .filter(|(id, english)| &cs(id) != english)
        .collect()
}

/// The page's text, leaving out what is marked as another language (a
/// questionnaire's published English wording).
fn czech_text(app: &Session) -> String {
    app.execute(
        "const copy = document.body.cloneNode(true);
         copy.querySelectorAll('[lang]').forEach(e => { if (!e.lang.startsWith('cs')) e.remove(); });
         document.body.appendChild(copy); copy.style.display = 'none';
         const text = copy.textContent; copy.remove(); return text;",
        json!([]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn every_screen_in_czech_is_czech_and_has_no_accessibility_violations() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        journal.finish_welcome(None, None, None, now_utc()).unwrap();
        let prefs = tend_core::Preferences {
            professional: true,
            ..tend_core::Preferences::default()
        };
        journal.save_preferences(prefs).unwrap();
    }
    let english = english_only();
    assert!(english.len() > 200, "{}", english.len());
    let driver = Driver::start_with(data.path(), &[("LANGUAGE", Path::new("cs"))]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    for (screen, href, shows) in SCREENS {
        app.execute("window.location.hash = arguments[0];", json!([href]));
        app.wait_for_text(&cs(shows));
        assert_eq!(page_lang(&app), "cs", "{screen}");
        let text = czech_text(&app);
        let leaked: Vec<&String> = english
            .iter()
            .filter(|(_, words)| text.contains(words.as_str()))
            .map(|(id, _)| id)
            .collect();
        assert!(leaked.is_empty(), "{screen} shows English: {leaked:?}");
        for (width, height) in [(1280, 800), (390, 844)] {
            app.set_window_size(width, height);
            let violations = axe_violations(&app);
            assert!(
                violations.is_empty(),
                "{screen} in Czech, {width}x{height}:\n{}",
                describe(&violations)
            );
        }
        app.screenshot(&screenshot_path(&format!("{screen}-cs-390x844")));
    }
    app.close();
}
