//! The privacy lock: the screen that asks for the passcode (or the
//! recovery key) while the journal is locked, and the page that turns the
//! lock on, shows the recovery key once, changes the passcode, sets the
//! idle minutes and turns the lock off.

use super::{PageHeading, error_text};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::shared::use_shared;
use tend_core::ipc::{
    ChangePasscode, ChangePasscodeRequest, IDLE_MINUTES, Privacy, PrivacyView, Secret,
    SetIdleMinutes, Today, TurnLockOff, TurnLockOn, Unlock,
};
use tend_core::secret::SecretText;
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A text field's value from its event.
fn typed(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// What a secret field holds.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    /// The passcode she has now.
    Current,
    /// A passcode she is choosing.
    New,
    /// The recovery key, shown as typed.
    RecoveryKey,
}

/// A labelled field for a passcode or the recovery key.
fn secret_field(
    id: &'static str,
    label: String,
    value: String,
    oninput: &Callback<String>,
    kind: Field,
) -> Html {
    let oninput = oninput.reform(|e: InputEvent| typed(&e));
    // Browsers' autocomplete tokens, not words for the user (as constants,
    // so the messages test does not take them for message ids).
    const NEW: &str = "new-password";
    const CURRENT: &str = "current-password";
    let autocomplete = match kind {
        Field::Current => CURRENT,
        Field::New => NEW,
        Field::RecoveryKey => "off",
    };
    let shown = if kind == Field::RecoveryKey {
        "text"
    } else {
        "password"
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
                    { secret_field("unlock-recovery", t("lock-recovery-key"), (*text).clone(), &oninput, Field::RecoveryKey) }
                } else {
                    { secret_field("unlock-passcode", t("lock-passcode"), (*text).clone(), &oninput, Field::Current) }
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

/// Settings → Privacy lock.
#[function_component]
pub(crate) fn PrivacyPage() -> Html {
    let shared = use_shared();
    let view = use_state(|| None::<Result<PrivacyView, String>>);
    let recovery_key = use_state(|| None::<String>);
    let reload = {
        let view = view.clone();
        let shared = shared.clone();
        Callback::from(move |()| {
            let (view, shared) = (view.clone(), shared.clone());
            spawn_local(async move {
                view.set(Some(
                    invoke::<Privacy>(&()).await.map_err(|e| error_text(&e)),
                ));
                if let Ok(today) = invoke::<Today>(&()).await {
                    shared.set_today.emit(today);
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |_| reload.emit(()));
    }
    let heading = html! { <PageHeading text={t("privacy-title")} /> };
    let current = match &*view {
        None => return html! { <>{ heading }<p>{ t("loading") }</p></> },
        Some(Err(message)) => {
            return html! { <>{ heading }<p class="error" role="alert">{ message }</p></> };
        }
        Some(Ok(v)) => *v,
    };
    if let Some(key) = &*recovery_key {
        let done = {
            let recovery_key = recovery_key.clone();
            Callback::from(move |_: MouseEvent| recovery_key.set(None))
        };
        return html! {
            <>
                { heading }
                <section class="card" aria-labelledby="recovery-title">
                    <h2 id="recovery-title">{ t("privacy-recovery-title") }</h2>
                    <p>{ t("privacy-recovery-intro") }</p>
                    <p class="recovery-key" aria-label={t("privacy-recovery-label")}>{ key }</p>
                    <p class="hint">{ t("privacy-recovery-once") }</p>
                    <button type="button" class="button" onclick={done}>{ t("privacy-recovery-done") }</button>
                </section>
            </>
        };
    }
    html! {
        <>
            { heading }
            <p>{ t("privacy-intro") }</p>
            if current.lock_on {
                <p role="status">{ t("privacy-on") }</p>
                <IdleChoice minutes={current.idle_minutes} reload={reload.clone()} />
                <ChangeForm reload={reload.clone()} />
                <OffForm reload={reload.clone()} />
            } else {
                <OnForm min={current.min_passcode} shown={recovery_key.setter()} reload={reload.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct OnProps {
    min: usize,
    shown: UseStateSetter<Option<String>>,
    reload: Callback<()>,
}

#[function_component]
fn OnForm(props: &OnProps) -> Html {
    let shared = use_shared();
    let first = use_state(String::new);
    let again = use_state(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let onsubmit = {
        let (first, again, error, busy) =
            (first.clone(), again.clone(), error.clone(), busy.clone());
        let (shown, reload, min) = (props.shown.clone(), props.reload.clone(), props.min);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if first.chars().count() < min {
                error.set(Some(tr("privacy-too-short", &[("n", min.into())])));
                return;
            }
            if *first != *again {
                error.set(Some(t("privacy-mismatch")));
                return;
            }
            let passcode = (*first).clone();
            let (first, again, error, busy, shown, reload, shared) = (
                first.clone(),
                again.clone(),
                error.clone(),
                busy.clone(),
                shown.clone(),
                reload.clone(),
                shared.clone(),
            );
            busy.set(true);
            spawn_local(async move {
                match invoke::<TurnLockOn>(&SecretText::new(passcode)).await {
                    Ok(key) => {
                        let key = key.expose().to_owned();
                        first.set(String::new());
                        again.set(String::new());
                        error.set(None);
                        shared.announce.emit(t("privacy-on-said"));
                        shown.set(Some(key));
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
                busy.set(false);
            });
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <form class="card" {onsubmit} aria-labelledby="lock-on-title">
            <h2 id="lock-on-title">{ t("privacy-turn-on-title") }</h2>
            <p class="hint">{ tr("privacy-turn-on-intro", &[("n", props.min.into())]) }</p>
            { secret_field("new-passcode", t("privacy-new-passcode"), (*first).clone(), &set(&first), Field::New) }
            { secret_field("new-passcode-again", t("privacy-passcode-again"), (*again).clone(), &set(&again), Field::New) }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            if *busy {
                <p role="status">{ t("privacy-working") }</p>
            }
            <button type="submit" class="button" disabled={*busy}>{ t("privacy-turn-on") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ReloadProps {
    reload: Callback<()>,
}

#[function_component]
fn ChangeForm(props: &ReloadProps) -> Html {
    let shared = use_shared();
    let current = use_state(String::new);
    let first = use_state(String::new);
    let again = use_state(String::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (current, first, again, error) =
            (current.clone(), first.clone(), again.clone(), error.clone());
        let reload = props.reload.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *first != *again {
                error.set(Some(t("privacy-mismatch")));
                return;
            }
            let request = ChangePasscodeRequest {
                current: Secret {
                    text: SecretText::new((*current).clone()),
                    recovery: false,
                },
                new: SecretText::new((*first).clone()),
            };
            let (current, first, again, error, reload, shared) = (
                current.clone(),
                first.clone(),
                again.clone(),
                error.clone(),
                reload.clone(),
                shared.clone(),
            );
            spawn_local(async move {
                match invoke::<ChangePasscode>(&request).await {
                    Ok(()) => {
                        for s in [&current, &first, &again] {
                            s.set(String::new());
                        }
                        error.set(None);
                        shared.announce.emit(t("privacy-changed"));
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <form class="card" {onsubmit} aria-labelledby="change-title">
            <h2 id="change-title">{ t("privacy-change-title") }</h2>
            { secret_field("change-current", t("privacy-current-passcode"), (*current).clone(), &set(&current), Field::Current) }
            { secret_field("change-new", t("privacy-new-passcode"), (*first).clone(), &set(&first), Field::New) }
            { secret_field("change-again", t("privacy-passcode-again"), (*again).clone(), &set(&again), Field::New) }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <button type="submit" class="button quiet">{ t("privacy-change") }</button>
        </form>
    }
}

#[function_component]
fn OffForm(props: &ReloadProps) -> Html {
    let shared = use_shared();
    let current = use_state(String::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (current, error) = (current.clone(), error.clone());
        let reload = props.reload.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let secret = Secret {
                text: SecretText::new((*current).clone()),
                recovery: false,
            };
            let (current, error, reload, shared) = (
                current.clone(),
                error.clone(),
                reload.clone(),
                shared.clone(),
            );
            spawn_local(async move {
                match invoke::<TurnLockOff>(&secret).await {
                    Ok(()) => {
                        current.set(String::new());
                        shared.announce.emit(t("privacy-off-said"));
                        reload.emit(());
                    }
                    Err(e) => error.set(Some(error_text(&e))),
                }
            });
        })
    };
    let oninput = {
        let current = current.clone();
        Callback::from(move |v: String| current.set(v))
    };
    html! {
        <form class="card" {onsubmit} aria-labelledby="off-title">
            <h2 id="off-title">{ t("privacy-off-title") }</h2>
            <p class="hint">{ t("privacy-off-intro") }</p>
            { secret_field("off-current", t("privacy-current-passcode"), (*current).clone(), &oninput, Field::Current) }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message }</p>
            }
            <button type="submit" class="button quiet">{ t("privacy-turn-off") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct IdleProps {
    minutes: u32,
    reload: Callback<()>,
}

#[function_component]
fn IdleChoice(props: &IdleProps) -> Html {
    let shared = use_shared();
    let onchange = {
        let reload = props.reload.clone();
        Callback::from(move |e: Event| {
            let Some(minutes) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| s.value().parse::<u32>().ok())
            else {
                return;
            };
            let (reload, shared) = (reload.clone(), shared.clone());
            spawn_local(async move {
                if invoke::<SetIdleMinutes>(&minutes).await.is_ok() {
                    shared.announce.emit(t("privacy-idle-saved"));
                    reload.emit(());
                }
            });
        })
    };
    html! {
        <div class="field">
            <label for="idle-minutes">{ t("privacy-idle") }</label>
            <select id="idle-minutes" {onchange}>
                { for IDLE_MINUTES.iter().map(|m| html! {
                    <option value={m.to_string()} selected={*m == props.minutes}>
                        { tr("privacy-idle-minutes", &[("n", (*m).into())]) }
                    </option>
                }) }
            </select>
        </div>
    }
}
