//! One file per screen, plus the pieces they share.

mod checkin;
mod export;
mod form_dom;
mod help;
mod insights;
mod journal;
mod journal_error;
mod measures;
mod path;
mod player;
mod practise;
mod privacy;
mod reminders;
mod settings;
mod today;
mod written;

pub(crate) use checkin::CheckInPage;
pub(crate) use export::export_page;
pub(crate) use help::help_page;
pub(crate) use insights::InsightsPage;
pub(crate) use journal::{EditorPage, JournalPage};
pub(crate) use journal_error::journal_unavailable;
pub(crate) use measures::measure_page;
pub(crate) use path::{PathPage, PathWritePage};
pub(crate) use player::PlayerPage;
pub(crate) use practise::PractisePage;
pub(crate) use privacy::{LockScreen, privacy_page};
pub(crate) use reminders::reminders_page;
pub(crate) use settings::SettingsPage;
pub(crate) use today::TodayPage;
pub(crate) use written::{FromShell, Part, about_page, measures_page, written};

use crate::i18n::t;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct HeadingProps {
    pub(crate) text: String,
}

/// A page's heading. It takes focus when the page opens, so screen readers
/// announce the new page and the next Tab starts at its top.
#[function_component]
pub(crate) fn PageHeading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(h1) = node.cast::<HtmlElement>() {
                let _ = h1.focus();
            }
        });
    }
    html! { <h1 ref={node} tabindex="-1">{ &props.text }</h1> }
}

/// The words for an error, in her language: what the shell said, by its
/// message id, inside the code's own sentence. The English detail an error
/// also carries is for logs and never shown.
pub(crate) fn error_text(error: &tend_core::ApiError) -> String {
    use tend_core::ErrorCode;
    let detail = error.said.as_ref().map(tend_core::Said::text);
    match (error.code, detail) {
        (ErrorCode::StorageFull, _) => t("error-storage_full"),
        (ErrorCode::InvalidInput, Some(detail)) => {
            crate::i18n::tr("error-invalid_input", &[("detail", detail.into())])
        }
        (ErrorCode::InvalidInput, None) => t("error-invalid_input-plain"),
        (_, Some(detail)) => crate::i18n::tr("error-failed", &[("detail", detail.into())]),
        (_, None) => t("error-internal"),
    }
}
