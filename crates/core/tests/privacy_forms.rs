//! The privacy lock's screen as the shell writes it
//! (`screen_html::privacy`, `recovery_key`, `idle_form`) and reads it back
//! (`forms::read_privacy`): each form, filled in as she would, reads as
//! what it says; a passcode is never written back into the page; what she
//! can get wrong (too short, two different passcodes) is said in every
//! language; and fields the shell did not write are refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::forms::{Form, PrivacyChange, read_privacy};
use tend_core::ipc::{ErrorCode, FormFields, IDLE_MINUTES, PrivacyView};
use tend_core::screen_html::{idle_form, privacy, recovery_key};

mod common;
use common::{WrittenForm, attr, has_event_handler, tags, written_forms};

const LEAST: usize = 6;

fn view(lock_on: bool, idle_minutes: u32) -> PrivacyView {
    PrivacyView {
        lock_on,
        idle_minutes,
        min_passcode: LEAST,
    }
}

/// The form's fields as she left them: `typed` by name, the rest as
/// written.
fn filled(form: &WrittenForm, typed: &[(&str, &str)]) -> Vec<(String, String)> {
    form.fields
        .iter()
        .map(|(name, value)| {
            let typed = typed.iter().find(|(n, _)| n == name).map(|(_, v)| *v);
            (name.clone(), typed.unwrap_or(value).to_owned())
        })
        .collect()
}

fn form_of(name: &str) -> Form {
    Form::from_id(name).unwrap()
}

fn read(form: &WrittenForm, typed: &[(&str, &str)]) -> Result<PrivacyChange, tend_core::ApiError> {
    read_privacy(form_of(&form.name), &filled(form, typed), !form.live, LEAST)
}

#[test]
fn each_form_reads_back_as_what_it_says() {
    let off = written_forms(&privacy(&view(false, 5)));
    assert_eq!(off.len(), 1);
    assert_eq!(off[0].name, "lock-on");
    let typed = [
        ("new-passcode", "blue kettle 1987"),
        ("new-passcode-again", "blue kettle 1987"),
    ];
    match read(&off[0], &typed).unwrap() {
        PrivacyChange::TurnOn(p) => assert_eq!(p.expose(), "blue kettle 1987"),
        _ => panic!("turning on read as something else"),
    }

    for minutes in IDLE_MINUTES {
        let on = written_forms(&privacy(&view(true, minutes)));
        let names: Vec<&str> = on.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["lock-idle", "lock-change", "lock-off"]);
        assert!(on[0].live && !on[1].live && !on[2].live);
        // The minutes chosen read back as they are shown, on the screen
        // and in the form written again alone.
        for form in [&on[0], &written_forms(&idle_form(minutes))[0]] {
            match read(form, &[]).unwrap() {
                PrivacyChange::Idle(m) => assert_eq!(m, minutes),
                _ => panic!("the minutes read as something else"),
            }
        }
        let typed = [
            ("current-passcode", "blue kettle 1987"),
            ("new-passcode", "ŽLUTÝ kůň 🐴"),
            ("new-passcode-again", "ŽLUTÝ kůň 🐴"),
        ];
        match read(&on[1], &typed).unwrap() {
            PrivacyChange::Change { current, new } => {
                assert_eq!(current.expose(), "blue kettle 1987");
                assert_eq!(new.expose(), "ŽLUTÝ kůň 🐴");
            }
            _ => panic!("changing read as something else"),
        }
        match read(&on[2], &typed[..1]).unwrap() {
            PrivacyChange::TurnOff(p) => assert_eq!(p.expose(), "blue kettle 1987"),
            _ => panic!("turning off read as something else"),
        }
    }

    let key = "ABCD-EFGH-<b>&-\"'";
    let html = recovery_key(key);
    assert!(
        html.contains("ABCD-EFGH-&lt;b&gt;&amp;-&quot;&#39;"),
        "{html}"
    );
    let noted = written_forms(&html);
    assert_eq!(noted.len(), 1);
    assert!(matches!(
        read(&noted[0], &[]).unwrap(),
        PrivacyChange::KeyNoted
    ));
}

#[test]
fn a_passcode_field_is_a_password_field_written_empty_and_every_control_is_named() {
    for html in [
        privacy(&view(false, 5)),
        privacy(&view(true, 15)),
        recovery_key("AAAA-BBBB"),
    ] {
        assert!(
            !has_event_handler(&html) && !html.contains("style="),
            "{html}"
        );
        let all = tags(&html);
        let labelled: Vec<&str> = all
            .iter()
            .filter(|(t, _)| t == "label")
            .filter_map(|(_, a)| attr(a, "for"))
            .collect();
        let mut ids = Vec::new();
        for (tag, attrs) in &all {
            if let Some(id) = attr(attrs, "id") {
                assert!(!ids.contains(&id), "the id {id} twice");
                ids.push(id);
            }
            if tag == "input" || tag == "select" {
                let id = attr(attrs, "id").unwrap();
                assert!(labelled.contains(&id), "{id} has no label");
            }
            if tag == "input" {
                assert_eq!(attr(attrs, "type"), Some("password"));
                assert_eq!(attr(attrs, "value"), None, "a passcode written back");
                assert!(attr(attrs, "autocomplete").is_some_and(|a| a.ends_with("password")));
            }
            if tag == "button" {
                assert!(attr(attrs, "id").is_some(), "a button with no id");
            }
        }
        // Focus has somewhere to go when the control she used is gone.
        assert!(html.contains("data-focus"), "{html}");
    }
}

#[test]
fn what_she_can_get_wrong_is_said_in_every_language() {
    let off = written_forms(&privacy(&view(false, 5)));
    let on = written_forms(&privacy(&view(true, 5)));
    type Case<'a> = (&'a WrittenForm, [(&'a str, &'a str); 3], &'a str);
    let cases: [Case<'_>; 6] = [
        (
            &off[0],
            [
                ("new-passcode", "abcde"),
                ("new-passcode-again", "abcde"),
                ("", ""),
            ],
            "privacy-too-short",
        ),
        // Characters, not bytes: five letters of two bytes each are short.
        (
            &off[0],
            [
                ("new-passcode", "ééééé"),
                ("new-passcode-again", "ééééé"),
                ("", ""),
            ],
            "privacy-too-short",
        ),
        (
            &off[0],
            [("new-passcode", ""), ("new-passcode-again", ""), ("", "")],
            "privacy-too-short",
        ),
        (
            &off[0],
            [
                ("new-passcode", "blue kettle"),
                ("new-passcode-again", "blue kettle "),
                ("", ""),
            ],
            "privacy-mismatch",
        ),
        (
            &off[0],
            [
                ("new-passcode", "blue kettle"),
                ("new-passcode-again", "Blue kettle"),
                ("", ""),
            ],
            "privacy-mismatch",
        ),
        (
            &on[1],
            [
                ("current-passcode", "x"),
                ("new-passcode", "blue kettle"),
                ("new-passcode-again", "blue kettel"),
            ],
            "privacy-mismatch",
        ),
    ];
    for (form, typed, id) in cases {
        let e = read(form, &typed).err().unwrap();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        let said = e.said.unwrap();
        assert_eq!(said.id, id);
        for lang in tend_core::words::available() {
            let text = tend_core::words::format_in(&lang, &said.id, &[("n", LEAST.into())]);
            assert!(
                text.is_ok_and(|t| t.contains(if id == "privacy-too-short" { "6" } else { "" })),
                "{id} in {lang}"
            );
        }
    }
    // Six characters of any script are enough.
    for six in ["abcdef", "ééééé\u{e9}", "🐴🐴🐴🐴🐴🐴", "שלום12"] {
        let typed = [("new-passcode", six), ("new-passcode-again", six)];
        assert!(read(&off[0], &typed).is_ok(), "{six:?}");
    }
}

#[test]
fn fields_the_shell_did_not_write_are_refused_whole() {
    let on = written_forms(&privacy(&view(true, 5)));
    let off = written_forms(&privacy(&view(false, 5)));
    let long = "5".repeat(100_000);
    for odd in [
        "3",
        "05",
        "5 ",
        "-5",
        "+5",
        "5.0",
        "",
        "\u{0}",
        long.as_str(),
    ] {
        let fields = vec![("idle-minutes".to_owned(), odd.to_owned())];
        assert!(
            read_privacy(Form::LockIdle, &fields, false, LEAST).is_err(),
            "{odd:?}"
        );
    }
    let good = |form: &WrittenForm| {
        filled(
            form,
            &[
                ("new-passcode", "abcdefg"),
                ("new-passcode-again", "abcdefg"),
                ("current-passcode", "x"),
            ],
        )
    };
    for form in on.iter().chain(&off) {
        let kind = form_of(&form.name);
        let fields = good(form);
        assert!(
            read_privacy(kind, &fields, !form.live, LEAST).is_ok(),
            "{}",
            form.name
        );
        // Sent the other way than it is written.
        assert!(
            read_privacy(kind, &fields, form.live, LEAST).is_err(),
            "{}",
            form.name
        );
        // A field more, one twice, one missing.
        let mut more = fields.clone();
        more.push(("recovery".into(), "on".into()));
        let mut twice = fields.clone();
        twice.push(fields[0].clone());
        let missing = fields[1..].to_vec();
        for bad in [more, twice, missing] {
            let e = read_privacy(kind, &bad, !form.live, LEAST).err().unwrap();
            assert_eq!(e.code, ErrorCode::InvalidInput, "{}: {bad:?}", form.name);
        }
    }
    // Another screen's form is not the lock's.
    for other in [Form::Preferences, Form::Contacts, Form::Data] {
        assert!(read_privacy(other, &[], true, LEAST).is_err());
        assert!(read_privacy(other, &[], false, LEAST).is_err());
    }
}

#[test]
fn what_she_typed_is_never_printed() {
    let fields = FormFields {
        form: "lock-off".into(),
        fields: vec![("current-passcode".into(), "blue kettle 1987".into())],
        sent: true,
    };
    let printed = format!("{fields:?}");
    assert!(!printed.contains("blue kettle"), "{printed}");
    assert!(printed.contains("current-passcode"), "{printed}");
    // Nor is the recovery key in the answer that shows it.
    let reply = tend_core::ipc::FormReply {
        html: recovery_key("K3TT-LE0N-AT51-XXXX"),
        target: None,
        said: String::new(),
        today: None,
        language: None,
    };
    let printed = format!("{reply:?}");
    assert!(!printed.contains("K3TT"), "{printed}");
}
