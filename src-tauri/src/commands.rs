//! The IPC commands. Each one decodes its request (Tauri does that from
//! the types), reads the clock, calls the journal and returns tend-core's
//! response type or an `ApiError`.

use crate::state::AppState;
use crate::wellbeing::today_notices;
use chrono::NaiveDateTime;
use std::sync::LazyLock;
use tauri::State;
use tend_core::ApiError;
use tend_core::ErrorCode;
use tend_core::day::{day_ends_at, journal_day};
use tend_core::exercise::Catalogue;
use tend_core::ipc::{
    Command, DeleteEntry, DeletedEntries, FinishWelcome, GetEntry, Practice, PracticeView,
    RESTORE_DAYS, RestoreEntry, SaveCheckIn, SaveEntry, SavePreferences, SaveSession, SaveSpeech,
    SearchEntries, SetFavourite, Today, TodayView,
};
use tend_core::practice::what_helps;
use tend_core::reminder::{Reminder, ReminderKind, Rule, Weekdays};
use tend_journal::Journal;

/// The local wall-clock time: the day boundary is a local time.
pub(crate) fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// UTC, for the record of when a check-in was saved.
pub(crate) fn utc_now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

pub(crate) fn today_view(journal: &Journal, now: NaiveDateTime) -> Result<TodayView, ApiError> {
    let preferences = journal.preferences()?;
    let day = journal_day(now, preferences.day_boundary);
    Ok(TodayView {
        day,
        checkin: journal.checkin(day)?,
        preferences,
        editable_until: day_ends_at(day, preferences.day_boundary),
        notices: today_notices(journal, preferences.professional, day)?,
        next_reminder: crate::reminders::next_reminder(journal)?,
        lock_on: journal.is_locked(),
        path_next: crate::path::next_step(journal)?,
        crisis: crate::wellbeing::crisis_line(journal)?,
        welcome: !journal.welcomed()?,
    })
}

#[tauri::command(async)]
pub(crate) fn finish_welcome(
    state: State<'_, AppState>,
    request: <FinishWelcome as Command>::Request,
) -> Result<<FinishWelcome as Command>::Response, ApiError> {
    if let Some(code) = &request.country
        && !crate::wellbeing::lists_country(code)?
    {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "no helplines for that country",
        ));
    }
    let reminder = request.checkin_reminder.map(|time| Reminder {
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
    state.with_journal(|journal| {
        journal.finish_welcome(
            request.role,
            request.country.as_deref(),
            reminder,
            utc_now(),
        )?;
        today_view(journal, local_now())
    })
}

#[tauri::command(async)]
pub(crate) fn today(
    state: State<'_, AppState>,
    request: <Today as Command>::Request,
) -> Result<<Today as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| today_view(journal, local_now()))
}

#[tauri::command(async)]
pub(crate) fn save_checkin(
    state: State<'_, AppState>,
    request: <SaveCheckIn as Command>::Request,
) -> Result<<SaveCheckIn as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        let preferences = journal.preferences()?;
        let day = journal_day(local_now(), preferences.day_boundary);
        let saved = journal.save_checkin(day, request, utc_now())?;
        Ok(TodayView {
            day,
            checkin: Some(saved),
            preferences,
            editable_until: day_ends_at(day, preferences.day_boundary),
            notices: today_notices(journal, preferences.professional, day)?,
            next_reminder: crate::reminders::next_reminder(journal)?,
            lock_on: journal.is_locked(),
            path_next: crate::path::next_step(journal)?,
            crisis: crate::wellbeing::crisis_line(journal)?,
            welcome: !journal.welcomed()?,
        })
    })
}

#[tauri::command(async)]
pub(crate) fn save_preferences(
    state: State<'_, AppState>,
    request: <SavePreferences as Command>::Request,
) -> Result<<SavePreferences as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal.save_preferences(request)?;
        today_view(journal, local_now())
    })
}

static CATALOGUE: LazyLock<Result<Catalogue, String>> =
    LazyLock::new(tend_core::content::catalogue);

fn catalogue() -> Result<Catalogue, ApiError> {
    CATALOGUE
        .clone()
        .map_err(|e| ApiError::new(ErrorCode::Internal, e))
}

#[tauri::command(async)]
pub(crate) fn practice(
    state: State<'_, AppState>,
    request: <Practice as Command>::Request,
) -> Result<<Practice as Command>::Response, ApiError> {
    let () = request;
    let catalogue = catalogue()?;
    state.with_journal(|journal| {
        Ok(PracticeView {
            catalogue,
            helps: what_helps(&journal.sessions()?),
            favourites: journal.favourites()?,
            speech: journal.speech_prefs()?,
        })
    })
}

#[tauri::command(async)]
pub(crate) fn save_speech(
    state: State<'_, AppState>,
    request: <SaveSpeech as Command>::Request,
) -> Result<<SaveSpeech as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal.save_speech_prefs(&request)?;
        Ok(journal.speech_prefs()?)
    })
}

#[tauri::command(async)]
pub(crate) fn save_session(
    state: State<'_, AppState>,
    request: <SaveSession as Command>::Request,
) -> Result<<SaveSession as Command>::Response, ApiError> {
    let known = catalogue()?
        .get(&request.exercise)
        .is_some_and(|e| e.length(request.seconds_offered).is_some());
    if !known {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "no such exercise and length",
        ));
    }
    state.with_journal(|journal| {
        journal.save_session(request, utc_now())?;
        Ok(what_helps(&journal.sessions()?))
    })
}

#[tauri::command(async)]
pub(crate) fn search_entries(
    state: State<'_, AppState>,
    request: <SearchEntries as Command>::Request,
) -> Result<<SearchEntries as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.search(&request)?))
}

#[tauri::command(async)]
pub(crate) fn get_entry(
    state: State<'_, AppState>,
    request: <GetEntry as Command>::Request,
) -> Result<<GetEntry as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal
            .entry(request)?
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "there is no such entry"))
    })
}

#[tauri::command(async)]
pub(crate) fn save_entry(
    state: State<'_, AppState>,
    request: <SaveEntry as Command>::Request,
) -> Result<<SaveEntry as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.save_entry(request, utc_now())?))
}

#[tauri::command(async)]
pub(crate) fn delete_entry(
    state: State<'_, AppState>,
    request: <DeleteEntry as Command>::Request,
) -> Result<<DeleteEntry as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.delete_entry(request, utc_now())?))
}

#[tauri::command(async)]
pub(crate) fn deleted_entries(
    state: State<'_, AppState>,
    request: <DeletedEntries as Command>::Request,
) -> Result<<DeletedEntries as Command>::Response, ApiError> {
    let () = request;
    let since = utc_now() - chrono::Duration::days(RESTORE_DAYS);
    state.with_journal(|journal| Ok(journal.deleted_entries(since)?))
}

#[tauri::command(async)]
pub(crate) fn restore_entry(
    state: State<'_, AppState>,
    request: <RestoreEntry as Command>::Request,
) -> Result<<RestoreEntry as Command>::Response, ApiError> {
    state.with_journal(|journal| Ok(journal.restore_entry(request)?))
}

#[tauri::command(async)]
pub(crate) fn set_favourite(
    state: State<'_, AppState>,
    request: <SetFavourite as Command>::Request,
) -> Result<<SetFavourite as Command>::Response, ApiError> {
    if catalogue()?.get(&request.exercise).is_none() {
        return Err(ApiError::new(ErrorCode::InvalidInput, "no such exercise"));
    }
    state.with_journal(|journal| {
        journal.set_favourite(&request.exercise, request.favourite, utc_now())?;
        Ok(journal.favourites()?)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_exercises_load() {
        let catalogue = super::catalogue().unwrap();
        assert!(catalogue.exercises.len() >= 12);
    }
}
