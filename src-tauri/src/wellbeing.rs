//! The commands behind Insights, the periodic measures, Today's notices
//! and Get help. Like the others they read the clock and the system locale,
//! call the journal and leave every rule to tend-core.

use crate::commands::{local_now, today_view, utc_now};
use crate::state::AppState;
use chrono::NaiveDate;
use std::sync::LazyLock;
use tauri::State;
use tend_core::insights::{days_since_break, series, tag_effects};
use tend_core::ipc::Notice;
use tend_core::ipc::{
    Command, DeleteContact, DismissNotice, Help, HelpView, Insights, InsightsView, MeasureStatus,
    MeasuresList, MeasuresView, SaveContact, SaveMeasure, ScoredResult, SetCountry,
};
use tend_core::measure::Measures;
use tend_core::notices::offered;
use tend_core::support::{CrisisLine, Helplines, country_from_locale};
use tend_core::{ApiError, ErrorCode, Item, journal_day};
use tend_journal::Journal;

static MEASURES: LazyLock<Result<Measures, String>> = LazyLock::new(tend_core::content::measures);

static HELPLINES: LazyLock<Result<Helplines, String>> =
    LazyLock::new(tend_core::content::helplines);

pub(crate) fn measure_data() -> Result<&'static Measures, ApiError> {
    MEASURES
        .as_ref()
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.clone()))
}

fn helplines() -> Result<&'static Helplines, ApiError> {
    HELPLINES
        .as_ref()
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.clone()))
}

/// Today's notices, for the Today view.
pub(crate) fn today_notices(
    journal: &Journal,
    professional: bool,
    today: NaiveDate,
) -> Result<Vec<Notice>, ApiError> {
    Ok(journal.notices(measure_data()?, professional, today)?)
}

/// Whether Today would offer a questionnaire now.
pub(crate) fn measure_due(journal: &Journal) -> Result<bool, ApiError> {
    let professional = journal.preferences()?.professional;
    let notices = today_notices(journal, professional, today(journal)?)?;
    Ok(notices
        .iter()
        .any(|n| matches!(n, Notice::MeasureDue { .. })))
}

fn today(journal: &Journal) -> Result<NaiveDate, ApiError> {
    Ok(journal_day(local_now(), journal.day_boundary()?))
}

fn measures_view(journal: &Journal) -> Result<MeasuresView, ApiError> {
    let measures = measure_data()?;
    let professional = journal.preferences()?.professional;
    let results = journal.measure_results()?;
    let day = today(journal)?;
    let statuses = measures
        .measures
        .iter()
        .map(|m| {
            let mine: Vec<ScoredResult> = results
                .iter()
                .filter(|r| r.measure == m.id)
                .filter_map(|r| {
                    let scores = m.score(&r.answers).ok()?;
                    Some(ScoredResult {
                        result: r.clone(),
                        scores,
                    })
                })
                .collect();
            let last = mine.last().map(|r| r.result.day);
            MeasureStatus {
                measure: m.clone(),
                offered: offered(m.audience, professional),
                due: m.is_due(last, day),
                results: mine,
            }
        })
        .collect();
    Ok(MeasuresView {
        measures: statuses,
        crisis: crisis_line(journal)?,
    })
}

#[tauri::command(async)]
pub(crate) fn dismiss_notice(
    state: State<'_, AppState>,
    request: <DismissNotice as Command>::Request,
) -> Result<<DismissNotice as Command>::Response, ApiError> {
    let known = request == "support"
        || request
            .strip_prefix("measure.")
            .is_some_and(|id| measure_data().is_ok_and(|m| m.get(id).is_some()));
    if !known {
        return Err(ApiError::new(ErrorCode::InvalidInput, "no such notice"));
    }
    state.with_journal(|journal| {
        let day = today(journal)?;
        journal.dismiss(&request, day)?;
        today_view(journal, local_now())
    })
}

#[tauri::command(async)]
pub(crate) fn measures(
    state: State<'_, AppState>,
    request: <MeasuresList as Command>::Request,
) -> Result<<MeasuresList as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| measures_view(journal))
}

#[tauri::command(async)]
pub(crate) fn save_measure(
    state: State<'_, AppState>,
    request: <SaveMeasure as Command>::Request,
) -> Result<<SaveMeasure as Command>::Response, ApiError> {
    let measure = measure_data()?
        .get(&request.measure)
        .ok_or_else(|| ApiError::new(ErrorCode::InvalidInput, "no such measure"))?;
    state.with_journal(|journal| {
        let day = today(journal)?;
        let result = journal.save_measure_result(measure, &request.answers, day, utc_now())?;
        let scores = measure
            .score(&result.answers)
            .map_err(|e| ApiError::new(ErrorCode::InvalidInput, e.to_string()))?;
        Ok(ScoredResult { result, scores })
    })
}

#[tauri::command(async)]
pub(crate) fn insights(
    state: State<'_, AppState>,
    request: <Insights as Command>::Request,
) -> Result<<Insights as Command>::Response, ApiError> {
    let span = request;
    state.with_journal(|journal| {
        let day = today(journal)?;
        let all = journal.checkins()?;
        Ok(InsightsView {
            day,
            span,
            checkins: all.len(),
            series: Item::ALL
                .iter()
                .map(|item| (*item, series(&all, *item, day, span)))
                .collect(),
            tag_effects: Item::ALL
                .iter()
                .flat_map(|item| tag_effects(&all, *item))
                .collect(),
            days_since_break: days_since_break(&all, day),
            measures: measures_view(journal)?,
        })
    })
}

/// The system's locale, as the C library reads it.
fn system_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
}

/// The country whose helplines are shown: the one she chose, else the one
/// her system's locale names if we list it, else none, never another
/// country's numbers.
fn help_country(journal: &Journal) -> Result<Option<String>, ApiError> {
    let helplines = helplines()?;
    let chosen = journal
        .country()?
        .filter(|c| helplines.country(c).is_some());
    Ok(chosen
        .or_else(|| system_locale().and_then(|locale| country_from_locale(&locale, helplines))))
}

/// Whether Get help lists `code`.
pub(crate) fn lists_country(code: &str) -> Result<bool, ApiError> {
    Ok(helplines()?.country(code).is_some())
}

/// Her country's line for a crisis, for the line said beside a suggestion
/// of support; none when her country is not listed.
pub(crate) fn crisis_line(journal: &Journal) -> Result<Option<CrisisLine>, ApiError> {
    let helplines = helplines()?;
    Ok(help_country(journal)?
        .and_then(|code| helplines.country(&code))
        .and_then(CrisisLine::of))
}

fn help_view(journal: &Journal) -> Result<HelpView, ApiError> {
    let helplines = helplines()?;
    Ok(HelpView {
        country: help_country(journal)?,
        countries: helplines.countries.clone(),
        contacts: journal.contacts()?,
    })
}

#[tauri::command(async)]
pub(crate) fn help(
    state: State<'_, AppState>,
    request: <Help as Command>::Request,
) -> Result<<Help as Command>::Response, ApiError> {
    let () = request;
    state.with_journal(|journal| help_view(journal))
}

#[tauri::command(async)]
pub(crate) fn set_country(
    state: State<'_, AppState>,
    request: <SetCountry as Command>::Request,
) -> Result<<SetCountry as Command>::Response, ApiError> {
    if helplines()?.country(&request).is_none() {
        return Err(ApiError::new(
            ErrorCode::InvalidInput,
            "no helplines for that country",
        ));
    }
    state.with_journal(|journal| {
        journal.set_country(&request)?;
        help_view(journal)
    })
}

#[tauri::command(async)]
pub(crate) fn save_contact(
    state: State<'_, AppState>,
    request: <SaveContact as Command>::Request,
) -> Result<<SaveContact as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal.save_contact(request)?;
        help_view(journal)
    })
}

#[tauri::command(async)]
pub(crate) fn delete_contact(
    state: State<'_, AppState>,
    request: <DeleteContact as Command>::Request,
) -> Result<<DeleteContact as Command>::Response, ApiError> {
    state.with_journal(|journal| {
        journal.delete_contact(request)?;
        help_view(journal)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_measures_and_helplines_load() {
        assert_eq!(super::measure_data().unwrap().measures.len(), 3);
        assert!(super::helplines().unwrap().country("GB").is_some());
    }
}
