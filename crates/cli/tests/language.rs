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
