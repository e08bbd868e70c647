//! A questionnaire as the shell writes it (`screen_html::measure_screen`,
//! `measure_form`) and reads it back (`forms::read_measure`), for every
//! questionnaire Tend ships: every answer to every item reads back as the
//! one she chose, as the page's form data carries it; an item left
//! unanswered is written again with her answers kept, the first missing one
//! said and her focus sent to it; and what the form did not offer is
//! refused whole.

// A test: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_core::content::Content;
use tend_core::forms::{Form, measure_of, read_measure};
use tend_core::ipc::ErrorCode;
use tend_core::measure::Measure;
use tend_core::screen_html::{measure_form, measure_screen};

mod common;
use common::{WrittenForm, attr, has_event_handler, tags, written_forms};

fn measures() -> Vec<Measure> {
    let all = Content::load().unwrap().measures.measures;
    assert!(all.len() >= 3, "{} questionnaires", all.len());
    all
}

/// The form's data with the answer `chosen[i]` (an index into the
/// questionnaire's answers) ticked for item i, as a browser sends it.
fn ticked(m: &Measure, chosen: &[Option<usize>]) -> WrittenForm {
    let as_values: Vec<Option<u8>> = chosen
        .iter()
        .map(|c| c.map(|k| m.answers[k].value))
        .collect();
    let forms = written_forms(&measure_form(m, &as_values, None));
    assert_eq!(forms.len(), 1);
    forms.into_iter().next().unwrap()
}

#[test]
fn every_answer_to_every_item_reads_back_as_she_chose_it() {
    for m in measures() {
        let screen = measure_screen(Some(&m));
        let forms = written_forms(&screen);
        assert_eq!(forms.len(), 1, "{}", m.id);
        let form = &forms[0];
        assert_eq!(Form::from_id(&form.name).unwrap(), Form::Measure);
        assert!(!form.live, "sent by its button only");
        assert_eq!(measure_of(&form.fields).unwrap(), m.id);
        // Nothing chosen yet: every item unanswered.
        let read = read_measure(&form.fields, true, &m).unwrap();
        assert_eq!(read, vec![None; m.items.len()], "{}", m.id);
        // Each answer in turn to every item, and a mix.
        for k in 0..m.answers.len() {
            let all = vec![Some(k); m.items.len()];
            let read = read_measure(&ticked(&m, &all).fields, true, &m).unwrap();
            assert_eq!(read, vec![Some(m.answers[k].value); m.items.len()]);
        }
        let mixed: Vec<Option<usize>> = (0..m.items.len())
            .map(|i| Some((i * 7 + 3) % m.answers.len()))
            .collect();
        let read = read_measure(&ticked(&m, &mixed).fields, true, &m).unwrap();
        let expected: Vec<Option<u8>> = mixed
            .iter()
            .map(|c| c.map(|k| m.answers[k].value))
            .collect();
        assert_eq!(read, expected, "{}", m.id);
    }
}

#[test]
fn an_item_left_unanswered_is_said_with_her_answers_kept_and_her_focus_sent_to_it() {
    for m in measures() {
        let n = m.items.len();
        for missing in [0, n / 2, n - 1] {
            let chosen: Vec<Option<u8>> = (0..n)
                .map(|i| (i != missing).then_some(m.answers[i % m.answers.len()].value))
                .collect();
            let html = measure_form(&m, &chosen, Some(missing));
            // Her answers are written back ticked.
            let form = &written_forms(&html)[0];
            assert_eq!(read_measure(&form.fields, true, &m).unwrap(), chosen);
            // The first missing item is said, by its number, as an alert.
            let said =
                tend_core::words::tr("measure-unanswered", &[("item", (missing + 1).into())]);
            assert!(html.contains(&common::escaped(&said)), "{html}");
            assert!(html.contains("role=\"alert\""));
            // Focus goes to its first answer, and only there.
            let focused: Vec<String> = tags(&html)
                .into_iter()
                .filter(|(_, a)| attr(a, "data-focus-now").is_some())
                .map(|(_, a)| attr(&a, "id").unwrap().to_owned())
                .collect();
            assert_eq!(focused, [format!("item-{}-0", missing + 1)]);
        }
        // With nothing missing, nothing is said and focus is left alone.
        let all: Vec<Option<u8>> = vec![Some(m.answers[0].value); n];
        let html = measure_form(&m, &all, None);
        assert!(!html.contains("data-focus-now") && !html.contains("role=\"alert\""));
    }
}

#[test]
fn every_control_is_named_and_nothing_runs() {
    for m in measures() {
        let html = measure_screen(Some(&m));
        assert!(
            !has_event_handler(&html) && !html.contains("style="),
            "{}",
            m.id
        );
        let all = tags(&html);
        let mut ids = Vec::new();
        let mut legends = 0;
        for (tag, attrs) in &all {
            if let Some(id) = attr(attrs, "id") {
                assert!(!ids.contains(&id.to_owned()), "the id {id} twice");
                ids.push(id.to_owned());
            }
            if tag == "legend" {
                legends += 1;
            }
            if tag == "input" && attr(attrs, "type") == Some("radio") {
                // Each answer sits inside its own label.
                assert!(attr(attrs, "id").is_some());
            }
        }
        assert_eq!(legends, m.items.len(), "each item names its answers");
        // The questionnaire's name is the screen's one heading, and takes
        // her focus as it opens.
        let h1: Vec<_> = all.iter().filter(|(t, _)| t == "h1").collect();
        assert_eq!(h1.len(), 1);
        assert!(attr(&h1[0].1, "data-focus-now").is_some());
        assert!(html.contains("lang=\""), "the published wording is marked");
    }
    assert!(
        measure_screen(None).contains(&common::escaped(&tend_core::words::t("measure-unknown")))
    );
}

#[test]
fn what_the_form_did_not_offer_is_refused_whole() {
    let all = measures();
    let m = &all[0];
    let other = &all[1];
    let good: Vec<(String, String)> = ticked(m, &vec![Some(0); m.items.len()]).fields;
    assert!(read_measure(&good, true, m).is_ok());
    let long = "1".repeat(100_000);
    let n = m.items.len();
    let top = m.answers.iter().map(|a| a.value).max().unwrap();
    let mut cases: Vec<Vec<(String, String)>> = Vec::new();
    for odd in [
        (top + 1).to_string(),
        "-1".into(),
        " 1".into(),
        "1.0".into(),
        "01".into(),
        String::new(),
        "\u{0}".into(),
        long,
    ] {
        let mut f = good.clone();
        f[1].1 = odd;
        cases.push(f);
    }
    let mut twice = good.clone();
    twice.push(good[1].clone());
    cases.push(twice);
    let mut beyond = good.clone();
    beyond.push((format!("item-{}", n + 1), m.answers[0].value.to_string()));
    cases.push(beyond);
    let mut zero = good.clone();
    zero.push(("item-0".into(), m.answers[0].value.to_string()));
    cases.push(zero);
    let mut unknown = good.clone();
    unknown.push(("score".into(), "100".into()));
    cases.push(unknown);
    cases.push(good[1..].to_vec());
    for fields in &cases {
        let e = read_measure(fields, true, m).err().unwrap();
        assert_eq!(e.code, ErrorCode::InvalidInput, "{fields:?}");
    }
    // Another questionnaire's id with these answers, or sent as it changes.
    assert!(read_measure(&good, true, other).is_err());
    assert!(read_measure(&good, false, m).is_err());
    // Which questionnaire: exactly one named.
    let mut two = good.clone();
    two.push(("measure".into(), other.id.clone()));
    assert!(measure_of(&two).is_err());
    assert!(measure_of(&good[1..]).is_err());
}
