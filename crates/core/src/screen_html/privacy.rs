//! The privacy lock's screen below its heading, as forms the page's
//! driver sends back (`crate::forms::read_privacy`): turning the lock on,
//! or, with it on, the minutes unused before it locks, changing the
//! passcode and turning it off; and the recovery key, shown once.
//! A passcode field is never written with a value.

use super::selected;
use crate::forms::{Form, privacy_field as field};
use crate::ipc::{IDLE_MINUTES, PrivacyView};
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use std::fmt::Write;

/// Browsers' autocomplete tokens for a passcode she has, or is choosing.
const CURRENT: &str = "current-password";
const NEW: &str = "new-password";

/// The screen, as the lock is now.
pub fn privacy(view: &PrivacyView) -> String {
    let mut out = format!("<p>{}</p>", esc(&t("privacy-intro")));
    if !view.lock_on {
        open_form(
            &mut out,
            Form::LockOn,
            "lock-on-title",
            "privacy-turn-on-title",
        );
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&tr(
                "privacy-turn-on-intro",
                &[("n", view.min_passcode.into())]
            ))
        );
        secret(
            &mut out,
            "new-passcode",
            field::NEW,
            "privacy-new-passcode",
            NEW,
        );
        secret(
            &mut out,
            "new-passcode-again",
            field::AGAIN,
            "privacy-passcode-again",
            NEW,
        );
        close_form(&mut out, "lock-on-send", "button", "privacy-turn-on", true);
        return out;
    }
    let _ = write!(
        out,
        "<p role=\"status\" id=\"privacy-state\" tabindex=\"-1\" data-focus>{}</p>",
        esc(&t("privacy-on"))
    );
    out.push_str(&idle_form(view.idle_minutes));

    open_form(
        &mut out,
        Form::LockChange,
        "change-title",
        "privacy-change-title",
    );
    secret(
        &mut out,
        "change-current",
        field::CURRENT,
        "privacy-current-passcode",
        CURRENT,
    );
    secret(
        &mut out,
        "change-new",
        field::NEW,
        "privacy-new-passcode",
        NEW,
    );
    secret(
        &mut out,
        "change-again",
        field::AGAIN,
        "privacy-passcode-again",
        NEW,
    );
    close_form(
        &mut out,
        "change-send",
        "button quiet",
        "privacy-change",
        false,
    );

    open_form(&mut out, Form::LockOff, "off-title", "privacy-off-title");
    let _ = write!(
        out,
        "<p class=\"hint\">{}</p>",
        esc(&t("privacy-off-intro"))
    );
    secret(
        &mut out,
        "off-current",
        field::CURRENT,
        "privacy-current-passcode",
        CURRENT,
    );
    close_form(
        &mut out,
        "off-send",
        "button quiet",
        "privacy-turn-off",
        false,
    );
    out
}

/// The minutes unused before the journal locks itself, sent as she
/// chooses.
pub fn idle_form(minutes: u32) -> String {
    let mut out = format!(
        "<form id=\"form-{id}\" data-form=\"{id}\" data-live><div class=\"field\">\
         <label for=\"idle-minutes\">{}</label><select id=\"idle-minutes\" name=\"{}\">",
        esc(&t("privacy-idle")),
        field::IDLE,
        id = Form::LockIdle.id(),
    );
    for m in IDLE_MINUTES {
        let _ = write!(
            out,
            "<option value=\"{m}\"{}>{}</option>",
            selected(m == minutes),
            esc(&tr("privacy-idle-minutes", &[("n", m.into())]))
        );
    }
    out.push_str("</select></div></form>");
    out
}

/// The recovery key, shown this once, and the button that says she has
/// written it down.
pub fn recovery_key(key: &str) -> String {
    let mut out = format!(
        "<section class=\"card\" aria-labelledby=\"recovery-title\">\
         <h2 id=\"recovery-title\" tabindex=\"-1\" data-focus>{}</h2><p>{}</p>\
         <p class=\"recovery-key\" aria-label=\"{}\">{}</p><p class=\"hint\">{}</p>",
        esc(&t("privacy-recovery-title")),
        esc(&t("privacy-recovery-intro")),
        esc(&t("privacy-recovery-label")),
        esc(key),
        esc(&t("privacy-recovery-once"))
    );
    let _ = write!(
        out,
        "<form id=\"form-{id}\" data-form=\"{id}\">",
        id = Form::KeyNoted.id()
    );
    close_form(
        &mut out,
        "key-noted",
        "button",
        "privacy-recovery-done",
        false,
    );
    out.push_str("</section>");
    out
}

/// A form as a card, under its own heading.
fn open_form(out: &mut String, form: Form, heading: &str, title: &str) {
    let _ = write!(
        out,
        "<form id=\"form-{id}\" data-form=\"{id}\" class=\"card\" aria-labelledby=\"{heading}\">\
         <h2 id=\"{heading}\" tabindex=\"-1\" data-focus>{}</h2>",
        esc(&t(title)),
        id = form.id(),
    );
}

/// A labelled field for a passcode, empty.
fn secret(out: &mut String, id: &str, name: &str, label: &str, autocomplete: &str) {
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"{id}\">{}</label>\
         <input type=\"password\" id=\"{id}\" name=\"{name}\" autocomplete=\"{autocomplete}\" \
         spellcheck=\"false\"></div>",
        esc(&t(label))
    );
}

/// The form's button, after the status line the page fills while the
/// shell locks the journal (`data-working` holds its words: Argon2 takes
/// a moment), and the form's end.
fn close_form(out: &mut String, id: &str, class: &str, label: &str, working: bool) {
    if working {
        let _ = write!(
            out,
            "<p role=\"status\" class=\"hint\" data-working=\"{}\"></p>",
            esc(&t("privacy-working"))
        );
    }
    let _ = write!(
        out,
        "<button type=\"submit\" class=\"{class}\" id=\"{id}\">{}</button></form>",
        esc(&t(label))
    );
}
