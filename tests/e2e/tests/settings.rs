//! Settings' own choices, a form the shell writes and the page's one
//! driver sends back (`tend_core::forms`), used as a person does: by
//! keyboard alone, each change painted, said in the live region and kept,
//! with focus where she left it; and a form the shell did not write, sent
//! through the real IPC or made in the page, refused with a clear error
//! and nothing in the journal changed.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use tend_core::{DayBoundary, Preferences, Role, TextSize, Theme};
use tend_e2e::desktop::eventually;
use tend_e2e::{
    Driver, Key, Session, announced, en, en_with, focused_id, go, page_errors, watch_errors,
};
use tend_journal::Journal;

/// The page's background as painted, and the heading's on-screen height.
fn painted(app: &Session) -> (String, f64) {
    let seen = app.execute(
        "return [getComputedStyle(document.body).backgroundColor,
                 document.querySelector('h1').getBoundingClientRect().height];",
        json!([]),
    );
    (
        seen[0].as_str().unwrap().to_owned(),
        seen[1].as_f64().unwrap(),
    )
}

/// Presses `key` on the focused radio group and waits until the change is
/// said and the form is written again with focus on `id`.
fn choose(app: &Session, key: Key, id: &str, said: &str) {
    app.press(&[key]);
    assert!(
        eventually(10, || announced(app) == said),
        "{id}: the live region says {:?}, not {said:?}",
        announced(app)
    );
    assert!(
        eventually(5, || focused_id(app) == id),
        "focus is on {:?}, not {id}",
        focused_id(app)
    );
}

#[test]
fn settings_by_keyboard_alone_are_painted_said_kept_and_keep_her_place() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/settings", &en("settings-theme"));
    watch_errors(&app);
    let (light_page, small) = painted(&app);

    // When her day ends, by keyboard on the select.
    app.tab_to(&en("settings-boundary"));
    assert_eq!(focused_id(&app), "day-boundary");
    app.press(&[Key::Down]);
    let ends = en_with("settings-boundary-saved", &[("time", "05:00".into())]);
    assert!(
        eventually(10, || announced(&app) == ends),
        "the boundary: said {:?}",
        announced(&app)
    );
    assert!(
        eventually(5, || focused_id(&app) == "day-boundary"),
        "focus is on {:?}, not the select",
        focused_id(&app)
    );

    // The colours: from "follow this device" one step on is light, then
    // dark, which the page paints at once.
    app.tab_to(&en("theme-system"));
    let colours = |theme: &str| en_with("settings-theme-saved", &[("theme", en(theme).into())]);
    choose(&app, Key::Right, "theme-light", &colours("theme-light"));
    choose(&app, Key::Right, "theme-dark", &colours("theme-dark"));
    assert!(
        eventually(5, || painted(&app).0 != light_page),
        "dark chosen, the page is still painted {light_page}"
    );
    // Her place is kept: the next key still moves within the colours.
    choose(&app, Key::Left, "theme-light", &colours("theme-light"));
    choose(&app, Key::Right, "theme-dark", &colours("theme-dark"));

    // The text size, the next group on: larger at once.
    app.press(&[Key::Tab]);
    assert_eq!(focused_id(&app), "text-size-100");
    let size = |percent: u16| en_with("settings-text-size-saved", &[("percent", percent.into())]);
    choose(&app, Key::Right, "text-size-125", &size(125));
    choose(&app, Key::Right, "text-size-150", &size(150));
    assert!(
        eventually(5, || painted(&app).1 > small * 1.3),
        "150% chosen, the heading is {} px high against {small}",
        painted(&app).1
    );

    // Who she cares for: a role at work offers the ProQOL 5 too, and the
    // box that says so is ticked as she watches.
    app.press(&[Key::Tab]);
    app.press(&[Key::Right]);
    assert!(
        eventually(10, || focused_id(&app) == "caring-for-professional"
            && announced(&app).contains(&en("settings-professional-on"))),
        "the role: focus on {:?}, said {:?}",
        focused_id(&app),
        announced(&app)
    );
    let ticked = app.find("#professional");
    assert_eq!(app.property(&ticked, "checked"), json!(true));

    // Away and back, with no error in the page.
    go(&app, "#/", &en("today-invite"));
    go(&app, "#/settings", &en("settings-theme"));
    assert_eq!(page_errors(&app), Vec::<String>::new());
    app.close();

    // All of it kept, and shown so at the next launch.
    let saved = Journal::open(data.path()).unwrap().preferences().unwrap();
    assert_eq!(
        saved,
        Preferences {
            day_boundary: DayBoundary::new(5, 0).unwrap(),
            theme: Theme::Dark,
            text_size: TextSize::new(150).unwrap(),
            professional: true,
            role: Some(Role::Professional),
        }
    );
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/settings", &en("settings-theme"));
    for id in [
        "theme-dark",
        "text-size-150",
        "caring-for-professional",
        "professional",
    ] {
        let control = app.find(&format!("#{id}"));
        assert_eq!(app.property(&control, "checked"), json!(true), "{id}");
    }
    app.close();
}

/// Sends a form through the page's own IPC, as the driver would, and
/// gives back the shell's refusal (or null, when it saved).
fn send(app: &Session, form: &str, fields: &Value) -> Value {
    app.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__
           .invoke('submit_form', { request: { form: arguments[0], fields: arguments[1] } })
           .then(() => done(null), (e) => done(e));",
        json!([form, fields]),
    )
}

#[test]
fn a_form_the_shell_did_not_write_is_refused_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let before = Journal::open(data.path()).unwrap().preferences().unwrap();
    let good = json!([
        ["day-boundary", "04:00"],
        ["theme", "system"],
        ["text-size", "100"]
    ]);
    let long = "٣".repeat(200_000);
    let hostile = [
        (
            "preferences",
            json!([
                ["day-boundary", "13:00"],
                ["theme", "dark"],
                ["text-size", "100"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "6:00"],
                ["theme", "dark"],
                ["text-size", "100"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "Dark"],
                ["text-size", "100"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "dark"],
                ["text-size", "+125"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "dark"],
                ["text-size", long]
            ]),
        ),
        (
            "preferences",
            json!([["day-boundary", "04:00"], ["theme", "dark"]]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "dark"],
                ["theme", "dark"],
                ["text-size", "100"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "dark"],
                ["text-size", "100"],
                ["note", "hello"]
            ]),
        ),
        (
            "preferences",
            json!([
                ["day-boundary", "04:00"],
                ["theme", "dark"],
                ["text-size", "100"],
                ["professional", "yes"]
            ]),
        ),
        ("reminders", good.clone()),
        ("", good.clone()),
    ];
    for (form, fields) in &hostile {
        let refusal = send(&app, form, fields);
        assert_eq!(
            refusal["code"],
            json!("invalid_input"),
            "{form} {fields}: {refusal}"
        );
    }
    // Made in the page: an hour Settings never offers, chosen as she would
    // choose any other. She is told in her words, and what she chose is
    // left for her to put right, as every error in Tend promises.
    go(&app, "#/settings", &en("settings-theme"));
    app.execute(
        "const s = document.getElementById('day-boundary');
         s.add(new Option('23:00', '23:00'));
         s.value = '23:00';
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([]),
    );
    app.wait_for_text(&en("error-invalid_input-plain"));
    let shown = || app.property(&app.find("#day-boundary"), "value");
    assert_eq!(shown(), json!("23:00"));
    // She puts it right: that and what she changes next are saved as
    // ever, and the error goes.
    app.click_on("#day-boundary option[value='05:00']");
    app.wait_for_text(&en_with(
        "settings-boundary-saved",
        &[("time", "05:00".into())],
    ));
    assert!(!app.page_text().contains(&en("error-invalid_input-plain")));
    app.click_on("#theme-dark");
    app.wait_for_text(&en_with(
        "settings-theme-saved",
        &[("theme", en("theme-dark").into())],
    ));
    app.close();
    drop(driver);

    let after = Journal::open(data.path()).unwrap().preferences().unwrap();
    assert_eq!(
        after,
        Preferences {
            theme: Theme::Dark,
            day_boundary: DayBoundary::new(5, 0).unwrap(),
            ..before
        }
    );
}
