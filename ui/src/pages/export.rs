//! Export: a summary or a reflective-account draft built from chosen parts
//! with a live preview, saved through the system's dialog; and the whole
//! journal as a backup file or spreadsheets, with restoring from a backup.
//! All of it below the heading is the shell's forms
//! (`tend_core::screen_html::export`).

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use yew::prelude::*;

pub(crate) fn export_page() -> Html {
    html! {
        <>
            <PageHeading text={t("export-title")} />
            <FromShell part={Part::Export} />
        </>
    }
}
