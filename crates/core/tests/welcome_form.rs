//! The first-run welcome as the shell writes it (`screen_html::welcome`)
//! and reads it back (`forms::read_welcome`): every choice she can make
//! reads back as she made it, Skip saves nothing of what she chose, and
//! what the form did not offer is refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::Role;
use tend_core::forms::{Form, WELCOME_REMINDER_AT, read_welcome};
use tend_core::ipc::{CountryName, ErrorCode, WelcomeAnswers};
use tend_core::screen_html::welcome;

mod common;
use common::{WrittenForm, has_event_handler, written_forms};

type Fields = Vec<(String, String)>;

fn countries() -> Vec<CountryName> {
    ["GB", "NZ", "CZ"]
        .map(|code| CountryName {
            code: code.into(),
            name: format!("<{code}> & co"),
        })
        .to_vec()
}

fn codes() -> Vec<String> {
    countries().into_iter().map(|c| c.code).collect()
}

fn the_form(country: Option<&str>) -> WrittenForm {
    let html = welcome(&countries(), country);
    assert!(!has_event_handler(&html) && !html.contains("style="));
    assert!(html.contains("&lt;NZ&gt; &amp; co"), "names escaped");
    let forms = written_forms(&html);
    assert_eq!(forms.len(), 1);
    assert_eq!(Form::from_id(&forms[0].name).unwrap(), Form::Welcome);
    assert!(!forms[0].live);
    forms[0].clone()
}

/// The form's data as she left it: a role chosen or not, the country
/// chosen, the box ticked or not, and the button she pressed last.
fn as_sent(
    form: &WrittenForm,
    role: Option<Role>,
    country: &str,
    reminder: bool,
    button: usize,
) -> Fields {
    let mut fields: Fields = form
        .fields
        .iter()
        .map(|(n, v)| {
            (
                n.clone(),
                if n == "country" {
                    country.to_owned()
                } else {
                    v.clone()
                },
            )
        })
        .collect();
    if let Some(role) = role {
        fields.push(("caring-for".into(), role.id().into()));
    }
    if reminder {
        fields.push(("reminder".into(), "on".into()));
    }
    fields.push(form.buttons[button].clone());
    fields
}

#[test]
fn every_choice_reads_back_as_she_made_it_and_skip_saves_none() {
    // Her system's country, when listed, is offered already chosen.
    for shown in [None, Some("NZ")] {
        let form = the_form(shown);
        let picked: Vec<&str> = form
            .fields
            .iter()
            .filter(|(n, _)| n == "country")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(picked, [shown.unwrap_or("")]);
        assert_eq!(form.buttons.len(), 2, "Save and Skip");
    }
    let form = the_form(None);
    let roles = [
        None,
        Some(Role::FamilyCarer),
        Some(Role::Professional),
        Some(Role::Both),
    ];
    for role in roles {
        for country in ["", "GB", "NZ", "CZ"] {
            for reminder in [false, true] {
                let saved =
                    read_welcome(&as_sent(&form, role, country, reminder, 0), true, &codes())
                        .unwrap();
                let expected = WelcomeAnswers {
                    role,
                    country: (!country.is_empty()).then(|| country.to_owned()),
                    checkin_reminder: reminder.then(|| {
                        chrono::NaiveTime::from_hms_opt(
                            WELCOME_REMINDER_AT.0,
                            WELCOME_REMINDER_AT.1,
                            0,
                        )
                        .unwrap()
                    }),
                };
                assert_eq!(saved, expected);
                let skipped =
                    read_welcome(&as_sent(&form, role, country, reminder, 1), true, &codes())
                        .unwrap();
                assert_eq!(skipped, WelcomeAnswers::default(), "skip keeps nothing");
            }
        }
    }
}

#[test]
fn what_the_form_did_not_offer_is_refused_whole() {
    let form = the_form(None);
    let good = as_sent(&form, Some(Role::Both), "GB", true, 0);
    assert!(read_welcome(&good, true, &codes()).is_ok());
    assert!(
        read_welcome(&good, false, &codes()).is_err(),
        "sent by its buttons only"
    );
    let long = "G".repeat(100_000);
    let swap = |name: &str, value: &str| -> Fields {
        good.iter()
            .map(|(n, v)| {
                (
                    n.clone(),
                    if n == name {
                        value.to_owned()
                    } else {
                        v.clone()
                    },
                )
            })
            .collect()
    };
    let mut cases = vec![
        swap("country", "US"),
        swap("country", "gb"),
        swap("country", "GB "),
        swap("country", &long),
        swap("caring-for", "carer"),
        swap("caring-for", "Both"),
        swap("caring-for", ""),
        swap("reminder", "yes"),
        swap("do", "finish"),
        swap("do", ""),
    ];
    let mut twice = good.clone();
    twice.push(("caring-for".into(), "professional".into()));
    cases.push(twice);
    let mut more = good.clone();
    more.push(("time".into(), "06:00".into()));
    cases.push(more);
    cases.push(good.iter().filter(|(n, _)| n != "do").cloned().collect());
    for fields in &cases {
        let e = read_welcome(fields, true, &codes()).err().unwrap();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}");
    }
}
