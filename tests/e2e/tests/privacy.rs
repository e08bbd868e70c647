//! The privacy lock in the real app: turned on from Settings by keyboard,
//! the recovery key shown once, Hide now, a relaunch that asks for the
//! passcode, a wrong passcode that changes nothing, the recovery key, and
//! the lock that closes the journal by itself after the idle time.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use tend_e2e::{Driver, Key, Session, assert_accessible, en, folder_snapshot, go};
use tend_journal::{Journal, LOCKED_FILE_NAME, OpenError};

const PASSCODE: &str = "blue kettle 1987";

/// Empties a text field, as selecting all and deleting would.
fn clear(app: &Session, id: &str) {
    app.execute(
        "const i = document.getElementById(arguments[0]);
         i.value = '';
         i.dispatchEvent(new Event('input', { bubbles: true }));",
        serde_json::json!([id]),
    );
}

fn unlock(app: &Session, field: &str, text: &str) {
    app.tab_to(field);
    app.type_text(text);
    app.press(&[Key::Enter]);
}

#[test]
fn the_lock_hides_the_journal_and_opens_with_the_passcode_or_the_recovery_key() {
    let data = tempfile::tempdir().unwrap();
    // Idle minutes count as seconds: the default five lock after 10 s.
    let driver = Driver::start_with(data.path(), &[("TEND_TEST_IDLE_SECONDS", Path::new("2"))]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/settings", &en("settings-boundary"));
    app.tab_to(&en("settings-privacy-link"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("privacy-turn-on-title"));
    assert_accessible(&app, "privacy, off");

    // Two different passcodes are caught before anything happens.
    app.tab_to(&en("privacy-new-passcode"));
    app.type_text(PASSCODE);
    app.tab_to(&en("privacy-passcode-again"));
    app.type_text("blue kettle 1978");
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("privacy-mismatch"));
    assert!(!data.path().join(LOCKED_FILE_NAME).exists());

    clear(&app, "new-passcode-again");
    app.tab_to(&en("privacy-passcode-again"));
    app.type_text(PASSCODE);
    // Pressed twice while the lock is turned on: sent once, and the
    // recovery key, shown once, is not lost to the second press.
    app.press(&[Key::Enter, Key::Enter]);
    let text = app.wait_for_text_within(&en("privacy-recovery-title"), 30);
    assert!(!text.contains(&en("lock-error-on")), "{text}");
    assert!(text.contains(&en("privacy-recovery-once")), "{text}");
    let key = app.text(&app.find(".recovery-key"));
    assert_eq!(key.len(), 39, "eight groups of four: {key}");
    assert_accessible(&app, "recovery key");
    app.tab_to(&en("privacy-recovery-done"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("privacy-on"));
    assert!(!app.page_text().contains(&key), "the key is shown once");

    // Hide now, from the bar on any screen.
    app.tab_to(&en("nav-hide-now"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("lock-title"));
    assert!(!app.page_text().contains(&en("today-invite")));
    assert_accessible(&app, "lock screen");
    app.close();

    assert!(!data.path().join(tend_journal::FILE_NAME).exists());
    assert!(matches!(
        Journal::open(data.path()),
        Err(OpenError::Locked { .. })
    ));

    // A relaunch asks first; a wrong passcode changes no byte.
    let app = driver.launch();
    app.wait_for_text(&en("lock-title"));
    let before = folder_snapshot(data.path());
    unlock(&app, &en("lock-passcode"), "blue kettle 1988");
    app.wait_for_text(&en("lock-wrong"));
    assert_eq!(folder_snapshot(data.path()), before);
    clear(&app, "unlock-passcode");
    unlock(&app, &en("lock-passcode"), PASSCODE);
    app.wait_for_text_within(&en("today-invite"), 20);

    // Left alone, it locks itself.
    app.wait_for_text_within(&en("lock-title"), 40);

    // The recovery key, typed in lower case with spaces, opens it too.
    app.tab_to(&en("lock-use-recovery"));
    app.press(&[Key::Enter]);
    unlock(
        &app,
        &en("lock-recovery-key"),
        &key.to_lowercase().replace('-', " "),
    );
    app.wait_for_text_within(&en("today-invite"), 20);
    app.close();
}

/// Sends a privacy form through the page's own IPC, as the driver would;
/// the shell's refusal, or null when it did what the form asked.
fn send(app: &Session, form: &str, fields: &serde_json::Value, sent: bool) -> serde_json::Value {
    app.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__
           .invoke('submit_form', { request: { form: arguments[0], fields: arguments[1], sent: arguments[2] } })
           .then(() => done(null), (e) => done(e));",
        serde_json::json!([form, fields, sent]),
    )
}

#[test]
fn with_the_lock_on_the_minutes_the_passcode_and_turning_it_off_work_by_keyboard() {
    use serde_json::json;
    use tend_e2e::desktop::eventually;
    use tend_e2e::{announced, en_with, focused_id, page_errors, watch_errors};
    let data = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(data.path()).unwrap();
    journal
        .turn_lock_on(PASSCODE, tend_journal::KdfParams::LEAST)
        .unwrap();
    drop(journal);
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("lock-title"));
    unlock(&app, &en("lock-passcode"), PASSCODE);
    app.wait_for_text_within(&en("today-invite"), 20);
    go(&app, "#/privacy", &en("privacy-on"));
    app.find("#form-lock-off");
    watch_errors(&app);
    assert_accessible(&app, "privacy, on");

    // The minutes, by keyboard: saved and said where she is.
    app.tab_to(&en("privacy-idle"));
    app.press(&[Key::Down]);
    let quarter = en_with("privacy-idle-minutes", &[("n", 15u32.into())]);
    assert!(
        eventually(10, || announced(&app).contains(&en("privacy-idle-saved"))),
        "the minutes are said to be saved"
    );
    assert_eq!(focused_id(&app), "idle-minutes");
    assert!(
        app.text(&app.find("#idle-minutes option:checked"))
            .contains(&quarter)
    );

    // What the shell did not write changes nothing: the lock's key file
    // stays as it was (the open journal's own file is written by SQLite
    // as it likes, so its bytes are not compared), and so do the minutes.
    let key_file = || std::fs::read(data.path().join(tend_journal::KEY_FILE_NAME)).unwrap();
    let before = key_file();
    for (form, fields, sent) in [
        ("lock-idle", json!([["idle-minutes", "3"]]), false),
        ("lock-idle", json!([["idle-minutes", "15"]]), true),
        (
            "lock-off",
            json!([["current-passcode", PASSCODE], ["recovery", "on"]]),
            true,
        ),
        ("lock-off", json!([["current-passcode", PASSCODE]]), false),
        (
            "lock-change",
            json!([
                ["current-passcode", PASSCODE],
                ["new-passcode", "abc"],
                ["new-passcode-again", "abc"]
            ]),
            true,
        ),
        (
            "lock-change",
            json!([
                ["current-passcode", "not it at all"],
                ["new-passcode", "new kettle"],
                ["new-passcode-again", "new kettle"]
            ]),
            true,
        ),
        (
            "lock-on",
            json!([
                ["new-passcode", "new kettle"],
                ["new-passcode-again", "new kettle"]
            ]),
            true,
        ),
    ] {
        let refusal = send(&app, form, &fields, sent);
        assert!(!refusal.is_null(), "{form} {fields}");
    }
    assert!(key_file() == before, "the key file changed");

    // A wrong passcode now: said, and nothing changes.
    const NEW: &str = "green teapot 2026";
    app.tab_to(&en("privacy-current-passcode"));
    app.type_text("blue kettle 1988");
    app.tab_to(&en("privacy-new-passcode"));
    app.type_text(NEW);
    app.tab_to(&en("privacy-passcode-again"));
    app.type_text(NEW);
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("lock-error-wrong"));
    assert!(key_file() == before, "the key file changed");
    assert!(
        app.text(&app.find("#idle-minutes option:checked"))
            .contains(&quarter)
    );
    // What she typed stays; she puts right the one field that was wrong.
    clear(&app, "change-current");
    app.execute(
        "document.getElementById('change-current').focus();",
        json!([]),
    );
    app.type_text(PASSCODE);
    app.tab_to(&en("privacy-change"));
    app.press(&[Key::Enter]);
    assert!(
        eventually(30, || announced(&app).contains(&en("privacy-changed"))),
        "the change is said: {:?} {}",
        announced(&app),
        app.page_text()
    );
    assert!(!app.page_text().contains(&en("lock-error-wrong")));
    for id in ["change-current", "change-new", "change-again"] {
        let field = app.find(&format!("#{id}"));
        assert_eq!(app.property(&field, "value"), json!(""), "{id} emptied");
    }
    assert!(key_file() != before, "the passcode was not changed");
    assert!(page_errors(&app).is_empty(), "{:?}", page_errors(&app));
    app.close();

    // The new passcode opens it, the old one no longer does, and the
    // minutes are kept.
    let app = driver.launch();
    app.wait_for_text(&en("lock-title"));
    unlock(&app, &en("lock-passcode"), PASSCODE);
    app.wait_for_text(&en("lock-wrong"));
    clear(&app, "unlock-passcode");
    unlock(&app, &en("lock-passcode"), NEW);
    app.wait_for_text_within(&en("today-invite"), 20);
    go(&app, "#/privacy", &en("privacy-on"));
    assert!(
        app.text(&app.find("#idle-minutes option:checked"))
            .contains(&quarter)
    );

    // Off, with the passcode: the journal is plain again.
    // Past the change's field of the same name, to the one for off.
    app.tab_to(&en("privacy-current-passcode"));
    app.press(&[Key::Tab]);
    app.tab_to(&en("privacy-current-passcode"));
    assert_eq!(focused_id(&app), "off-current");
    app.type_text(NEW);
    app.press(&[Key::Enter]);
    app.wait_for_text_within(&en("privacy-turn-on-title"), 30);
    assert!(announced(&app).contains(&en("privacy-off-said")));
    assert_eq!(focused_id(&app), "lock-on-title");
    // Hide now leaves the bar (its name is also in the screen's intro).
    let hide = app.execute(
        "return document.querySelector('.hide-now') !== null;",
        json!([]),
    );
    assert_eq!(hide, json!(false));
    app.close();
    assert!(Journal::open(data.path()).is_ok());
}
