//! The real Tend, in its real webview, driven as a person would drive it.
//! Run through `cargo xtask test`, which provides Xvfb, a private D-Bus
//! session, tauri-driver and the paths below.

use serde_json::{Value, json};
use std::path::Path;
use std::process::Command;
use tend_core::{Context, DayBoundary, Tag, journal_day};
use tend_e2e::{Driver, Key, Session, folder_snapshot, required_path, screenshot_path};
use tend_journal::{FILE_NAME, Journal};

fn slider_value(app: &Session, item: &str) -> String {
    let el = app.find(&format!("#rating-{item}"));
    app.property(&el, "value")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The journal day it is now, as the app reckons it with its default
/// boundary.
fn today() -> chrono::NaiveDate {
    journal_day(chrono::Local::now().naive_local(), DayBoundary::DEFAULT)
}

#[test]
fn a_check_in_made_by_keyboard_alone_survives_a_relaunch_and_can_be_edited() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());

    let app = driver.launch();
    app.wait_for_text("How are you today?");
    // Action 1 of 3: open the check-in.
    app.tab_to("Check in now");
    app.press(&[Key::Enter]);
    app.wait_for_text("Move each slider");

    // Action 2: rate the day. Arrows move by 1, Page keys by 2.
    app.tab_to("How worn out do you feel?");
    app.press(&[Key::Right, Key::Right]); // 7
    app.press(&[Key::Tab, Key::PageDown]); // stress 3
    app.press(&[Key::Tab, Key::Right]); // mood 6
    app.press(&[Key::Tab, Key::Home, Key::Right, Key::Right]); // sleep 2
    app.press(&[Key::Tab, Key::Left]); // kindness 4
    app.press(&[Key::Tab, Key::PageUp, Key::PageUp]); // meaning 9
    for (item, value) in [
        ("exhaustion", "7"),
        ("stress", "3"),
        ("mood", "6"),
        ("sleep", "2"),
        ("self_kindness", "4"),
        ("meaning", "9"),
    ] {
        assert_eq!(slider_value(&app, item), value, "slider {item}");
    }
    app.tab_to("A work day");
    app.press(&[Key::Down]); // moves to and picks "Caring at home"
    app.tab_to("A disturbed night");
    app.press(&[Key::Space]);
    app.tab_to("A note for yourself");
    app.type_text("Mum slept at last; tea with Ann");

    // Action 3: save.
    app.tab_to("Save today's check-in");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Worn out\n7 of 10"), "{text}");
    app.close();

    // Reopen: today's check-in is there, and still editable.
    let app = driver.launch();
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Meaning in caring\n9 of 10"), "{text}");
    app.tab_to("Change today's check-in");
    app.press(&[Key::Enter]);
    app.wait_for_text("You are changing today's check-in");
    assert_eq!(slider_value(&app, "exhaustion"), "7");
    let note = app.find("#note");
    assert_eq!(
        app.property(&note, "value"),
        json!("Mum slept at last; tea with Ann")
    );
    app.tab_to("How worn out do you feel?");
    app.press(&[Key::Right]); // 8
    app.tab_to("Save changes");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Worn out\n8 of 10"), "{text}");
    app.close();
    drop(driver);

    // The journal file holds exactly one check-in, today's, as entered.
    let journal = Journal::open(data.path()).unwrap();
    let all = journal.checkins().unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    let c = &all[0];
    assert_eq!(c.day, today());
    let r = c.ratings;
    assert_eq!(
        [
            r.exhaustion,
            r.stress,
            r.mood,
            r.sleep,
            r.self_kindness,
            r.meaning
        ],
        [8, 3, 6, 2, 4, 9]
    );
    assert_eq!(c.context, Some(Context::CaringAtHome));
    assert_eq!(c.tags, vec![Tag::DisturbedNight]);
    assert_eq!(c.note, "Mum slept at last; tea with Ann");
}

/// Runs axe-core in the page and returns its violations.
fn axe_violations(app: &Session) -> Vec<Value> {
    let source = std::fs::read_to_string(required_path("TEND_E2E_AXE")).expect("axe-core script");
    app.execute(&format!("{source}\nreturn true;"), json!([]));
    let result = app.execute_async(
        "const done = arguments[arguments.length - 1];
         axe.run(document, { resultTypes: ['violations'] })
            .then(r => done(JSON.stringify(r.violations)))
            .catch(e => done(JSON.stringify([{ id: 'axe-error', description: String(e) }])));",
        json!([]),
    );
    serde_json::from_str(result.as_str().unwrap_or("[]")).expect("axe result")
}

fn describe(violations: &[Value]) -> String {
    violations
        .iter()
        .map(|v| {
            format!(
                "{}: {} ({} nodes)",
                v["id"],
                v["help"],
                v["nodes"].as_array().map_or(0, Vec::len)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn today_and_the_check_in_have_no_accessibility_violations_at_phone_and_desktop_sizes() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    for (page, ready_text) in [
        ("today", "How are you today?"),
        ("checkin", "Move each slider"),
    ] {
        if page == "checkin" {
            let link = app.find("a.button");
            app.click(&link);
        }
        app.wait_for_text(ready_text);
        for (label, width, height) in [("desktop", 1280, 800), ("phone", 390, 844)] {
            app.set_window_size(width, height);
            let violations = axe_violations(&app);
            assert!(
                violations.is_empty(),
                "{page} at {label}:\n{}",
                describe(&violations)
            );
            let overflow = app.execute(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
                json!([]),
            );
            assert_eq!(
                overflow,
                json!(false),
                "{page} scrolls sideways at {width} px"
            );
            app.screenshot(&screenshot_path(&format!("{page}-{width}x{height}")));
        }
    }
}

/// Makes a folder immutable, so that even root cannot add a file to it,
/// and makes it mutable again when dropped.
struct Immutable<'a>(&'a Path);

impl<'a> Immutable<'a> {
    fn set(folder: &'a Path) -> Immutable<'a> {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(folder)
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "chattr +i failed on {}: the test needs e2fsprogs and root",
            folder.display()
        );
        Immutable(folder)
    }
}

impl Drop for Immutable<'_> {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(self.0).status();
    }
}

#[test]
fn a_data_folder_that_cannot_be_written_is_named_and_left_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("Tend");
    {
        let mut journal = Journal::open(&folder).unwrap();
        let draft = tend_core::CheckInDraft {
            note: "kept safe".into(),
            ..Default::default()
        };
        journal
            .save_checkin(today(), draft, chrono::Utc::now().naive_utc())
            .unwrap();
    }
    let before = folder_snapshot(&folder);
    let guard = Immutable::set(&folder);

    let driver = Driver::start(&folder);
    let app = driver.launch();
    let text = app.wait_for_text("Tend can't open your journal");
    assert!(
        text.contains("Tend can't save in its data folder"),
        "{text}"
    );
    assert!(
        text.contains(folder.to_str().unwrap()),
        "the folder is not named:\n{text}"
    );
    assert!(
        text.contains("Nothing in the folder has been changed"),
        "{text}"
    );
    app.close();
    drop(driver);
    drop(guard);

    assert_eq!(folder_snapshot(&folder), before, "the folder changed");
    let journal = Journal::open(&folder).unwrap();
    assert_eq!(journal.checkin(today()).unwrap().unwrap().note, "kept safe");
}

#[test]
fn a_journal_file_that_is_not_a_database_is_named_and_left_byte_for_byte() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join(FILE_NAME);
    let words = "These are my own notes, saved here by mistake.\nDo not lose them.\n";
    std::fs::write(&file, words).unwrap();
    let before = folder_snapshot(data.path());

    let driver = Driver::start(data.path());
    let app = driver.launch();
    let text = app.wait_for_text("Tend can't open your journal");
    assert!(text.contains("is not a Tend journal"), "{text}");
    assert!(
        text.contains(data.path().to_str().unwrap()),
        "the folder is not named:\n{text}"
    );
    app.close();
    drop(driver);

    assert_eq!(folder_snapshot(data.path()), before, "the folder changed");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), words);
}
