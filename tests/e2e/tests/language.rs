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
use tend_e2e::{Driver, Key, Session, assert_accessible, go, now_utc, today};
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

#[test]
fn a_carer_whose_system_speaks_czech_checks_in_and_exports_in_czech() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    Journal::open(data.path())
        .unwrap()
        .finish_welcome(None, None, None, now_utc())
        .unwrap();
    let driver = Driver::start_with(
        data.path(),
        &[
            ("LANGUAGE", Path::new("cs")),
            ("LANG", Path::new("cs_CZ.UTF-8")),
            ("TEND_TEST_SAVE_DIR", saved.path()),
        ],
    );
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
    Journal::open(data.path())
        .unwrap()
        .finish_welcome(None, None, None, now_utc())
        .unwrap();
    let driver = Driver::start_with(
        data.path(),
        &[
            ("LANGUAGE", Path::new("cs")),
            ("LANG", Path::new("cs_CZ.UTF-8")),
        ],
    );
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
