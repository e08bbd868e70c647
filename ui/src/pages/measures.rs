//! One questionnaire: the whole screen is the shell's
//! (`tend_core::screen_html::measure_screen`), its heading the
//! questionnaire's name: its published wording, the form, and her result
//! in plain words once saved, always as screening and never a diagnosis.

use super::{FromShell, Part};
use yew::prelude::*;

/// Keyed by the questionnaire, so another one opens as a new page.
pub(crate) fn measure_page(id: &str) -> Html {
    html! { <FromShell key={id.to_owned()} part={Part::Measure(id.to_owned())} /> }
}
