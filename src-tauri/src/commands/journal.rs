//! Today, the check-in, practices and the journal's entries.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use crate::today;
use tauri::AppHandle;
use tend_core::ApiError;
use tend_core::content::Content;
use tend_core::day::journal_day;
use tend_core::forms::read_welcome;
use tend_core::ipc::{
    DeleteEntry, DeletedEntries, FormFields, FormReply, GetEntry, Practice, PracticeView,
    RESTORE_DAYS, RestoreEntry, SaveCheckIn, SaveEntry, SaveSession, SaveSpeech, SearchEntries,
    SetFavourite, Today,
};
use tend_core::practice::what_helps;
use tend_core::reminder::{Reminder, ReminderKind, Rule, Weekdays};
use tend_journal::Journal;

pub(crate) fn today(app: &AppHandle, request: Request<Today>) -> Reply<Today> {
    let () = request;
    if let Some(wait) = crate::switches::slow_today() {
        std::thread::sleep(wait);
    }
    let content = content()?;
    state(app).with_journal(|journal| today::view(journal, content, local_now()))
}

/// The welcome answered (or skipped, every choice empty): saved, never
/// shown again, and Today as it now stands.
pub(crate) fn submit_welcome(app: &AppHandle, request: &FormFields) -> Result<FormReply, ApiError> {
    let content = content()?;
    let countries: Vec<String> = content
        .helplines
        .countries
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let answers = read_welcome(&request.fields, request.sent, &countries)?;
    let reminder = answers.checkin_reminder.map(|time| Reminder {
        id: None,
        kind: ReminderKind::CheckIn,
        rule: Rule {
            time,
            days: Weekdays::EVERY_DAY,
        },
        only_if_not_done: true,
        text: String::new(),
        enabled: true,
    });
    let today = state(app).with_journal(|journal| {
        // Answered once only: a second press of Save changes nothing.
        if journal.welcomed()? {
            return today::view(journal, content, local_now());
        }
        journal.finish_welcome(
            answers.role,
            answers.country.as_deref(),
            reminder,
            utc_now(),
        )?;
        today::view(journal, content, local_now())
    })?;
    Ok(FormReply {
        html: String::new(),
        target: None,
        said: tend_core::words::t("welcome-done"),
        today: Some(today),
        language: None,
    })
}

pub(crate) fn save_checkin(app: &AppHandle, request: Request<SaveCheckIn>) -> Reply<SaveCheckIn> {
    let content = content()?;
    state(app).with_journal(|journal| save_checkin_in(journal, content, request))
}

/// Saves today's check-in and answers with Today's view: the whole of the
/// command but for finding the journal, which the benchmark times.
pub(crate) fn save_checkin_in(
    journal: &mut Journal,
    content: &Content,
    request: Request<SaveCheckIn>,
) -> Reply<SaveCheckIn> {
    let day = journal_day(local_now(), journal.day_boundary()?);
    let saved = journal.save_checkin(day, request, utc_now())?;
    today::view_with(journal, content, day, Some(saved))
}

pub(crate) fn practice(app: &AppHandle, request: Request<Practice>) -> Reply<Practice> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        Ok(PracticeView {
            catalogue: content.catalogue.clone(),
            helps: tend_core::screen_html::helps(
                &what_helps(&journal.sessions()?),
                &content.catalogue,
            ),
            favourites: journal.favourites()?,
            speech: journal.speech_prefs()?,
        })
    })
}

pub(crate) fn save_speech(app: &AppHandle, request: Request<SaveSpeech>) -> Reply<SaveSpeech> {
    state(app).with_journal(|journal| {
        journal.save_speech_prefs(&request)?;
        Ok(journal.speech_prefs()?)
    })
}

pub(crate) fn save_session(app: &AppHandle, request: Request<SaveSession>) -> Reply<SaveSession> {
    let known = content()?
        .catalogue
        .get(&request.exercise)
        .is_some_and(|e| e.length(request.seconds_offered).is_some());
    if !known {
        return Err(ApiError::not_offered("no such exercise and length"));
    }
    state(app).with_journal(|journal| {
        journal.save_session(request, utc_now())?;
        Ok(())
    })
}

pub(crate) fn search_entries(
    app: &AppHandle,
    request: Request<SearchEntries>,
) -> Reply<SearchEntries> {
    state(app).with_journal(|journal| {
        let list = journal.search(&request)?;
        Ok(tend_core::ipc::Found {
            count: list.len(),
            html: tend_core::screen_html::entries(&list),
        })
    })
}

pub(crate) fn get_entry(app: &AppHandle, request: Request<GetEntry>) -> Reply<GetEntry> {
    state(app).with_journal(|journal| {
        journal
            .entry(request)?
            .ok_or_else(|| ApiError::from(tend_journal::JournalError::NoSuchEntry))
    })
}

pub(crate) fn save_entry(app: &AppHandle, request: Request<SaveEntry>) -> Reply<SaveEntry> {
    state(app).with_journal(|journal| Ok(journal.save_entry(request, utc_now())?))
}

pub(crate) fn delete_entry(app: &AppHandle, request: Request<DeleteEntry>) -> Reply<DeleteEntry> {
    state(app).with_journal(|journal| Ok(journal.delete_entry(request, utc_now())?))
}

pub(crate) fn deleted_entries(
    app: &AppHandle,
    request: Request<DeletedEntries>,
) -> Reply<DeletedEntries> {
    let () = request;
    let since = utc_now() - chrono::Duration::days(RESTORE_DAYS);
    state(app).with_journal(|journal| Ok(journal.deleted_entries(since)?))
}

pub(crate) fn restore_entry(
    app: &AppHandle,
    request: Request<RestoreEntry>,
) -> Reply<RestoreEntry> {
    state(app).with_journal(|journal| Ok(journal.restore_entry(request)?))
}

pub(crate) fn set_favourite(
    app: &AppHandle,
    request: Request<SetFavourite>,
) -> Reply<SetFavourite> {
    if content()?.catalogue.get(&request.exercise).is_none() {
        return Err(ApiError::not_offered("no such exercise"));
    }
    state(app).with_journal(|journal| {
        journal.set_favourite(&request.exercise, request.favourite, utc_now())?;
        Ok(journal.favourites()?)
    })
}
