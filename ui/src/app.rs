//! The app: loads today's state once, then shows either the journal-error
//! screen or the pages behind the navigation.

use crate::i18n::t;
use crate::ipc::{Pending, invoke, start};
use crate::pages::{
    CheckInPage, EditorPage, InsightsPage, JournalPage, LockScreen, PathPage, PathWritePage,
    PlayerPage, PractisePage, SettingsPage, TodayPage, about_page, export_page, help_page,
    journal_unavailable, measure_page, measures_page, privacy_page, reminders_page,
};
use crate::route::{Route, Router, use_route};
use crate::shared::{Load, Shared, speak, use_shared};
use std::cell::RefCell;
use std::rc::Rc;
use tend_core::ipc::{LanguageView, LockNow, Messages, Today};
use tend_core::{ApiError, Preferences, Theme};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The DOM event the shell sends when it changed the journal from outside
/// the window.
const REFRESH_EVENT: &str = "tend-refresh";
/// How long the page may wait, wordless, for her language and Today.
const WORDLESS_AT_MOST_MS: i32 = 1500;

/// The DOM event the shell sends when it closed the locked journal.
const LOCKED_EVENT: &str = "tend-locked";

fn locked() -> ApiError {
    ApiError::new(tend_core::ErrorCode::Locked, "locked")
}

/// Calls `f` whenever the window receives the DOM event `name`.
#[hook]
fn use_window_event(name: &'static str, f: Callback<()>) {
    use_effect_with((), move |_| {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || f.emit(()));
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ =
                    w.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            }
        }
    });
}

thread_local! {
    /// Her language and Today, asked for before the first render.
    static FIRST: RefCell<Option<(Pending<Messages>, Pending<Today>)>> =
        const { RefCell::new(None) };
}

/// Sends the two requests the first screen waits for, so that the shell
/// answers while the page is still starting.
pub(crate) fn ask_early() {
    FIRST.with(|first| {
        *first.borrow_mut() = Some((start::<Messages>(&()), start::<Today>(&())));
    });
}

#[function_component]
pub(crate) fn App() -> Html {
    let load = use_state(|| Load::Loading);
    let language = use_state(|| None::<Rc<LanguageView>>);
    let announcement = use_state(String::new);
    let outside_changes = use_reducer(|| Counter(0));
    {
        let changes = outside_changes.dispatcher();
        use_window_event(
            REFRESH_EVENT,
            Callback::from(move |()| changes.dispatch(())),
        );
    }
    {
        // The shell closed the locked journal (idle, or "Hide now").
        let load = load.clone();
        use_window_event(
            LOCKED_EVENT,
            Callback::from(move |()| load.set(Load::Failed(locked()))),
        );
    }
    // Whether the shell has answered for her messages: the page holds no
    // words of its own, so it says nothing before.
    let heard = use_state(|| false);
    {
        let load = load.clone();
        let language = language.clone();
        let heard = heard.clone();
        use_effect_with(outside_changes.0, move |_| {
            // At launch both requests have been in flight since before
            // yew started (`ask_early`): the shell set her language before
            // the page loaded. Later (after an unlock, say) Today is asked
            // for once her language is set again, so it is worded in it.
            let first = FIRST.with(|first| first.borrow_mut().take());
            spawn_local(async move {
                let (messages, early_today) = match first {
                    Some((messages, today)) => (messages.reply().await, Some(today)),
                    None => (invoke::<Messages>(&()).await, None),
                };
                // Her language first, so the first words are hers (after
                // an unlock too: the choice was behind the lock).
                if let Ok(view) = messages {
                    speak(&view);
                    language.set(Some(Rc::new(view)));
                }
                heard.set(true);
                let today = match early_today {
                    Some(today) => today.reply().await,
                    None => invoke::<Today>(&()).await,
                };
                load.set(match today {
                    Ok(view) => Load::Ready(Rc::new(view)),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    // Until her language and Today are both known the page says nothing,
    // so no word is shown in another language, size or theme first;
    // index.html's frame stays. Both were asked for together and Today's
    // reply follows her messages'. If Today has not come after
    // `WORDLESS_AT_MOST_MS`, the page shows itself in her words rather than
    // stay empty; never before the shell answered for her messages.
    let waited_enough = use_state(|| false);
    {
        let waited_enough = waited_enough.clone();
        use_effect_with((), move |()| {
            let done =
                wasm_bindgen::closure::Closure::once_into_js(move || waited_enough.set(true));
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    done.unchecked_ref(),
                    WORDLESS_AT_MOST_MS,
                );
            }
        });
    }
    let wordless = !*heard || (matches!(*load, Load::Loading) && !*waited_enough);
    // index.html's frame, painted before the wasm was ready, gives way to
    // the UI's own in the render that brings words (not in an effect, which
    // may run after the browser has painted both).
    if !wordless {
        crate::boot::end_boot();
    }
    // After the screens' own effects (a heading takes focus as its screen
    // opens), so this one decides.
    use_effect(crate::boot::focus_as_before_boot);
    // The framing words follow her role from this render on, and her theme
    // and text size are on the root before any word of this render is in
    // the page: an effect would run after the scheduler may already have
    // let the browser paint the words at the default size and theme.
    if let Load::Ready(view) = &*load {
        tend_core::words::set_role(view.preferences.role);
        apply_look(view.preferences);
    }
    let shared = Shared {
        today: (*load).clone(),
        set_today: {
            let load = load.clone();
            Callback::from(move |view| load.set(Load::Ready(Rc::new(view))))
        },
        announce: {
            let announcement = announcement.clone();
            Callback::from(move |text| announcement.set(text))
        },
        outside_changes: outside_changes.0,
        language: (*language).clone(),
        set_language: {
            let language = language.clone();
            let load = load.clone();
            Callback::from(move |view: LanguageView| {
                speak(&view);
                language.set(Some(Rc::new(view)));
                // Today holds words the shell wrote (its notices, its line
                // on reminders): asked for again, in the new language.
                let load = load.clone();
                spawn_local(async move {
                    if let Ok(today) = invoke::<Today>(&()).await {
                        load.set(Load::Ready(Rc::new(today)));
                    }
                });
            })
        },
    };
    // Every screen is made afresh in a new language.
    let spoken = language
        .as_ref()
        .map_or_else(String::new, |l| l.active.clone());
    let body = match &*load {
        _ if wordless => Html::default(),
        Load::Failed(e) if e.code == tend_core::ErrorCode::Locked => {
            let changes = outside_changes.dispatcher();
            let unlocked = Callback::from(move |()| changes.dispatch(()));
            html! { <LockScreen {unlocked} /> }
        }
        Load::Failed(e) if e.code.is_journal_unavailable() => journal_unavailable(e),
        _ => html! { <Router key={spoken}><Shell /></Router> },
    };
    html! {
        <ContextProvider<Shared> context={shared}>
            { body }
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { (*announcement).clone() }
            </div>
        </ContextProvider<Shared>>
    }
}

/// A count that goes up by one on each dispatch.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Counter(u32);

impl Reducible for Counter {
    type Action = ();

    fn reduce(self: Rc<Self>, (): ()) -> Rc<Self> {
        Rc::new(Counter(self.0.wrapping_add(1)))
    }
}

thread_local! {
    /// The look last put on the page: done once, not on every render.
    static LOOK: std::cell::Cell<Option<Preferences>> = const { std::cell::Cell::new(None) };
}

/// Puts the chosen theme and text size on the page's root element, where
/// style.css picks them up.
fn apply_look(prefs: Preferences) {
    if LOOK.with(|look| look.replace(Some(prefs))) == Some(prefs) {
        return;
    }
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match prefs.theme {
        Theme::System => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.id()),
    };
    let _ = root.set_attribute("data-text-size", &prefs.text_size.percent().to_string());
}

#[function_component]
fn Shell() -> Html {
    let route = use_route();
    let main_ref = use_node_ref();
    let skip = {
        let main_ref = main_ref.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(main) = main_ref.cast::<HtmlElement>() {
                let _ = main.focus();
            }
        })
    };
    let shared = use_shared();
    let lock_on = matches!(&shared.today, Load::Ready(view) if view.lock_on);
    // Closes the journal now; the window shows the lock screen at once,
    // whatever the page was.
    let hide = Callback::from(|_: MouseEvent| {
        spawn_local(async {
            let _ = invoke::<LockNow>(&()).await;
            if let Some(w) = web_sys::window()
                && let Ok(event) = web_sys::Event::new(LOCKED_EVENT)
            {
                let _ = w.dispatch_event(&event);
            }
        });
    });
    html! {
        <div class="shell">
            <a class="skip-link" href="#main" onclick={skip}>{ t("skip-to-content") }</a>
            <header class="bar">
                <span class="brand">{ t("app-name") }</span>
                <nav aria-label={t("nav-label")}>
                    <ul class="nav">
                        <li>{ nav_link(&route, &Route::Today, t("nav-today")) }</li>
                        <li>{ nav_link(&route, &Route::CheckIn, t("nav-checkin")) }</li>
                        <li>{ nav_link(&route, &Route::Practise, t("nav-practise")) }</li>
                        <li>{ nav_link(&route, &Route::Journal, t("nav-journal")) }</li>
                        <li>{ nav_link(&route, &Route::Insights, t("nav-insights")) }</li>
                    </ul>
                </nav>
                // Always in the bar, on every screen and at every width.
                <nav class="aside" aria-label={t("nav-more-label")}>
                    <ul class="nav">
                        <li>{ nav_link(&route, &Route::Settings, t("nav-settings")) }</li>
                        <li class="help-link">{ nav_link(&route, &Route::Help, t("nav-help")) }</li>
                        if lock_on {
                            <li><button type="button" class="hide-now" onclick={hide}>{ t("nav-hide-now") }</button></li>
                        }
                    </ul>
                </nav>
            </header>
            <main id="main" ref={main_ref} tabindex="-1">
                { switch(route.clone()) }
            </main>
        </div>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Today | Route::NotFound => html! { <TodayPage /> },
        Route::CheckIn => html! { <CheckInPage /> },
        Route::Practise => html! { <PractisePage /> },
        Route::Play { id, seconds } => html! { <PlayerPage {id} {seconds} /> },
        Route::Journal => html! { <JournalPage /> },
        Route::JournalDeleted { id } => html! { <JournalPage deleted={Some(id)} /> },
        Route::NewEntry => html! { <EditorPage /> },
        Route::WritePrompt { prompt } => html! { <EditorPage prompt={Some(prompt)} /> },
        Route::Entry { id } => html! { <EditorPage key={id} id={Some(id)} /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Export => export_page(),
        Route::Reminders => reminders_page(),
        Route::Privacy => privacy_page(),
        Route::Path => html! { <PathPage /> },
        Route::PathWrite { step } => {
            let key = step.clone();
            html! { <PathWritePage {key} {step} /> }
        }
        Route::Insights => html! { <InsightsPage /> },
        Route::Measures => measures_page(),
        Route::Measure { id } => measure_page(&id),
        Route::Help => help_page(),
        Route::About => about_page(),
    }
}

/// A navigation link that marks the current page for screen readers.
fn nav_link(current: &Route, to: &Route, label: String) -> Html {
    html! {
        <a href={to.href()} aria-current={(current == to).then_some("page")}>{ label }</a>
    }
}
