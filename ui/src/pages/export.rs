//! Export: a summary or a reflective-account draft built from chosen parts
//! with a live preview, saved through the system's dialog; and the whole
//! journal as a backup file or spreadsheets, with restoring from a backup.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use chrono::{Duration, NaiveDate};
use tend_core::backup::Counts;
use tend_core::entry::EntrySummary;
use tend_core::ipc::{
    DataExport, DocumentPreview, ExportSetup, ExportSetupView, ImportData, Imported,
    PreviewDocument, SaveData, SaveDocument, SaveDocumentRequest, Saved,
};
use tend_core::summary::{DocumentKind, DocumentRequest, Format};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Entries listed for picking at most; the period narrows the list.
const MAX_LISTED: usize = 200;

/// The quick periods, in days back from today.
const PERIODS: [(&str, i64); 3] = [
    ("export-last-month", 30),
    ("export-last-three-months", 91),
    ("export-last-year", 365),
];

fn long_date(day: NaiveDate) -> String {
    tend_core::dates::long_date(day)
}

/// Says what a save dialog came to: where the file went, that nothing was
/// saved, or why not.
fn show_saved(
    outcome: Result<Saved, tend_core::ApiError>,
    status: &UseStateHandle<Option<Result<String, String>>>,
    shared: &crate::shared::Shared,
) {
    match outcome {
        Ok(Saved::Saved { path }) => {
            let said = tr("export-saved", &[("path", path.into())]);
            shared.announce.emit(said.clone());
            status.set(Some(Ok(said)));
        }
        Ok(Saved::Cancelled) => status.set(Some(Ok(t("export-cancelled")))),
        Err(e) => status.set(Some(Err(error_text(&e)))),
    }
}

/// What the last save or restore came to: a status line, or an alert.
fn status_view(status: &Option<Result<String, String>>) -> Html {
    html! {
        <>
            <div role="status">
                if let Some(Ok(said)) = status { <p>{ said }</p> }
            </div>
            if let Some(Err(message)) = status {
                <p class="error" role="alert">{ message }</p>
            }
        </>
    }
}

fn added_text(added: &Counts, days_kept: usize) -> String {
    let mut said = tr(
        "export-import-added",
        &[
            ("checkins", added.checkins.into()),
            ("entries", added.entries.into()),
            ("sessions", added.sessions.into()),
            ("results", added.measure_results.into()),
            ("total", added.total().into()),
        ],
    );
    if days_kept > 0 {
        said.push(' ');
        said.push_str(&tr("export-import-kept", &[("days", days_kept.into())]));
    }
    said
}

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

#[function_component]
pub(crate) fn ExportPage() -> Html {
    let shared = use_shared();
    let setup = use_state(|| None::<Result<ExportSetupView, String>>);
    let request = use_state(|| None::<DocumentRequest>);
    let format = use_state(|| Format::Pdf);
    let shown = use_state(|| None::<Result<DocumentPreview, String>>);
    let status = use_state(|| None::<Result<String, String>>);
    let understood = use_state(|| false);
    {
        let setup = setup.clone();
        let request = request.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                let loaded = invoke::<ExportSetup>(&()).await.map_err(|e| error_text(&e));
                if let Ok(view) = &loaded {
                    request.set(Some(DocumentRequest {
                        kind: DocumentKind::Summary,
                        from: view.today - Duration::days(PERIODS[1].1 - 1),
                        to: view.today,
                        checkins: true,
                        measures: true,
                        practice: true,
                        entries: Vec::new(),
                        path: false,
                    }));
                }
                setup.set(Some(loaded));
            });
        });
    }
    {
        let shown = shown.clone();
        use_effect_with((*request).clone(), move |request| {
            if let Some(request) = request.clone() {
                spawn_local(async move {
                    shown.set(Some(
                        invoke::<PreviewDocument>(&request)
                            .await
                            .map_err(|e| error_text(&e)),
                    ));
                });
            }
        });
    }
    let heading = html! { <PageHeading text={t("export-title")} /> };
    let (view, current) = match (&*setup, &*request) {
        (Some(Ok(view)), Some(current)) => (view.clone(), current.clone()),
        (Some(Err(message)), _) => {
            return html! { <>{ heading }<p class="error" role="alert">{ message }</p></> };
        }
        _ => return html! { <>{ heading }<p>{ t("loading") }</p></> },
    };
    // Changes the request; the preview follows.
    let change = {
        let request = request.clone();
        let current = current.clone();
        move |edit: Box<dyn Fn(&mut DocumentRequest)>| {
            let mut next = current.clone();
            edit(&mut next);
            request.set(Some(next));
        }
    };
    let change = std::rc::Rc::new(change);
    let is_summary = current.kind == DocumentKind::Summary;

    let kinds = [
        (
            DocumentKind::Summary,
            "export-kind-summary",
            "export-kind-summary-hint",
        ),
        (
            DocumentKind::Reflection,
            "export-kind-reflection",
            "export-kind-reflection-hint",
        ),
    ];
    let kind_choice = html! {
        <fieldset>
            <legend>{ t("export-kind") }</legend>
            <div class="choices stacked">
                { for kinds.iter().map(|(kind, label, hint)| {
                    let kind = *kind;
                    let change = change.clone();
                    let onchange = Callback::from(move |_: Event| {
                        change(Box::new(move |r: &mut DocumentRequest| r.kind = kind));
                    });
                    html! {
                        <label class="choice">
                            <input type="radio" name="export-kind" checked={current.kind == kind} {onchange} />
                            <span>{ t(label) }<span class="hint block">{ t(hint) }</span></span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    };

    let date_input = |id: &'static str, label: &'static str, value: NaiveDate, from: bool| {
        let change = change.clone();
        let onchange = Callback::from(move |e: Event| {
            let typed = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| tend_core::wire::parse_date(&i.value()));
            if let Some(day) = typed {
                change(Box::new(move |r: &mut DocumentRequest| {
                    if from {
                        r.from = day;
                    } else {
                        r.to = day;
                    }
                }));
            }
        });
        html! {
            <div class="field">
                <label for={id}>{ t(label) }</label>
                <input type="date" id={id} value={value.to_string()} {onchange} />
            </div>
        }
    };
    let period = html! {
        <fieldset>
            <legend>{ t("export-period-legend") }</legend>
            <div class="choices">
                { for PERIODS.iter().map(|(label, days)| {
                    let change = change.clone();
                    let today = view.today;
                    let days = *days;
                    let onclick = Callback::from(move |_: MouseEvent| {
                        change(Box::new(move |r: &mut DocumentRequest| {
                            r.from = today - Duration::days(days - 1);
                            r.to = today;
                        }));
                    });
                    html! { <button type="button" class="button quiet" {onclick}>{ t(label) }</button> }
                }) }
            </div>
            <div class="dates">
                { date_input("export-from", "export-from", current.from, true) }
                { date_input("export-to", "export-to", current.to, false) }
            </div>
            if !is_summary {
                <p class="hint">{ t("export-period-reflection-hint") }</p>
            }
        </fieldset>
    };

    let sections = [
        ("export-section-checkins", current.checkins, 0),
        ("export-section-measures", current.measures, 1),
        ("export-section-practice", current.practice, 2),
        ("export-section-path", current.path, 3),
    ];
    let section_choice = html! {
        <fieldset>
            <legend>{ t("export-sections") }</legend>
            <div class="choices stacked">
                { for sections.iter().map(|(label, on, which)| {
                    let change = change.clone();
                    let which = *which;
                    let onchange = Callback::from(move |_: Event| {
                        change(Box::new(move |r: &mut DocumentRequest| match which {
                            0 => r.checkins = !r.checkins,
                            1 => r.measures = !r.measures,
                            2 => r.practice = !r.practice,
                            _ => r.path = !r.path,
                        }));
                    });
                    html! {
                        <label class="choice">
                            <input type="checkbox" checked={*on} {onchange} />
                            { t(label) }
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    };

    let days: std::collections::BTreeMap<i64, NaiveDate> =
        view.entry_days.iter().copied().collect();
    let in_period: Vec<&EntrySummary> = view
        .entries
        .iter()
        .filter(|e| {
            let d = days.get(&e.id).copied().unwrap_or(e.updated_at.date());
            d >= current.from && d <= current.to
        })
        .collect();
    let entry_choice = html! {
        <fieldset>
            <legend>{ t("export-entries-legend") }</legend>
            <p class="hint">{ t("export-entries-hint") }</p>
            if in_period.is_empty() {
                <p>{ t("export-entries-none") }</p>
            }
            <div class="choices stacked">
                { for in_period.iter().take(MAX_LISTED).map(|entry| {
                    let id = entry.id;
                    let change = change.clone();
                    let onchange = Callback::from(move |_: Event| {
                        change(Box::new(move |r: &mut DocumentRequest| {
                            if let Some(i) = r.entries.iter().position(|e| *e == id) {
                                r.entries.remove(i);
                            } else {
                                r.entries.push(id);
                            }
                        }));
                    });
                    html! {
                        <label class="choice">
                            <input type="checkbox" checked={current.entries.contains(&id)} {onchange} />
                            { entry_label(entry) }
                        </label>
                    }
                }) }
            </div>
            if in_period.len() > MAX_LISTED {
                <p class="hint">{ tr("export-entries-more", &[("shown", MAX_LISTED.into()), ("count", in_period.len().into())]) }</p>
            }
        </fieldset>
    };

    let format_choice = html! {
        <fieldset>
            <legend>{ t("export-format") }</legend>
            <div class="choices">
                { for Format::ALL.iter().map(|f| {
                    let f = *f;
                    let chosen = *format == f;
                    let format = format.clone();
                    let onchange = Callback::from(move |_: Event| format.set(f));
                    html! {
                        <label class="choice">
                            <input type="radio" name="export-format" checked={chosen} {onchange} />
                            { t(&format!("export-format-{}", f.id())) }
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    };

    let on_understood = {
        let understood = understood.clone();
        Callback::from(move |_: Event| understood.set(!*understood))
    };
    let on_save = {
        let status = status.clone();
        let understood = *understood;
        let shared = shared.clone();
        let current = current.clone();
        let format = *format;
        Callback::from(move |_: MouseEvent| {
            if current.kind == DocumentKind::Reflection && !understood {
                status.set(Some(Err(t("export-understood-needed"))));
                return;
            }
            let status = status.clone();
            let shared = shared.clone();
            let request = SaveDocumentRequest {
                document: current.clone(),
                format,
            };
            spawn_local(async move {
                let outcome = invoke::<SaveDocument>(&request).await;
                show_saved(outcome, &status, &shared);
            });
        })
    };
    let save_label = tr(
        "export-save",
        &[(
            "format",
            t(&format!("export-format-{}", format.id())).into(),
        )],
    );

    let preview_body = match &*shown {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        // Written and escaped by tend-core (`summary::preview_html`) from the
        // same blocks as the saved file.
        Some(Ok(doc)) => super::written(&doc.html),
    };

    html! {
        <>
            { heading }
            <p>{ t("export-intro") }</p>
            <section aria-labelledby="export-document">
                <h2 id="export-document">{ t("export-document") }</h2>
                { kind_choice }
                { period }
                if is_summary { { section_choice } }
                { entry_choice }
                { format_choice }
                if !is_summary {
                    <p class="warning" id="export-identifiable">{ t("export-reflection-warning") }</p>
                    <label class="choice">
                        <input type="checkbox" checked={*understood} onchange={on_understood}
                            aria-describedby="export-identifiable" />
                        { t("export-understood") }
                    </label>
                }
                <div class="actions">
                    <button type="button" class="button" onclick={on_save}>{ save_label }</button>
                </div>
                { status_view(&status) }
            </section>
            <section aria-labelledby="export-preview">
                <h2 id="export-preview">{ t("export-preview") }</h2>
                <p class="hint">{ t("export-preview-hint") }</p>
                <div class="paper" role="region" aria-label={t("export-preview-label")}>
                    { preview_body }
                </div>
            </section>
            <DataSection />
        </>
    }
}

/// The whole journal out, and a backup file in.
#[function_component]
fn DataSection() -> Html {
    let shared = use_shared();
    let status = use_state(|| None::<Result<String, String>>);
    let save = |what: DataExport| {
        let status = status.clone();
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let shared = shared.clone();
            spawn_local(async move {
                let outcome = invoke::<SaveData>(&what).await;
                show_saved(outcome, &status, &shared);
            });
        })
    };
    let on_import = {
        let status = status.clone();
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let shared = shared.clone();
            spawn_local(async move {
                match invoke::<ImportData>(&()).await {
                    Ok(Imported::Added { added, days_kept }) => {
                        let said = added_text(&added, days_kept);
                        shared.announce.emit(said.clone());
                        status.set(Some(Ok(said)));
                    }
                    Ok(Imported::Cancelled) => status.set(Some(Ok(t("export-cancelled")))),
                    Err(e) => status.set(Some(Err(match &e.said {
                        Some(said) => tr("import-failed", &[("detail", said.text().into())]),
                        None => error_text(&e),
                    }))),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="export-data">
            <h2 id="export-data">{ t("export-data") }</h2>
            <p>{ t("export-data-intro") }</p>
            if matches!(&shared.today, crate::shared::Load::Ready(v) if v.lock_on) {
                <p class="hint">{ t("export-not-locked") }</p>
            }
            <div class="actions">
                <button type="button" class="button" onclick={save(DataExport::Backup)}>{ t("export-save-backup") }</button>
                <button type="button" class="button quiet" onclick={save(DataExport::Spreadsheets)}>{ t("export-save-spreadsheets") }</button>
            </div>
            <p class="hint">{ t("export-import-intro") }</p>
            <div class="actions">
                <button type="button" class="button quiet" onclick={on_import}>{ t("export-import") }</button>
            </div>
            { status_view(&status) }
        </section>
    }
}
