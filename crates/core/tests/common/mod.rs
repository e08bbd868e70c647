//! What the golden-file tests share.

// Each test file that includes this uses only part of it.
#![allow(dead_code)]

use chrono::NaiveDate;
use std::path::Path;
use tend_core::{CheckIn, Ratings};

/// Compares `actual` with `tests/golden/<name>`, saying at which line they
/// part; with `TEND_BLESS` set it writes the file instead.
pub(crate) fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("TEND_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with TEND_BLESS=1", path.display()));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  now:    {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// Whether HTML holds an event handler attribute (` onclick=` and the like).
pub(crate) fn has_event_handler(html: &str) -> bool {
    html.match_indices(" on").any(|(i, _)| {
        let name: String = html[i + 3..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        !name.is_empty() && html[i + 3 + name.len()..].starts_with('=')
    })
}

/// Text as it must stand in HTML, escaped here on its own terms.
pub(crate) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A check-in for `day` saved at 20:00, with exhaustion at `exhaustion`
/// and the other items in a fixed pattern around it (stress its opposite).
pub(crate) fn checkin_on(day: NaiveDate, exhaustion: u8) -> CheckIn {
    let at = day.and_hms_opt(20, 0, 0).unwrap();
    CheckIn {
        day,
        ratings: Ratings {
            exhaustion,
            stress: 10 - exhaustion,
            mood: 5,
            sleep: (exhaustion + 3) % 11,
            self_kindness: 4,
            meaning: 7,
        },
        context: None,
        tags: vec![],
        note: String::new(),
        created_at: at,
        updated_at: at,
    }
}

/// One tag's name and its attributes, values unescaped; a bare attribute
/// has an empty value.
pub(crate) fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("an unclosed tag") + start;
        let inside = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let (name, mut attrs) = inside.split_once(' ').unwrap_or((inside, ""));
        let mut list = Vec::new();
        loop {
            attrs = attrs.trim_start();
            if attrs.is_empty() {
                break;
            }
            let key_end = attrs.find(['=', ' ']).unwrap_or(attrs.len());
            let key = attrs[..key_end].to_owned();
            attrs = &attrs[key_end..];
            let value = if let Some(after) = attrs.strip_prefix("=\"") {
                let close = after.find('"').expect("an unclosed value");
                attrs = &after[close + 1..];
                unescape(&after[..close])
            } else {
                String::new()
            };
            list.push((key, value));
        }
        found.push((name.to_owned(), list));
    }
    found
}

pub(crate) fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

pub(crate) fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// What a browser's form data holds for this markup as written: each
/// select's chosen option (its first enabled one when none is chosen;
/// nothing when the chosen one is disabled), each ticked radio
/// and checkbox (`on` when it has no value), in document order.
pub(crate) fn form_data(html: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    // The select's name, its first enabled option, and the one marked
    // selected (`Some(None)` when that one is disabled).
    let mut select: Option<(String, Option<String>, Option<Option<String>>)> = None;
    for (tag, attrs) in tags(html) {
        match tag.as_str() {
            "select" => select = Some((attr(&attrs, "name").unwrap().to_owned(), None, None)),
            "option" => {
                let (_, first, chosen) = select.as_mut().expect("an option outside a select");
                let value = attr(&attrs, "value").unwrap().to_owned();
                let disabled = attr(&attrs, "disabled").is_some();
                if !disabled {
                    first.get_or_insert_with(|| value.clone());
                }
                if attr(&attrs, "selected").is_some() {
                    // A disabled option chosen sends nothing.
                    *chosen = Some((!disabled).then_some(value));
                }
            }
            "/select" => {
                let (name, first, chosen) = select.take().unwrap();
                if let Some(value) = chosen.unwrap_or(first) {
                    fields.push((name, value));
                }
            }
            "input" if attr(&attrs, "checked").is_some() => fields.push((
                attr(&attrs, "name").unwrap().to_owned(),
                attr(&attrs, "value").unwrap_or("on").to_owned(),
            )),
            _ => {}
        }
    }
    fields
}

/// Names a form's own properties have in the page: a field given one of
/// them hides that property (`form.id` becomes the field), which the
/// page's driver reads.
const SHADOWING: &[&str] = &[
    "remove",
    "role",
    "click",
    "focus",
    "blur",
    "append",
    "prepend",
    "before",
    "after",
    "replaceWith",
    "slot",
    "part",
    "matches",
    "id",
    "name",
    "action",
    "method",
    "target",
    "elements",
    "length",
    "submit",
    "reset",
    "encoding",
    "enctype",
    "autocomplete",
    "noValidate",
    "acceptCharset",
    "className",
    "title",
    "lang",
    "dir",
    "hidden",
    "style",
    "dataset",
    "children",
    "parentNode",
    "nodeName",
    "tagName",
    "attributes",
    "innerHTML",
    "outerHTML",
    "getAttribute",
    "hasAttribute",
    "closest",
    "requestSubmit",
    "checkValidity",
];

/// One form as written: its `data-form` name, whether it is sent as it
/// changes (`data-live`), what its form data holds, and each button that
/// can send it, as its name and value.
#[derive(Clone, Debug)]
pub(crate) struct WrittenForm {
    pub(crate) name: String,
    pub(crate) live: bool,
    pub(crate) fields: Vec<(String, String)>,
    pub(crate) buttons: Vec<(String, String)>,
}

/// Every form in `html`, in document order. A text, time, date or hidden
/// field sends its value (empty without one); boxes and choices as
/// `form_data` reads them.
pub(crate) fn written_forms(html: &str) -> Vec<WrittenForm> {
    let mut found = Vec::new();
    let mut open: Option<(WrittenForm, String)> = None;
    for (tag, attrs) in tags(html) {
        match tag.as_str() {
            "form" => {
                assert!(open.is_none(), "a form inside a form");
                let form = WrittenForm {
                    name: attr(&attrs, "data-form")
                        .expect("a form without data-form")
                        .to_owned(),
                    live: attr(&attrs, "data-live").is_some(),
                    fields: Vec::new(),
                    buttons: Vec::new(),
                };
                open = Some((form, String::new()));
            }
            "/form" => {
                let (mut form, inner) = open.take().expect("a form closed twice");
                form.fields.extend(form_data(&inner));
                for (name, _) in form.fields.iter().chain(&form.buttons) {
                    assert!(
                        !SHADOWING.contains(&name.as_str()),
                        "the field {name:?} would hide its form's own {name:?} in the page"
                    );
                }
                found.push(form);
            }
            _ => {
                let Some((form, inner)) = open.as_mut() else {
                    continue;
                };
                let kind = attr(&attrs, "type").unwrap_or("text");
                if tag == "button" {
                    assert_eq!(kind, "submit", "a button that does not send its form");
                    if let Some(name) = attr(&attrs, "name") {
                        form.buttons.push((
                            name.to_owned(),
                            attr(&attrs, "value").unwrap_or("").to_owned(),
                        ));
                    } else {
                        form.buttons.push((String::new(), String::new()));
                    }
                } else if tag == "input" && !matches!(kind, "checkbox" | "radio") {
                    form.fields.push((
                        attr(&attrs, "name")
                            .expect("a field without a name")
                            .to_owned(),
                        attr(&attrs, "value").unwrap_or("").to_owned(),
                    ));
                    continue;
                }
                // Kept for `form_data`, which reads boxes and selects.
                inner.push('<');
                inner.push_str(&tag);
                for (k, v) in &attrs {
                    inner.push(' ');
                    inner.push_str(k);
                    if !v.is_empty() || k == "value" {
                        inner.push_str("=\"");
                        inner.push_str(&common_escape(v));
                        inner.push('"');
                    }
                }
                inner.push('>');
            }
        }
    }
    assert!(open.is_none(), "a form never closed");
    found
}

fn common_escape(text: &str) -> String {
    escaped(text)
}
