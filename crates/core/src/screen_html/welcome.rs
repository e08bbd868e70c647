//! The first-run welcome at the top of Today, as a form the page's driver
//! sends back (`crate::forms::read_welcome`): who she cares for, her
//! country for Get help (her system's, when listed, offered first), and a
//! daily check-in reminder; Save, or Skip.

use super::{checked, selected};
use crate::forms::{Form, welcome_field as field};
use crate::ipc::CountryName;
use crate::prefs::Role;
use crate::summary::escape_html as esc;
use crate::words::t;
use std::fmt::Write;

/// The welcome, with `country` (a code) chosen among `countries`.
pub fn welcome(countries: &[CountryName], country: Option<&str>) -> String {
    let mut out = format!(
        "<section class=\"card welcome\" aria-labelledby=\"welcome-title\">\
         <h2 id=\"welcome-title\">{}</h2><p>{}</p>\
         <form id=\"form-{id}\" data-form=\"{id}\"><fieldset><legend>{}</legend>",
        esc(&t("welcome-title")),
        esc(&t("welcome-intro")),
        esc(&t("welcome-role")),
        id = Form::Welcome.id(),
    );
    for role in Role::ALL {
        let id = role.id();
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"radio\" id=\"welcome-role-{id}\" name=\"{}\" \
             value=\"{id}\"> {}</label>",
            field::ROLE,
            esc(&t(&format!("role-{id}")))
        );
    }
    let _ = write!(
        out,
        "</fieldset><div class=\"field\"><label for=\"welcome-country\">{}</label>\
         <select id=\"welcome-country\" name=\"{}\"><option value=\"\"{}>{}</option>",
        esc(&t("welcome-country")),
        field::COUNTRY,
        selected(country.is_none()),
        esc(&t("welcome-country-none"))
    );
    for c in countries {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            esc(&c.code),
            selected(country == Some(c.code.as_str())),
            esc(&c.name)
        );
    }
    let _ = write!(
        out,
        "</select></div><label class=\"choice\"><input type=\"checkbox\" id=\"welcome-reminder\" \
         name=\"{}\" value=\"on\"{}> {}</label><div class=\"actions\">\
         <button type=\"submit\" class=\"button\" id=\"welcome-save\" name=\"{do_}\" value=\"{}\">{}</button>\
         <button type=\"submit\" class=\"button quiet\" id=\"welcome-skip\" name=\"{do_}\" value=\"{}\">{}</button>\
         </div></form></section>",
        field::REMINDER,
        checked(false),
        esc(&t("welcome-reminder")),
        field::SAVE,
        esc(&t("welcome-save")),
        field::SKIP,
        esc(&t("welcome-skip")),
        do_ = field::DO,
    );
    out
}
