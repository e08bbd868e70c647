//! Export in the real app: a summary built by keyboard, previewed, saved
//! through the save dialog (answered by `TEND_TEST_SAVE_DIR`) and compared
//! with what the `tend` command writes for the same choices; a reflective
//! draft that will not save until the warning is acknowledged; and a full
//! backup restored into a new journal through the open dialog.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration;
use serde_json::json;
use std::path::Path;
use std::process::Command;
use tend_core::entry::EntryDraft;
use tend_core::{CheckInDraft, Ratings};
use tend_e2e::{Driver, Key, Session, axe_violations, describe, go, now_utc, required_path, today};
use tend_journal::Journal;

/// Sixty days of check-ins up to today and two entries: one to share, one
/// that must stay private. Returns the shared entry's id.
fn fill(folder: &Path) -> i64 {
    let mut journal = Journal::open(folder).unwrap();
    for i in 0..60 {
        let draft = CheckInDraft {
            ratings: Ratings {
                exhaustion: if i % 2 == 0 { 7 } else { 5 },
                ..Ratings::MIDDLE
            },
            note: "a note that stays home".into(),
            ..CheckInDraft::default()
        };
        journal
            .save_checkin(today() - Duration::days(i), draft, now_utc())
            .unwrap();
    }
    let private = EntryDraft {
        id: None,
        title: "Not for anyone".into(),
        body: "Words that must never leave.".into(),
        prompt: None,
        tags: vec![],
    };
    journal.save_entry(private, now_utc()).unwrap();
    let shared = EntryDraft {
        id: None,
        title: "Asking for help".into(),
        body: "I told my supervisor the visits were too many.\nShe listened.".into(),
        prompt: None,
        tags: vec![],
    };
    journal.save_entry(shared, now_utc()).unwrap().id
}

fn tend(folder: &Path, args: &[&str]) -> String {
    let out = Command::new(required_path("TEND_E2E_CLI"))
        .arg("--data-dir")
        .arg(folder)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The preview's text, once it holds `needle`.
fn preview_with(app: &Session, needle: &str) -> String {
    for _ in 0..100 {
        let text = app
            .execute(
                "const p = document.querySelector('.paper'); return p ? p.innerText : '';",
                json!([]),
            )
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if text.contains(needle) {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the preview never showed {needle:?}");
}

#[test]
fn a_summary_built_by_keyboard_is_previewed_saved_and_matches_the_tend_command() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let id = fill(data.path());
    let driver = Driver::start_with(data.path(), &[("TEND_TEST_SAVE_DIR", saved.path())]);
    let app = driver.launch();
    app.wait_for_text("Today's check-in");

    // From Insights to Export, by keyboard.
    go(&app, "#/insights", "How your check-ins have moved");
    app.tab_to("Make a summary to share");
    app.press(&[Key::Enter]);
    app.wait_for_text("Something to share");
    let from = today() - Duration::days(90);
    let period = format!(
        "From {} to {}.",
        from.format("%-d %B %Y"),
        today().format("%-d %B %Y")
    );
    let text = preview_with(&app, &period);
    assert!(text.contains("60 check-ins in these 91 days."), "{text}");
    assert!(
        text.contains("Worn out averaged 6.0 out of 10 over 60 days"),
        "{text}"
    );
    assert!(
        !text.contains("Asking for help"),
        "journal text is off by default"
    );
    assert!(!text.contains("a note that stays home"));

    // Leave practice out, pick one entry, choose Markdown: all by keyboard.
    app.tab_to("Practice, and what helps me");
    app.press(&[Key::Space]);
    app.tab_to("Asking for help");
    app.press(&[Key::Space]);
    let text = preview_with(&app, "I told my supervisor the visits were too many.");
    assert!(!text.contains("What helps me"), "{text}");
    assert!(!text.contains("Words that must never leave."), "{text}");
    app.tab_to("PDF");
    app.press(&[Key::Right]);
    assert_eq!(app.focused_name(), "Plain text (Markdown)");
    app.tab_to("Save as Plain text (Markdown)");
    app.press(&[Key::Enter]);
    app.wait_for_text("Saved to");

    let name = format!("tend-summary-{from}-to-{}.md", today());
    let file = saved.path().join(&name);
    let written =
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{name} was not saved: {e}"));
    let from_text = from.to_string();
    let to_text = today().to_string();
    let id_text = id.to_string();
    let expected = tend(
        data.path(),
        &[
            "export",
            "summary",
            "--from",
            &from_text,
            "--to",
            &to_text,
            "--without",
            "practice",
            "--entry",
            &id_text,
            "--format",
            "markdown",
            "--out",
            "-",
        ],
    );
    assert_eq!(written, expected, "the app and the tend command differ");
    assert!(
        written.contains("> I told my supervisor the visits were too many.  \n> She listened.")
    );

    // The PDF too, read back. (Off the Save button first: its name holds
    // the format's.)
    app.press(&[Key::Tab]);
    app.tab_to("Plain text (Markdown)");
    assert_eq!(app.focused_name(), "Plain text (Markdown)");
    app.press(&[Key::Left]);
    app.tab_to("Save as PDF");
    app.press(&[Key::Enter]);
    app.wait_for_text(".pdf.");
    let pdf = saved
        .path()
        .join(format!("tend-summary-{from}-to-{}.pdf", today()));
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let pdf_text = String::from_utf8(out.stdout).unwrap();
    assert!(
        pdf_text.contains("60 check-ins in these 91 days."),
        "{pdf_text}"
    );

    // Nothing else was written there, and Settings lists both exports.
    assert_eq!(std::fs::read_dir(saved.path()).unwrap().count(), 2);
    go(&app, "#/settings", "What you have exported");
    let text = app.wait_for_text("Summary, PDF");
    assert!(text.contains("Summary, Plain text (Markdown)"), "{text}");

    go(&app, "#/export", "Something to share");
    preview_with(&app, "My Tend summary");
    for (width, height) in [(1280, 800), (390, 844)] {
        app.set_window_size(width, height);
        let violations = axe_violations(&app);
        assert!(
            violations.is_empty(),
            "export at {width}: {}",
            describe(&violations)
        );
    }
    app.close();
}

#[test]
fn a_reflective_draft_is_saved_only_after_the_warning_is_acknowledged() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    fill(data.path());
    let driver = Driver::start_with(data.path(), &[("TEND_TEST_SAVE_DIR", saved.path())]);
    let app = driver.launch();
    app.wait_for_text("Today's check-in");
    go(&app, "#/journal", "Search your journal");
    app.tab_to("Make a reflective account draft");
    app.press(&[Key::Enter]);
    app.wait_for_text("Something to share");
    app.tab_to("A summary");
    app.press(&[Key::Down]);
    assert!(app.focused_name().starts_with("A reflective account draft"));
    preview_with(&app, "Reflective account (draft)");
    app.tab_to("Asking for help");
    app.press(&[Key::Space]);
    let text = preview_with(&app, "Account 1: Asking for help");
    assert!(text.contains("What did you learn from it?"), "{text}");
    assert!(text.contains("must not identify any patient"), "{text}");

    // Saving before acknowledging the warning saves nothing.
    app.tab_to("Save as PDF");
    app.press(&[Key::Enter]);
    app.wait_for_text("Please tick the box");
    assert_eq!(std::fs::read_dir(saved.path()).unwrap().count(), 0);

    app.tab_to("I will read the draft");
    app.press(&[Key::Space]);
    app.tab_to("Save as PDF");
    app.press(&[Key::Enter]);
    app.wait_for_text("Saved to");
    let pdf = saved
        .path()
        .join(format!("tend-reflection-{}.pdf", today()));
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("I told my supervisor"), "{text}");
    assert!(!text.contains("Words that must never leave."), "{text}");
    app.close();
}

#[test]
fn a_full_backup_restores_into_a_new_journal_and_a_wrong_file_changes_nothing() {
    let old = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    fill(old.path());
    let driver = Driver::start_with(old.path(), &[("TEND_TEST_SAVE_DIR", saved.path())]);
    let app = driver.launch();
    app.wait_for_text("Today's check-in");
    go(&app, "#/export", "Everything, as a backup");
    app.tab_to("Save a backup file");
    app.press(&[Key::Enter]);
    app.wait_for_text("Saved to");
    app.tab_to("Save as spreadsheets");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("tend-spreadsheets-");
    assert!(text.contains("Saved to"), "{text}");
    app.close();
    drop(driver);
    let backup = saved.path().join(format!("tend-backup-{}.json", today()));
    let sheets = saved.path().join(format!("tend-spreadsheets-{}", today()));
    let csv = std::fs::read_to_string(sheets.join("entries.csv")).unwrap();
    assert!(csv.contains("Asking for help"), "{csv}");

    // A new laptop: first a wrong file, then the backup.
    let laptop = tempfile::tempdir().unwrap();
    let wrong = saved.path().join("shopping.json");
    std::fs::write(&wrong, "{\"milk\": 2}").unwrap();
    let driver = Driver::start_with(laptop.path(), &[("TEND_TEST_OPEN_FILE", &wrong)]);
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    let before = tend_e2e::folder_snapshot(laptop.path());
    go(&app, "#/export", "Everything, as a backup");
    app.tab_to("Restore from a backup file");
    app.press(&[Key::Enter]);
    app.wait_for_text("the file is not a Tend backup");
    app.close();
    drop(driver);
    let after = tend_e2e::folder_snapshot(laptop.path());
    let journal_files = |s: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>)> {
        s.iter()
            .filter(|(n, _)| n.starts_with("journal.sqlite3") && !n.ends_with("-shm"))
            .cloned()
            .collect()
    };
    assert_eq!(
        journal_files(&after),
        journal_files(&before),
        "a wrong file changed the journal"
    );

    let driver = Driver::start_with(laptop.path(), &[("TEND_TEST_OPEN_FILE", &backup)]);
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    go(&app, "#/export", "Everything, as a backup");
    app.tab_to("Restore from a backup file");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("Restored: 60 check-ins, 2 journal entries");
    assert!(text.contains("0 practice sessions"), "{text}");
    // Once more: nothing new.
    app.tab_to("Restore from a backup file");
    app.press(&[Key::Enter]);
    app.wait_for_text("this journal already holds everything in that backup");
    go(&app, "#/journal", "Search your journal");
    app.wait_for_text("Asking for help");
    app.close();
}
