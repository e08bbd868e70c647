//! Settings' language and backups as the shell writes them
//! (`screen_html::language_form`, `screen_html::backups`) and reads them
//! back (`forms::read_language`, `forms::read_backups`): the language
//! form sent back reads as the choice it shows; each backup's Restore asks
//! first, Yes puts back that one and No nothing; the damaged journal's
//! screen offers daily backups only and refuses the others; and what the
//! shell did not write is refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::backup::{Backup, Kind};
use tend_core::forms::{BackupsChange, read_backups, read_language};
use tend_core::ipc::{ErrorCode, LanguageView};
use tend_core::screen_html::{backups, language_form};

mod common;
use common::written_forms;

type Fields = Vec<(String, String)>;

fn view(chosen: Option<&str>) -> LanguageView {
    LanguageView {
        active: chosen.unwrap_or("cs").to_owned(),
        chosen: chosen.map(str::to_owned),
        system: "cs".into(),
        choices: vec![
            ("cs".into(), "Čeština".into()),
            ("en-GB".into(), "English (UK)".into()),
        ],
        messages: String::new(),
        english: None,
    }
}

fn tags() -> Vec<String> {
    vec!["cs".into(), "en-GB".into()]
}

#[test]
fn the_language_form_reads_back_as_the_choice_it_shows() {
    for chosen in [None, Some("cs"), Some("en-GB")] {
        let forms = written_forms(&language_form(&view(chosen)));
        assert_eq!(forms.len(), 1);
        assert!(forms[0].live);
        let read = read_language(&forms[0].fields, false, &tags()).unwrap();
        assert_eq!(read.as_deref(), chosen);
    }
    let long = "x".repeat(50_000);
    for odd in ["en", "EN-GB", "en-GB ", "de", "\u{0}", "<b>", long.as_str()] {
        let fields: Fields = vec![("language".into(), odd.into())];
        assert_eq!(
            read_language(&fields, false, &tags()).unwrap_err().code,
            ErrorCode::InvalidInput
        );
    }
    for fields in [
        vec![],
        vec![
            ("language".into(), "cs".into()),
            ("language".into(), "cs".into()),
        ],
        vec![("lang".into(), "cs".into())],
    ] {
        assert!(
            read_language(&fields, false, &tags()).is_err(),
            "{fields:?}"
        );
    }
    let good: Fields = vec![("language".into(), "cs".into())];
    assert!(
        read_language(&good, true, &tags()).is_err(),
        "a language form has no button"
    );
}

fn list() -> Vec<Backup> {
    vec![
        Backup {
            name: "tend-2026-12-01.sqlite3".into(),
            kind: Kind::Daily {
                day: "2026-12-01".parse().unwrap(),
            },
            bytes: 40_000,
        },
        Backup {
            name: "tend-before-schema-11.sqlite3".into(),
            kind: Kind::BeforeUpgrade { schema: 11 },
            bytes: 38_000,
        },
        Backup {
            name: "set-aside-\"<x>\".sqlite3".into(),
            kind: Kind::SetAside {
                stamp: "20261130T101010".into(),
            },
            bytes: 12,
        },
    ]
}

#[test]
fn each_restore_asks_first_and_yes_puts_back_that_one() {
    let all = list();
    for daily_only in [false, true] {
        let html = backups(Ok(&all), daily_only, None, None);
        assert!(!html.contains("<x>"), "a file name not escaped");
        let form = &written_forms(&html)[0];
        let offered: Vec<&Backup> = all
            .iter()
            .filter(|b| !daily_only || matches!(b.kind, Kind::Daily { .. }))
            .collect();
        assert_eq!(form.buttons.len(), offered.len());
        for (button, backup) in form.buttons.iter().zip(&offered) {
            let mut fields = form.fields.clone();
            fields.push(button.clone());
            let (daily, change) = read_backups(&fields, true, &all).unwrap();
            assert_eq!(daily, daily_only);
            assert_eq!(change, BackupsChange::Ask(backup.name.clone()));
            // The question, then each answer.
            let asked = &written_forms(&backups(Ok(&all), daily_only, Some(&backup.name), None))[0];
            let yes_no: Vec<_> = asked
                .buttons
                .iter()
                .filter(|(n, _)| n != "ask")
                .cloned()
                .collect();
            assert_eq!(yes_no.len(), 2);
            for (answer, expected) in yes_no.iter().zip([
                BackupsChange::Restore(backup.name.clone()),
                BackupsChange::Cancel,
            ]) {
                let mut fields = asked.fields.clone();
                fields.push(answer.clone());
                assert_eq!(read_backups(&fields, true, &all).unwrap().1, expected);
            }
        }
        // What the form does not show is refused: the damaged journal's
        // screen offers daily backups only.
        for b in all
            .iter()
            .filter(|b| daily_only && !matches!(b.kind, Kind::Daily { .. }))
        {
            for button in ["ask", "restore"] {
                let mut fields = form.fields.clone();
                fields.push((button.into(), b.name.clone()));
                assert!(
                    read_backups(&fields, true, &all).is_err(),
                    "{} offered",
                    b.name
                );
            }
        }
    }
}

#[test]
fn what_the_shell_did_not_write_is_refused_whole() {
    let all = list();
    let form = &written_forms(&backups(Ok(&all), false, None, None))[0];
    let refused = |fields: &Fields, sent: bool| match read_backups(fields, sent, &all) {
        Err(e) => assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}"),
        Ok(read) => panic!("{fields:?} read as {read:?}"),
    };
    let name = all[0].name.clone();
    let with = |extra: &[(&str, &str)]| {
        let mut fields = form.fields.clone();
        fields.extend(
            extra
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned())),
        );
        fields
    };
    refused(&with(&[("ask", &name)]), false);
    refused(&with(&[]), true);
    refused(&with(&[("ask", &name), ("restore", &name)]), true);
    refused(&with(&[("ask", &name), ("ask", &name)]), true);
    refused(&with(&[("cancel", "x")]), true);
    for odd in [
        "",
        "../journal.sqlite3",
        "/etc/passwd",
        "tend-2026-12-01.sqlite3 ",
        "TEND-2026-12-01.SQLITE3",
        "\u{0}",
    ] {
        refused(&with(&[("restore", odd)]), true);
        refused(&with(&[("ask", odd)]), true);
    }
    let mut other_list = form.fields.clone();
    other_list[0].1 = "some".into();
    other_list.push(("ask".into(), name.clone()));
    refused(&other_list, true);
    refused(&vec![("ask".into(), name)], true);
}
