//! `tend` speaks the system's language: its help and its own errors come
//! from the same Fluent files as the app's screens.

// A test: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};
use tend_core::words::tr_in;

fn tend_in(language: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tend"))
        .args(args)
        .env_remove("TEND_DATA_DIR")
        .env("LANGUAGE", language)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_and_errors_are_in_czech_when_the_system_speaks_czech() {
    let help = tend_in("cs", &["--help"]);
    assert!(help.status.success());
    let shown = text(&help.stdout);
    assert_eq!(shown, format!("{}\n", tr_in("cs", "cli-usage", &[])));
    assert!(shown.starts_with("použití: tend"), "{shown}");
    // The columns survive the message file.
    assert!(
        shown.contains("\n  check                 otevře deník"),
        "{shown}"
    );

    let summary = tend_in("cs", &["export", "summary", "--help"]);
    assert_eq!(
        text(&summary.stdout),
        format!("{}\n", tr_in("cs", "cli-usage-summary", &[]))
    );

    let wrong = tend_in("cs", &["frobnicate"]);
    assert_eq!(wrong.status.code(), Some(64));
    let said = text(&wrong.stderr);
    assert_eq!(
        said,
        format!(
            "{}\n",
            tr_in(
                "cs",
                "cli-error-usage",
                &[(
                    "message",
                    tr_in(
                        "cs",
                        "cli-unknown-command",
                        &[("command", "\"frobnicate\"".into())]
                    )
                    .into()
                )]
            )
        )
    );
    assert!(said.contains("neznámý příkaz"), "{said}");
}

#[test]
fn british_english_is_spoken_where_the_system_asks_for_another_language() {
    for asked in ["de_DE", "en_AU", ""] {
        let help = tend_in(asked, &["--help"]);
        assert!(
            text(&help.stdout).starts_with("usage: tend"),
            "{asked}: {}",
            text(&help.stdout)
        );
    }
}

/// Compares `actual` with `golden/cs/<name>`; TEND_BLESS=1 writes it.
fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/cs")
        .join(name);
    if std::env::var_os("TEND_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with TEND_BLESS=1", path.display()));
    assert_eq!(expected, actual, "{name} differs from its golden file");
}

/// What a Czech system's `tend` prints, word for word, for each help
/// screen and for mistakes of each kind: a command it does not know, a
/// missing option, a file that is not there, a file that is not a backup.
/// Each is said from the Czech message file; a sentence written in Rust
/// would show here as English.
#[test]
fn czech_help_and_errors_match_their_golden_files() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().to_str().unwrap().to_owned();
    let not_backup = data.path().join("dopis.txt");
    std::fs::write(&not_backup, "milý deníčku").unwrap();
    let cases: [(&str, Vec<&str>); 10] = [
        ("help.txt", vec!["--help"]),
        ("help-check.txt", vec!["check", "--help"]),
        ("help-summary.txt", vec!["export", "summary", "--help"]),
        ("help-backup.txt", vec!["export", "backup", "--help"]),
        ("help-csv.txt", vec!["export", "csv", "--help"]),
        ("help-import.txt", vec!["import", "--help"]),
        ("unknown-command.txt", vec!["frobnicate"]),
        (
            "missing-out.txt",
            vec!["--data-dir", &folder, "export", "backup"],
        ),
        (
            "no-such-file.txt",
            vec!["--data-dir", &folder, "import", "/no/such/zaloha.json"],
        ),
        (
            "not-a-backup.txt",
            vec![
                "--data-dir",
                &folder,
                "import",
                not_backup.to_str().unwrap(),
            ],
        ),
    ];
    for (name, args) in cases {
        let run = tend_in("cs", &args);
        let shown = format!(
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            run.status.code().unwrap_or(-1),
            text(&run.stdout),
            text(&run.stderr).replace(&folder, "<složka>"),
        );
        golden(name, &shown);
    }
}
