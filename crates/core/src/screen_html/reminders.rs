//! The Reminders screen below its heading, as forms the page's driver
//! sends back (`crate::forms::read_reminders`): the list, each reminder
//! with its box to turn it on or off and its Delete; a new reminder's
//! form; pausing; quiet hours; the zone; the desktop's two settings.
//! Every control has an id, so focus comes back to it when the screen is
//! written again. The sections after the new reminder's form are in
//! `reminder_options.rs`.

use super::reminder_options::{desktop, pause, quiet, zone};
use super::{checked, selected};
use crate::dates::{clock, long_date};
use crate::forms::reminder_field as field;
use crate::forms::{Draft, Form};
use crate::ipc::{Notifications, RemindersView};
use crate::reminder::{Reminder, ReminderKind, ReminderView, Weekdays};
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use chrono::NaiveDate;
use std::fmt::Write;

/// The whole screen below its heading; `today` is the first day a pause
/// can end.
pub fn reminders(view: &RemindersView, draft: &Draft, today: NaiveDate) -> String {
    let mut out = format!("<p>{}</p>", esc(&t("reminders-intro")));
    if view.notifications == Notifications::Refused {
        let _ = write!(
            out,
            "<p class=\"urgent\">{}</p>",
            esc(&t("reminders-permission-refused"))
        );
    }
    out.push_str(&reminder_list(view));
    if view.notifications == Notifications::WillAsk {
        let _ = write!(
            out,
            "<p class=\"hint\">{}</p>",
            esc(&t("reminders-permission-ask"))
        );
    }
    out.push_str(&reminder_add(draft));
    pause(&mut out, view.paused_until, today);
    quiet(&mut out, view.quiet);
    zone(&mut out, view);
    desktop(&mut out, view);
    out
}

/// The list, or that there is none yet: written again alone when one is
/// deleted.
pub fn reminder_list(view: &RemindersView) -> String {
    let mut out = String::from("<div id=\"reminder-list\">");
    if view.reminders.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&t("reminders-none")));
    } else {
        out.push_str("<ul class=\"lines\">");
        for one in &view.reminders {
            listed(&mut out, one);
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}

/// One reminder in the list.
fn listed(out: &mut String, one: &ReminderView) {
    let r = &one.reminder;
    let name = kind_text(r);
    let when = tr(
        "reminders-when",
        &[
            ("time", clock(r.rule.time).into()),
            ("days", days_text(r.rule.days).into()),
        ],
    );
    let sent = match one.last_sent {
        Some(at) => tr(
            "reminders-last-sent",
            &[(
                "when",
                format!("{}, {}", long_date(at.date()), clock(at.time())).into(),
            )],
        ),
        None => t("reminders-not-sent"),
    };
    let _ = write!(
        out,
        "<li class=\"line\"><span class=\"line-name\">{}</span><span>{}</span>",
        esc(&name),
        esc(&when)
    );
    if r.only_if_not_done && Draft::has_only_if(r.kind) {
        let _ = write!(
            out,
            "<span class=\"hint\">{}</span>",
            esc(&t("reminders-only-if-hint"))
        );
    }
    let _ = write!(
        out,
        "<span class=\"hint\">{}</span>{}</li>",
        esc(&sent),
        reminder_switch(r)
    );
}

/// One reminder's box to turn it on or off, and its Delete.
pub fn reminder_switch(r: &Reminder) -> String {
    let id = r.id.unwrap_or_default();
    let name = kind_text(r);
    format!(
        "<form class=\"actions\" id=\"form-reminder-{id}\" data-form=\"{}\" data-live>\
         <input type=\"hidden\" name=\"{}\" value=\"{id}\">\
         <label class=\"choice\"><input type=\"checkbox\" id=\"reminder-{id}-on\" name=\"{}\" value=\"{}\"{}> {}</label>\
         <button type=\"submit\" class=\"button quiet\" id=\"reminder-{id}-delete\" name=\"{}\" value=\"{}\" aria-label=\"{}\">{}</button>\
         </form>",
        Form::Reminder.id(),
        field::ID,
        field::ON,
        field::TICKED,
        checked(r.enabled),
        esc(&tr("reminders-on", &[("name", name.clone().into())])),
        field::DO,
        field::DELETE,
        esc(&tr("reminders-delete-named", &[("name", name.into())])),
        esc(&t("reminders-delete"))
    )
}

/// The form for a new reminder, as she has filled it in: written again
/// as she changes it, since what it asks depends on the kind.
pub fn reminder_add(draft: &Draft) -> String {
    let mut out = format!(
        "<form class=\"card\" id=\"form-reminder-add\" data-form=\"{}\" data-live aria-labelledby=\"reminders-add\">\
         <h2 id=\"reminders-add\">{}</h2>\
         <div class=\"field\"><label for=\"reminder-kind\">{}</label>\
         <select id=\"reminder-kind\" name=\"{}\">",
        Form::ReminderAdd.id(),
        esc(&t("reminders-add")),
        esc(&t("reminders-kind")),
        field::KIND
    );
    for kind in ReminderKind::ALL {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            kind.id(),
            selected(kind == draft.kind),
            esc(&t(&format!("reminders-kind-{}", kind.id())))
        );
    }
    out.push_str("</select></div>");
    if draft.kind == ReminderKind::Own {
        let _ = write!(
            out,
            "<div class=\"field\"><label for=\"reminder-text\">{}</label>\
             <input type=\"text\" id=\"reminder-text\" name=\"{}\" value=\"{}\" maxlength=\"{}\"></div>",
            esc(&t("reminders-text")),
            field::TEXT,
            esc(&draft.text),
            crate::reminder::MAX_REMINDER_TEXT
        );
    } else if !draft.text.is_empty() {
        // Her words wait here while another kind is chosen.
        let _ = write!(
            out,
            "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
            field::TEXT,
            esc(&draft.text)
        );
    }
    let _ = write!(
        out,
        "<div class=\"field\"><label for=\"reminder-time\">{}</label>\
         <input type=\"time\" id=\"reminder-time\" name=\"{}\" value=\"{}\"></div>\
         <fieldset><legend>{}</legend><div class=\"choices\">",
        esc(&t("reminders-time")),
        field::TIME,
        draft.time.map(clock).unwrap_or_default(),
        esc(&t("reminders-days"))
    );
    for ((value, on), key) in field::DAYS.iter().zip(draft.days.0).zip(DAY_KEYS) {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"checkbox\" id=\"reminder-day-{value}\" name=\"{}\" value=\"{value}\"{}> {}</label>",
            field::DAY,
            checked(on),
            esc(&t(key))
        );
    }
    out.push_str("</div></fieldset>");
    if !Draft::has_only_if(draft.kind) && draft.only_if_not_done {
        // Kept, unseen, for a kind that has the box, should she go back.
        let _ = write!(
            out,
            "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
            field::ONLY_IF,
            field::TICKED
        );
    }
    if Draft::has_only_if(draft.kind) {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"checkbox\" id=\"reminder-only-if\" name=\"{}\" value=\"{}\"{}> {}</label>",
            field::ONLY_IF,
            field::TICKED,
            checked(draft.only_if_not_done),
            esc(&t(&format!("reminders-only-if-{}", draft.kind.id())))
        );
    }
    let _ = write!(
        out,
        "<div class=\"actions\"><button type=\"submit\" class=\"button\" id=\"reminder-save\" name=\"{}\" value=\"add\">{}</button></div></form>",
        field::DO,
        esc(&t("reminders-save"))
    );
    out
}

const DAY_KEYS: [&str; 7] = [
    "reminders-day-mon",
    "reminders-day-tue",
    "reminders-day-wed",
    "reminders-day-thu",
    "reminders-day-fri",
    "reminders-day-sat",
    "reminders-day-sun",
];

/// Her days in words: every day, Monday to Friday, or each day named.
fn days_text(days: Weekdays) -> String {
    if days == Weekdays::EVERY_DAY {
        t("reminders-every-day")
    } else if days == Weekdays::WORKDAYS {
        t("reminders-workdays")
    } else {
        days.0
            .iter()
            .zip(DAY_KEYS)
            .filter(|(on, _)| **on)
            .map(|(_, key)| t(key))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A reminder's name: her own words, or its kind's.
fn kind_text(reminder: &Reminder) -> String {
    match reminder.kind {
        ReminderKind::Own => reminder.text.clone(),
        kind => t(&format!("reminders-kind-{}", kind.id())),
    }
}
