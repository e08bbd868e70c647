//! Reminders: the list, each on or off and deleted; a new one; pausing;
//! quiet hours; the zone; the desktop's settings. All of it below the
//! heading is the shell's forms (`tend_core::screen_html::reminders`).

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use yew::prelude::*;

pub(crate) fn reminders_page() -> Html {
    html! {
        <>
            <PageHeading text={t("reminders-title")} />
            <FromShell part={Part::Reminders} />
        </>
    }
}
