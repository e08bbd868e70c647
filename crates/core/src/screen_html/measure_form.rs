//! One questionnaire to answer, the whole screen: its name as the
//! screen's heading (which takes her focus as the screen opens), what it
//! is for, its instruction and items in their published
//! wording (marked with the language they are published in), and the
//! form the page's driver sends back (`crate::forms::read_measure`); then
//! her result, once saved.

use super::lang_attribute;
use crate::forms::{Form, measure_field};
use crate::measure::{Measure, ScaleScore};
use crate::summary::escape_html as esc;
use crate::support::CrisisLine;
use crate::words::{t, tr};
use std::fmt::Write;

/// The element the form is written in, for an answer that writes it again.
pub const MEASURE_FORM_ID: &str = "form-measure";

/// A screen's heading, which takes her focus when it is written.
fn heading(id: &str, lang: &str, text: &str) -> String {
    format!(
        "<h1 id=\"{id}\" tabindex=\"-1\" data-focus-now{lang}>{}</h1>",
        esc(text)
    )
}

/// The questionnaire with nothing answered yet; `None`: it is not one
/// offered to her.
pub fn measure_screen(measure: Option<&Measure>) -> String {
    let Some(m) = measure else {
        return format!(
            "{}<p>{}</p>",
            heading("measure-name", "", &t("measures-title")),
            esc(&t("measure-unknown"))
        );
    };
    let lang = lang_attribute(&m.lang);
    let mut out = heading("measure-name", &lang, &m.name);
    if m.lang != crate::words::language() {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&t("measure-published-language"))
        );
    }
    let _ = write!(
        out,
        "<p{lang}>{}</p><p class=\"instruction\"{lang}>{}</p>",
        esc(&m.about),
        esc(&m.instruction)
    );
    out.push_str(&measure_form(m, &[], None));
    let _ = write!(out, "<p class=\"hint\"{lang}>{}</p>", esc(&m.licence));
    out
}

/// The form, with her answers so far (`chosen`, item by item); with
/// `unanswered`, the first item she has not answered (counted from 0),
/// said above the button, and her focus taken to its first answer.
pub fn measure_form(m: &Measure, chosen: &[Option<u8>], unanswered: Option<usize>) -> String {
    let lang = lang_attribute(&m.lang);
    let mut out = format!(
        "<form id=\"{MEASURE_FORM_ID}\" data-form=\"{}\" aria-labelledby=\"measure-name\" novalidate>\
         <input type=\"hidden\" name=\"{}\" value=\"{}\">",
        Form::Measure.id(),
        measure_field::MEASURE,
        esc(&m.id)
    );
    for (i, item) in m.items.iter().enumerate() {
        let number = i + 1;
        let name = measure_field::item(number);
        let _ = write!(
            out,
            "<fieldset class=\"item\"><legend{lang}>{number}. {}</legend><div class=\"choices answers\">",
            esc(item)
        );
        let answer = chosen.get(i).copied().flatten();
        for (k, a) in m.answers.iter().enumerate() {
            let focus = if unanswered == Some(i) && k == 0 {
                " data-focus-now"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<label class=\"choice\"{lang}><input type=\"radio\" id=\"{name}-{k}\" name=\"{name}\" \
                 value=\"{}\"{}{focus}> {}</label>",
                a.value,
                super::checked(answer == Some(a.value)),
                esc(&a.label)
            );
        }
        out.push_str("</div></fieldset>");
    }
    if let Some(i) = unanswered {
        let _ = write!(
            out,
            "<p class=\"error\" role=\"alert\">{}</p>",
            esc(&tr("measure-unanswered", &[("item", (i + 1).into())]))
        );
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p><button type=\"submit\" class=\"button\" id=\"measure-save\">{}</button></form>",
        esc(&t("measure-screening")),
        esc(&t("measure-save"))
    );
    out
}

/// Her result, just saved, under its own heading (where her focus goes).
pub fn measure_saved(m: &Measure, scores: &[ScaleScore], crisis: Option<&CrisisLine>) -> String {
    let title = tr(
        "measure-result-title",
        &[("name", m.short_name.clone().into())],
    );
    heading("measure-result", "", &title) + &super::measure_result(m, scores, crisis)
}
