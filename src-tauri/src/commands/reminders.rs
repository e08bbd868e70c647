//! The Reminders screen: the list, the schedule's zone, quiet hours,
//! pausing, and the desktop settings shown beside them.

use super::{Reply, Request, state};
use crate::clock::{in_reminder_zone, system_zone, utc_now};
use chrono::TimeZone;
use chrono_tz::{TZ_VARIANTS, Tz};
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::ipc::{
    DeleteReminder, DesktopSettings, DesktopView, PauseReminders, Reminders, RemindersView,
    SaveReminder, SetQuietHours, SetZone, ZoneView,
};
use tend_core::reminder::ReminderView;
use tend_journal::{Journal, JournalError};

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
    in_reminder_zone!(journal, |zone| shift(&mut list, zone));
    list
}

pub(crate) fn reminders(app: &AppHandle, request: Request<Reminders>) -> Reply<Reminders> {
    let state = state(app);
    let () = request;
    let desktop = crate::desktop::view(app);
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
            notifications: crate::notify::permission(app),
            desktop: desktop
                .map(|tray_shown| -> Result<DesktopView, ApiError> {
                    Ok(DesktopView {
                        settings: DesktopSettings {
                            keep_running: journal.keep_running()?,
                            start_at_login: crate::desktop::starts_at_login(app),
                        },
                        tray_shown,
                    })
                })
                .transpose()?,
        })
    })
}

pub(crate) fn set_zone(app: &AppHandle, request: Request<SetZone>) -> Reply<SetZone> {
    let state = state(app);
    if let Some(name) = &request
        && name.parse::<Tz>().is_err()
    {
        return Err(ApiError::from(JournalError::UnknownZone(name.clone())));
    }
    state.with_journal(|journal| Ok(journal.set_reminder_zone(request.as_deref())?))
}

pub(crate) fn save_reminder(
    app: &AppHandle,
    request: Request<SaveReminder>,
) -> Reply<SaveReminder> {
    let state = state(app);
    let saved = state.with_journal(|journal| Ok(journal.save_reminder(request, utc_now())?))?;
    // The one time a phone asks: she has just said she wants reminders,
    // and the screen told her the question was coming.
    crate::notify::ask_permission(app);
    Ok(saved)
}

pub(crate) fn delete_reminder(
    app: &AppHandle,
    request: Request<DeleteReminder>,
) -> Reply<DeleteReminder> {
    let state = state(app);
    state.with_journal(|journal| Ok(journal.delete_reminder(request)?))
}

pub(crate) fn set_quiet_hours(
    app: &AppHandle,
    request: Request<SetQuietHours>,
) -> Reply<SetQuietHours> {
    let state = state(app);
    // Equal ends mean no quiet hours at all.
    let quiet = request.filter(|(from, to)| from != to);
    state.with_journal(|journal| Ok(journal.set_quiet_hours(quiet)?))
}

pub(crate) fn pause_reminders(
    app: &AppHandle,
    request: Request<PauseReminders>,
) -> Reply<PauseReminders> {
    let state = state(app);
    state.with_journal(|journal| Ok(journal.pause_reminders(request)?))?;
    crate::desktop::refresh_tray(app);
    Ok(())
}
