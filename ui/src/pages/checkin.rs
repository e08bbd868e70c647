//! The daily check-in: six sliders, a context, tags and a one-line note.
//! Every control works by keyboard and touch; arrow keys move a slider by
//! 1 and Page Up / Page Down by 2.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::{InPage, Route};
use crate::shared::{ready, use_shared};
use std::rc::Rc;
use tend_core::checkin::{MAX_NOTE_CHARS, MAX_RATING};
use tend_core::ipc::{SaveCheckIn, TodayView};
use tend_core::{CheckIn, CheckInDraft, Context, Item, Tag};
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How far Page Up and Page Down move a slider.
const PAGE_STEP: i32 = 2;

#[function_component]
pub(crate) fn CheckInPage() -> Html {
    let shared = use_shared();
    match ready(&shared) {
        Ok(view) => html! { <CheckInForm view={view} /> },
        Err(waiting) => html! { <><PageHeading text={t("checkin-title")} />{ waiting }</> },
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    view: Rc<TodayView>,
}

/// One change to the draft; the rules for each live in tend-core.
enum Edit {
    Set(Item, i32),
    Step(Item, i32),
    Context(Context),
    Tag(Tag, bool),
    Note(String),
}

/// The draft as a reducer: each edit applies to the latest draft, even when
/// several arrive before the next render (a held-down arrow key).
#[derive(PartialEq)]
struct Draft(CheckInDraft);

impl Reducible for Draft {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        Rc::new(Draft(apply(&self.0, edit)))
    }
}

fn apply(draft: &CheckInDraft, edit: Edit) -> CheckInDraft {
    let mut next = draft.clone();
    match edit {
        Edit::Set(item, value) => next.ratings.set(item, value),
        Edit::Step(item, delta) => next.ratings.step(item, delta),
        Edit::Context(context) => next.context = Some(context),
        Edit::Tag(tag, true) => {
            if !next.tags.contains(&tag) {
                next.tags.push(tag);
            }
        }
        Edit::Tag(tag, false) => next.tags.retain(|t| *t != tag),
        Edit::Note(note) => next.note = note,
    }
    next
}

#[function_component]
fn CheckInForm(props: &FormProps) -> Html {
    let shared = use_shared();
    let editing = props.view.checkin.is_some();
    let draft = {
        let start = props
            .view
            .checkin
            .as_ref()
            .map(CheckIn::to_draft)
            .unwrap_or_default();
        use_reducer(move || Draft(start))
    };
    let saving = use_state(|| false);
    let error = use_state(|| None::<String>);

    let edit = {
        let dispatcher = draft.dispatcher();
        Callback::from(move |e: Edit| dispatcher.dispatch(e))
    };

    let onsubmit = {
        let draft = draft.clone();
        let saving = saving.clone();
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *saving {
                return;
            }
            saving.set(true);
            let request = draft.0.clone();
            let (saving, error, shared) = (saving.clone(), error.clone(), shared.clone());
            spawn_local(async move {
                match invoke::<SaveCheckIn>(&request).await {
                    Ok(view) => {
                        shared.set_today.emit(view);
                        shared.announce.emit(t("checkin-saved"));
                        Route::Today.go();
                    }
                    Err(e) => {
                        error.set(Some(error_text(&e)));
                        saving.set(false);
                    }
                }
            });
        })
    };

    let note_count = draft.0.note.chars().count();
    html! {
        <>
            <PageHeading text={t("checkin-title")} />
            <p class="subtitle">{ t(if editing { "checkin-edit-intro" } else { "checkin-intro" }) }</p>
            <form {onsubmit} novalidate=true>
                { for Item::ALL.iter().map(|item| html! {
                    { rating(*item, draft.0.ratings.get(*item), &edit) }
                }) }

                <fieldset>
                    <legend>{ t("checkin-context") }</legend>
                    <div class="choices">
                        { for Context::ALL.iter().map(|context| {
                            let context = *context;
                            let onchange = edit.reform(move |_: Event| Edit::Context(context));
                            html! {
                                <label class="choice">
                                    <input type="radio" name="context" value={context.id()}
                                        checked={draft.0.context == Some(context)} {onchange} />
                                    { t(&format!("context-{}", context.id())) }
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>

                <fieldset>
                    <legend>{ t("checkin-tags") }</legend>
                    <div class="choices">
                        { for Tag::ALL.iter().map(|tag| {
                            let tag = *tag;
                            let onchange = edit.reform(move |e: Event| {
                                let on = e.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                                Edit::Tag(tag, on)
                            });
                            html! {
                                <label class="choice">
                                    <input type="checkbox" value={tag.id()}
                                        checked={draft.0.tags.contains(&tag)} {onchange} />
                                    { t(&format!("tag-{}", tag.id())) }
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>

                <div class="field">
                    <label for="note">{ t("checkin-note") }</label>
                    <input type="text" id="note" autocomplete="off" spellcheck="true"
                        maxlength={MAX_NOTE_CHARS.to_string()} aria-describedby="note-count"
                        value={draft.0.note.clone()}
                        oninput={edit.reform(|e: InputEvent| {
                            let text = e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                            Edit::Note(text)
                        })} />
                    <p class="hint" id="note-count">
                        { tr("checkin-note-count", &[("count", note_count.into()), ("max", MAX_NOTE_CHARS.into())]) }
                    </p>
                </div>

                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                <button type="submit" class="button" disabled={*saving}>
                    { t(match (*saving, editing) {
                        (true, _) => "checkin-saving",
                        (false, true) => "checkin-save-changes",
                        (false, false) => "checkin-save",
                    }) }
                </button>
            </form>
        </>
    }
}

/// One 0 to 10 slider with its question, its number and both ends in words.
fn rating(item: Item, value: u8, edit: &Callback<Edit>) -> Html {
    let id = format!("rating-{}", item.id());
    let ends = format!("{id}-ends");
    let oninput = edit.reform(move |e: InputEvent| {
        let value = e
            .target_dyn_into::<HtmlInputElement>()
            .and_then(|i| i.value().parse::<i32>().ok())
            .unwrap_or(0);
        Edit::Set(item, value)
    });
    let onkeydown = {
        let edit = edit.clone();
        Callback::from(move |e: KeyboardEvent| {
            let delta = match e.key().as_str() {
                "PageUp" => PAGE_STEP,
                "PageDown" => -PAGE_STEP,
                _ => return,
            };
            e.prevent_default();
            edit.emit(Edit::Step(item, delta));
        })
    };
    let spoken = tr("checkin-value", &[("value", value.into())]);
    html! {
        <div class="rating">
            <label for={id.clone()}>{ t(&format!("checkin-item-{}", item.id())) }</label>
            <div class="rating-row">
                <input type="range" id={id.clone()} min="0" max={MAX_RATING.to_string()} step="1"
                    value={value.to_string()} aria-valuetext={spoken}
                    aria-describedby={ends.clone()} {oninput} {onkeydown} />
                <output for={id} aria-hidden="true">{ value }</output>
            </div>
            <div class="ends" id={ends}>
                <span>{ t(&format!("checkin-low-{}", item.id())) }</span>
                <span>{ t(&format!("checkin-high-{}", item.id())) }</span>
            </div>
        </div>
    }
}
