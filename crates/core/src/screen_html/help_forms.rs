//! Get help below its heading, as the shell writes it: the emergency line,
//! the country's form (`crate::forms::read_country`), the helplines
//! (`help.rs`), and her own contacts as a form (`read_contacts`); and the
//! country's form alone, for Settings.

use super::selected;
use crate::forms::Form;
use crate::forms::help_field as field;
use crate::ipc::HelpView;
use crate::route::Route;
use crate::summary::escape_html as esc;
use crate::support::Contact;
use crate::words::{t, tr};
use std::fmt::Write;

/// The whole of Get help below its heading; `editing` is the contact
/// whose form is open (a new one has no id).
pub fn help_screen(view: &HelpView, editing: Option<&Contact>) -> String {
    let mut out = format!(
        "<p class=\"urgent\" id=\"help-emergency\">{}</p>",
        esc(&view.urgent)
    );
    out.push_str(&country_form(view, field::HELP));
    // Written and escaped by `help_lines` from the helplines' data.
    out.push_str(&view.lines);
    let _ = write!(
        out,
        "<section aria-labelledby=\"help-own\"><h2 id=\"help-own\">{}</h2><p>{}</p>{}</section>\
         <p class=\"hint\">{}</p><p><a href=\"{}\">{}</a></p>",
        esc(&t("help-own-title")),
        esc(&t("help-own-intro")),
        contacts_form(&view.contacts, editing),
        esc(&t("help-private")),
        Route::About.href(),
        esc(&t("help-about-link"))
    );
    out
}

/// The country whose helplines are shown, sent as she chooses; `on` is
/// the screen it is on (`help` or `settings`), which also names it.
pub fn country_form(view: &HelpView, on: &str) -> String {
    let mut out = format!(
        "<form id=\"form-country-{on}\" data-form=\"{}\" data-live>\
         <input type=\"hidden\" name=\"{}\" value=\"{}\"><div class=\"field\">\
         <label for=\"{on}-country\">{}</label><select id=\"{on}-country\" name=\"{}\">",
        Form::Country.id(),
        field::SHOWN_ON,
        esc(on),
        esc(&t("help-country")),
        field::COUNTRY
    );
    if view.country.is_none() {
        let _ = write!(
            out,
            "<option value=\"\" selected disabled>{}</option>",
            esc(&t("help-country-none"))
        );
    }
    for c in &view.countries {
        let chosen = view.country.as_deref() == Some(c.code.as_str());
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            esc(&c.code),
            selected(chosen),
            esc(&c.name)
        );
    }
    out.push_str("</select></div></form>");
    out
}

/// Her contacts, each with Change and Remove; or, while one is being
/// written, the list and that contact's form (the list without buttons,
/// so Enter in the form saves it).
pub fn contacts_form(contacts: &[Contact], editing: Option<&Contact>) -> String {
    let mut out = format!(
        "<form id=\"form-contacts\" data-form=\"{}\">",
        Form::Contacts.id()
    );
    if contacts.is_empty() {
        let _ = write!(out, "<p class=\"hint\">{}</p>", esc(&t("help-own-none")));
    } else {
        out.push_str("<ul class=\"lines\">");
        for c in contacts {
            let _ = write!(
                out,
                "<li class=\"line\"><span class=\"line-name\">{}</span><span class=\"number\">{}</span>",
                esc(&c.name),
                esc(&c.number)
            );
            if !c.note.is_empty() {
                let _ = write!(out, "<span class=\"hint\">{}</span>", esc(&c.note));
            }
            if let (None, Some(id)) = (editing, c.id) {
                let button = |out: &mut String, what: &str, named: &str, words: &str| {
                    let _ = write!(
                        out,
                        "<button type=\"submit\" class=\"button quiet\" id=\"contact-{id}-{what}\" name=\"{what}\" value=\"{id}\" aria-label=\"{}\">{}</button>",
                        esc(&tr(named, &[("name", c.name.clone().into())])),
                        esc(&t(words))
                    );
                };
                out.push_str("<span class=\"actions\">");
                button(
                    &mut out,
                    field::CHANGE,
                    "help-contact-change",
                    "help-change",
                );
                button(
                    &mut out,
                    field::REMOVE,
                    "help-contact-remove",
                    "help-remove",
                );
                out.push_str("</span>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    match editing {
        Some(draft) => contact_card(&mut out, draft),
        None => {
            let _ = write!(
                out,
                "<button type=\"submit\" class=\"button quiet\" id=\"contact-add\" name=\"{}\" value=\"{}\" data-focus>{}</button>",
                field::DO,
                field::ADD,
                esc(&t("help-add"))
            );
        }
    }
    out.push_str("</form>");
    out
}

/// One contact's fields and its Save and Cancel.
fn contact_card(out: &mut String, draft: &Contact) {
    let title = if draft.id.is_some() {
        t("help-form-change")
    } else {
        t("help-form-add")
    };
    let _ = write!(
        out,
        "<div class=\"card\" role=\"group\" aria-label=\"{0}\"><h3>{0}</h3>\
         <input type=\"hidden\" name=\"{1}\" value=\"{2}\">",
        esc(&title),
        field::CONTACT,
        draft.id.map(|id| id.to_string()).unwrap_or_default()
    );
    let fields = [
        (
            "contact-name",
            "help-form-name",
            field::WHO,
            &draft.name,
            crate::support::MAX_CONTACT_NAME,
            " aria-required=\"true\" data-focus",
        ),
        (
            "contact-number",
            "help-form-number",
            field::NUMBER,
            &draft.number,
            crate::support::MAX_CONTACT_NUMBER,
            " inputmode=\"tel\"",
        ),
        (
            "contact-note",
            "help-form-note",
            field::NOTE,
            &draft.note,
            crate::support::MAX_CONTACT_NOTE,
            "",
        ),
    ];
    for (id, label, name, value, most, extra) in fields {
        let _ = write!(
            out,
            "<div class=\"field\"><label for=\"{id}\">{}</label>\
             <input type=\"text\" id=\"{id}\" name=\"{name}\" value=\"{}\" maxlength=\"{most}\"{extra}></div>",
            esc(&t(label)),
            esc(value)
        );
    }
    let _ = write!(
        out,
        "<div class=\"actions\"><button type=\"submit\" class=\"button\" id=\"contact-save\" name=\"{0}\" value=\"{1}\">{2}</button>\
         <button type=\"submit\" class=\"button quiet\" id=\"contact-cancel\" name=\"{0}\" value=\"{3}\">{4}</button></div></div>",
        field::DO,
        field::SAVE,
        esc(&t("help-form-save")),
        field::CANCEL,
        esc(&t("help-form-cancel"))
    );
}
