//! Parts of screens the shell writes as HTML (`tend_core::screen_html`),
//! asked for and put in place by one component; and the two screens that
//! are nothing else below their heading: About and the questionnaires.

use super::{PageHeading, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use tend_core::ipc::{AboutTend, ExportLog, MeasuresList};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// HTML the shell wrote (`tend_core::screen_html`, every text escaped, no
/// style, script or handler), put in place as it comes.
pub(crate) fn written(html: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.to_owned()))
}

/// Which part the shell writes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Part {
    /// About Tend below its heading, with the credits and licences.
    About,
    /// Each questionnaire: whether it is offered and due, her last result.
    Measures,
    /// What has left the device (Settings).
    ExportLog,
}

#[derive(Properties, PartialEq)]
pub(crate) struct WrittenProps {
    pub(crate) part: Part,
}

/// A part the shell writes: asked for once, "loading" until it comes, the
/// error in her words if it cannot come.
#[function_component]
pub(crate) fn FromShell(props: &WrittenProps) -> Html {
    let part_html = use_state(|| None::<Result<String, String>>);
    {
        let part_html = part_html.clone();
        use_effect_with(props.part, move |part| {
            let part = *part;
            spawn_local(async move {
                let reply = match part {
                    Part::About => invoke::<AboutTend>(&()).await,
                    Part::Measures => invoke::<MeasuresList>(&()).await,
                    Part::ExportLog => invoke::<ExportLog>(&()).await,
                };
                part_html.set(Some(reply.map_err(|e| error_text(&e))));
            });
        });
    }
    match &*part_html {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(html)) => written(html),
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
