//! Get help: one step from every screen. Helplines for the chosen country,
//! each with its hours as its source states them, the source page (as
//! text) and the day it was read there, or that it is not yet checked; the
//! emergency number; and the user's own contacts. A country we do not list
//! is never shown another country's numbers. The helplines are written by
//! the shell (`tend_core::screen_html::help_lines`); the country's choice
//! and her contacts are here.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::Route;
use crate::shared::use_shared;
use tend_core::ipc::{DeleteContact, Help, HelpView, SaveContact, SetCountry};
use tend_core::support::Contact;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[function_component]
pub(crate) fn HelpPage() -> Html {
    let shared = use_shared();
    let view = use_state(|| None::<HelpView>);
    let error = use_state(|| None::<String>);
    // The contact being written or changed, if any.
    let editing = use_state(|| None::<Contact>);
    {
        let view = view.clone();
        let error = error.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                match invoke::<Help>(&()).await {
                    Ok(v) => view.set(Some(v)),
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        });
    }
    // Runs a command that answers with the whole view, then announces.
    let apply = {
        let view = view.clone();
        let error = error.clone();
        let editing = editing.clone();
        let announce = shared.announce.clone();
        move |reply: Result<HelpView, tend_core::ApiError>, said: String| match reply {
            Ok(v) => {
                view.set(Some(v));
                error.set(None);
                editing.set(None);
                announce.emit(said);
            }
            Err(e) => error.set(Some(error_text(&e))),
        }
    };

    let Some(current) = (*view).clone() else {
        return html! {
            <>
                <PageHeading text={t("help-title")} />
                <p>{ t("help-urgent") }</p>
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                } else {
                    <p>{ t("loading") }</p>
                }
            </>
        };
    };
    let contacts = html! {
        <section aria-labelledby="help-own">
            <h2 id="help-own">{ t("help-own-title") }</h2>
            <p>{ t("help-own-intro") }</p>
            if current.contacts.is_empty() {
                <p class="hint">{ t("help-own-none") }</p>
            } else {
                <ul class="lines">
                    { for current.contacts.iter().map(|c| {
                        let edit = {
                            let editing = editing.clone();
                            let c = c.clone();
                            Callback::from(move |_| editing.set(Some(c.clone())))
                        };
                        let remove = {
                            let apply = apply.clone();
                            let id = c.id;
                            let name = c.name.clone();
                            Callback::from(move |_| {
                                let Some(id) = id else { return };
                                let apply = apply.clone();
                                let said = tr("help-contact-removed", &[("name", name.clone().into())]);
                                spawn_local(async move {
                                    apply(invoke::<DeleteContact>(&id).await, said);
                                });
                            })
                        };
                        html! {
                            <li class="line">
                                <span class="line-name">{ &c.name }</span>
                                <span class="number">{ &c.number }</span>
                                if !c.note.is_empty() { <span class="hint">{ &c.note }</span> }
                                <span class="actions">
                                    <button type="button" class="button quiet" onclick={edit}
                                        aria-label={tr("help-contact-change", &[("name", c.name.clone().into())])}>
                                        { t("help-change") }
                                    </button>
                                    <button type="button" class="button quiet" onclick={remove}
                                        aria-label={tr("help-contact-remove", &[("name", c.name.clone().into())])}>
                                        { t("help-remove") }
                                    </button>
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(draft) = (*editing).clone() {
                <ContactForm draft={draft} on_done={
                    let apply = apply.clone();
                    Callback::from(move |c: Contact| {
                        let apply = apply.clone();
                        let said = tr("help-contact-saved", &[("name", c.name.clone().into())]);
                        spawn_local(async move { apply(invoke::<SaveContact>(&c).await, said) });
                    })
                } on_cancel={
                    let editing = editing.clone();
                    Callback::from(move |()| editing.set(None))
                } />
            } else {
                <button type="button" class="button quiet" onclick={
                    let editing = editing.clone();
                    Callback::from(move |_| editing.set(Some(Contact::default())))
                }>{ t("help-add") }</button>
            }
        </section>
    };

    html! {
        <>
            <PageHeading text={t("help-title")} />
            <p class="urgent" id="help-emergency">{ &current.urgent }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <CountrySelect id="help-country" view={current.clone()} on_saved={
                let view = view.clone();
                Callback::from(move |v| view.set(Some(v)))
            } />
            // Written and escaped by tend-core from the helplines' data.
            { super::written(&current.lines) }
            { contacts }
            <p class="hint">{ t("help-private") }</p>
            <p><a href={Route::About.href()}>{ t("help-about-link") }</a></p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ContactFormProps {
    draft: Contact,
    on_done: Callback<Contact>,
    on_cancel: Callback<()>,
}

/// Adding or changing one contact: name, number, note.
#[function_component]
fn ContactForm(props: &ContactFormProps) -> Html {
    let draft = use_state(|| props.draft.clone());
    let field = |set: fn(&mut Contact, String)| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let mut next = (*draft).clone();
            set(&mut next, value);
            draft.set(next);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            done.emit((*draft).clone());
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let title = if props.draft.id.is_some() {
        t("help-form-change")
    } else {
        t("help-form-add")
    };
    html! {
        <form class="card" {onsubmit} aria-label={title.clone()}>
            <h3>{ title }</h3>
            <div class="field">
                <label for="contact-name">{ t("help-form-name") }</label>
                <input id="contact-name" type="text" maxlength="80" required=true
                    value={draft.name.clone()} oninput={field(|c, v| c.name = v)} />
            </div>
            <div class="field">
                <label for="contact-number">{ t("help-form-number") }</label>
                <input id="contact-number" type="text" inputmode="tel" maxlength="40"
                    value={draft.number.clone()} oninput={field(|c, v| c.number = v)} />
            </div>
            <div class="field">
                <label for="contact-note">{ t("help-form-note") }</label>
                <input id="contact-note" type="text" maxlength="300"
                    value={draft.note.clone()} oninput={field(|c, v| c.note = v)} />
            </div>
            <div class="actions">
                <button type="submit" class="button">{ t("help-form-save") }</button>
                <button type="button" class="button quiet" onclick={cancel}>{ t("help-form-cancel") }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct CountryProps {
    pub(crate) id: AttrValue,
    pub(crate) view: HelpView,
    pub(crate) on_saved: Callback<HelpView>,
}

/// The country whose helplines Get help shows; saved at once, announced.
#[function_component]
pub(crate) fn CountrySelect(props: &CountryProps) -> Html {
    let shared = use_shared();
    let error = use_state(|| None::<String>);
    let onchange = {
        let on_saved = props.on_saved.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(code) = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()) else {
                return;
            };
            let on_saved = on_saved.clone();
            let error = error.clone();
            let announce = shared.announce.clone();
            spawn_local(async move {
                match invoke::<SetCountry>(&code).await {
                    Ok(v) => {
                        error.set(None);
                        on_saved.emit(v);
                        announce.emit(t("help-country-saved"));
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ t("help-country") }</label>
            <select id={props.id.clone()} {onchange}>
                if props.view.country.is_none() {
                    <option value="" selected=true disabled=true>{ t("help-country-none") }</option>
                }
                { for props.view.countries.iter().map(|c| html! {
                    <option value={c.code.clone()} selected={Some(&c.code) == props.view.country.as_ref()}>{ &c.name }</option>
                }) }
            </select>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
        </div>
    }
}

/// The country setting on its own, for the Settings screen.
#[function_component]
pub(crate) fn CountrySetting() -> Html {
    let view = use_state(|| None::<HelpView>);
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                if let Ok(v) = invoke::<Help>(&()).await {
                    view.set(Some(v));
                }
            });
        });
    }
    match &*view {
        Some(current) => html! {
            <CountrySelect id="settings-country" view={current.clone()} on_saved={
                let view = view.clone();
                Callback::from(move |v| view.set(Some(v)))
            } />
        },
        None => html! {},
    }
}
