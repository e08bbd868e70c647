//! Settings' form as the shell writes it (`screen_html::settings`) and
//! reads it back (`forms::read_preferences`): what the page would send
//! from the written form, read as HTML's own form data is, comes back as
//! the preferences it showed, for every choice; each change she can make
//! is read as that change and told to her in one sentence; and a form that
//! is not one the shell wrote (a field unknown, repeated, missing or out of
//! range, in any script and of any size, or a form with no name we know)
//! is refused whole, and nothing in it is read.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::forms::{Form, boundaries, read_preferences};
use tend_core::prefs::{Preferences, Role, TextSize, Theme};
use tend_core::screen_html::settings;
use tend_core::{DayBoundary, ErrorCode, Said};

mod common;
use common::{attr, form_data, tags};

type Fields = Vec<(String, String)>;

/// The field `name` set to `value` (added when the form lacks it).
fn with(mut fields: Fields, name: &str, value: &str) -> Fields {
    match fields.iter_mut().find(|(n, _)| n == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
    fields
}

fn without(fields: Fields, name: &str) -> Fields {
    fields.into_iter().filter(|(n, _)| n != name).collect()
}

/// Every set of preferences a journal can hold, near enough: each theme,
/// text size, role (or none) and ProQOL choice, at a whole-hour boundary
/// and at one set elsewhere than Settings (05:30).
fn every_preferences() -> Vec<Preferences> {
    let mut all = Vec::new();
    for day_boundary in [
        DayBoundary::new(0, 0),
        DayBoundary::new(4, 0),
        DayBoundary::new(5, 30),
        DayBoundary::new(12, 0),
    ] {
        for theme in Theme::ALL {
            for text_size in TextSize::choices() {
                for role in [
                    None,
                    Some(Role::FamilyCarer),
                    Some(Role::Professional),
                    Some(Role::Both),
                ] {
                    for professional in [false, true] {
                        all.push(Preferences {
                            day_boundary: day_boundary.unwrap(),
                            theme,
                            text_size,
                            professional,
                            role,
                        });
                    }
                }
            }
        }
    }
    all
}

fn said(texts: &[Said]) -> Vec<String> {
    texts.iter().map(Said::english).collect()
}

#[test]
fn the_written_form_reads_back_as_what_it_shows_and_changes_nothing() {
    for prefs in every_preferences() {
        let html = settings(&prefs);
        let (read, told) = read_preferences(prefs, &form_data(&html)).unwrap();
        assert_eq!(read, prefs, "{html}");
        assert!(told.is_empty(), "nothing changed, yet: {:?}", said(&told));
    }
}

#[test]
fn the_form_is_inert_labelled_and_every_control_has_one_id() {
    let html = settings(&Preferences::default());
    for never in ["<script", " style=", "<style", "javascript:", "<h1"] {
        assert!(!html.contains(never), "{never:?} in {html}");
    }
    assert!(
        !common::has_event_handler(&html),
        "an event handler in {html}"
    );
    let all = tags(&html);
    assert_eq!(all.iter().filter(|(t, _)| t == "form").count(), 1);
    let form = &all.iter().find(|(t, _)| t == "form").unwrap().1;
    assert_eq!(attr(form, "data-form"), Some(Form::Preferences.id()));
    let mut ids: Vec<&str> = all.iter().filter_map(|(_, a)| attr(a, "id")).collect();
    let controls = all
        .iter()
        .filter(|(t, _)| t == "input" || t == "select" || t == "form");
    for (tag, attrs) in controls {
        let id = attr(attrs, "id").unwrap_or_else(|| panic!("a {tag} without an id"));
        assert!(!id.is_empty());
        assert!(
            tag == "form" || attr(attrs, "name").is_some(),
            "{id} has no name"
        );
    }
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "an id written twice in {html}");
    // The select is named by its label; each radio and the checkbox sit in
    // theirs.
    assert!(html.contains("<label for=\"day-boundary\">"));
    assert_eq!(
        html.matches("<label class=\"choice\"><input").count(),
        html.matches("<input").count()
    );
}

#[test]
fn each_change_she_can_make_is_read_as_that_change_and_told_once() {
    for before in every_preferences() {
        let shown = form_data(&settings(&before));
        // Every option of every control, as one change from what is shown.
        let mut changes: Vec<(Fields, Preferences)> = Vec::new();
        for b in boundaries(before.day_boundary) {
            changes.push((
                with(shown.clone(), "day-boundary", &b.to_string()),
                Preferences {
                    day_boundary: b,
                    ..before
                },
            ));
        }
        for theme in Theme::ALL {
            changes.push((
                with(shown.clone(), "theme", theme.id()),
                Preferences { theme, ..before },
            ));
        }
        for size in TextSize::choices() {
            changes.push((
                with(shown.clone(), "text-size", &size.percent().to_string()),
                Preferences {
                    text_size: size,
                    ..before
                },
            ));
        }
        for role in Role::ALL {
            let after = if before.role == Some(role) {
                before
            } else {
                before.with_role(role)
            };
            changes.push((with(shown.clone(), "caring-for", role.id()), after));
        }
        let flipped = if before.professional {
            without(shown.clone(), "professional")
        } else {
            with(shown.clone(), "professional", "on")
        };
        changes.push((
            flipped,
            Preferences {
                professional: !before.professional,
                ..before
            },
        ));

        for (fields, expected) in changes {
            let (read, told) = read_preferences(before, &fields).unwrap();
            assert_eq!(read, expected, "from {before:?} with {fields:?}");
            let told = said(&told);
            if expected == before {
                assert!(told.is_empty(), "{told:?}");
                continue;
            }
            // A role may also change the ProQOL choice: two sentences then.
            let things = usize::from(expected.day_boundary != before.day_boundary)
                + usize::from(expected.theme != before.theme)
                + usize::from(expected.text_size != before.text_size)
                + usize::from(expected.role != before.role)
                + usize::from(expected.professional != before.professional);
            assert_eq!(told.len(), things, "{told:?}");
            if expected.theme != before.theme {
                let name = tend_core::words::t(&format!("theme-{}", expected.theme.id()));
                assert!(told[0].contains(&name), "{told:?} does not name {name}");
            }
            if expected.text_size != before.text_size {
                assert!(
                    told[0].contains(&format!("{}%", expected.text_size.percent())),
                    "{told:?}"
                );
            }
            if expected.day_boundary != before.day_boundary {
                assert!(
                    told[0].contains(&expected.day_boundary.to_string()),
                    "{told:?}"
                );
            }
        }
    }
}

/// Whether `fields` are refused as input that is not valid, and nothing
/// is read from them.
fn refused(before: Preferences, fields: &Fields) {
    match read_preferences(before, fields) {
        Err(e) => assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}"),
        Ok(read) => panic!("{fields:?} was read as {read:?}"),
    }
}

#[test]
fn a_form_the_shell_did_not_write_is_refused_whole() {
    let before = Preferences {
        role: Some(Role::FamilyCarer),
        ..Preferences::default()
    };
    let shown = form_data(&settings(&before));
    let long = "9".repeat(100_000);
    let odd = [
        "",
        " ",
        "06:00 ",
        " 06:00",
        "6:00",
        "06:0",
        "06:00:00",
        "13:00",
        "12:01",
        "24:00",
        "-1:00",
        "06:30",
        "٠٦:٠٠",
        "０６:００",
        "\u{0}",
        "<b>",
        "dark\u{0}",
        "DARK",
        "Dark",
        "high-contrast",
        "100.0",
        "+100",
        "0100",
        "99",
        "125 ",
        "225",
        "75",
        "65535",
        "65661",
        "off",
        "true",
        "1",
        "ON",
        "family carer",
        "both\n",
        &long,
        "🙂",
    ];
    for name in [
        "day-boundary",
        "theme",
        "text-size",
        "caring-for",
        "professional",
    ] {
        for value in odd {
            refused(before, &with(shown.clone(), name, value));
        }
        if name != "caring-for" && name != "professional" {
            refused(before, &without(shown.clone(), name));
        }
        // The same field twice, even with the same value.
        let one = shown
            .iter()
            .find(|(n, _)| n == name)
            .cloned()
            .unwrap_or((name.to_owned(), "on".to_owned()));
        let mut twice = without(shown.clone(), name);
        twice.extend([one.clone(), one]);
        refused(before, &twice);
    }
    // A role once chosen is not cleared.
    refused(before, &without(shown.clone(), "caring-for"));
    for stranger in [
        "",
        "language",
        "Theme",
        "theme ",
        "day_boundary",
        "professional\u{0}",
        &long,
    ] {
        refused(before, &with(shown.clone(), stranger, "on"));
    }
    refused(before, &Vec::new());
    for name in [
        "",
        "Preferences",
        "preferences ",
        "settings",
        "reminders",
        &long,
    ] {
        assert_eq!(
            Form::from_id(name).unwrap_err().code,
            ErrorCode::InvalidInput
        );
    }
    assert_eq!(Form::from_id("preferences").unwrap(), Form::Preferences);
}

#[test]
fn whatever_is_read_is_a_preference_set_the_form_shows_again_as_it_is() {
    // Fields drawn from the values above and the good ones, mixed at
    // random: anything read must be written and read back unchanged.
    let names = [
        "day-boundary",
        "theme",
        "text-size",
        "caring-for",
        "professional",
        "x",
    ];
    let values = [
        "00:00",
        "05:30",
        "06:00",
        "12:00",
        "13:00",
        "light",
        "dark",
        "system",
        "high_contrast",
        "100",
        "125",
        "150",
        "175",
        "200",
        "250",
        "family_carer",
        "professional",
        "both",
        "on",
        "off",
        "",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % below as u64).unwrap()
    };
    let before = Preferences {
        day_boundary: DayBoundary::new(5, 30).unwrap(),
        ..Preferences::default()
    };
    let shown = form_data(&settings(&before));
    let mut read_some = 0;
    for _ in 0..50_000 {
        // The form as written, changed a few times: a value replaced, a
        // field dropped, or one added.
        let mut fields = shown.clone();
        for _ in 0..=next(3) {
            let name = names[next(names.len())].to_owned();
            let value = values[next(values.len())].to_owned();
            match next(3) {
                0 => fields = with(fields, &name, &value),
                1 => fields = without(fields, &name),
                _ => fields.push((name, value)),
            }
        }
        if let Ok((read, _)) = read_preferences(before, &fields) {
            read_some += 1;
            let again = form_data(&settings(&read));
            assert_eq!(
                read_preferences(read, &again).unwrap().0,
                read,
                "{fields:?}"
            );
            let json = serde_json::to_string(&read).unwrap();
            assert_eq!(serde_json::from_str::<Preferences>(&json).unwrap(), read);
        }
    }
    assert!(
        read_some > 100,
        "only {read_some} random forms read: the test reaches too little"
    );
}
