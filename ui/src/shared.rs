//! What every page can reach: today's state as the shell last reported it,
//! a way to replace it, and the live region for announcements.

use crate::i18n::t;
use std::rc::Rc;
use tend_core::ApiError;
use tend_core::ipc::TodayView;
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
}

/// The shared state, which the App always provides.
#[hook]
pub(crate) fn use_shared() -> Shared {
    use_context::<Shared>().unwrap_or_else(|| Shared {
        today: Load::Loading,
        set_today: Callback::noop(),
        announce: Callback::noop(),
        outside_changes: 0,
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
