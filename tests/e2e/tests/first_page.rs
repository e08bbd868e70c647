//! The window as the shell paints it before the UI's code has loaded
//! (`src-tauri/src/first_page.rs`): her Today in her language, theme and
//! text size, whose links work by keyboard, and a UI that takes over
//! showing the same and keeping her place. The UI's code is held back
//! (`TEND_TEST_HOLD_UI`) and started by the test, so what is seen is the
//! painted page alone, however fast the machine.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use std::path::Path;
use tend_core::words::tr_in;
use tend_core::{CheckInDraft, Preferences, Role, TextSize, Theme};
use tend_e2e::desktop::eventually;
use tend_e2e::{
    Driver, Key, Session, assert_accessible, en, now_utc, page_errors, today, watch_errors,
};
use tend_journal::Journal;

/// The switch that holds the UI's code back.
fn held() -> (&'static str, &'static Path) {
    ("TEND_TEST_HOLD_UI", Path::new("1"))
}

fn cs(id: &str) -> String {
    tr_in("cs", id, &[])
}

/// A journal she has been welcomed to, with her look.
fn welcomed(folder: &Path, theme: Theme, text_size: u16) -> Journal {
    let mut journal = Journal::open(folder).unwrap();
    journal
        .finish_welcome(Some(Role::FamilyCarer), None, None, now_utc())
        .unwrap();
    let prefs = Preferences {
        theme,
        text_size: TextSize::new(text_size).unwrap(),
        role: Some(Role::FamilyCarer),
        ..journal.preferences().unwrap()
    };
    journal.save_preferences(prefs).unwrap();
    journal
}

/// Starts the UI's code, as `boot.js` does when it is not held back.
fn start_ui(app: &Session) {
    app.execute("import('./tend_ui.js').then(m => m.default());", json!([]));
}

/// Waits until the UI has taken the window over from the painted page.
fn wait_for_ui(app: &Session) {
    assert!(
        eventually(20, || {
            app
            .execute(
                "return document.getElementById('boot') === null && document.querySelector('#app main h1') !== null;",
                json!([])
            )
            .as_bool()
            .unwrap_or(false)
        }),
        "the UI never took over"
    );
}

/// The painted link `css`: its text, and whether it is what is drawn at
/// the middle of its own box (on screen, not covered, not empty).
fn painted_link(app: &Session, css: &str) -> (String, bool) {
    let seen = app.execute(
        "const e = document.querySelector(arguments[0]);
         if (!e) return ['', false];
         const r = e.getBoundingClientRect();
         const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
         return [e.textContent, r.width > 0 && r.height > 0 && r.bottom <= innerHeight && e.contains(top)];",
        json!([css]),
    );
    (
        seen[0].as_str().unwrap_or_default().to_owned(),
        seen[1] == json!(true),
    )
}

fn attribute(app: &Session, css: &str, name: &str) -> Value {
    app.execute(
        "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : 'no element';",
        json!([css, name]),
    )
}

#[test]
fn her_today_is_painted_in_her_words_and_look_and_works_by_keyboard_before_the_ui_has_loaded() {
    let data = tempfile::tempdir().unwrap();
    drop(welcomed(data.path(), Theme::Dark, 150));
    let driver = Driver::start_with(
        data.path(),
        &[
            held(),
            ("LANGUAGE", Path::new("cs")),
            ("LANG", Path::new("cs_CZ.UTF-8")),
        ],
    );
    let app = driver.launch_early();
    let heading = app.find("#boot main h1");
    assert_eq!(app.text(&heading), cs("today-title"));
    // Her language, theme and size are the page's from its first paint.
    assert_eq!(attribute(&app, "html", "lang"), json!("cs"));
    assert_eq!(attribute(&app, "html", "data-theme"), json!("dark"));
    assert_eq!(attribute(&app, "html", "data-text-size"), json!("150"));
    let look = app.execute(
        "return [getComputedStyle(document.documentElement).fontSize,
                 getComputedStyle(document.body).backgroundColor];",
        json!([]),
    );
    assert_eq!(look[0], json!("27px"), "150% of 18 px");
    let background: Vec<u32> = look[1]
        .as_str()
        .unwrap()
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(", ")
        .map(|c| c.parse().unwrap())
        .collect();
    assert!(
        background.iter().sum::<u32>() < 3 * 100,
        "the dark theme's page is painted {look}"
    );
    // The check-in's way in is drawn, in Czech, and read out: the painted
    // window is not hidden from screen readers (the body says it is busy
    // until the UI is there).
    let (text, drawn) = painted_link(&app, "#boot main a.button[href='#/checkin']");
    assert_eq!(text, cs("today-checkin-now"));
    assert!(drawn, "the check-in link is not what is drawn where it is");
    assert_eq!(attribute(&app, "#boot", "aria-hidden"), Value::Null);
    assert_eq!(attribute(&app, "body", "aria-busy"), json!("true"));
    assert_eq!(
        attribute(&app, "#boot nav a[href='#/']", "aria-current"),
        json!("page")
    );
    assert_accessible(&app, "Today as the shell paints it, in Czech");

    // By keyboard, before the UI: the link is followed...
    app.tab_to(&cs("today-checkin-now"));
    app.press(&[Key::Enter]);
    assert!(
        eventually(5, || app.execute("return location.hash;", json!([]))
            == json!("#/checkin")),
        "the check-in link did not work before the UI"
    );
    // ...and the UI, once it starts, opens where she went.
    watch_errors(&app);
    start_ui(&app);
    wait_for_ui(&app);
    app.wait_for_text(&cs("checkin-intro"));
    assert_eq!(attribute(&app, "body", "aria-busy"), Value::Null);
    assert_eq!(page_errors(&app), Vec::<String>::new());
    app.close();
}

#[test]
fn the_ui_takes_over_showing_the_same_today_and_keeping_her_focus() {
    let data = tempfile::tempdir().unwrap();
    let mut journal = welcomed(data.path(), Theme::System, 100);
    let draft = CheckInDraft::default();
    journal.save_checkin(today(), draft, now_utc()).unwrap();
    drop(journal);
    let driver = Driver::start_with(data.path(), &[held()]);
    let app = driver.launch_early();
    app.find("#boot main h1");
    let parts = "return [document.querySelector(arguments[0] + ' .skip-link').outerHTML,
                         document.querySelector(arguments[0] + ' header').outerHTML,
                         document.querySelector(arguments[0] + ' main').outerHTML];";
    let painted = app.execute(parts, json!(["#boot"]));
    // What she gave today, and the way to change it, are painted.
    let main = painted[2].as_str().unwrap();
    assert!(main.contains(&en("today-summary")), "{main}");
    assert!(main.contains(&en("today-change")), "{main}");
    // Her focus on the half-minute practice when the UI arrives.
    app.tab_to(&en("today-30-seconds"));
    start_ui(&app);
    wait_for_ui(&app);
    app.wait_for_text(&en("today-summary"));
    let shown = app.execute(parts, json!(["#app"]));
    assert_eq!(
        painted, shown,
        "the UI's Today differs from the one the shell painted"
    );
    let focused = app.execute(
        "const e = document.activeElement;
         return [e.closest('#app') !== null, e.getAttribute('href')];",
        json!([]),
    );
    assert_eq!(focused, json!([true, "#/play/soothing_breath/30"]));
    app.close();
}

#[test]
fn a_locked_or_new_journal_gets_only_the_calm_empty_frame() {
    // Locked: nothing of the journal is written before the passcode.
    let locked = tempfile::tempdir().unwrap();
    let mut journal = welcomed(locked.path(), Theme::Dark, 200);
    journal
        .turn_lock_on("a long passcode", tend_journal::KdfParams::LEAST)
        .unwrap();
    drop(journal);
    // New: the welcome comes first, from the UI.
    let new = tempfile::tempdir().unwrap();
    for (data, case) in [(locked.path(), "locked"), (new.path(), "new")] {
        let driver = Driver::start_with(data, &[held()]);
        let app = driver.launch_early();
        app.find("#boot");
        let frame = app.execute(
            "const b = document.getElementById('boot');
             return [b.getAttribute('aria-hidden'), b.querySelector('main').textContent,
                     document.documentElement.getAttribute('data-theme')];",
            json!([]),
        );
        assert_eq!(frame, json!(["true", "", null]), "{case}");
        app.close();
    }
}
