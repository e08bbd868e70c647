//! The private journal: a list with full-text search, and an editor that
//! saves as you type, so closing Tend mid-sentence loses nothing.

use super::practise::use_practice;
use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::{InPage, Route};
use crate::shared::Shared;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tend_core::entry::{EntryDraft, EntrySummary, parse_tags};
use tend_core::ipc::{
    DeleteEntry, DeletedEntries, Found, GetEntry, PathAction, PathActionRequest, RestoreEntry,
    SaveEntry, SearchEntries,
};
use tend_core::path::PathEventKind;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct JournalProps {
    /// An entry just deleted, which the page offers to restore.
    #[prop_or_default]
    pub(crate) deleted: Option<i64>,
}

#[function_component]
pub(crate) fn JournalPage(props: &JournalProps) -> Html {
    let shared = use_context::<Shared>();
    let query = use_state(String::new);
    let results = use_state(|| None::<Result<Found, String>>);
    let practice = use_practice();
    let deleted = use_state(Vec::<EntrySummary>::new);
    {
        let deleted = deleted.clone();
        use_effect_with(props.deleted, move |_| {
            spawn_local(async move {
                if let Ok(list) = invoke::<DeletedEntries>(&()).await {
                    deleted.set(list);
                }
            });
        });
    }
    {
        let results = results.clone();
        use_effect_with((*query).clone(), move |query| {
            let query = query.clone();
            spawn_local(async move {
                results.set(Some(
                    invoke::<SearchEntries>(&query)
                        .await
                        .map_err(|e| error_text(&e)),
                ));
            });
        });
    }
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(
                e.target_dyn_into::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
            );
        })
    };
    let undo = props.deleted.map(|id| {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            spawn_local(async move {
                if invoke::<RestoreEntry>(&id).await.is_ok() {
                    if let Some(s) = &shared {
                        s.announce.emit(t("journal-restored"));
                    }
                    Route::Entry { id }.go();
                }
            });
        })
    });
    let prompts: Vec<(String, String)> = match &practice {
        Some(Ok(view)) => view
            .catalogue
            .exercises
            .iter()
            .filter(|e| e.flags.writing)
            .map(|e| (e.id.clone(), e.title.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let searching = !query.trim().is_empty();
    html! {
        <>
            <PageHeading text={t("journal-title")} />
            <p class="subtitle">{ t("journal-private") }</p>
            if let Some(undo) = undo {
                <div class="card" role="status">
                    <p>{ t("journal-deleted") }</p>
                    <button class="button quiet" onclick={undo}>{ t("journal-undo") }</button>
                </div>
            }
            <div class="actions">
                <a class="button" href={Route::NewEntry.href()}>{ t("journal-new") }</a>
                <a class="button quiet" href={Route::Export.href()}>{ t("journal-export") }</a>
            </div>
            <div class="field">
                <label for="journal-search">{ t("journal-search") }</label>
                <input type="search" id="journal-search" value={(*query).clone()} {oninput} autocomplete="off" />
            </div>
            { match &*results {
                None => html! { <p>{ t("loading") }</p> },
                Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
                Some(Ok(found)) if found.count == 0 => html! {
                    <p role="status">{ t(if searching { "journal-no-match" } else { "journal-empty" }) }</p>
                },
                Some(Ok(found)) => html! {
                    <>
                        if searching {
                            <p role="status">{ tr("journal-found", &[("n", found.count.into())]) }</p>
                        }
                        // Written by tend-core (`screen_html::entries`).
                        { super::written(&found.html) }
                    </>
                },
            } }
            if !deleted.is_empty() {
                <section aria-labelledby="deleted-title">
                    <h2 id="deleted-title">{ t("journal-recently-deleted") }</h2>
                    <p class="hint">{ t("journal-recently-deleted-help") }</p>
                    <ul class="entries">
                        { for deleted.iter().map(|entry| {
                            let id = entry.id;
                            let title = if entry.title.is_empty() { t("journal-untitled") } else { entry.title.clone() };
                            let restore = {
                                let shared = shared.clone();
                                Callback::from(move |_: MouseEvent| {
                                    let shared = shared.clone();
                                    spawn_local(async move {
                                        if invoke::<RestoreEntry>(&id).await.is_ok() {
                                            if let Some(s) = &shared {
                                                s.announce.emit(t("journal-restored"));
                                            }
                                            Route::Entry { id }.go();
                                        }
                                    });
                                })
                            };
                            html! {
                                <li class="card">
                                    <p><strong>{ title.clone() }</strong></p>
                                    <button class="button quiet" onclick={restore}
                                        aria-label={tr("journal-restore-named", &[("title", title.into())])}>{ t("journal-restore") }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !prompts.is_empty() {
                <section aria-labelledby="prompts-title">
                    <h2 id="prompts-title">{ t("journal-prompts") }</h2>
                    <ul class="lengths">
                        { for prompts.into_iter().map(|(id, title)| {
                            let route = Route::WritePrompt { prompt: id };
                            html! { <li><a class="button quiet" href={route.href()}>{ title }</a></li> }
                        }) }
                    </ul>
                </section>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct EditorProps {
    #[prop_or_default]
    pub(crate) id: Option<i64>,
    #[prop_or_default]
    pub(crate) prompt: Option<String>,
    /// Written for this step of the guided path: the first save marks the
    /// step done, linked to the entry.
    #[prop_or_default]
    pub(crate) path_step: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum SaveState {
    Idle,
    Saving,
    Saved,
    Failed,
}

/// Saves the latest draft. At most one save is in flight; words typed
/// meanwhile are saved as soon as it returns, so a new entry is never
/// created twice and the last keystroke is always the one stored.
#[derive(Clone)]
struct Saver {
    draft: Rc<RefCell<EntryDraft>>,
    in_flight: Rc<Cell<bool>>,
    again: Rc<Cell<bool>>,
    status: UseStateHandle<SaveState>,
    error: UseStateHandle<Option<String>>,
    /// The path step still to mark done once the entry exists.
    path_step: Rc<RefCell<Option<String>>>,
}

impl Saver {
    /// The input handler of one field: show what was typed, put it in the
    /// draft with `apply`, and save.
    fn field(
        &self,
        shown: UseStateHandle<String>,
        apply: fn(&mut EntryDraft, &str),
    ) -> Callback<InputEvent> {
        let saver = self.clone();
        Callback::from(move |e: InputEvent| {
            // An input or a textarea: both carry `value`.
            let text = e
                .target()
                .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            apply(&mut saver.draft.borrow_mut(), &text);
            shown.set(text);
            saver.save();
        })
    }

    fn save(&self) {
        if self.in_flight.get() {
            self.again.set(true);
            return;
        }
        self.in_flight.set(true);
        self.status.set(SaveState::Saving);
        let me = self.clone();
        spawn_local(async move {
            loop {
                me.again.set(false);
                let draft = me.draft.borrow().clone();
                match invoke::<SaveEntry>(&draft).await {
                    Ok(entry) => me.draft.borrow_mut().id = Some(entry.id),
                    Err(e) => {
                        me.error.set(Some(error_text(&e)));
                        me.status.set(SaveState::Failed);
                        me.in_flight.set(false);
                        return;
                    }
                }
                if !me.again.get() {
                    break;
                }
            }
            me.in_flight.set(false);
            me.error.set(None);
            me.status.set(SaveState::Saved);
            let entry = me.draft.borrow().id;
            let step = me.path_step.borrow_mut().take();
            if let (Some(step), Some(entry)) = (step, entry) {
                let request = PathActionRequest {
                    kind: PathEventKind::Done,
                    step: Some(step.clone()),
                    entry: Some(entry),
                };
                if invoke::<PathAction>(&request).await.is_err() {
                    // Tried again with the next save.
                    *me.path_step.borrow_mut() = Some(step);
                }
            }
        });
    }
}

#[function_component]
pub(crate) fn EditorPage(props: &EditorProps) -> Html {
    let shared = use_context::<Shared>();
    let practice = use_practice();
    let draft = use_mut_ref(|| EntryDraft {
        id: props.id,
        prompt: props.prompt.clone(),
        ..EntryDraft::default()
    });
    let title = use_state(String::new);
    let body = use_state(String::new);
    let tags = use_state(String::new);
    let loaded = use_state(|| props.id.is_none());
    let status = use_state(|| SaveState::Idle);
    let error = use_state(|| None::<String>);
    let confirm = use_state(|| false);
    // The cells live as long as the page, not one render.
    let in_flight = use_memo((), |_| Rc::new(Cell::new(false)));
    let again = use_memo((), |_| Rc::new(Cell::new(false)));
    let path_step = use_memo((), |_| Rc::new(RefCell::new(props.path_step.clone())));
    let saver = Saver {
        draft: draft.clone(),
        in_flight: (*in_flight).clone(),
        again: (*again).clone(),
        status: status.clone(),
        error: error.clone(),
        path_step: (*path_step).clone(),
    };

    {
        let (draft, title, body, tags, loaded, error) = (
            draft.clone(),
            title.clone(),
            body.clone(),
            tags.clone(),
            loaded.clone(),
            error.clone(),
        );
        use_effect_with(props.id, move |id| {
            let Some(id) = *id else { return };
            spawn_local(async move {
                match invoke::<GetEntry>(&id).await {
                    Ok(entry) => {
                        title.set(entry.title.clone());
                        body.set(entry.body.clone());
                        tags.set(entry.tags.join(", "));
                        *draft.borrow_mut() = EntryDraft {
                            id: Some(entry.id),
                            title: entry.title,
                            body: entry.body,
                            prompt: entry.prompt,
                            tags: entry.tags,
                        };
                        loaded.set(true);
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        });
    }

    let on_title = saver.field(title.clone(), |d, text| d.title = text.to_owned());
    let on_body = saver.field(body.clone(), |d, text| d.body = text.to_owned());
    let on_tags = saver.field(tags.clone(), |d, text| d.tags = parse_tags(text));
    let delete = {
        let (draft, shared, error) = (draft.clone(), shared.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = draft.borrow().id else {
                Route::Journal.go();
                return;
            };
            let (shared, error) = (shared.clone(), error.clone());
            spawn_local(async move {
                match invoke::<DeleteEntry>(&id).await {
                    Ok(()) => {
                        if let Some(s) = &shared {
                            s.announce.emit(t("journal-deleted"));
                        }
                        Route::JournalDeleted { id }.go();
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };

    let prompt = props
        .prompt
        .clone()
        .or_else(|| draft.borrow().prompt.clone());
    let guide = match (&practice, prompt) {
        (Some(Ok(view)), Some(id)) => view.catalogue.get(&id).cloned(),
        _ => None,
    };
    let heading = match (&guide, props.id) {
        (Some(g), _) => g.title.clone(),
        (None, Some(_)) => t("journal-edit"),
        (None, None) => t("journal-new"),
    };
    let said = match *status {
        SaveState::Idle => String::new(),
        SaveState::Saving => t("journal-saving"),
        SaveState::Saved => t("journal-saved"),
        SaveState::Failed => t("journal-not-saved"),
    };
    html! {
        <>
            <PageHeading text={heading} />
            if let Some(g) = &guide {
                <section class="card" aria-labelledby="prompt-title">
                    <h2 id="prompt-title">{ t("journal-prompt") }</h2>
                    <ol>{ for g.lengths[0].steps.iter().map(|s| html! { <li>{ &s.text }</li> }) }</ol>
                    <ul class="cautions">{ for g.cautions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                </section>
            }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            if *loaded {
                <div class="field">
                    <label for="entry-title">{ t("journal-entry-title") }</label>
                    <input type="text" id="entry-title" maxlength="200" value={(*title).clone()} oninput={on_title} />
                </div>
                <div class="field">
                    <label for="entry-body">{ t("journal-entry-body") }</label>
                    <textarea id="entry-body" rows="14" value={(*body).clone()} oninput={on_body} spellcheck="true" />
                </div>
                // Shown, not announced: a screen reader would otherwise speak
                // "Saving" at every keystroke. A failure is announced as an alert.
                <div class="field">
                    <label for="entry-tags">{ t("journal-entry-tags") }</label>
                    <input type="text" id="entry-tags" value={(*tags).clone()} oninput={on_tags} autocomplete="off" />
                </div>
                <p class="hint">{ said }</p>
                <div class="actions">
                    <a class="button" href={Route::Journal.href()}>{ t("journal-done") }</a>
                    if *confirm {
                        <p>{ t("journal-confirm-delete") }</p>
                        <button class="button quiet" onclick={delete}>{ t("journal-delete-yes") }</button>
                        <button class="button quiet" onclick={{ let c = confirm.clone(); Callback::from(move |_| c.set(false)) }}>{ t("journal-delete-no") }</button>
                    } else {
                        <button class="button quiet" onclick={{ let c = confirm.clone(); Callback::from(move |_| c.set(true)) }}>{ t("journal-delete") }</button>
                    }
                </div>
            } else {
                <p>{ t("loading") }</p>
            }
        </>
    }
}
