//! Get help's forms as the shell writes them (`screen_html::help_screen`,
//! `country_form`, `contacts_form`) and reads them back
//! (`forms::read_country`, `read_contacts`): the country's form sent back
//! reads as the country it shows, on either screen; each contact's Change
//! and Remove name that contact; a contact's form reads back as what it
//! holds, checked, with what she can get wrong said in every language; and
//! what the shell did not write is refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::forms::{ContactsChange, read_contacts, read_country};
use tend_core::ipc::{CountryName, ErrorCode, HelpView};
use tend_core::screen_html::{contacts_form, country_form, help_screen};
use tend_core::support::Contact;

mod common;
use common::written_forms;

type Fields = Vec<(String, String)>;

fn contacts() -> Vec<Contact> {
    vec![
        Contact {
            id: Some(3),
            name: "Ann (sister) <3".into(),
            number: "07700 900123".into(),
            note: "evenings".into(),
        },
        Contact {
            id: Some(8),
            name: "Dr Novák".into(),
            number: "".into(),
            note: "".into(),
        },
    ]
}

fn view(country: Option<&str>) -> HelpView {
    HelpView {
        country: country.map(str::to_owned),
        countries: [
            ("CZ", "Česko"),
            ("GB", "United Kingdom"),
            ("NZ", "New Zealand"),
        ]
        .map(|(code, name)| CountryName {
            code: code.into(),
            name: name.into(),
        })
        .to_vec(),
        urgent: "Call 999".into(),
        lines: "<p>lines</p>".into(),
        contacts: contacts(),
    }
}

fn codes() -> Vec<String> {
    vec!["CZ".into(), "GB".into(), "NZ".into()]
}

fn ids() -> Vec<i64> {
    vec![3, 8]
}

#[test]
fn the_country_form_reads_back_as_the_country_it_shows() {
    for on in ["help", "settings"] {
        for code in ["CZ", "GB", "NZ"] {
            let form = &written_forms(&country_form(&view(Some(code)), on))[0];
            assert!(form.live);
            let (read, on_settings) = read_country(&form.fields, false, &codes()).unwrap();
            assert_eq!((read.as_str(), on_settings), (code, on == "settings"));
        }
        // Her country not listed: nothing is chosen, and nothing is sent
        // until she chooses.
        let form = &written_forms(&country_form(&view(None), on))[0];
        assert!(read_country(&form.fields, false, &codes()).is_err());
        let chosen = {
            let mut f = form.fields.clone();
            f.push(("country".into(), "NZ".into()));
            f
        };
        assert_eq!(read_country(&chosen, false, &codes()).unwrap().0, "NZ");
    }
    let good: Fields = vec![
        ("shown-on".into(), "help".into()),
        ("country".into(), "GB".into()),
    ];
    for (name, odd) in [
        ("country", "gb"),
        ("country", "DE"),
        ("country", ""),
        ("country", "GB "),
        ("shown-on", "today"),
        ("stranger", "x"),
    ] {
        let mut fields = good.clone();
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(f) => f.1 = odd.into(),
            None => fields.push((name.into(), odd.into())),
        }
        assert_eq!(
            read_country(&fields, false, &codes()).unwrap_err().code,
            ErrorCode::InvalidInput,
            "{fields:?}"
        );
    }
    assert!(read_country(&good, true, &codes()).is_err());
}

fn pressed(form: &common::WrittenForm, button: &(String, String)) -> Fields {
    let mut fields = form.fields.clone();
    fields.push(button.clone());
    fields
}

#[test]
fn each_contact_button_names_its_contact_and_the_form_reads_back() {
    let html = help_screen(&view(Some("GB")), None);
    assert!(!html.contains("<3"), "her words not escaped");
    let forms = written_forms(&html);
    let list = forms.iter().find(|f| f.name == "contacts").unwrap();
    let mut seen = Vec::new();
    for button in &list.buttons {
        seen.push(read_contacts(&pressed(list, button), true, &ids()).unwrap());
    }
    assert_eq!(
        seen,
        [
            ContactsChange::Change(3),
            ContactsChange::Remove(3),
            ContactsChange::Change(8),
            ContactsChange::Remove(8),
            ContactsChange::Add
        ]
    );
    // A contact's form: Save reads what it holds, checked; Cancel nothing.
    for draft in [
        Contact::default(),
        contacts()[0].clone(),
        Contact {
            name: "  Ann  ".into(),
            ..contacts()[1].clone()
        },
    ] {
        let form = &written_forms(&contacts_form(&contacts(), Some(&draft)))[0];
        // While a form is open the list has no buttons: Enter saves.
        assert_eq!(form.buttons.len(), 2, "{:?}", form.buttons);
        let save = read_contacts(&pressed(form, &form.buttons[0]), true, &ids());
        match draft.clone().validate() {
            Ok(checked) => assert_eq!(save.unwrap(), ContactsChange::Save(checked)),
            Err(said) => {
                let e = save.unwrap_err();
                assert_eq!(e.said.unwrap().id, said.id);
                for lang in tend_core::words::available() {
                    assert!(
                        tend_core::words::format_in(&lang, &said.id, &[]).is_ok(),
                        "{lang}"
                    );
                }
            }
        }
        assert_eq!(
            read_contacts(&pressed(form, &form.buttons[1]), true, &ids()).unwrap(),
            ContactsChange::Cancel
        );
    }
}

#[test]
fn what_the_shell_did_not_write_is_refused_whole() {
    let form = written_forms(&contacts_form(&contacts(), Some(&contacts()[0])))[0].clone();
    let save = form.buttons[0].clone();
    let long = "x".repeat(100_000);
    let refused = |fields: &Fields, sent: bool| match read_contacts(fields, sent, &ids()) {
        Err(e) => assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}"),
        Ok(read) => panic!("{fields:?} read as {read:?}"),
    };
    let with = |name: &str, value: &str| {
        let mut fields = pressed(&form, &save);
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(f) => f.1 = value.into(),
            None => fields.push((name.into(), value.into())),
        }
        fields
    };
    for (name, value) in [
        ("contact", "4"),
        ("contact", "-3"),
        ("contact", "03"),
        ("who", ""),
        ("who", &long),
        ("who", "a\u{0}b"),
        ("number", &long),
        ("note", &long),
        ("do", "add"),
        ("do", "delete"),
        ("change-contact", "3"),
        ("remove-contact", "3"),
        ("name", "Ann"),
        ("stranger", ""),
    ] {
        refused(&with(name, value), true);
    }
    refused(&pressed(&form, &save), false);
    // Part of a contact's form, or none with Save.
    let part: Fields = pressed(&form, &save)
        .into_iter()
        .filter(|(n, _)| n != "note")
        .collect();
    refused(&part, true);
    refused(&vec![save.clone()], true);
    // The list's buttons name listed contacts only.
    for (button, id) in [
        ("change-contact", "5"),
        ("remove-contact", "0"),
        ("change-contact", ""),
        ("remove-contact", "3 "),
    ] {
        refused(&vec![(button.into(), id.into())], true);
    }
    refused(
        &vec![
            ("change-contact".into(), "3".into()),
            ("remove-contact".into(), "3".into()),
        ],
        true,
    );
}
