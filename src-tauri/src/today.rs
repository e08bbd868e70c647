//! What Today shows, worked out from the journal, the content and the
//! clock; every command that answers with Today's view comes here. It uses
//! no command module, so every command module may use it.

use crate::clock::{in_reminder_zone, local_now};
use chrono::{NaiveDate, NaiveDateTime};
use tend_core::content::Content;
use tend_core::day::{day_ends_at, journal_day};
use tend_core::ipc::TodayView;
use tend_core::notices::Notice;
use tend_core::path::{GuidedPath, PathNext, progress};
use tend_core::reminder::{NextReminder, Waiting};
use tend_core::support::CrisisLine;
use tend_core::{ApiError, CheckIn, Role};
use tend_journal::Journal;

/// Today's view at `now` (local time).
pub(crate) fn view(
    journal: &Journal,
    content: &Content,
    now: NaiveDateTime,
) -> Result<TodayView, ApiError> {
    // The day, its check-in and the rest of the view on one snapshot.
    journal.in_one_read(|journal| {
        let day = journal_day(now, journal.day_boundary()?);
        let checkin = journal.checkin(day)?;
        view_with(journal, content, day, checkin)
    })
}

/// Today's view for `day`, with its check-in as just read or saved.
pub(crate) fn view_with(
    journal: &Journal,
    content: &Content,
    day: NaiveDate,
    checkin: Option<CheckIn>,
) -> Result<TodayView, ApiError> {
    journal.in_one_read(|journal| {
        let preferences = journal.preferences()?;
        let notices = notices(journal, content, preferences.professional, day)?;
        let crisis = crisis_line(journal, content)?;
        let next = next_reminder(journal)?;
        // Written in her role's words.
        let (notices, next_reminder) = tend_core::words::with_role(preferences.role, || {
            (
                notices
                    .iter()
                    .map(|n| tend_core::screen_html::notice(n, crisis.as_ref()))
                    .collect(),
                tend_core::screen_html::next_reminder(next.as_ref()),
            )
        });
        Ok(TodayView {
            day,
            checkin,
            preferences,
            editable_until: day_ends_at(day, preferences.day_boundary),
            notices,
            next_reminder,
            lock_on: journal.is_locked(),
            path_next: path_next(journal, content, preferences.role)?,
            welcome: !journal.welcomed()?,
        })
    })
}

/// The journal day it is now.
pub(crate) fn journal_today(journal: &Journal) -> Result<NaiveDate, ApiError> {
    Ok(journal_day(local_now(), journal.day_boundary()?))
}

fn notices(
    journal: &Journal,
    content: &Content,
    professional: bool,
    day: NaiveDate,
) -> Result<Vec<Notice>, ApiError> {
    Ok(journal.notices(&content.measures, professional, day)?)
}

/// What reminders of the waiting kinds wait for: a questionnaire Today
/// would offer, and a next step on an active path.
pub(crate) fn waiting(journal: &Journal, content: &Content) -> Result<Waiting, ApiError> {
    let preferences = journal.preferences()?;
    let notices = notices(
        journal,
        content,
        preferences.professional,
        journal_today(journal)?,
    )?;
    Ok(Waiting {
        measure: tend_core::notices::measure_due(&notices),
        path_step: path_next(journal, content, preferences.role)?.is_some(),
    })
}

/// The next reminder, or that they are paused, in the reminders' zone.
pub(crate) fn next_reminder(journal: &Journal) -> Result<Option<NextReminder>, ApiError> {
    let reminders: Vec<_> = journal
        .reminders()?
        .into_iter()
        .map(|v| v.reminder)
        .collect();
    let paused_until = journal.reminders_paused_until()?;
    let now = chrono::Utc::now();
    Ok(in_reminder_zone!(journal, |zone| {
        tend_core::reminder::next_reminder(&reminders, paused_until, now, zone)
    }))
}

/// The path as she sees it, with the steps for her role.
pub(crate) fn guided_path(journal: &Journal, content: &Content) -> Result<GuidedPath, ApiError> {
    Ok(content.path.for_role(journal.preferences()?.role))
}

/// The step Today suggests, while the path is active; `role` is hers, as
/// the caller has already read it.
fn path_next(
    journal: &Journal,
    content: &Content,
    role: Option<Role>,
) -> Result<Option<PathNext>, ApiError> {
    let path = content.path.for_role(role);
    let progress = progress(&path, &journal.path_events(&path.id)?);
    Ok(tend_core::path::next_step(
        &path,
        &progress,
        &content.catalogue,
    ))
}

/// The system's locale, as the C library reads it.
fn system_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
}

/// The country whose helplines are shown (see tend-core's rule).
pub(crate) fn help_country(
    journal: &Journal,
    content: &Content,
) -> Result<Option<String>, ApiError> {
    Ok(tend_core::support::help_country(
        journal.country()?.as_deref(),
        system_locale().as_deref(),
        &content.helplines,
    ))
}

/// Her country's line for a crisis; none when her country is not listed.
pub(crate) fn crisis_line(
    journal: &Journal,
    content: &Content,
) -> Result<Option<CrisisLine>, ApiError> {
    let country = help_country(journal, content)?;
    Ok(tend_core::support::crisis_line(
        country.as_deref(),
        &content.helplines,
    ))
}
