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
use chrono::{Duration, Utc};
#[cfg(desktop)]
use notify_rust::{Notification, Timeout};
use std::time::Duration as StdDuration;
use tauri::{AppHandle, Manager, State};
use tend_core::ApiError;
use tend_core::ipc::{
    Command, DeleteReminder, PauseReminders, Reminders, RemindersView, SaveReminder, SetQuietHours,
};
use tend_core::reminder::{ReminderKind, SNOOZE_MINUTES};
use tend_core::words::{t, tr};
use tend_journal::Due;

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

fn due_now(app: &AppHandle) -> Option<Due> {
    let state = app.state::<AppState>();
    // A journal that cannot be read sends nothing; the window says why.
    state
        .with_journal(|journal| {
            let due = measure_due(journal)?;
            Ok(journal.reminder_tick(Utc::now(), &chrono::Local, due)?)
        })
        .ok()
        .flatten()
}

#[cfg(desktop)]
fn body(due: &Due) -> String {
    match due.kind {
        ReminderKind::CheckIn => t("reminder-body-check_in"),
        ReminderKind::Practice => t("reminder-body-practice"),
        ReminderKind::Measure => t("reminder-body-measure"),
        ReminderKind::Own => due.text.clone(),
    }
}

/// Brings the main window forward on `route`.
pub(crate) fn open(app: &AppHandle, route: &str) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
        let _ = window.eval(format!("window.location.hash = {route:?};"));
    }
}

#[cfg(mobile)]
fn notify(_app: &AppHandle, _due: &Due) {
    // Phones need tauri-plugin-notification; not built or tested here.
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
            "default" | "open" => open(&app, due.kind.route()),
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
    state: State<'_, AppState>,
    request: <Reminders as Command>::Request,
) -> Result<<Reminders as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| {
        Ok(RemindersView {
            reminders: journal.reminders()?,
            paused_until: journal.reminders_paused_until()?,
            quiet: journal.quiet_hours()?,
        })
    })
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
    state: State<'_, AppState>,
    request: <PauseReminders as Command>::Request,
) -> Result<<PauseReminders as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.pause_reminders(request)?))
}
