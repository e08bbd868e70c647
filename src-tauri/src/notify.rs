//! Reminders, delivered: a loop that reads the wall clock every half
//! minute (so a machine that slept catches up at once), asks the journal
//! what is due, and shows a notification with Open and Snooze where the
//! notification server offers actions. Open brings Tend forward on the
//! screen the reminder is about.

use crate::content::content;
use crate::state::AppState;
#[cfg(desktop)]
use chrono::Duration;
use chrono::Utc;
#[cfg(desktop)]
use notify_rust::{Notification, Timeout};
use std::time::Duration as StdDuration;
use tauri::{AppHandle, Manager};
use tend_core::reminder::ReminderKind;
#[cfg(desktop)]
use tend_core::reminder::SNOOZE_MINUTES;
use tend_core::words::t;
#[cfg(desktop)]
use tend_core::words::tr;
use tend_journal::Due;

const TICK: StdDuration = StdDuration::from_secs(30);

/// Starts the loop; it runs as long as the app does.
pub(crate) fn start(app: AppHandle) {
    let tick = crate::switches::reminder_tick().unwrap_or(TICK);
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
        .with_journal_quietly(|journal| {
            let due = crate::today::waiting(journal, content()?)?;
            let now = Utc::now();
            Ok(crate::clock::in_reminder_zone!(journal, |zone| journal
                .reminder_tick(now, zone, due)?))
        })
        .ok()
        .flatten()
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

/// Whether reminders can be shown: on a desktop always; on a phone as its
/// permission stands.
#[cfg(desktop)]
pub(crate) fn permission(_app: &AppHandle) -> tend_core::ipc::Notifications {
    tend_core::ipc::Notifications::Allowed
}

#[cfg(mobile)]
pub(crate) fn permission(app: &AppHandle) -> tend_core::ipc::Notifications {
    use tauri::plugin::PermissionState;
    use tauri_plugin_notification::NotificationExt;
    use tend_core::ipc::Notifications;
    match app.notification().permission_state() {
        Ok(PermissionState::Granted) => Notifications::Allowed,
        Ok(PermissionState::Denied) | Err(_) => Notifications::Refused,
        Ok(_) => Notifications::WillAsk,
    }
}

/// Asks the phone's permission if it has not been asked; a desktop has
/// nothing to ask.
#[cfg(desktop)]
pub(crate) fn ask_permission(_app: &AppHandle) {}

#[cfg(mobile)]
pub(crate) fn ask_permission(app: &AppHandle) {
    use tauri_plugin_notification::NotificationExt;
    if permission(app) == tend_core::ipc::Notifications::WillAsk {
        let _ = app.notification().request_permission();
    }
}

/// On a phone, through tauri-plugin-notification, if she allowed it when
/// she saved a reminder (the only time Tend asks). Compiled by
/// `cargo xtask android-check`.
#[cfg(mobile)]
fn notify(app: &AppHandle, due: &Due) {
    use tauri_plugin_notification::NotificationExt;
    let notifications = app.notification();
    let allowed = permission(app) == tend_core::ipc::Notifications::Allowed;
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
            "default" | "open" => crate::desktop::bring_forward(&app, Some(&due.kind.route())),
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
