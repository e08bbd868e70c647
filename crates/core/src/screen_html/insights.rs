//! Insights below its span picker: the last break, each check-in item's
//! chart, sentence and table, the tags that go with harder days, and the
//! questionnaires over time.

use super::lang_attribute;
use super::measures::score_lines;
use crate::chart::{Chart, Shade};
use crate::insights::{MIN_DAYS_EACH_SIDE, Point, Span, TagEffect};
use crate::ipc::{InsightsView, MeasureStatus};
use crate::route::Route;
use crate::summary::{escape_html as esc, shown_value};
use crate::words::{decimal, t, tr};
use crate::{Item, dates};
use chrono::NaiveDate;
use std::fmt::Write;

/// Tag effects smaller than this are not worth a sentence.
const NOTABLE: f64 = 1.0;
/// Bands alternate between two shades (style.css colours them).
const BAND_CLASSES: [&str; 2] = ["chart-band", "chart-band-alt"];
/// At most this many tag sentences, largest first.
const MOST_EFFECTS: usize = 6;

/// The Insights screen below its heading, introduction and span picker:
/// the last break, a chart, a sentence and a table of numbers for each
/// check-in item, the tags that go with harder days, and the
/// questionnaires over time. Charts are hidden from screen readers, which
/// get the sentence and the table of the same numbers instead.
pub fn insights(v: &InsightsView) -> String {
    let mut out = String::new();
    let since_break = match v.days_since_break {
        None => t("insights-break-never"),
        Some(0) => t("insights-break-today"),
        Some(days) => tr("insights-break-days", &[("days", days.into())]),
    };
    let _ = write!(
        out,
        "<section class=\"card\" aria-labelledby=\"insights-break\"><h2 id=\"insights-break\">{}</h2><p>{}</p></section>",
        esc(&t("insights-break-title")),
        esc(&since_break)
    );
    if v.checkins == 0 {
        let _ = write!(out, "<p>{}</p>", esc(&t("insights-empty")));
    } else {
        for (item, points) in &v.series {
            item_section(&mut out, *item, points, v.span);
        }
        let mut effects: Vec<&TagEffect> = v
            .tag_effects
            .iter()
            .filter(|e| e.difference().abs() >= NOTABLE)
            .collect();
        effects.sort_by(|a, b| b.difference().abs().total_cmp(&a.difference().abs()));
        effects.truncate(MOST_EFFECTS);
        let _ = write!(
            out,
            "<section aria-labelledby=\"insights-tags\"><h2 id=\"insights-tags\">{}</h2>",
            esc(&t("insights-tags-title"))
        );
        if effects.is_empty() {
            let none = tr("insights-tags-none", &[("days", MIN_DAYS_EACH_SIDE.into())]);
            let _ = write!(out, "<p>{}</p>", esc(&none));
        } else {
            out.push_str("<ul>");
            for e in effects {
                let _ = write!(out, "<li>{}</li>", esc(&effect_sentence(e)));
            }
            let _ = write!(
                out,
                "</ul><p class=\"hint\">{}</p>",
                esc(&t("insights-tags-hint"))
            );
        }
        out.push_str("</section>");
    }
    let _ = write!(
        out,
        "<section aria-labelledby=\"insights-measures\"><h2 id=\"insights-measures\">{}</h2>",
        esc(&t("insights-measures-title"))
    );
    for status in v.measures.measures.iter().filter(|s| !s.results.is_empty()) {
        measure_section(&mut out, status);
    }
    let _ = write!(
        out,
        "<p><a href=\"{}\">{}</a></p></section><p><a href=\"{}\">{}</a></p>",
        Route::Measures.href(),
        esc(&t("insights-measures-link")),
        Route::Export.href(),
        esc(&t("insights-export-link"))
    );
    out
}

fn effect_sentence(e: &TagEffect) -> String {
    let diff = e.difference();
    let id = if diff > 0.0 {
        "insights-tag-higher"
    } else {
        "insights-tag-lower"
    };
    tr(
        id,
        &[
            ("tag", t(&format!("tag-{}", e.tag.id())).into()),
            ("item", t(&format!("checkin-short-{}", e.item.id())).into()),
            ("points", decimal(diff.abs(), 1).into()),
            ("with", e.with_days.into()),
            ("without", e.without_days.into()),
        ],
    )
}

fn item_section(out: &mut String, item: Item, points: &[Point], span: Span) {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    let name = t(&format!("checkin-short-{}", item.id()));
    let values: Vec<(NaiveDate, u8)> = points
        .iter()
        .filter_map(|p| p.value.map(|v| (p.day, v)))
        .collect();
    let chart = Chart {
        first: first.day,
        last: last.day,
        y_min: 0.0,
        y_max: 10.0,
        shades: Vec::new(),
        dots: values.iter().map(|(d, v)| (*d, f64::from(*v))).collect(),
        line: points.iter().map(|p| (p.day, p.average)).collect(),
        first_label: dates::day_month_short(first.day),
        last_label: dates::day_month_short(last.day),
    };
    let sentence = if values.is_empty() {
        tr("insights-item-none", &[("item", name.clone().into())])
    } else {
        let mean = values.iter().map(|(_, v)| f64::from(*v)).sum::<f64>() / values.len() as f64;
        tr(
            &format!("insights-item-{}", span.id()),
            &[
                ("item", name.clone().into()),
                ("mean", decimal(mean, 1).into()),
                ("days", values.len().into()),
            ],
        )
    };
    let id = format!("insights-{}", item.id());
    let _ = write!(
        out,
        "<section class=\"card chart-card\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>{}<p>{}</p>",
        esc(&name),
        chart.svg(),
        esc(&sentence)
    );
    if !values.is_empty() {
        let numbers = tr("insights-numbers", &[("item", name.clone().into())]);
        let _ = write!(
            out,
            "<details><summary>{}</summary><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            esc(&numbers),
            esc(&t("insights-day")),
            esc(&name),
            esc(&t("insights-average"))
        );
        for p in points {
            let Some(value) = p.value else { continue };
            let average = p.average.map(|a| decimal(a, 1)).unwrap_or_default();
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{value}</td><td>{}</td></tr>",
                esc(&dates::long_date(p.day)),
                esc(&average)
            );
        }
        out.push_str("</tbody></table></details>");
    }
    out.push_str("</section>");
}

fn measure_section(out: &mut String, status: &MeasureStatus) {
    let measure = &status.measure;
    // The questionnaire's own words are in the language it was published
    // in, which a screen reader is told.
    let lang = lang_attribute(&measure.lang);
    let _ = write!(
        out,
        "<section class=\"card chart-card\" aria-label=\"{0}\"><h3{lang}>{0}</h3>",
        esc(&measure.name)
    );
    for scale in &measure.scales {
        let values: Vec<(NaiveDate, f64)> = status
            .results
            .iter()
            .filter_map(|r| {
                r.scores
                    .iter()
                    .find(|s| s.scale == scale.id)
                    .map(|s| (r.result.day, s.value))
            })
            .collect();
        let (Some(first), Some(last)) = (values.first(), values.last()) else {
            continue;
        };
        let (low, high) = measure.scale_range(scale);
        let mut from = low;
        let shades = scale
            .bands
            .iter()
            .enumerate()
            .map(|(i, band)| {
                let to = band.up_to.unwrap_or(high);
                let shade = Shade {
                    from,
                    to,
                    class: BAND_CLASSES[i % 2],
                };
                from = to;
                shade
            })
            .collect();
        let chart = Chart {
            first: first.0,
            last: last.0,
            y_min: low,
            y_max: high,
            shades,
            dots: values.clone(),
            line: values.iter().map(|(d, v)| (*d, Some(*v))).collect(),
            first_label: dates::day_month_short(first.0),
            last_label: dates::day_month_short(last.0),
        };
        let _ = write!(out, "<h4{lang}>{}</h4>{}", esc(&scale.name), chart.svg());
        let latest = status
            .results
            .last()
            .and_then(|r| r.scores.iter().find(|s| s.scale == scale.id));
        if let Some(latest) = latest {
            out.push_str(&score_lines(measure, latest));
        }
        let _ = write!(
            out,
            "<table><caption class=\"visually-hidden\"{lang}>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            esc(&scale.name),
            esc(&t("insights-day")),
            esc(&t("insights-score"))
        );
        for (day, value) in &values {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                esc(&dates::long_date(*day)),
                esc(&shown_value(*value))
            );
        }
        out.push_str("</tbody></table>");
    }
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p></section>",
        esc(&t("measure-screening"))
    );
}
