//! Insights: each check-in item over a week, a month or a year with its
//! rolling average; which tags go with harder days; the time since the last
//! break; and the periodic measures over time. Every chart is drawn by
//! tend-core and hidden from screen readers, which get a sentence and a
//! table of the same numbers instead.

use super::measures::shown_value;
use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use chrono::NaiveDate;
use tend_core::Item;
use tend_core::chart::{Chart, Shade};
use tend_core::insights::{Point, Span, TagEffect};
use tend_core::ipc::{Insights, InsightsView, MeasureStatus};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Tag effects smaller than this are not worth a sentence.
const NOTABLE: f64 = 1.0;
/// Bands alternate between two shades (style.css colours them).
const BAND_CLASSES: [&str; 2] = ["chart-band", "chart-band-alt"];
/// At most this many tag sentences, largest first.
const MOST_EFFECTS: usize = 6;

fn short_date(day: NaiveDate) -> String {
    tend_core::dates::day_month_short(day)
}

fn long_date(day: NaiveDate) -> String {
    tend_core::dates::long_date(day)
}

fn svg(chart: &Chart) -> Html {
    Html::from_html_unchecked(AttrValue::from(chart.svg()))
}

#[function_component]
pub(crate) fn InsightsPage() -> Html {
    let span = use_state(|| Span::Month);
    let view = use_state(|| None::<Result<InsightsView, String>>);
    {
        let view = view.clone();
        use_effect_with(*span, move |span| {
            let span = *span;
            spawn_local(async move {
                view.set(Some(
                    invoke::<Insights>(&span).await.map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let picker = html! {
        <fieldset>
            <legend>{ t("insights-span") }</legend>
            <div class="choices">
                { for Span::ALL.iter().map(|s| {
                    let chosen = *s;
                    let onchange = {
                        let span = span.clone();
                        Callback::from(move |_: Event| span.set(chosen))
                    };
                    html! {
                        <label class="choice">
                            <input type="radio" name="span" value={chosen.id()}
                                checked={*span == chosen} {onchange} />
                            { t(&format!("insights-span-{}", chosen.id())) }
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    };
    let body = match &*view {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(v)) if v.span != *span => html! { <p>{ t("loading") }</p> },
        Some(Ok(v)) => contents(v),
    };
    html! {
        <>
            <PageHeading text={t("insights-title")} />
            <p>{ t("insights-intro") }</p>
            { picker }
            { body }
        </>
    }
}

fn contents(v: &InsightsView) -> Html {
    let since_break = match v.days_since_break {
        None => t("insights-break-never"),
        Some(0) => t("insights-break-today"),
        Some(days) => tr("insights-break-days", &[("days", days.into())]),
    };
    let mut effects: Vec<&TagEffect> = v
        .tag_effects
        .iter()
        .filter(|e| e.difference().abs() >= NOTABLE)
        .collect();
    effects.sort_by(|a, b| b.difference().abs().total_cmp(&a.difference().abs()));
    effects.truncate(MOST_EFFECTS);
    html! {
        <>
            <section class="card" aria-labelledby="insights-break">
                <h2 id="insights-break">{ t("insights-break-title") }</h2>
                <p>{ since_break }</p>
            </section>
            if v.checkins == 0 {
                <p>{ t("insights-empty") }</p>
            } else {
                { for v.series.iter().map(|(item, points)| item_section(*item, points, v.span)) }
                <section aria-labelledby="insights-tags">
                    <h2 id="insights-tags">{ t("insights-tags-title") }</h2>
                    if effects.is_empty() {
                        <p>{ tr("insights-tags-none", &[("days", tend_core::insights::MIN_DAYS_EACH_SIDE.into())]) }</p>
                    } else {
                        <ul>{ for effects.iter().map(|e| html! { <li>{ effect_sentence(e) }</li> }) }</ul>
                        <p class="hint">{ t("insights-tags-hint") }</p>
                    }
                </section>
            }
            <section aria-labelledby="insights-measures">
                <h2 id="insights-measures">{ t("insights-measures-title") }</h2>
                { for v.measures.measures.iter().filter(|s| !s.results.is_empty()).map(measure_section) }
                <p><a href={Route::Measures.href()}>{ t("insights-measures-link") }</a></p>
            </section>
            <p><a href={Route::Export.href()}>{ t("insights-export-link") }</a></p>
        </>
    }
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
            ("points", tend_core::words::decimal(diff.abs(), 1).into()),
            ("with", e.with_days.into()),
            ("without", e.without_days.into()),
        ],
    )
}

fn item_section(item: Item, points: &[Point], span: Span) -> Html {
    let name = t(&format!("checkin-short-{}", item.id()));
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return html! {};
    };
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
        first_label: short_date(first.day),
        last_label: short_date(last.day),
    };
    let sentence = if values.is_empty() {
        tr("insights-item-none", &[("item", name.clone().into())])
    } else {
        let mean = values.iter().map(|(_, v)| f64::from(*v)).sum::<f64>() / values.len() as f64;
        tr(
            &format!("insights-item-{}", span.id()),
            &[
                ("item", name.clone().into()),
                ("mean", tend_core::words::decimal(mean, 1).into()),
                ("days", values.len().into()),
            ],
        )
    };
    let id = format!("insights-{}", item.id());
    html! {
        <section class="card chart-card" aria-labelledby={id.clone()}>
            <h2 id={id}>{ &name }</h2>
            { svg(&chart) }
            <p>{ sentence }</p>
            if !values.is_empty() {
                <details>
                    <summary>{ tr("insights-numbers", &[("item", name.clone().into())]) }</summary>
                    <table>
                        <thead><tr><th scope="col">{ t("insights-day") }</th><th scope="col">{ &name }</th><th scope="col">{ t("insights-average") }</th></tr></thead>
                        <tbody>
                            { for points.iter().filter(|p| p.value.is_some()).map(|p| html! {
                                <tr>
                                    <th scope="row">{ long_date(p.day) }</th>
                                    <td>{ p.value.map(|v| v.to_string()).unwrap_or_default() }</td>
                                    <td>{ p.average.map(|a| tend_core::words::decimal(a, 1)).unwrap_or_default() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </section>
    }
}

fn measure_section(status: &MeasureStatus) -> Html {
    let measure = &status.measure;
    html! {
        <section class="card chart-card" aria-label={measure.name.clone()}>
            <h3>{ &measure.name }</h3>
            { for measure.scales.iter().map(|scale| {
                let values: Vec<(NaiveDate, f64)> = status
                    .results
                    .iter()
                    .filter_map(|r| r.scores.iter().find(|s| s.scale == scale.id).map(|s| (r.result.day, s.value)))
                    .collect();
                let (Some(first), Some(last)) = (values.first(), values.last()) else { return html! {} };
                let (low, high) = measure.scale_range(scale);
                let mut from = low;
                let shades = scale.bands.iter().enumerate().map(|(i, band)| {
                    let to = band.up_to.unwrap_or(high);
                    let shade = Shade { from, to, class: BAND_CLASSES[i % 2] };
                    from = to;
                    shade
                }).collect();
                let chart = Chart {
                    first: first.0,
                    last: last.0,
                    y_min: low,
                    y_max: high,
                    shades,
                    dots: values.clone(),
                    line: values.iter().map(|(d, v)| (*d, Some(*v))).collect(),
                    first_label: short_date(first.0),
                    last_label: short_date(last.0),
                };
                let latest = status.results.last().and_then(|r| r.scores.iter().find(|s| s.scale == scale.id));
                html! {
                    <>
                        <h4>{ &scale.name }</h4>
                        { svg(&chart) }
                        if let Some(latest) = latest {
                            { super::measures::score_lines(measure, latest) }
                        }
                        <table>
                            <caption class="visually-hidden">{ &scale.name }</caption>
                            <thead><tr><th scope="col">{ t("insights-day") }</th><th scope="col">{ t("insights-score") }</th></tr></thead>
                            <tbody>
                                { for values.iter().map(|(d, v)| html! {
                                    <tr><th scope="row">{ long_date(*d) }</th><td>{ shown_value(*v) }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    </>
                }
            }) }
            <p class="hint">{ t("measure-screening") }</p>
        </section>
    }
}
