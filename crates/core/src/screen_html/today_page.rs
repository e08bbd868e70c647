//! Today below its heading, and the window's frame around it, as HTML.
//! The UI writes Today's part with these same functions; the shell writes
//! the whole window with them into `index.html`, so her Today is painted,
//! in her words, before the UI's code has loaded, and the UI that takes
//! over shows exactly the same.

use super::esc;
use crate::Item;
use crate::dates;
use crate::ipc::{NoticeCard, TodayView};
use crate::path::PathStep;
use crate::route::Route;
use crate::words::{t, tr};
use chrono::Timelike;
use std::fmt::Write;

/// The practice behind "30 seconds now": eyes open, discreet, anywhere.
const QUICK_PRACTICE: &str = "soothing_breath";

/// The screen a path's step opens: its practice, or writing it.
pub fn step_route(step: &PathStep) -> Route {
    match step.seconds {
        Some(seconds) if !step.writing => Route::Play {
            id: step.exercise.clone(),
            seconds,
        },
        _ => Route::PathWrite {
            step: step.id.clone(),
        },
    }
}

/// "1 minute", "5 minutes", or "writing".
pub fn step_length(step: &PathStep) -> String {
    match step.seconds {
        Some(s) if !step.writing && s < 60 => tr("path-seconds", &[("n", s.into())]),
        Some(s) if !step.writing => tr("path-minutes", &[("n", (s / 60).into())]),
        _ => t("path-writing"),
    }
}

/// The line under Today's heading: the day, in full.
pub fn today_date(view: &TodayView) -> String {
    format!(
        "<p class=\"subtitle\">{}</p>",
        esc(&dates::weekday_long_date(view.day))
    )
}

/// Today below its heading, its date and the welcome: the suggestions of
/// support, the check-in (its way in, or what she gave and the way to
/// change it), the questionnaires due, a practice, the path's next step and
/// the line on reminders. The notices' set-aside buttons carry their keys
/// (`data-set-aside`) and have no handler of their own.
pub fn today_body(view: &TodayView) -> String {
    let mut out = String::new();
    notices(&mut out, &view.notices, true);
    checkin(&mut out, view);
    notices(&mut out, &view.notices, false);
    let quick = Route::Play {
        id: QUICK_PRACTICE.to_owned(),
        seconds: 30,
    };
    let _ = write!(
        out,
        "<section class=\"card\" aria-labelledby=\"today-practice\">\
         <h2 id=\"today-practice\">{}</h2><p>{}</p>\
         <a class=\"button quiet\" href=\"{}\">{}</a></section>",
        esc(&t("today-practice")),
        esc(&t("today-practice-offer")),
        esc(&quick.href()),
        esc(&t("today-30-seconds")),
    );
    if let Some(next) = &view.path_next {
        let line = tr(
            "today-path",
            &[
                ("week", next.week.into()),
                ("title", next.title.clone().into()),
                ("length", step_length(&next.step).into()),
            ],
        );
        let _ = write!(
            out,
            "<section class=\"card\" aria-labelledby=\"today-path\">\
             <h2 id=\"today-path\">{}</h2><p>{}</p>\
             <a class=\"button quiet\" href=\"{}\">{}</a>\
             <a class=\"button quiet\" href=\"{}\">{}</a></section>",
            esc(&t("practise-path-title")),
            esc(&line),
            esc(&step_route(&next.step).href()),
            esc(&tr("path-begin", &[("name", next.title.clone().into())])),
            esc(&Route::Path.href()),
            esc(&t("today-path-link")),
        );
    }
    out.push_str(&view.next_reminder);
    out
}

/// The notices of one kind: suggestions of support, or questionnaires due.
fn notices(out: &mut String, all: &[NoticeCard], support: bool) {
    for card in all.iter().filter(|n| n.support == support) {
        out.push_str(&card.html);
    }
}

/// The way to today's check-in, or what she gave and how long it can change.
fn checkin(out: &mut String, view: &TodayView) {
    let href = esc(&Route::CheckIn.href());
    let Some(given) = &view.checkin else {
        let _ = write!(
            out,
            "<p>{}</p><a class=\"button\" href=\"{href}\">{}</a>",
            esc(&t("today-invite")),
            esc(&t("today-checkin-now")),
        );
        return;
    };
    let end = view.editable_until.time();
    let until = if end.hour() == 0 && end.minute() == 0 {
        t("time-midnight")
    } else {
        tr("time-tomorrow", &[("time", dates::clock(end).into())])
    };
    let _ = write!(
        out,
        "<p>{}</p><section class=\"card\" aria-labelledby=\"today-summary\">\
         <h2 id=\"today-summary\">{}</h2><dl class=\"summary\">",
        esc(&tr("today-done", &[("time", until.into())])),
        esc(&t("today-summary")),
    );
    for item in Item::ALL {
        let _ = write!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            esc(&t(&format!("checkin-short-{}", item.id()))),
            esc(&tr(
                "checkin-value",
                &[("value", given.ratings.get(item).into())]
            )),
        );
    }
    let _ = write!(
        out,
        "</dl></section><a class=\"button quiet\" href=\"{href}\">{}</a>",
        esc(&t("today-change")),
    );
}

/// The window's frame as the UI draws it on Today, Today marked in the bar
/// as the screen shown, around `main`; each element's attributes in the
/// order the UI puts them, so the two serialise alike. No "Hide now": a
/// journal with the lock on opens locked, and is never written here.
pub fn window_frame(main: &str) -> String {
    let mut out = format!(
        "<a href=\"#main\" class=\"skip-link\">{}</a><header class=\"bar\">\
         <span class=\"brand\">{}</span><nav aria-label=\"{}\"><ul class=\"nav\">",
        esc(&t("skip-to-content")),
        esc(&t("app-name")),
        esc(&t("nav-label")),
    );
    for (route, id) in [
        (Route::Today, "nav-today"),
        (Route::CheckIn, "nav-checkin"),
        (Route::Practise, "nav-practise"),
        (Route::Journal, "nav-journal"),
        (Route::Insights, "nav-insights"),
    ] {
        nav_link(&mut out, &route, id, "");
    }
    let _ = write!(
        out,
        "</ul></nav><nav aria-label=\"{}\" class=\"aside\"><ul class=\"nav\">",
        esc(&t("nav-more-label"))
    );
    nav_link(&mut out, &Route::Settings, "nav-settings", "");
    nav_link(&mut out, &Route::Help, "nav-help", " class=\"help-link\"");
    let _ = write!(
        out,
        "</ul></nav></header><main id=\"main\" tabindex=\"-1\">{main}</main>"
    );
    out
}

fn nav_link(out: &mut String, route: &Route, id: &str, item_attrs: &str) {
    let current = if *route == Route::Today {
        " aria-current=\"page\""
    } else {
        ""
    };
    let _ = write!(
        out,
        "<li{item_attrs}><a href=\"{}\"{current}>{}</a></li>",
        esc(&route.href()),
        esc(&t(id)),
    );
}

/// Today whole, as the UI shows it once she has been welcomed: its heading
/// (which the UI focuses as the screen opens), its date and its body.
pub fn today_main(view: &TodayView) -> String {
    format!(
        "<h1 tabindex=\"-1\">{}</h1>{}<div>{}</div>",
        esc(&t("today-title")),
        today_date(view),
        today_body(view),
    )
}

/// `index.html` (as built, `template`) with her window painted in it:
/// the root element speaking `lang` in her theme and text size, and the
/// calm empty frame the page shows before the UI's code is ready replaced
/// by `frame` (`window_frame`), no longer hidden from screen readers, as
/// it now has her words and working links. The body stays busy until the
/// UI takes over. `None` when the template is not the one Tend ships.
pub fn index_with_window(
    template: &str,
    lang: &str,
    prefs: crate::Preferences,
    frame: &str,
) -> Option<String> {
    let root_start = template.find("<html")?;
    let root_end = root_start + template[root_start..].find('>')? + 1;
    let boot = template.find(" id=\"boot\"")?;
    let frame_start = template[..boot].rfind("<div")?;
    let app = template.find("<div id=\"app\">")?;
    if app < boot {
        return None;
    }
    let frame_end = template[..app].rfind("</div>")? + "</div>".len();
    let mut out = String::with_capacity(template.len() + frame.len() + 64);
    out.push_str(&template[..root_start]);
    let _ = write!(out, "<html lang=\"{}\"", esc(lang));
    if prefs.theme != crate::Theme::System {
        let _ = write!(out, " data-theme=\"{}\"", esc(prefs.theme.id()));
    }
    let _ = write!(out, " data-text-size=\"{}\">", prefs.text_size.percent());
    out.push_str(&template[root_end..frame_start]);
    let _ = write!(out, "<div class=\"shell boot\" id=\"boot\">{frame}</div>");
    out.push_str(&template[frame_end..]);
    Some(out)
}
