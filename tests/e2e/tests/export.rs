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
use tend_core::dates::long_date;
use tend_core::entry::EntryDraft;
use tend_core::{CheckInDraft, Ratings};
use tend_e2e::{
    ANY, Driver, Key, Session, axe_violations, describe, en, en_pieces, en_with, go, now_utc,
    required_path, today,
};
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

/// What the Export screen says once it has saved to `path`.
fn saved_to(path: &Path) -> String {
    en_with(
        "export-saved",
        &[("path", path.display().to_string().into())],
    )
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
    app.wait_for_text(&en("today-summary"));

    // From Insights to Export, by keyboard.
    go(&app, "#/insights", &en("insights-intro"));
    app.tab_to(&en("insights-export-link"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("export-document"));
    let from = today() - Duration::days(90);
    let period = en_with(
        "export-period",
        &[
            ("from", long_date(from).into()),
            ("to", long_date(today()).into()),
            ("made", long_date(today()).into()),
        ],
    );
    let text = preview_with(&app, &period);
    let count = en_with(
        "export-checkins-count",
        &[("count", 60.into()), ("days", 91.into())],
    );
    assert!(text.contains(&count), "{text}");
    // Worn out alternates 7 and 5 over the sixty days.
    let worn_out = en_with(
        "export-item-sentence",
        &[
            ("item", en("checkin-short-exhaustion").into()),
            ("mean", tend_core::words::decimal(6.0, 1).into()),
            ("days", 60.into()),
            ("low", 5.into()),
            ("high", 7.into()),
        ],
    );
    assert!(text.contains(&worn_out), "{text}");
    assert!(
        !text.contains("Asking for help"),
        "journal text is off by default"
    );
    assert!(!text.contains("a note that stays home"));

    // Leave practice out, pick one entry, choose Markdown: all by keyboard.
    app.tab_to(&en("export-section-practice"));
    app.press(&[Key::Space]);
    app.tab_to("Asking for help");
    app.press(&[Key::Space]);
    let text = preview_with(&app, "I told my supervisor the visits were too many.");
    assert!(!text.contains(&en("export-helps-title")), "{text}");
    assert!(!text.contains("Words that must never leave."), "{text}");
    let pdf = en("export-format-pdf");
    let markdown = en("export-format-markdown");
    let save_as = |format: &str| en_with("export-save", &[("format", format.into())]);
    app.tab_to(&pdf);
    app.press(&[Key::Right]);
    assert_eq!(app.focused_name(), markdown);
    app.tab_to(&save_as(&markdown));
    app.press(&[Key::Enter]);

    let name = format!("tend-summary-{from}-to-{}.md", today());
    let file = saved.path().join(&name);
    app.wait_for_text(&saved_to(&file));
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
    app.tab_to(&markdown);
    assert_eq!(app.focused_name(), markdown);
    app.press(&[Key::Left]);
    app.tab_to(&save_as(&pdf));
    app.press(&[Key::Enter]);
    let pdf_file = saved
        .path()
        .join(format!("tend-summary-{from}-to-{}.pdf", today()));
    app.wait_for_text(&saved_to(&pdf_file));
    let out = Command::new("pdftotext")
        .arg(&pdf_file)
        .arg("-")
        .output()
        .unwrap();
    let pdf_text = String::from_utf8(out.stdout).unwrap();
    assert!(pdf_text.contains(&count), "{pdf_text}");

    // Nothing else was written there, and Settings lists both exports.
    assert_eq!(std::fs::read_dir(saved.path()).unwrap().count(), 2);
    go(&app, "#/settings", &en("settings-exports"));
    // Each line starts with the day it was made: the words after it.
    let logged = |format: &str| {
        en_pieces(
            "export-log-line-period",
            &[
                ("when", ANY.into()),
                ("what", en("export-log-summary").into()),
                ("format", format.into()),
                ("from", long_date(from).into()),
                ("to", long_date(today()).into()),
            ],
        )
        .remove(1)
    };
    let text = app.wait_for_text(&logged(&pdf));
    assert!(text.contains(&logged(&markdown)), "{text}");

    go(&app, "#/export", &en("export-document"));
    preview_with(&app, &en("export-summary-title"));
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
    app.wait_for_text(&en("today-summary"));
    go(&app, "#/journal", &en("journal-search"));
    app.tab_to(&en("journal-export"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("export-document"));
    app.tab_to(&en("export-kind-summary"));
    app.press(&[Key::Down]);
    assert!(
        app.focused_name()
            .starts_with(&en("export-kind-reflection"))
    );
    preview_with(&app, &en("export-reflection-title"));
    app.tab_to("Asking for help");
    app.press(&[Key::Space]);
    let text = preview_with(
        &app,
        &en_with(
            "export-reflection-account",
            &[("number", 1.into()), ("title", "Asking for help".into())],
        ),
    );
    assert!(text.contains(&en("export-nmc-learned")), "{text}");
    assert!(text.contains(&en("export-reflection-warning")), "{text}");

    // Saving before acknowledging the warning saves nothing.
    let save_pdf = en_with("export-save", &[("format", en("export-format-pdf").into())]);
    app.tab_to(&save_pdf);
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("export-understood-needed"));
    assert_eq!(std::fs::read_dir(saved.path()).unwrap().count(), 0);

    app.tab_to(&en("export-understood"));
    app.press(&[Key::Space]);
    app.tab_to(&save_pdf);
    app.press(&[Key::Enter]);
    let pdf = saved
        .path()
        .join(format!("tend-reflection-{}.pdf", today()));
    app.wait_for_text(&saved_to(&pdf));
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
    app.wait_for_text(&en("today-summary"));
    let backup = saved.path().join(format!("tend-backup-{}.json", today()));
    let sheets = saved.path().join(format!("tend-spreadsheets-{}", today()));
    go(&app, "#/export", &en("export-data"));
    app.tab_to(&en("export-save-backup"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&saved_to(&backup));
    app.tab_to(&en("export-save-spreadsheets"));
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("tend-spreadsheets-");
    assert!(text.contains(&saved_to(&sheets)), "{text}");
    app.close();
    drop(driver);
    let csv = std::fs::read_to_string(sheets.join("entries.csv")).unwrap();
    assert!(csv.contains("Asking for help"), "{csv}");

    // A new laptop: first a wrong file, then the backup.
    let laptop = tempfile::tempdir().unwrap();
    let wrong = saved.path().join("shopping.json");
    std::fs::write(&wrong, "{\"milk\": 2}").unwrap();
    let driver = Driver::start_with(laptop.path(), &[("TEND_TEST_OPEN_FILE", &wrong)]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let before = tend_e2e::folder_snapshot(laptop.path());
    go(&app, "#/export", &en("export-data"));
    app.tab_to(&en("export-import"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en_with(
        "import-failed",
        &[("detail", en("import-error-not-backup").into())],
    ));
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
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/export", &en("export-data"));
    app.tab_to(&en("export-import"));
    app.press(&[Key::Enter]);
    // `total` only chooses the wording: anything but 0 says what was added.
    let restored = en_pieces(
        "export-import-added",
        &[
            ("checkins", 60.into()),
            ("entries", 2.into()),
            ("sessions", ANY.into()),
            ("results", ANY.into()),
            ("total", 62.into()),
        ],
    );
    let text = app.wait_for_text(&restored[0]);
    let all = en_with(
        "export-import-added",
        &[
            ("checkins", 60.into()),
            ("entries", 2.into()),
            ("sessions", 0.into()),
            ("results", 0.into()),
            ("total", 62.into()),
        ],
    );
    assert!(text.contains(&all), "{text}");
    // Once more: nothing new.
    app.tab_to(&en("export-import"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en_with("export-import-added", &[("total", 0.into())]));
    go(&app, "#/journal", &en("journal-search"));
    app.wait_for_text("Asking for help");
    app.close();
}
