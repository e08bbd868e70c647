//! The Reminders screen, the shell's forms sent by the page's one driver,
//! used by keyboard as a person does: a reminder in her own words added
//! (the form asking for her words once that kind is chosen, and keeping
//! them while she changes the rest, or another form on the screen), turned
//! off and deleted with focus kept where she is; a pause asked for without
//! a day, then with one, and resumed; quiet hours and a zone; each said in
//! the live region, and all of it in the journal after.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, Local, NaiveTime};
use serde_json::json;
use tend_e2e::desktop::eventually;
use tend_e2e::{
    Driver, Key, Session, announced, en, en_with, focused_id, go, page_errors, watch_errors,
};
use tend_journal::Journal;

/// Waits until the live region says `said`, and focus is on `id`.
fn said_with_focus_on(app: &Session, said: &str, id: &str) {
    assert!(
        eventually(10, || announced(app) == said),
        "the live region says {:?}, not {said:?}; focus on {:?}; errors: {}",
        announced(app),
        focused_id(app),
        app.execute(
            "return [...document.querySelectorAll('.error')].map(e => e.textContent).join(' | ');",
            json!([])
        )
    );
    assert!(
        eventually(5, || focused_id(app) == id),
        "after {said:?} focus is on {:?}, not {id}",
        focused_id(app)
    );
}

/// Whether the element `id` is painted: on the page with a box of its own.
fn painted(app: &Session, id: &str) -> bool {
    app.execute(
        "const e = document.getElementById(arguments[0]);
         if (!e) return false;
         const box = e.getBoundingClientRect();
         return box.width > 0 && box.height > 0;",
        json!([id]),
    ) == json!(true)
}

/// The value a field shows now.
fn value_of(app: &Session, id: &str) -> String {
    let value = app.execute(
        "const e = document.getElementById(arguments[0]); return e ? e.value : null;",
        json!([id]),
    );
    value.as_str().unwrap_or_default().to_owned()
}

/// Whether the box `id` is ticked now (found afresh: the form may have
/// been written again since).
fn ticked(app: &Session, id: &str) -> bool {
    app.execute(
        "const e = document.getElementById(arguments[0]); return e ? e.checked : null;",
        json!([id]),
    ) == json!(true)
}

/// Sets a time or date field as its picker would, and says it changed.
fn pick(app: &Session, id: &str, value: &str) {
    app.execute(
        "const e = document.getElementById(arguments[0]);
         e.focus();
         e.value = arguments[1];
         e.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([id, value]),
    );
}

#[test]
fn reminders_by_keyboard_are_added_changed_paused_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/reminders", &en("reminders-add"));
    app.wait_for_text(&en("reminders-none"));
    watch_errors(&app);

    // "In my own words" is the last kind: her words are asked for then,
    // and "only if not done" goes, since it means nothing there.
    assert!(painted(&app, "reminder-only-if"));
    assert!(!painted(&app, "reminder-text"));
    app.tab_to(&en("reminders-kind"));
    // Quickly, as a person who knows where she is going: four steps down
    // before the first answer comes.
    app.press(&[Key::Down, Key::Down, Key::Down, Key::Down]);
    assert!(
        eventually(5, || painted(&app, "reminder-text")),
        "no field for her words"
    );
    assert!(!painted(&app, "reminder-only-if"));
    app.press(&[Key::Tab]);
    assert_eq!(focused_id(&app), "reminder-text");
    let words = "Ring Mum ☎ – «zítra»";
    app.type_text(words);
    // The time, as its picker sets it, then weekends off by keyboard:
    // each change writes the form again, her words still in it.
    pick(&app, "reminder-time", "07:30");
    assert!(eventually(5, || focused_id(&app) == "reminder-time"));
    for day in ["reminders-day-sat", "reminders-day-sun"] {
        app.tab_to(&en(day));
        app.press(&[Key::Space]);
        let id = focused_id(&app);
        assert!(
            eventually(5, || !ticked(&app, &id) && focused_id(&app) == id),
            "{day} still ticked, or focus moved"
        );
    }
    assert_eq!(value_of(&app, "reminder-text"), words);

    // Another form on the screen changes; hers is left as it is.
    app.tab_to(&en("reminders-zone"));
    app.press(&[Key::Down]);
    said_with_focus_on(&app, &en("reminders-zone-saved"), "reminder-zone");
    let zone = value_of(&app, "reminder-zone");
    assert!(!zone.is_empty());
    assert_eq!(value_of(&app, "reminder-text"), words);
    assert_eq!(value_of(&app, "reminder-time"), "07:30");

    app.tab_to(&en("reminders-save"));
    app.press(&[Key::Enter]);
    said_with_focus_on(&app, &en("reminders-added"), "reminder-save");
    let when = en_with(
        "reminders-when",
        &[
            ("time", "07:30".into()),
            ("days", en("reminders-workdays").into()),
        ],
    );
    let text = app.wait_for_text(&when);
    assert!(text.contains(words), "{text}");
    // The form is ready for the next one.
    assert_eq!(value_of(&app, "reminder-kind"), "check_in");
    assert!(!painted(&app, "reminder-text"));

    // Off, by its box; then deleted, focus staying on the screen.
    let on = en_with("reminders-on", &[("name", words.into())]);
    app.tab_to(&on);
    let id = focused_id(&app);
    app.press(&[Key::Space]);
    said_with_focus_on(&app, &en("reminders-off-said"), &id);
    app.tab_to(&en_with(
        "reminders-delete-named",
        &[("name", words.into())],
    ));
    app.press(&[Key::Enter]);
    assert!(eventually(10, || announced(&app) == en("reminders-deleted")));
    app.wait_for_text(&en("reminders-none"));
    let inside = app.execute(
        "const a = document.activeElement;
         return a !== document.body && a.closest('main') !== null;",
        json!([]),
    );
    assert_eq!(inside, json!(true), "focus left the screen after Delete");

    // A pause with no day asks for one; then until tomorrow; then resumed.
    app.tab_to(&en("reminders-pause-until"));
    app.press(&[Key::Tab, Key::Enter]);
    app.wait_for_text(&en("invalid-pause-day"));
    let tomorrow = Local::now().date_naive() + Duration::days(1);
    pick(&app, "pause-until", &tomorrow.to_string());
    app.press(&[Key::Tab, Key::Enter]);
    assert!(eventually(10, || announced(&app) == en("reminders-paused-said")));
    let paused = en_with(
        "reminders-paused",
        &[("date", tend_core::dates::long_date(tomorrow).into())],
    );
    app.wait_for_text(&paused);
    assert!(!app.page_text().contains(&en("invalid-pause-day")));
    app.tab_to(&en("reminders-resume"));
    app.press(&[Key::Enter]);
    assert!(eventually(10, || announced(&app) == en("reminders-resumed")));
    app.tab_to(&en("reminders-pause-until"));
    pick(&app, "pause-until", &tomorrow.to_string());
    app.press(&[Key::Tab, Key::Enter]);
    app.wait_for_text(&paused);

    // Quiet hours.
    pick(&app, "quiet-from", "22:15");
    pick(&app, "quiet-to", "06:45");
    app.tab_to(&en("reminders-quiet-save"));
    app.press(&[Key::Enter]);
    said_with_focus_on(&app, &en("reminders-quiet-saved"), "quiet-save");
    // Away and back: every form written anew in place leaves a screen the
    // page can take down and build again, with no error in it.
    go(&app, "#/", &en("today-invite"));
    go(&app, "#/reminders", &en("reminders-add"));
    app.wait_for_text(&paused);
    assert_eq!(page_errors(&app), Vec::<String>::new());
    app.close();
    drop(driver);

    let journal = Journal::open(data.path()).unwrap();
    assert!(journal.reminders().unwrap().is_empty());
    assert_eq!(journal.reminders_paused_until().unwrap(), Some(tomorrow));
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(
        journal.quiet_hours().unwrap(),
        Some((at(22, 15), at(6, 45)))
    );
    assert_eq!(journal.reminder_zone().unwrap(), Some(zone));
}

/// Sends a form through the page's own IPC, as the driver would; the
/// shell's refusal, or null when it saved.
fn send(app: &Session, form: &str, fields: serde_json::Value, sent: bool) -> serde_json::Value {
    app.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__
           .invoke('submit_form', { request: { form: arguments[0], fields: arguments[1], sent: arguments[2] } })
           .then(() => done(null), (e) => done(e));",
        json!([form, fields, sent]),
    )
}

#[test]
fn reminder_forms_the_shell_did_not_write_change_nothing() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let hostile = [
        ("reminder", json!([["reminder", "1"]]), false),
        (
            "reminder",
            json!([["reminder", "1"], ["do", "delete"]]),
            true,
        ),
        ("reminder", json!([["id", "1"]]), false),
        (
            "reminder-add",
            json!([
                ["kind", "own"],
                ["time", "07:00"],
                ["day", "mon"],
                ["text", "x\u{0}y"],
                ["do", "add"]
            ]),
            true,
        ),
        (
            "reminder-add",
            json!([
                ["kind", "check_in"],
                ["time", "7:00"],
                ["day", "mon"],
                ["do", "add"]
            ]),
            true,
        ),
        (
            "reminder-add",
            json!([
                ["kind", "check_in"],
                ["time", "07:00"],
                ["day", "mon"],
                ["day", "mon"],
                ["do", "add"]
            ]),
            true,
        ),
        (
            "reminder-add",
            json!([
                ["kind", "alarm"],
                ["time", "07:00"],
                ["day", "mon"],
                ["do", "add"]
            ]),
            true,
        ),
        (
            "reminders-pause",
            json!([["until", "2026-02-30"], ["do", "pause"]]),
            true,
        ),
        (
            "reminders-pause",
            json!([["until", "2999-01-01"], ["do", "pause"]]),
            false,
        ),
        (
            "quiet-hours",
            json!([["from", "22:00"], ["to", "25:00"]]),
            true,
        ),
        (
            "reminders-zone",
            json!([["zone", "Mars/Olympus_Mons"]]),
            false,
        ),
        ("reminders-zone", json!([["zone", "Europe/London"]]), true),
        ("desktop", json!([["start-at-login", "yes"]]), false),
    ];
    for (form, fields, sent) in hostile {
        let refusal = send(&app, form, fields.clone(), sent);
        assert_eq!(
            refusal["code"],
            json!("invalid_input"),
            "{form} {fields}: {refusal}"
        );
    }
    app.close();
    drop(driver);
    let journal = Journal::open(data.path()).unwrap();
    assert!(journal.reminders().unwrap().is_empty());
    assert_eq!(journal.reminders_paused_until().unwrap(), None);
    assert_eq!(journal.quiet_hours().unwrap(), None);
    assert_eq!(journal.reminder_zone().unwrap(), None);
}
