//! Reminders, delivered: a loop that reads the wall clock every half
//! minute (so a machine that slept catches up at once), asks the journal
//! what is due, and shows a desktop notification with Open and Snooze
//! where the notification server offers actions. Open brings Tend forward
//! on the screen the reminder is about.
//!
//! `TEND_TEST_TICK_MS` shortens the half minute for the end-to-end tests.

use crate::commands::utc_now;
use crate::state::AppState;
use crate::wellbeing::measure_due;
#[cfg(desktop)]
use chrono::{Duration, NaiveDate};
use chrono::{TimeZone, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};
#[cfg(desktop)]
use notify_rust::{Notification, Timeout};
use std::time::Duration as StdDuration;
use tauri::{AppHandle, Manager, State};
use tend_core::ApiError;
use tend_core::ipc::{
    Command, DeleteReminder, DesktopSettings, DesktopView, NextReminder, PauseReminders, Reminders,
    RemindersView, SaveReminder, SetQuietHours, SetZone, ZoneView,
};
#[cfg(desktop)]
use tend_core::reminder::SNOOZE_MINUTES;
use tend_core::reminder::{ReminderKind, ReminderView, Waiting, local_day, next_after};
use tend_core::words::t;
#[cfg(desktop)]
use tend_core::words::tr;
use tend_journal::{Due, Journal, JournalError};

const TICK: StdDuration = StdDuration::from_secs(30);
pub(crate) const TEST_TICK_ENV: &str = "TEND_TEST_TICK_MS";

/// Starts the loop; it runs as long as the app does.
pub(crate) fn start(app: AppHandle) {
    let tick = std::env::var(TEST_TICK_ENV)
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(TICK, StdDuration::from_millis);
    std::thread::spawn(move || {
        loop {
            if let Some(due) = due_now(&app) {
                notify(&app, &due);
            }
            std::thread::sleep(tick);
        }
    });
}

/// The zone the user pinned, if it is one this build knows; otherwise
/// reminders follow the system's clock (`chrono::Local`, which honours TZ).
fn pinned_zone(journal: &Journal) -> Option<Tz> {
    journal.reminder_zone().ok().flatten()?.parse().ok()
}

/// The system's zone by name, for the Reminders screen.
fn system_zone() -> String {
    std::env::var("TZ")
        .ok()
        .filter(|name| name.parse::<Tz>().is_ok())
        .or_else(|| iana_time_zone::get_timezone().ok())
        .unwrap_or_default()
}

fn due_now(app: &AppHandle) -> Option<Due> {
    let state = app.state::<AppState>();
    // A journal that cannot be read sends nothing; the window says why.
    state
        .with_journal_quietly(|journal| {
            let due = Waiting {
                measure: measure_due(journal)?,
                path_step: crate::path::next_step(journal)?.is_some(),
            };
            let now = Utc::now();
            Ok(match pinned_zone(journal) {
                Some(zone) => journal.reminder_tick(now, &zone, due)?,
                None => journal.reminder_tick(now, &chrono::Local, due)?,
            })
        })
        .ok()
        .flatten()
}

/// The next reminder, or that they are paused, for the Today screen.
pub(crate) fn next_reminder(journal: &Journal) -> Result<Option<NextReminder>, ApiError> {
    match pinned_zone(journal) {
        Some(zone) => next_reminder_in(journal, &zone),
        None => next_reminder_in(journal, &chrono::Local),
    }
}

fn next_reminder_in<Z: TimeZone>(
    journal: &Journal,
    zone: &Z,
) -> Result<Option<NextReminder>, ApiError> {
    let now = Utc::now();
    let today = local_day(now, zone);
    if let Some(until) = journal.reminders_paused_until()?
        && until >= today
    {
        return Ok(Some(NextReminder::Paused { until }));
    }
    let next = journal
        .reminders()?
        .into_iter()
        .filter(|v| v.reminder.enabled)
        .filter_map(|v| next_after(v.reminder.rule, now, zone).map(|at| (at, v.reminder)))
        .min_by_key(|(at, _)| *at);
    Ok(next.map(|(at, r)| NextReminder::At {
        on_today: local_day(at.with_timezone(&Utc), zone) == today,
        at: at.with_timezone(zone).naive_local(),
        kind: r.kind,
        text: r.text,
    }))
}

/// The reminders with "last sent" turned from UTC into the reminders'
/// zone, the clock the user reads them on.
fn in_reminder_zone(journal: &Journal, mut list: Vec<ReminderView>) -> Vec<ReminderView> {
    fn shift<Z: TimeZone>(list: &mut [ReminderView], zone: &Z) {
        for view in list {
            view.last_sent = view
                .last_sent
                .map(|utc| utc.and_utc().with_timezone(zone).naive_local());
        }
    }
    match pinned_zone(journal) {
        Some(zone) => shift(&mut list, &zone),
        None => shift(&mut list, &chrono::Local),
    }
    list
}

/// Today in the reminders' zone: the day "pause for today" means.
#[cfg(desktop)]
pub(crate) fn reminder_today(journal: &Journal) -> NaiveDate {
    match pinned_zone(journal) {
        Some(zone) => local_day(Utc::now(), &zone),
        None => local_day(Utc::now(), &chrono::Local),
    }
}

fn body(due: &Due) -> String {
    match due.kind {
        ReminderKind::CheckIn => t("reminder-body-check_in"),
        ReminderKind::Practice => t("reminder-body-practice"),
        ReminderKind::Measure => t("reminder-body-measure"),
        ReminderKind::Path => t("reminder-body-path"),
        ReminderKind::Own => due.text.clone(),
    }
}

// A phone opens Tend from its notification itself.
#[cfg(desktop)]
/// Brings the main window forward, on `route` if one is given; without
/// one it stays where the user left it (perhaps mid-sentence).
pub(crate) fn open(app: &AppHandle, route: Option<&str>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        // Phones have no minimised windows.
        #[cfg(desktop)]
        let _ = window.unminimize();
        let _ = window.set_focus();
        if let Some(route) = route {
            let _ = window.eval(format!("window.location.hash = {route:?};"));
        }
    }
}

/// On a phone, through tauri-plugin-notification (asking for permission
/// the first time). Written for the mobile build and not compiled here:
/// see the README's "On phones".
#[cfg(mobile)]
fn notify(app: &AppHandle, due: &Due) {
    use tauri::plugin::PermissionState;
    use tauri_plugin_notification::NotificationExt;
    let notifications = app.notification();
    let allowed = match notifications.permission_state() {
        Ok(PermissionState::Granted) => true,
        Ok(PermissionState::Denied) | Err(_) => false,
        Ok(_) => matches!(
            notifications.request_permission(),
            Ok(PermissionState::Granted)
        ),
    };
    if allowed {
        let _ = notifications
            .builder()
            .title(t("reminder-title"))
            .body(body(due))
            .show();
    }
}

#[cfg(desktop)]
fn notify(app: &AppHandle, due: &Due) {
    let actions = notify_rust::get_capabilities()
        .map(|c| c.iter().any(|c| c == "actions"))
        .unwrap_or(false);
    let mut note = Notification::new();
    note.appname("Tend")
        .summary(&t("reminder-title"))
        .body(&body(due))
        .timeout(Timeout::Never);
    if actions {
        note.action("default", &t("reminder-open"));
        note.action("open", &t("reminder-open"));
        for minutes in SNOOZE_MINUTES {
            let label = tr("reminder-snooze", &[("minutes", minutes.into())]);
            note.action(&format!("snooze-{minutes}"), &label);
        }
    }
    let Ok(handle) = note.show() else {
        return;
    };
    if !actions {
        return;
    }
    let app = app.clone();
    let due = due.clone();
    std::thread::spawn(move || {
        handle.wait_for_action(|action| match action {
            "default" | "open" => open(&app, Some(due.kind.route())),
            snooze if snooze.starts_with("snooze-") => {
                let minutes = snooze
                    .trim_start_matches("snooze-")
                    .parse()
                    .unwrap_or(SNOOZE_MINUTES[1]);
                let at = Utc::now() + Duration::minutes(minutes);
                let state = app.state::<AppState>();
                let _ = state.with_journal(|j| Ok(j.snooze_reminder(due.id, due.day, at)?));
            }
            _ => {}
        });
    });
}

#[tauri::command(async)]
pub(crate) fn reminders(
    app: AppHandle,
    state: State<'_, AppState>,
    request: <Reminders as Command>::Request,
) -> Result<<Reminders as Command>::Response, ApiError> {
    let () = request;
    let desktop = crate::desktop::view(&app);
    state.with_journal(|journal| {
        Ok(RemindersView {
            reminders: in_reminder_zone(journal, journal.reminders()?),
            paused_until: journal.reminders_paused_until()?,
            quiet: journal.quiet_hours()?,
            zone: ZoneView {
                system: system_zone(),
                pinned: journal.reminder_zone()?,
                choices: TZ_VARIANTS.iter().map(|z| z.name().to_owned()).collect(),
            },
            desktop: desktop
                .map(|tray_shown| -> Result<DesktopView, ApiError> {
                    Ok(DesktopView {
                        settings: DesktopSettings {
                            keep_running: journal.keep_running()?,
                            start_at_login: crate::desktop::starts_at_login(&app),
                        },
                        tray_shown,
                    })
                })
                .transpose()?,
        })
    })
}

#[tauri::command(async)]
pub(crate) fn set_zone(
    state: State<'_, AppState>,
    request: <SetZone as Command>::Request,
) -> Result<<SetZone as Command>::Response, ApiError> {
    if let Some(name) = &request
        && name.parse::<Tz>().is_err()
    {
        return Err(ApiError::from(JournalError::UnknownZone(name.clone())));
    }
    state.with_journal(|journal| Ok(journal.set_reminder_zone(request.as_deref())?))
}

#[tauri::command(async)]
pub(crate) fn save_reminder(
    state: State<'_, AppState>,
    request: <SaveReminder as Command>::Request,
) -> Result<<SaveReminder as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.save_reminder(request, utc_now())?))
}

#[tauri::command(async)]
pub(crate) fn delete_reminder(
    state: State<'_, AppState>,
    request: <DeleteReminder as Command>::Request,
) -> Result<<DeleteReminder as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.delete_reminder(request)?))
}

#[tauri::command(async)]
pub(crate) fn set_quiet_hours(
    state: State<'_, AppState>,
    request: <SetQuietHours as Command>::Request,
) -> Result<<SetQuietHours as Command>::Response, ApiError> {
    // Equal ends mean no quiet hours at all.
    let quiet = request.filter(|(from, to)| from != to);
    state.with_journal(|journal| Ok(journal.set_quiet_hours(quiet)?))
}

#[tauri::command(async)]
pub(crate) fn pause_reminders(
    app: AppHandle,
    state: State<'_, AppState>,
    request: <PauseReminders as Command>::Request,
) -> Result<<PauseReminders as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.pause_reminders(request)?))?;
    crate::desktop::refresh_tray(&app);
    Ok(())
}
