//! The Reminders screen: the list, a new reminder, pausing, quiet hours,
//! the schedule's zone and the desktop settings shown beside them, written
//! as forms (`tend_core::screen_html::reminders`) and read back by
//! tend-core's reader (`tend_core::forms::read_reminders`).

use super::{Reply, Request, state};
use crate::clock::{in_reminder_zone, local_now, system_zone, utc_now};
use crate::content::content;
use crate::today;
use chrono::TimeZone;
use chrono_tz::TZ_VARIANTS;
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::forms::{Draft, Form, Offered, RemindersChange, read_reminders};
use tend_core::ipc::{
    DesktopSettings, DesktopView, FormFields, FormReply, RemindersScreen, RemindersView, ZoneView,
};
use tend_core::reminder::ReminderView;
use tend_core::screen_html;
use tend_journal::Journal;

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

/// What the screen shows, read from the journal; `tray_shown` as
/// `desktop::view` says, none on a phone.
fn view(
    app: &AppHandle,
    journal: &Journal,
    tray_shown: Option<bool>,
) -> Result<RemindersView, ApiError> {
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
        desktop: tray_shown
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
}

pub(crate) fn reminders_screen(
    app: &AppHandle,
    request: Request<RemindersScreen>,
) -> Reply<RemindersScreen> {
    let () = request;
    let tray_shown = crate::desktop::view(app);
    let today = local_now().date();
    state(app).with_journal(|journal| {
        Ok(screen_html::reminders(
            &view(app, journal, tray_shown)?,
            &Draft::default(),
            today,
        ))
    })
}

/// Reads one of the screen's forms, saves what it asks, and writes again
/// either that form alone (when nothing else on the screen changed, so
/// what she has half filled in elsewhere stays) or the whole screen.
pub(crate) fn submit(
    app: &AppHandle,
    form: Form,
    request: FormFields,
) -> Result<FormReply, ApiError> {
    let content = content()?;
    let tray_shown = crate::desktop::view(app);
    let today = local_now().date();
    let (reply, change) = state(app).with_journal(|journal| {
        let before = view(app, journal, tray_shown)?;
        let ids: Vec<i64> = before
            .reminders
            .iter()
            .filter_map(|r| r.reminder.id)
            .collect();
        let offered = Offered {
            today,
            reminders: &ids,
            zones: &before.zone.choices,
            desktop: before.desktop,
        };
        let change = read_reminders(form, &request.fields, request.sent, &offered)?;
        save(app, journal, &before, &change)?;
        let after = view(app, journal, tray_shown)?;
        // Only what changed is written again, so what she has begun
        // elsewhere on the screen stays; a new reminder, saved, resets
        // its form and the list together.
        let whole = || {
            (
                screen_html::reminders(&after, &Draft::default(), today),
                None,
            )
        };
        let one = |html: String, id: String| (html, Some(id));
        let (html, target) = match &change {
            RemindersChange::Draft(draft) => one(
                screen_html::reminder_add(draft),
                "form-reminder-add".to_owned(),
            ),
            RemindersChange::Switch { id, .. } => {
                match after.reminders.iter().find(|r| r.reminder.id == Some(*id)) {
                    Some(r) => one(
                        screen_html::reminder_switch(&r.reminder),
                        format!("form-reminder-{id}"),
                    ),
                    None => whole(),
                }
            }
            RemindersChange::Pause(_) | RemindersChange::Resume => one(
                screen_html::pause_form(after.paused_until, today),
                "form-pause".to_owned(),
            ),
            RemindersChange::Quiet(_) => one(
                screen_html::quiet_form(after.quiet),
                "form-quiet".to_owned(),
            ),
            RemindersChange::Zone(_) => {
                one(screen_html::zone_form(&after.zone), "form-zone".to_owned())
            }
            RemindersChange::Desktop(_) => match after.desktop {
                Some(desktop) => one(
                    screen_html::desktop_form(desktop),
                    "form-desktop".to_owned(),
                ),
                None => whole(),
            },
            RemindersChange::Delete(_) => one(
                screen_html::reminder_list(&after),
                "reminder-list".to_owned(),
            ),
            RemindersChange::Add(_) => whole(),
        };
        let today_view = match change {
            RemindersChange::Draft(_) => None,
            _ => Some(today::view(journal, content, local_now())?),
        };
        let reply = FormReply {
            html,
            target,
            said: change.said().map(|s| s.text()).unwrap_or_default(),
            today: today_view,
            language: None,
        };
        Ok((reply, change))
    })?;
    // What lies outside the journal.
    match change {
        RemindersChange::Add(_) | RemindersChange::Switch { on: true, .. } => {
            // A phone asks when she has just said she wants reminders, and
            // the screen told her the question was coming.
            crate::notify::ask_permission(app);
        }
        RemindersChange::Pause(_) | RemindersChange::Resume => crate::desktop::refresh_tray(app),
        _ => {}
    }
    Ok(reply)
}

/// Saves one change in the journal (and, for starting at login, in the
/// desktop's autostart entry).
fn save(
    app: &AppHandle,
    journal: &mut Journal,
    before: &RemindersView,
    change: &RemindersChange,
) -> Result<(), ApiError> {
    match change {
        RemindersChange::Draft(_) => {}
        RemindersChange::Switch { id, on } => {
            if let Some(r) = before.reminders.iter().find(|r| r.reminder.id == Some(*id)) {
                let mut reminder = r.reminder.clone();
                reminder.enabled = *on;
                journal.save_reminder(reminder, utc_now())?;
            }
        }
        RemindersChange::Delete(id) => journal.delete_reminder(*id)?,
        RemindersChange::Add(reminder) => {
            journal.save_reminder(reminder.clone(), utc_now())?;
        }
        RemindersChange::Pause(day) => journal.pause_reminders(Some(*day))?,
        RemindersChange::Resume => journal.pause_reminders(None)?,
        RemindersChange::Quiet(quiet) => journal.set_quiet_hours(*quiet)?,
        RemindersChange::Zone(zone) => journal.set_reminder_zone(zone.as_deref())?,
        RemindersChange::Desktop(settings) => {
            journal.set_keep_running(settings.keep_running)?;
            super::desktop::set_start_at_login(app, settings.start_at_login)?;
        }
    }
    Ok(())
}
