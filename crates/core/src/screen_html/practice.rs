//! What only shows around practice: "what helps me" on Practise, the
//! questionnaires before and after the guided path, and the list of what
//! has left the device (Settings).

use crate::dates::long_date;
use crate::exercise::Catalogue;
use crate::path::BeforeAfter;
use crate::practice::Helps;
use crate::summary::{ExportRecord, escape_html as esc, shown_value};
use crate::words::{signed_decimal, t, tr};
use std::fmt::Write;

/// "What helps me": each exercise with enough rated sessions, and how her
/// calm and kindness to herself moved on average; or that there is
/// nothing yet.
pub fn helps(helps: &[Helps], catalogue: &Catalogue) -> String {
    if helps.is_empty() {
        return format!("<p>{}</p>", esc(&t("helps-empty")));
    }
    let mut out = String::from("<ul class=\"helps\">");
    for h in helps {
        let title = catalogue
            .get(&h.exercise)
            .map(|e| e.title.clone())
            .unwrap_or_default();
        let line = tr(
            "helps-line",
            &[
                ("sessions", h.sessions.into()),
                ("calm", signed_decimal(h.calm_change, 1).into()),
                ("kind", signed_decimal(h.kind_change, 1).into()),
            ],
        );
        let _ = write!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            esc(&title),
            esc(&line)
        );
    }
    out.push_str("</ul>");
    out
}

/// Her own answers to the path's questionnaires at its start and at its
/// end, side by side, one table each.
pub fn path_compare(rows: &[BeforeAfter]) -> String {
    let shown = |v: Option<f64>| v.map_or_else(|| t("path-no-answer"), shown_value);
    let day = |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, long_date);
    let mut out = format!(
        "<h2>{}</h2><p class=\"hint\">{}</p>",
        esc(&t("path-compare-title")),
        esc(&t("path-compare-note"))
    );
    for m in rows {
        let _ = write!(
            out,
            "<table class=\"table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}<br><span class=\"hint\">{}</span></th><th scope=\"col\">{}<br><span class=\"hint\">{}</span></th></tr></thead><tbody>",
            esc(&m.name),
            esc(&t("path-scale")),
            esc(&t("path-at-start")),
            esc(&day(m.before_day)),
            esc(&t("path-at-end")),
            esc(&day(m.after_day))
        );
        for s in &m.scales {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}<br><span class=\"hint\">{}</span></th><td>{}</td><td>{}</td></tr>",
                esc(&s.name),
                esc(&s.higher_means),
                esc(&shown(s.before)),
                esc(&shown(s.after))
            );
        }
        out.push_str("</tbody></table>");
    }
    out
}

/// What has left the device, newest as the journal gives them: when, what,
/// which format and the period it covered; or that nothing has.
pub fn export_log(records: &[ExportRecord]) -> String {
    if records.is_empty() {
        return format!("<p>{}</p>", esc(&t("export-log-none")));
    }
    let mut out = String::from("<ul class=\"plain\">");
    for record in records {
        let what = t(&format!("export-log-{}", record.what.id()));
        let format = t(&format!("export-format-{}", record.format));
        let when = long_date(record.made_at.date());
        let line = match (record.first_day, record.last_day) {
            (Some(first), Some(last)) => tr(
                "export-log-line-period",
                &[
                    ("when", when.into()),
                    ("what", what.into()),
                    ("format", format.into()),
                    ("from", long_date(first).into()),
                    ("to", long_date(last).into()),
                ],
            ),
            _ => tr(
                "export-log-line",
                &[
                    ("when", when.into()),
                    ("what", what.into()),
                    ("format", format.into()),
                ],
            ),
        };
        let _ = write!(out, "<li>{}</li>", esc(&line));
    }
    out.push_str("</ul>");
    out
}
