//! The privacy lock in the real app: turned on from Settings by keyboard,
//! the recovery key shown once, Hide now, a relaunch that asks for the
//! passcode, a wrong passcode that changes nothing, the recovery key, and
//! the lock that closes the journal by itself after the idle time.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use tend_e2e::{Driver, Key, Session, assert_accessible, folder_snapshot, go};
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
    app.wait_for_text("How are you today?");
    go(&app, "#/settings", "When does your day end?");
    app.tab_to("Privacy lock: a passcode for your journal");
    app.press(&[Key::Enter]);
    app.wait_for_text("Turn the lock on");
    assert_accessible(&app, "privacy, off");

    // Two different passcodes are caught before anything happens.
    app.tab_to("New passcode");
    app.type_text(PASSCODE);
    app.tab_to("The new passcode again");
    app.type_text("blue kettle 1978");
    app.press(&[Key::Enter]);
    app.wait_for_text("The two passcodes are not the same.");
    assert!(!data.path().join(LOCKED_FILE_NAME).exists());

    clear(&app, "new-passcode-again");
    app.tab_to("The new passcode again");
    app.type_text(PASSCODE);
    app.press(&[Key::Enter]);
    let text = app.wait_for_text_within("Your recovery key", 30);
    assert!(text.contains("keeps no copy"), "{text}");
    let key = app.text(&app.find(".recovery-key"));
    assert_eq!(key.len(), 39, "eight groups of four: {key}");
    assert_accessible(&app, "recovery key");
    app.tab_to("I have written it down");
    app.press(&[Key::Enter]);
    app.wait_for_text("The lock is on.");
    assert!(!app.page_text().contains(&key), "the key is shown once");

    // Hide now, from the bar on any screen.
    app.tab_to("Hide now");
    app.press(&[Key::Enter]);
    app.wait_for_text("Tend is locked");
    assert!(!app.page_text().contains("How are you today?"));
    assert_accessible(&app, "lock screen");
    app.close();

    assert!(!data.path().join(tend_journal::FILE_NAME).exists());
    assert!(matches!(
        Journal::open(data.path()),
        Err(OpenError::Locked { .. })
    ));

    // A relaunch asks first; a wrong passcode changes no byte.
    let app = driver.launch();
    app.wait_for_text("Tend is locked");
    let before = folder_snapshot(data.path());
    unlock(&app, "Passcode", "blue kettle 1988");
    app.wait_for_text("That does not open your journal");
    assert_eq!(folder_snapshot(data.path()), before);
    clear(&app, "unlock-passcode");
    unlock(&app, "Passcode", PASSCODE);
    app.wait_for_text_within("How are you today?", 20);

    // Left alone, it locks itself.
    app.wait_for_text_within("Tend is locked", 40);

    // The recovery key, typed in lower case with spaces, opens it too.
    app.tab_to("I forgot my passcode: use the recovery key");
    app.press(&[Key::Enter]);
    unlock(&app, "Recovery key", &key.to_lowercase().replace('-', " "));
    app.wait_for_text_within("How are you today?", 20);
    app.close();
}
