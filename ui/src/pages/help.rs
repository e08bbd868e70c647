//! Get help: one step from every screen. Helplines for the chosen country,
//! each with its hours as its source states them, the source page (as
//! text) and the day it was read there, or that it is not yet checked; the
//! emergency number; and the user's own contacts. A country we do not list
//! is never shown another country's numbers. All of it below the heading
//! is the shell's (`tend_core::screen_html::help_screen`), the country's
//! choice and her contacts as forms.

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use yew::prelude::*;

pub(crate) fn help_page() -> Html {
    html! {
        <>
            <PageHeading text={t("help-title")} />
            <FromShell part={Part::Help} />
        </>
    }
}
