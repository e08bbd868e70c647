//! Settings' own choices as one form the page's driver sends back when
//! she changes any of them (`crate::forms`): when her day ends, colours,
//! text size, who she cares for and whether the ProQOL 5 is offered.
//! Every control has an id, so the driver can give focus back to the same
//! control when the form is written again.

use super::{checked, selected};
use crate::forms::{Form, boundaries, field, settings_field};
use crate::ipc::LanguageView;
use crate::prefs::{Preferences, Role, TextSize, Theme};
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use std::fmt::Write;

/// The form, showing `prefs` as saved.
pub fn settings(prefs: &Preferences) -> String {
    let mut out = format!(
        "<form id=\"form-preferences\" data-form=\"{}\" data-live>",
        Form::Preferences.id()
    );
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"day-boundary\">{}</label>\
         <select id=\"day-boundary\" name=\"{}\" aria-describedby=\"day-boundary-help\">",
        esc(&t("settings-boundary")),
        field::DAY_BOUNDARY
    );
    for b in boundaries(prefs.day_boundary) {
        let _ = write!(
            out,
            "<option value=\"{b}\"{}>{b}</option>",
            selected(b == prefs.day_boundary)
        );
    }
    let _ = write!(
        out,
        "</select><p class=\"hint\" id=\"day-boundary-help\">{}</p></div>",
        esc(&t("settings-boundary-help"))
    );

    let themes = Theme::ALL.map(|theme| {
        let label = t(&format!("theme-{}", theme.id()));
        (theme.id().to_owned(), label, theme == prefs.theme)
    });
    choices(
        &mut out,
        &t("settings-theme"),
        field::THEME,
        &themes,
        None,
        "choices",
    );

    let sizes: Vec<_> = TextSize::choices()
        .map(|size| {
            let percent = size.percent();
            let label = tr("settings-text-size-percent", &[("percent", percent.into())]);
            (percent.to_string(), label, size == prefs.text_size)
        })
        .collect();
    let size_help = t("settings-text-size-help");
    choices(
        &mut out,
        &t("settings-text-size"),
        field::TEXT_SIZE,
        &sizes,
        Some(&size_help),
        "choices",
    );

    let roles = Role::ALL.map(|role| {
        let label = t(&format!("role-{}", role.id()));
        (role.id().to_owned(), label, prefs.role == Some(role))
    });
    let role_help = t("settings-role-help");
    // Long labels, one under another.
    choices(
        &mut out,
        &t("settings-role"),
        field::ROLE,
        &roles,
        Some(&role_help),
        "choices stacked",
    );

    let _ = write!(
        out,
        "<div class=\"field\"><label class=\"choice\"><input type=\"checkbox\" id=\"professional\" \
         name=\"{}\" value=\"{}\" aria-describedby=\"professional-help\"{}> {}</label>\
         <p class=\"hint\" id=\"professional-help\">{}</p></div>",
        field::PROFESSIONAL,
        field::ON,
        checked(prefs.professional),
        esc(&t("settings-professional")),
        esc(&t("settings-professional-help"))
    );
    out.push_str("</form>");
    out
}

/// The language Tend speaks: the system's (named in its own words), or
/// one Tend speaks, each named in its own words and marked as its
/// language; sent as she chooses.
pub fn language_form(view: &LanguageView) -> String {
    let name_of = |tag: &str| {
        view.choices
            .iter()
            .find(|(t, _)| t == tag)
            .map_or_else(|| tag.to_owned(), |(_, name)| name.clone())
    };
    let system = tr(
        "settings-language-system",
        &[("language", name_of(&view.system).into())],
    );
    let mut out = format!(
        "<form id=\"form-language\" data-form=\"{}\" data-live><div class=\"field\">\
         <label for=\"language\">{}</label><select id=\"language\" name=\"{}\">\
         <option value=\"\"{}>{}</option>",
        Form::Language.id(),
        esc(&t("settings-language")),
        settings_field::LANGUAGE,
        selected(view.chosen.is_none()),
        esc(&system)
    );
    for (tag, name) in &view.choices {
        let _ = write!(
            out,
            "<option value=\"{0}\" lang=\"{0}\"{1}>{2}</option>",
            esc(tag),
            selected(view.chosen.as_deref() == Some(tag.as_str())),
            esc(name)
        );
    }
    out.push_str("</select></div></form>");
    out
}

/// One group of radio buttons named `name`: each choice's value, its
/// label and whether it is the one saved, laid out as `class` says.
fn choices(
    out: &mut String,
    legend: &str,
    name: &str,
    all: &[(String, String, bool)],
    hint: Option<&str>,
    class: &str,
) {
    let _ = write!(
        out,
        "<fieldset><legend>{}</legend><div class=\"{class}\">",
        esc(legend)
    );
    for (value, label, chosen) in all {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"radio\" name=\"{name}\" id=\"{name}-{value}\" \
             value=\"{value}\"{}> {}</label>",
            checked(*chosen),
            esc(label)
        );
    }
    out.push_str("</div>");
    if let Some(hint) = hint {
        let _ = write!(out, "<p class=\"hint\">{}</p>", esc(hint));
    }
    out.push_str("</fieldset>");
}
