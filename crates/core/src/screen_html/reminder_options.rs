//! The Reminders screen's sections after the new reminder's form:
//! pausing, quiet hours, the zone and the desktop's two settings, each a
//! section around a form that can also be written alone, when only that
//! form changed.

use super::{checked, selected};
use crate::dates::{clock, long_date};
use crate::forms::Form;
use crate::forms::reminder_field as field;
use crate::ipc::{DesktopView, RemindersView, ZoneView};
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use chrono::{NaiveDate, NaiveTime};
use std::fmt::Write;

/// Pausing every reminder until the end of a day, or resuming them.
pub(super) fn pause(out: &mut String, paused_until: Option<NaiveDate>, today: NaiveDate) {
    section(out, "reminders-pause", "reminders-pause-title", None);
    out.push_str(&pause_form(paused_until, today));
    out.push_str("</section>");
}

/// The pause's form: a day and Pause, or, while paused, Resume.
pub fn pause_form(paused_until: Option<NaiveDate>, today: NaiveDate) -> String {
    let mut out = format!(
        "<form id=\"form-pause\" data-form=\"{}\">",
        Form::Pause.id()
    );
    match paused_until {
        Some(day) => {
            let _ = write!(
                out,
                "<p>{}</p><button type=\"submit\" class=\"button\" id=\"reminders-resume\" name=\"{}\" value=\"{}\">{}</button>",
                esc(&tr("reminders-paused", &[("date", long_date(day).into())])),
                field::DO,
                field::RESUME,
                esc(&t("reminders-resume"))
            );
        }
        None => {
            let _ = write!(
                out,
                "<div class=\"field\"><label for=\"pause-until\">{}</label>\
                 <input type=\"date\" id=\"pause-until\" name=\"{}\" min=\"{today}\"></div>\
                 <button type=\"submit\" class=\"button quiet\" id=\"reminders-pause-now\" name=\"{}\" value=\"{}\">{}</button>",
                esc(&t("reminders-pause-until")),
                field::UNTIL,
                field::DO,
                field::PAUSE,
                esc(&t("reminders-pause"))
            );
        }
    }
    out.push_str("</form>");
    out
}

/// A section's start: its heading (`id` names it) and a hint below.
fn section(out: &mut String, id: &str, title: &str, hint: Option<&str>) {
    let _ = write!(
        out,
        "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>",
        esc(&t(title))
    );
    if let Some(hint) = hint {
        let _ = write!(out, "<p class=\"hint\">{}</p>", esc(&t(hint)));
    }
}

/// The quiet hours: two times and a button.
pub(super) fn quiet(out: &mut String, quiet: Option<(NaiveTime, NaiveTime)>) {
    section(
        out,
        "reminders-quiet",
        "reminders-quiet-title",
        Some("reminders-quiet-intro"),
    );
    out.push_str(&quiet_form(quiet));
    out.push_str("</section>");
}

/// The quiet hours' form. With none set, nine in the evening to seven in
/// the morning are offered.
pub fn quiet_form(quiet: Option<(NaiveTime, NaiveTime)>) -> String {
    let (from, to) = quiet.map_or_else(
        || ("21:00".to_owned(), "07:00".to_owned()),
        |(f, t)| (clock(f), clock(t)),
    );
    format!(
        "<form id=\"form-quiet\" data-form=\"{}\"><div class=\"dates\">\
         <div class=\"field\"><label for=\"quiet-from\">{}</label><input type=\"time\" id=\"quiet-from\" name=\"{}\" value=\"{from}\"></div>\
         <div class=\"field\"><label for=\"quiet-to\">{}</label><input type=\"time\" id=\"quiet-to\" name=\"{}\" value=\"{to}\"></div>\
         </div><button type=\"submit\" class=\"button quiet\" id=\"quiet-save\">{}</button></form>",
        Form::Quiet.id(),
        esc(&t("reminders-quiet-from")),
        field::FROM,
        esc(&t("reminders-quiet-to")),
        field::TO,
        esc(&t("reminders-quiet-save"))
    )
}

/// The clock reminders follow: the system's, or a pinned zone.
pub(super) fn zone(out: &mut String, view: &RemindersView) {
    section(
        out,
        "reminders-zone",
        "reminders-zone-title",
        Some("reminders-zone-intro"),
    );
    out.push_str(&zone_form(&view.zone));
    out.push_str("</section>");
}

/// The zone's form: a choice sent as she makes it.
pub fn zone_form(zone: &ZoneView) -> String {
    let system = if zone.system.is_empty() {
        t("reminders-zone-system-unnamed")
    } else {
        tr(
            "reminders-zone-system",
            &[("zone", zone.system.clone().into())],
        )
    };
    let mut out = format!(
        "<form id=\"form-zone\" data-form=\"{}\" data-live><div class=\"field\">\
         <label for=\"reminder-zone\">{}</label><select id=\"reminder-zone\" name=\"{}\">\
         <option value=\"\"{}>{}</option>",
        Form::Zone.id(),
        esc(&t("reminders-zone")),
        field::ZONE,
        selected(zone.pinned.is_none()),
        esc(&system)
    );
    for name in &zone.choices {
        // A zone's name is an identifier, the same in every language.
        let _ = write!(
            out,
            "<option value=\"{0}\" translate=\"no\"{1}>{0}</option>",
            esc(name),
            selected(zone.pinned.as_ref() == Some(name))
        );
    }
    out.push_str("</select></div></form>");
    out
}

/// Keeping Tend in the tray, and starting it at login; nothing on a phone.
pub(super) fn desktop(out: &mut String, view: &RemindersView) {
    let Some(desktop) = view.desktop else {
        return;
    };
    section(out, "reminders-desktop", "reminders-desktop-title", None);
    out.push_str(&desktop_form(desktop));
    out.push_str("</section>");
}

/// The desktop's form: two boxes sent as she ticks them; without a tray,
/// a line saying so in place of the first.
pub fn desktop_form(desktop: DesktopView) -> String {
    let mut out = format!(
        "<form id=\"form-desktop\" data-form=\"{}\" data-live>",
        Form::Desktop.id()
    );
    if desktop.tray_shown {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"checkbox\" id=\"keep-running\" name=\"{}\" value=\"{}\"{}> {}</label>",
            field::KEEP_RUNNING,
            field::TICKED,
            checked(desktop.settings.keep_running),
            esc(&t("reminders-keep-running"))
        );
    } else {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&t("reminders-no-tray"))
        );
    }
    let _ = write!(
        out,
        "<label class=\"choice\"><input type=\"checkbox\" id=\"start-at-login\" name=\"{}\" value=\"{}\"{}> {}</label></form>",
        field::START_AT_LOGIN,
        field::TICKED,
        checked(desktop.settings.start_at_login),
        esc(&t("reminders-start-at-login"))
    );
    out
}
