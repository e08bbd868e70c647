//! One questionnaire: below the questionnaires' heading, the shell's page
//! for it (`tend_core::screen_html::measure_screen`): its published
//! wording, the form, and her result in plain words once saved, always as
//! screening and never a diagnosis.

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use yew::prelude::*;

/// Keyed by the questionnaire, so another one opens as a new page (its
/// heading taking focus again).
pub(crate) fn measure_page(id: &str) -> Html {
    html! {
        <>
            <PageHeading key={format!("heading-{id}")} text={t("measures-title")} />
            <FromShell key={format!("part-{id}")} part={Part::Measure(id.to_owned())} />
        </>
    }
}
