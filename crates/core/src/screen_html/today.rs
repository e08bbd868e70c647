//! Today's notices, each with its way forward and the button that sets it
//! aside, and Today's line on the next reminder.

use super::help::crisis_note;
use crate::dates;
use crate::insights::SupportReason;
use crate::ipc::NoticeCard;
use crate::notices::Notice;
use crate::reminder::{NextReminder, ReminderKind};
use crate::route::Route;
use crate::summary::escape_html as esc;
use crate::support::CrisisLine;
use crate::words::{t, tr};
use std::fmt::Write;

/// A notice on Today, with its way forward and the button that sets it
/// aside. The button has no handler of its own: it carries the notice's
/// key in `data-set-aside`, and the UI listens around the cards.
pub fn notice(notice: &Notice, crisis: Option<&CrisisLine>) -> NoticeCard {
    let key = notice.key();
    let button = |words: &str| {
        format!(
            "<button type=\"button\" class=\"button quiet\" data-set-aside=\"{}\">{}</button>",
            esc(&key),
            esc(words)
        )
    };
    let html = match notice {
        Notice::MeasureDue { measure, name } => {
            let answer = tr("notice-measure-answer", &[("name", name.clone().into())]);
            let said = tr("notice-measure", &[("name", name.clone().into())]);
            format!(
                "<section class=\"card notice\" aria-label=\"{0}\"><p>{1}</p><div class=\"actions\"><a class=\"button\" href=\"{2}\">{0}</a>{3}</div></section>",
                esc(&answer),
                esc(&said),
                esc(&Route::Measure {
                    id: measure.clone()
                }
                .href()),
                button(&t("notice-measure-later"))
            )
        }
        Notice::Support { reasons } => {
            let mut out = format!(
                "<section class=\"card notice support\" aria-labelledby=\"notice-support\"><h2 id=\"notice-support\">{}</h2>",
                esc(&t("notice-support-title"))
            );
            for reason in reasons {
                let _ = write!(out, "<p>{}</p>", esc(&reason_text(reason)));
            }
            let _ = write!(out, "<p>{}</p>", esc(&t("notice-support-suggest")));
            if reasons.iter().any(SupportReason::carries_crisis_line) {
                out.push_str(&crisis_note(crisis));
            }
            let _ = write!(
                out,
                "<div class=\"actions\"><a class=\"button\" href=\"{}\">{}</a>{}</div></section>",
                Route::Help.href(),
                esc(&t("notice-support-help")),
                button(&t("notice-support-later"))
            );
            out
        }
    };
    NoticeCard {
        support: matches!(notice, Notice::Support { .. }),
        key,
        html,
    }
}

/// Why support is suggested, in plain words.
fn reason_text(reason: &SupportReason) -> String {
    let score = |id: &str, value: f64| tr(id, &[("score", format!("{value:.0}").into())]);
    match reason {
        SupportReason::Exhausted { days, of } => tr(
            "notice-support-exhausted",
            &[("days", (*days).into()), ("of", (*of).into())],
        ),
        SupportReason::LowMood { days, of } => tr(
            "notice-support-low-mood",
            &[("days", (*days).into()), ("of", (*of).into())],
        ),
        SupportReason::LowWellbeing { score: s } => score("notice-support-wellbeing", *s),
        SupportReason::Burnout { score: s } => score("notice-support-burnout", *s),
        SupportReason::SecondaryStress { score: s } => score("notice-support-stress", *s),
    }
}

/// Today's line on the next reminder (or that all are paused, or that none
/// is set), with the way to change them.
pub fn next_reminder(next: Option<&NextReminder>) -> String {
    let said = match next {
        None => t("today-reminder-none"),
        Some(NextReminder::Paused { until }) => tr(
            "today-reminder-paused",
            &[("date", dates::day_month(*until).into())],
        ),
        Some(NextReminder::At {
            at,
            kind,
            text,
            on_today,
        }) => {
            let what = match kind {
                ReminderKind::Own => text.clone(),
                kind => t(&format!("reminders-kind-{}", kind.id())),
            };
            let time = dates::clock(at.time());
            let when = if *on_today {
                tr("today-reminder-today", &[("time", time.into())])
            } else {
                tr(
                    "today-reminder-on",
                    &[
                        ("day", dates::weekday(at.date()).into()),
                        ("time", time.into()),
                    ],
                )
            };
            tr(
                "today-reminder-next",
                &[("when", when.into()), ("what", what.into())],
            )
        }
    };
    format!(
        "<p class=\"hint\">{} <a href=\"{}\">{}</a></p>",
        esc(&said),
        Route::Reminders.href(),
        esc(&t("today-reminder-link"))
    )
}
