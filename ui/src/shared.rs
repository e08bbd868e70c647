//! What every page can reach: today's state as the shell last reported it,
//! a way to replace it, and the live region for announcements.

use crate::i18n::t;
use std::rc::Rc;
use tend_core::ApiError;
use tend_core::ipc::{LanguageView, TodayView};
use yew::prelude::*;

/// Today's state as the shell last reported it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Load {
    Loading,
    Ready(Rc<TodayView>),
    Failed(ApiError),
}

/// What every page can reach: today's state, a way to replace it after a
/// command, and the polite live region for announcements.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Shared {
    pub(crate) today: Load,
    pub(crate) set_today: Callback<TodayView>,
    pub(crate) announce: Callback<String>,
    /// Counts the shell's "something changed outside the window" events
    /// (the tray paused reminders); pages showing that state reload on it.
    pub(crate) outside_changes: u32,
    /// The language spoken, once the shell has said.
    pub(crate) language: Option<Rc<LanguageView>>,
    /// Speaks another language: every screen changes at once.
    pub(crate) set_language: Callback<LanguageView>,
}

/// The shared state, which the App always provides.
#[hook]
pub(crate) fn use_shared() -> Shared {
    use_context::<Shared>().unwrap_or_else(|| Shared {
        today: Load::Loading,
        set_today: Callback::noop(),
        announce: Callback::noop(),
        outside_changes: 0,
        language: None,
        set_language: Callback::noop(),
    })
}

/// Today's view, or what to show while there is none.
pub(crate) fn ready(shared: &Shared) -> Result<Rc<TodayView>, Html> {
    match &shared.today {
        Load::Ready(view) => Ok(view.clone()),
        Load::Loading => Err(html! { <p>{ t("loading") }</p> }),
        Load::Failed(_) => Err(html! { <p class="error" role="alert">{ t("error-internal") }</p> }),
    }
}

/// Speaks `view`'s language in the page: its messages handed to the
/// lookup (once), and the document's `lang` for screen readers.
pub(crate) fn speak(view: &LanguageView) {
    // Each language is read once; what does not read changes nothing.
    let handed = std::iter::once((view.active.as_str(), Some(&view.messages))).chain(
        std::iter::once((tend_core::words::FALLBACK, view.english.as_ref())),
    );
    for (lang, text) in handed {
        if let Some(text) = text
            && !text.is_empty()
            && !tend_core::words::holds(lang)
        {
            let _ = tend_core::words::register(lang, text.clone());
        }
    }
    tend_core::words::set_language(&view.active);
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", &tend_core::words::language());
    }
}
