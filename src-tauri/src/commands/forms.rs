//! Forms the shell writes and the page's driver sends back as she left
//! them: each is read by its reader in tend-core (`tend_core::forms`),
//! saved, and written again as saved. Settings' own choices are here; the
//! Reminders screen's forms in `reminders.rs`, Export's in `export.rs`.

use super::{Reply, Request, state};
use crate::clock::local_now;
use crate::content::content;
use crate::today;
use tauri::AppHandle;
use tend_core::forms::{Form, read_preferences};
use tend_core::ipc::{FormReply, SettingsForm, SubmitForm};
use tend_core::screen_html;

pub(crate) fn settings_form(
    app: &AppHandle,
    request: Request<SettingsForm>,
) -> Reply<SettingsForm> {
    let () = request;
    state(app).with_journal(|journal| Ok(screen_html::settings(&journal.preferences()?)))
}

pub(crate) fn submit_form(app: &AppHandle, request: Request<SubmitForm>) -> Reply<SubmitForm> {
    match Form::from_id(&request.form)? {
        Form::Preferences => {
            let content = content()?;
            // Read, checked and saved under one hold of the journal, so two
            // changes sent together cannot undo each other.
            let (reply, before, after) = state(app).with_journal(|journal| {
                let before = journal.preferences()?;
                let (after, said) = read_preferences(before, &request.fields)?;
                if after != before {
                    journal.save_preferences(after)?;
                }
                let reply = FormReply {
                    html: screen_html::settings(&after),
                    target: None,
                    language: None,
                    said: said
                        .iter()
                        .map(tend_core::Said::text)
                        .collect::<Vec<_>>()
                        .join(" "),
                    today: Some(today::view(journal, content, local_now())?),
                };
                Ok((reply, before, after))
            })?;
            if after.theme != before.theme {
                crate::desktop::follow_theme(app, after.theme);
            }
            Ok(reply)
        }
        Form::Language => super::language::submit(app, &request),
        Form::Backups => super::backups::submit(app, &request),
        form @ (Form::Country | Form::Contacts) => super::wellbeing::submit(app, form, &request),
        form @ (Form::LockOn
        | Form::KeyNoted
        | Form::LockChange
        | Form::LockOff
        | Form::LockIdle) => super::privacy::submit(app, form, &request),
        Form::Measure => super::measures::submit(app, &request),
        Form::Welcome => super::journal::submit_welcome(app, &request),
        Form::Document | Form::Data => {
            super::export_screen::submit(app, Form::from_id(&request.form)?, request)
        }
        form => super::reminders::submit(app, form, request),
    }
}
