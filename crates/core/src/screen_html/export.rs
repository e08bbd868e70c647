//! The Export screen below its heading, as two forms the page's driver
//! sends back (`crate::forms::read_export`): the document (kind, period,
//! parts, entries, format, the warning a reflective draft needs) with its
//! preview inside it, written again as she changes it; and the whole
//! journal out or a backup file in. What a save came to is said in each
//! form's status line.

use super::checked;
use crate::dates::long_date;
use crate::entry::EntrySummary;
use crate::forms::export_field as field;
use crate::forms::{DocumentDraft, Form};
use crate::summary::{DocumentKind, Format, escape_html as esc};
use crate::words::{t, tr};
use chrono::NaiveDate;
use std::fmt::Write;

/// Entries listed for picking at most; the period narrows the list.
pub const MAX_LISTED: usize = 200;

/// What the document form shows beside the draft.
#[derive(Clone, Copy, Debug)]
pub struct DocumentShown<'a> {
    /// Every entry, newest first, with its journal day.
    pub entries: &'a [(EntrySummary, NaiveDate)],
    /// The preview as HTML (`summary::preview_html`), or why there is none.
    pub preview: Result<&'a str, &'a str>,
    /// What the last save came to.
    pub status: Option<&'a str>,
}

/// The whole screen below its heading.
pub fn export(draft: &DocumentDraft, shown: DocumentShown<'_>, lock_on: bool) -> String {
    let mut out = format!("<p>{}</p>", esc(&t("export-intro")));
    out.push_str(&document_form(draft, shown));
    out.push_str(&data_section(lock_on));
    out
}

/// The section for the whole journal out and a backup file in.
pub fn data_section(lock_on: bool) -> String {
    format!(
        "<section aria-labelledby=\"export-data\"><h2 id=\"export-data\">{}</h2><p>{}</p>{}</section>",
        esc(&t("export-data")),
        esc(&t("export-data-intro")),
        data_form(lock_on, None)
    )
}

/// The document's form, with its preview.
pub fn document_form(draft: &DocumentDraft, shown: DocumentShown<'_>) -> String {
    let r = &draft.request;
    let summary = r.kind == DocumentKind::Summary;
    // The form's first button, disabled and unseen: Enter in one of its
    // fields does nothing (the form is sent as it changes), rather than
    // press the first quick period.
    let mut out = format!(
        "<form id=\"form-document\" data-form=\"{}\" data-live>\
         <button type=\"submit\" disabled hidden aria-hidden=\"true\" tabindex=\"-1\"></button>\
         <section aria-labelledby=\"export-document\"><h2 id=\"export-document\">{}</h2>",
        Form::Document.id(),
        esc(&t("export-document"))
    );
    // The kind.
    let _ = write!(
        out,
        "<fieldset><legend>{}</legend><div class=\"choices stacked\">",
        esc(&t("export-kind"))
    );
    for (value, kind, label, hint) in [
        (
            "summary",
            DocumentKind::Summary,
            "export-kind-summary",
            "export-kind-summary-hint",
        ),
        (
            "reflection",
            DocumentKind::Reflection,
            "export-kind-reflection",
            "export-kind-reflection-hint",
        ),
    ] {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"radio\" id=\"export-kind-{value}\" name=\"{}\" value=\"{value}\"{}> \
             <span>{}<span class=\"hint block\">{}</span></span></label>",
            field::KIND,
            checked(r.kind == kind),
            esc(&t(label)),
            esc(&t(hint))
        );
    }
    out.push_str("</div></fieldset>");
    // The period: quick choices, then the two days.
    let _ = write!(
        out,
        "<fieldset><legend>{}</legend><div class=\"choices\">",
        esc(&t("export-period-legend"))
    );
    for (value, label, _) in field::PERIODS {
        let _ = write!(
            out,
            "<button type=\"submit\" class=\"button quiet\" id=\"export-{value}\" name=\"{}\" value=\"{value}\">{}</button>",
            field::DO,
            esc(&t(label))
        );
    }
    let _ = write!(
        out,
        "</div><div class=\"dates\">\
         <div class=\"field\"><label for=\"export-from\">{}</label><input type=\"date\" id=\"export-from\" name=\"{}\" value=\"{}\"></div>\
         <div class=\"field\"><label for=\"export-to\">{}</label><input type=\"date\" id=\"export-to\" name=\"{}\" value=\"{}\"></div></div>",
        esc(&t("export-from")),
        field::FROM,
        r.from,
        esc(&t("export-to")),
        field::TO,
        r.to
    );
    if !summary {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&t("export-period-reflection-hint"))
        );
    }
    out.push_str("</fieldset>");
    // A summary's parts; kept, unseen, while a reflective draft is chosen.
    let parts = [r.checkins, r.measures, r.practice, r.path];
    if summary {
        let _ = write!(
            out,
            "<fieldset><legend>{}</legend><div class=\"choices stacked\">",
            esc(&t("export-sections"))
        );
        for (value, on) in field::SECTIONS.iter().zip(parts) {
            let _ = write!(
                out,
                "<label class=\"choice\"><input type=\"checkbox\" id=\"export-section-{value}\" name=\"{}\" value=\"{value}\"{}> {}</label>",
                field::SECTION,
                checked(on),
                esc(&t(&format!("export-section-{value}")))
            );
        }
        out.push_str("</div></fieldset>");
    } else {
        for (value, _) in field::SECTIONS.iter().zip(parts).filter(|(_, on)| *on) {
            let _ = write!(
                out,
                "<input type=\"hidden\" name=\"{}\" value=\"{value}\">",
                field::SECTION
            );
        }
    }
    entries(&mut out, draft, shown.entries);
    // The format.
    let _ = write!(
        out,
        "<fieldset><legend>{}</legend><div class=\"choices\">",
        esc(&t("export-format"))
    );
    for f in Format::ALL {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"radio\" id=\"export-format-{0}\" name=\"{1}\" value=\"{0}\"{2}> {3}</label>",
            f.id(),
            field::FORMAT,
            checked(draft.format == f),
            esc(&t(&format!("export-format-{}", f.id())))
        );
    }
    out.push_str("</div></fieldset>");
    if !summary {
        let _ = write!(
            out,
            "<p class=\"warning\" id=\"export-identifiable\">{}</p>\
             <label class=\"choice\"><input type=\"checkbox\" id=\"export-understood\" name=\"{}\" value=\"{}\" \
             aria-describedby=\"export-identifiable\"{}> {}</label>",
            esc(&t("export-reflection-warning")),
            field::UNDERSTOOD,
            field::TICKED,
            checked(draft.understood),
            esc(&t("export-understood"))
        );
    }
    let format_name = t(&format!("export-format-{}", draft.format.id()));
    let _ = write!(
        out,
        "<div class=\"actions\"><button type=\"submit\" class=\"button\" id=\"export-save\" name=\"{}\" value=\"{}\">{}</button></div>",
        field::DO,
        field::SAVE,
        esc(&tr("export-save", &[("format", format_name.into())]))
    );
    status(&mut out, shown.status);
    out.push_str("</section>");
    // The preview, in the form so it is written again with it.
    let _ = write!(
        out,
        "<section aria-labelledby=\"export-preview\"><h2 id=\"export-preview\">{}</h2><p class=\"hint\">{}</p>\
         <div class=\"paper\" role=\"region\" aria-label=\"{}\">",
        esc(&t("export-preview")),
        esc(&t("export-preview-hint")),
        esc(&t("export-preview-label"))
    );
    match shown.preview {
        // Written and escaped by `summary::preview_html`.
        Ok(html) => out.push_str(html),
        Err(why) => {
            let _ = write!(out, "<p class=\"error\" role=\"alert\">{}</p>", esc(why));
        }
    }
    out.push_str("</div></section></form>");
    out
}

/// The entries written in the period, to tick; those ticked stay in the
/// document.
fn entries(out: &mut String, draft: &DocumentDraft, all: &[(EntrySummary, NaiveDate)]) {
    let r = &draft.request;
    let in_period: Vec<&EntrySummary> = all
        .iter()
        .filter(|(_, day)| *day >= r.from && *day <= r.to)
        .map(|(e, _)| e)
        .collect();
    let _ = write!(
        out,
        "<fieldset><legend>{}</legend><p class=\"hint\">{}</p>",
        esc(&t("export-entries-legend")),
        esc(&t("export-entries-hint"))
    );
    if in_period.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&t("export-entries-none")));
    }
    out.push_str("<div class=\"choices stacked\">");
    for entry in in_period.iter().take(MAX_LISTED) {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"checkbox\" id=\"export-entry-{0}\" name=\"{1}\" value=\"{0}\"{2}> {3}</label>",
            entry.id,
            field::ENTRY,
            checked(r.entries.contains(&entry.id)),
            esc(&entry_label(entry))
        );
    }
    out.push_str("</div>");
    if in_period.len() > MAX_LISTED {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&tr(
                "export-entries-more",
                &[
                    ("shown", MAX_LISTED.into()),
                    ("count", in_period.len().into())
                ]
            ))
        );
    }
    out.push_str("</fieldset>");
}

/// An entry as the list names it: its day and title, or the start of it.
fn entry_label(entry: &EntrySummary) -> String {
    let date = long_date(entry.updated_at.date());
    if entry.title.is_empty() {
        let start: String = entry
            .excerpt
            .iter()
            .map(|p| p.text.as_str())
            .collect::<String>()
            .chars()
            .take(60)
            .collect();
        tr(
            "export-entry-untitled-pick",
            &[("date", date.into()), ("start", start.into())],
        )
    } else {
        tr(
            "export-entry-pick",
            &[("date", date.into()), ("title", entry.title.clone().into())],
        )
    }
}

/// The whole journal out, and a backup file in; `status` is what the last
/// of these came to: a line, or (`Err`) an alert.
pub fn data_form(lock_on: bool, said: Option<Result<&str, &str>>) -> String {
    let mut out = format!("<form id=\"form-data\" data-form=\"{}\">", Form::Data.id());
    if lock_on {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&t("export-not-locked"))
        );
    }
    let button = |out: &mut String, value: &str, class: &str, label: &str| {
        let _ = write!(
            out,
            "<button type=\"submit\" class=\"{class}\" id=\"export-{value}\" name=\"{}\" value=\"{value}\">{}</button>",
            field::DO,
            esc(&t(label))
        );
    };
    out.push_str("<div class=\"actions\">");
    button(&mut out, field::BACKUP, "button", "export-save-backup");
    button(
        &mut out,
        field::SPREADSHEETS,
        "button quiet",
        "export-save-spreadsheets",
    );
    let _ = write!(
        out,
        "</div><p class=\"hint\">{}</p><div class=\"actions\">",
        esc(&t("export-import-intro"))
    );
    button(&mut out, field::IMPORT, "button quiet", "export-import");
    out.push_str("</div>");
    match said {
        Some(Err(alert)) => {
            status(&mut out, None);
            let _ = write!(out, "<p class=\"error\" role=\"alert\">{}</p>", esc(alert));
        }
        Some(Ok(line)) => status(&mut out, Some(line)),
        None => status(&mut out, None),
    }
    out.push_str("</form>");
    out
}

/// A status line, there from the start so what comes into it is read out.
fn status(out: &mut String, said: Option<&str>) {
    out.push_str("<div role=\"status\">");
    if let Some(said) = said {
        let _ = write!(out, "<p>{}</p>", esc(said));
    }
    out.push_str("</div>");
}
