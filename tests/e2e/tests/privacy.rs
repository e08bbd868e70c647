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
    app.press(&[Key::Enter]);
    let text = app.wait_for_text_within(&en("privacy-recovery-title"), 30);
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
