//! The privacy lock: the screen that asks for the passcode (or the
//! recovery key) while the journal is locked, and the page whose forms
//! (the shell's) turn the lock on, show the recovery key once, change the
//! passcode, set the idle minutes and turn the lock off.

use super::{FromShell, PageHeading, Part, error_text};
use crate::i18n::t;
use crate::ipc::invoke;
use tend_core::ipc::{Secret, Unlock};
use tend_core::secret::SecretText;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A text field's value from its event.
fn typed(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// A labelled field for the passcode, or for the recovery key (shown as
/// typed, since it is long and copied from paper).
fn secret_field(
    id: &'static str,
    label: String,
    value: String,
    oninput: &Callback<String>,
    recovery: bool,
) -> Html {
    let oninput = oninput.reform(|e: InputEvent| typed(&e));
    // Browsers' autocomplete tokens, not words for the user (as constants,
    // so the messages test does not take them for message ids).
    const CURRENT: &str = "current-password";
    let (shown, autocomplete) = if recovery {
        ("text", "off")
    } else {
        ("password", CURRENT)
    };
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input type={shown} {id} {value} {oninput} {autocomplete} spellcheck="false" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct LockScreenProps {
    /// Called once the journal is open again.
    pub(crate) unlocked: Callback<()>,
}

/// Shown instead of everything else while the journal is locked.
#[function_component]
pub(crate) fn LockScreen(props: &LockScreenProps) -> Html {
    let text = use_state(String::new);
    let recovery = use_state(|| false);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (text, recovery, error, busy) =
            (text.clone(), recovery.clone(), error.clone(), busy.clone());
        let unlocked = props.unlocked.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let secret = Secret {
                text: SecretText::new((*text).clone()),
                recovery: *recovery,
            };
            let (text, error, busy, unlocked) =
                (text.clone(), error.clone(), busy.clone(), unlocked.clone());
            busy.set(true);
            spawn_local(async move {
                match invoke::<Unlock>(&secret).await {
                    Ok(()) => {
                        text.set(String::new());
                        unlocked.emit(());
                    }
                    // The key was right but the journal will not open:
                    // the app's damaged-journal screen offers the backups.
                    Err(e) if e.code.is_journal_unavailable() => unlocked.emit(()),
                    Err(e) => error.set(Some(if e.code == tend_core::ErrorCode::InvalidInput {
                        t("lock-wrong")
                    } else {
                        error_text(&e)
                    })),
                }
                busy.set(false);
            });
        })
    };
    let switch = {
        let (recovery, text, error) = (recovery.clone(), text.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            recovery.set(!*recovery);
            text.set(String::new());
            error.set(None);
        })
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    html! {
        <main class="lock-screen" id="main">
            <PageHeading text={t("lock-title")} />
            <p>{ t("lock-intro") }</p>
            <form {onsubmit}>
                if *recovery {
                    { secret_field("unlock-recovery", t("lock-recovery-key"), (*text).clone(), &oninput, true) }
                } else {
                    { secret_field("unlock-passcode", t("lock-passcode"), (*text).clone(), &oninput, false) }
                }
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                if *busy {
                    <p role="status">{ t("lock-opening") }</p>
                }
                <div class="actions">
                    <button type="submit" class="button" disabled={*busy}>{ t("lock-unlock") }</button>
                    <button type="button" class="button quiet" onclick={switch}>
                        { t(if *recovery { "lock-use-passcode" } else { "lock-use-recovery" }) }
                    </button>
                </div>
            </form>
        </main>
    }
}

/// Settings → Privacy lock: below its heading, the shell's forms
/// (`tend_core::screen_html::privacy`).
pub(crate) fn privacy_page() -> Html {
    html! {
        <>
            <PageHeading text={t("privacy-title")} />
            <FromShell part={Part::Privacy} />
        </>
    }
}
