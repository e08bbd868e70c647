//! Parts of screens the shell writes as HTML (`tend_core::screen_html`),
//! asked for and put in place by one component, which is also the one
//! driver of the forms among them; and the two screens that are nothing
//! else below their heading: About and the questionnaires.
//!
//! A written form names itself in `data-form`. When she sends it (a button,
//! or Enter in a field), or changes one of its fields in a form marked
//! `data-live`, the driver reads what all its fields hold (with the button
//! that sent it), sends them to the shell (`SubmitForm`), and puts the
//! shell's answer in place: the part, or only that form, written again as
//! saved; what to tell her; Today's state when that changed. The shell
//! reads the fields (`tend_core::forms`); the page knows nothing of what
//! they mean.

use super::form_dom::{focus_heading, form_of, working, write_inside};
use super::{PageHeading, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use crate::shared::{Shared, use_shared};
use std::cell::RefCell;
use std::rc::Rc;
use tend_core::ApiError;
use tend_core::ipc::{
    AboutTend, BackupsForm, CountryForm, ExportLog, ExportScreen, FormFields, FormReply,
    HelpScreen, LanguageForm, MeasureScreen, MeasuresList, PrivacyScreen, RemindersScreen,
    SettingsForm, SubmitForm, WelcomeForm,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// HTML the shell wrote (`tend_core::screen_html`, every text escaped, no
/// style, script or handler), put in place as it comes.
pub(crate) fn written(html: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.to_owned()))
}

/// Which part the shell writes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Part {
    /// About Tend below its heading, with the credits and licences.
    About,
    /// Each questionnaire: whether it is offered and due, her last result.
    Measures,
    /// What has left the device (Settings).
    ExportLog,
    /// Settings' own choices, a form.
    Settings,
    /// The Reminders screen below its heading, forms each.
    Reminders,
    /// The Export screen below its heading: the document and the data.
    Export,
    /// Settings' choice of language.
    Language,
    /// The automatic backups; the daily ones only when `true` (for a
    /// journal that could not be opened).
    Backups(bool),
    /// Get help below its heading.
    Help,
    /// The country of her helplines, for Settings.
    Country,
    /// The privacy lock below its heading.
    Privacy,
    /// One questionnaire, by its id, below the questionnaires' heading.
    Measure(String),
    /// The first-run welcome, on Today.
    Welcome,
}

impl Part {
    /// Whether the part is asked for again when the tray changes what
    /// screens show; not one that holds what she is in the middle of (a
    /// recovery key shown once, half-answered questions, the welcome).
    fn follows_the_tray(&self) -> bool {
        !matches!(self, Part::Privacy | Part::Measure(_) | Part::Welcome)
    }

    async fn ask(&self) -> Result<String, ApiError> {
        match self {
            Part::About => invoke::<AboutTend>(&()).await,
            Part::Measures => invoke::<MeasuresList>(&()).await,
            Part::ExportLog => invoke::<ExportLog>(&()).await,
            Part::Settings => invoke::<SettingsForm>(&()).await,
            Part::Reminders => invoke::<RemindersScreen>(&()).await,
            Part::Export => invoke::<ExportScreen>(&()).await,
            Part::Language => invoke::<LanguageForm>(&()).await,
            Part::Backups(daily_only) => invoke::<BackupsForm>(daily_only).await,
            Part::Help => invoke::<HelpScreen>(&()).await,
            Part::Country => invoke::<CountryForm>(&()).await,
            Part::Privacy => invoke::<PrivacyScreen>(&()).await,
            Part::Measure(id) => invoke::<MeasureScreen>(id).await,
            Part::Welcome => invoke::<WelcomeForm>(&()).await,
        }
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct WrittenProps {
    pub(crate) part: Part,
}

/// One part's state, shared with the replies that change it.
#[derive(Clone)]
struct Handles {
    part: Part,
    html: UseStateHandle<Option<Result<String, String>>>,
    /// A refusal, and the id of the form it was about.
    error: UseStateHandle<Option<(String, String)>>,
    shared: Shared,
    holder: NodeRef,
    sending: Rc<RefCell<Sending>>,
}

/// Forms on their way: one at a time, so the journal saves her changes in
/// the order she made them; those made meanwhile wait their turn.
#[derive(Default)]
struct Sending {
    busy: bool,
    /// The id of the form a button sent, until its answer comes: sent
    /// again meanwhile (a second press while the lock is turned on), it is
    /// not sent twice.
    pressed: Option<String>,
    waiting: std::collections::VecDeque<(FormFields, String)>,
    /// The control to give focus back to once the part is written again.
    focus: Option<String>,
    /// How many times the part has been written: the page writes it anew
    /// each time, even when the shell's HTML is what it was, since her
    /// change may still stand in the page when the shell refused it.
    written: u32,
}

impl Handles {
    /// Asks for the part (again).
    fn load(&self) {
        let this = self.clone();
        spawn_local(async move {
            let reply = this.part.ask().await;
            this.put(reply.map_err(|e| error_text(&e)));
        });
    }

    /// Sends a form (named by its element's id, since the form may be
    /// written anew before its answer comes), or has it wait behind the
    /// one on its way.
    fn send(&self, fields: FormFields, form: String) {
        {
            let mut sending = self.sending.borrow_mut();
            if fields.sent {
                if sending.pressed.as_ref() == Some(&form) {
                    return;
                }
                sending.pressed = Some(form.clone());
                working(&form, true);
            }
            if sending.busy {
                sending.waiting.push_back((fields, form));
                return;
            }
            sending.busy = true;
        }
        let this = self.clone();
        spawn_local(async move {
            let (mut fields, mut form) = (fields, form);
            loop {
                let reply = invoke::<SubmitForm>(&fields).await;
                let next = this.sending.borrow_mut().waiting.pop_front();
                // An answer is put in place unless the same form, changed
                // again since, is next: its answer will say more. A form a
                // button sent is never passed over (its answer may be a
                // recovery key shown once).
                let superseded =
                    reply.is_ok() && !fields.sent && next.as_ref().is_some_and(|(_, f)| *f == form);
                if fields.sent {
                    this.sending.borrow_mut().pressed = None;
                }
                if !superseded {
                    this.answered(reply, &form);
                }
                match next {
                    Some(waiting) => (fields, form) = waiting,
                    None => break,
                }
            }
            this.sending.borrow_mut().busy = false;
        });
    }

    fn answered(&self, reply: Result<FormReply, ApiError>, form: &str) {
        working(form, false);
        match reply {
            Ok(mut reply) => {
                // Her refusal stays until the form it was about is saved,
                // or is gone from the part written anew.
                let stale = |(f, _): &(String, String)| {
                    f == form
                        || (reply.target.is_none() && !reply.html.contains(&format!("id=\"{f}\"")))
                };
                if self.error.as_ref().is_some_and(stale) {
                    self.error.set(None);
                }
                // Nothing left to show (the welcome, answered): her focus
                // goes to the screen's heading.
                let done = reply.target.is_none() && reply.html.is_empty();
                let target = reply.target.as_deref().map(|id| {
                    web_sys::window().and_then(|w| w.document()).and_then(|d| {
                        Some((d.get_element_by_id(id)?, d.create_element("div").ok()?))
                    })
                });
                match target {
                    None => self.put(Ok(std::mem::take(&mut reply.html))),
                    Some(Some((element, written))) => {
                        // Only this element changed: the rest of the part,
                        // and what she has begun elsewhere in it, stays.
                        self.keep_focus();
                        written.set_inner_html(&reply.html);
                        if let Some(new) = written.first_element_child() {
                            write_inside(&element, &new);
                        }
                        self.give_focus_back();
                    }
                    Some(None) => self.load(),
                }
                if let Some(today) = reply.today.take() {
                    self.shared.set_today.emit(today);
                }
                if let Some(language) = reply.language.take() {
                    self.shared.set_language.emit(language);
                }
                if !reply.said.is_empty() {
                    self.shared.announce.emit(std::mem::take(&mut reply.said));
                }
                if done {
                    focus_heading();
                }
            }
            Err(e) => {
                // Nothing was saved: say so, and leave what she entered
                // as it is, for her to put right.
                self.error.set(Some((form.to_owned(), error_text(&e))));
            }
        }
    }

    /// Writes the part anew, focus kept.
    fn put(&self, html: Result<String, String>) {
        self.keep_focus();
        self.sending.borrow_mut().written += 1;
        self.html.set(Some(html));
    }

    /// Gives focus back to the control that had it, by its id; when that
    /// control is gone (a reminder deleted, a form closed), to the one the
    /// shell marked `data-focus`, else to the part itself. A control the
    /// shell marked `data-focus-now` (a screen's heading as it opens, the first
    /// question left unanswered)
    /// takes it instead, once.
    fn give_focus_back(&self) {
        let holder = self.holder.cast::<Element>();
        let noted = self.sending.borrow_mut().focus.take();
        let now = holder
            .as_ref()
            .and_then(|h| h.query_selector("[data-focus-now]").ok().flatten());
        let control = match (now, noted) {
            (Some(now), _) => {
                let _ = now.remove_attribute("data-focus-now");
                Some(now)
            }
            (None, Some(id)) => web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
                .or_else(|| holder.as_ref()?.query_selector("[data-focus]").ok()?)
                .or(holder),
            (None, None) => None,
        };
        if let Some(control) = control.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = control.focus();
        }
    }

    /// Notes which of the part's controls has focus, to give it back when
    /// the part is written again.
    fn keep_focus(&self) {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let inside = self.holder.cast::<Element>();
        if let (Some(focused), Some(inside)) = (focused, inside)
            && inside.contains(Some(&focused))
            && !focused.id().is_empty()
        {
            self.sending.borrow_mut().focus = Some(focused.id());
        }
    }
}

/// A part the shell writes: asked for once, "loading" until it comes, the
/// error in her words if it cannot come; its forms sent as she changes
/// them.
#[function_component]
pub(crate) fn FromShell(props: &WrittenProps) -> Html {
    let handles = Handles {
        part: props.part.clone(),
        html: use_state(|| None),
        error: use_state(|| None),
        shared: use_shared(),
        holder: use_node_ref(),
        sending: use_mut_ref(Sending::default),
    };
    {
        // Asked for again when the tray changed what a part may show.
        let handles = handles.clone();
        let changes = if handles.part.follows_the_tray() {
            handles.shared.outside_changes
        } else {
            0
        };
        use_effect_with((props.part.clone(), changes), move |_| handles.load());
    }
    {
        // Once the part is written again, focus goes back where it was.
        let handles = handles.clone();
        use_effect(move || handles.give_focus_back());
    }
    let onchange = {
        let handles = handles.clone();
        Callback::from(move |e: Event| {
            if let Some((fields, form)) = form_of(&e, None) {
                handles.send(fields, form);
            }
        })
    };
    let onsubmit = {
        let handles = handles.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some((fields, form)) = form_of(&e, e.submitter()) {
                handles.send(fields, form);
            }
        })
    };
    // Get help says what to do in danger even before (or without) the rest.
    let first = (handles.part == Part::Help).then(|| html! { <p>{ t("help-urgent") }</p> });
    let body = match &*handles.html {
        None => html! { <>{ first }<p>{ t("loading") }</p></> },
        Some(Err(message)) => html! { <>{ first }<p class="error" role="alert">{ message }</p></> },
        Some(Ok(html)) => written(html),
    };
    // A new key each time it is written: the part is made anew.
    let written = handles.sending.borrow().written;
    html! {
        <div key={written} ref={handles.holder.clone()} tabindex="-1" {onchange} {onsubmit}>
            if let Some((_, message)) = &*handles.error {
                <p class="error" role="alert">{ message }</p>
            }
            { body }
        </div>
    }
}

/// About Tend: what it is and is not, and the credits and licences for
/// the questionnaires, the exercises and the typeface.
pub(crate) fn about_page() -> Html {
    html! {
        <>
            <PageHeading text={t("about-title")} />
            <FromShell part={Part::About} />
        </>
    }
}

/// The questionnaires: which are offered and due, her last result in
/// plain words, always as screening and never a diagnosis.
pub(crate) fn measures_page() -> Html {
    html! {
        <>
            <PageHeading text={t("measures-title")} />
            <p>{ t("measures-intro") }</p>
            <FromShell part={Part::Measures} />
        </>
    }
}
