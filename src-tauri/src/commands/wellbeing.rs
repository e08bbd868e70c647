//! Insights, the questionnaires, Today's notices and Get help.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use crate::today::{self, crisis_line, help_country, journal_today};
use tauri::AppHandle;
use tend_core::content::Content;
use tend_core::ipc::{
    AboutTend, DeleteContact, DismissNotice, Help, HelpView, Insights, InsightsScreen,
    InsightsView, MeasureForm, MeasureToAnswer, MeasuresList, MeasuresView, SaveContact,
    SaveMeasure, SetCountry,
};
use tend_core::{ApiError, ErrorCode};
use tend_journal::Journal;

fn measures_view(journal: &Journal, content: &Content) -> Result<MeasuresView, ApiError> {
    Ok(MeasuresView {
        measures: tend_core::measure::statuses(
            &content.measures,
            &journal.measure_results()?,
            journal.preferences()?.professional,
            journal_today(journal)?,
        ),
        crisis: crisis_line(journal, content)?,
    })
}

pub(crate) fn dismiss_notice(
    app: &AppHandle,
    request: Request<DismissNotice>,
) -> Reply<DismissNotice> {
    let content = content()?;
    let known = request == "support"
        || request
            .strip_prefix("measure.")
            .is_some_and(|id| content.measures.get(id).is_some());
    if !known {
        return Err(ApiError::not_offered("no such notice"));
    }
    state(app).with_journal(|journal| {
        journal.dismiss(&request, journal_today(journal)?)?;
        today::view(journal, content, local_now())
    })
}

pub(crate) fn measures(app: &AppHandle, request: Request<MeasuresList>) -> Reply<MeasuresList> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let view = measures_view(journal, content)?;
        let role = journal.preferences()?.role;
        Ok(tend_core::words::with_role(role, || {
            tend_core::screen_html::measures(&view)
        }))
    })
}

pub(crate) fn measure_form(
    app: &AppHandle,
    request: Request<MeasureToAnswer>,
) -> Reply<MeasureToAnswer> {
    let Some(measure) = content()?.measures.get(&request) else {
        return Ok(None);
    };
    state(app).with_journal(|journal| {
        let professional = journal.preferences()?.professional;
        Ok(tend_core::measure::offered(measure.audience, professional)
            .then(|| MeasureForm::of(measure)))
    })
}

pub(crate) fn save_measure(app: &AppHandle, request: Request<SaveMeasure>) -> Reply<SaveMeasure> {
    let content = content()?;
    let measure = content
        .measures
        .get(&request.measure)
        .ok_or_else(|| ApiError::not_offered("no such measure"))?;
    state(app).with_journal(|journal| {
        let day = journal_today(journal)?;
        let result = journal.save_measure_result(measure, &request.answers, day, utc_now())?;
        let scores = measure.score(&result.answers).map_err(|e| {
            ApiError::said_with_detail(
                ErrorCode::InvalidInput,
                tend_core::Said::new("invalid-measure-answers"),
                e,
            )
        })?;
        let crisis = crisis_line(journal, content)?;
        let role = journal.preferences()?.role;
        Ok(tend_core::words::with_role(role, || {
            tend_core::screen_html::measure_result(measure, &scores, crisis.as_ref())
        }))
    })
}

pub(crate) fn about(_app: &AppHandle, request: Request<AboutTend>) -> Reply<AboutTend> {
    let () = request;
    Ok(tend_core::screen_html::about(&content()?.measures.measures))
}

pub(crate) fn insights(app: &AppHandle, request: Request<Insights>) -> Reply<Insights> {
    let span = request;
    let content = content()?;
    state(app).with_journal(|journal| {
        let day = journal_today(journal)?;
        let all = journal.checkins()?;
        let view = InsightsView::of(&all, day, span, measures_view(journal, content)?);
        // Her role picks the framing words ("A hard moment caring" for a
        // family carer); this thread serves other commands too.
        let role = journal.preferences()?.role;
        Ok(InsightsScreen {
            span,
            html: tend_core::words::with_role(role, || tend_core::screen_html::insights(&view)),
        })
    })
}

fn help_view(journal: &Journal, content: &Content) -> Result<HelpView, ApiError> {
    let country = help_country(journal, content)?;
    let contacts = journal.contacts()?;
    let role = journal.preferences()?.role;
    Ok(tend_core::words::with_role(role, || {
        tend_core::screen_html::help(country.as_deref(), &content.helplines, contacts)
    }))
}

pub(crate) fn help(app: &AppHandle, request: Request<Help>) -> Reply<Help> {
    let () = request;
    let content = content()?;
    state(app).with_journal(|journal| help_view(journal, content))
}

pub(crate) fn set_country(app: &AppHandle, request: Request<SetCountry>) -> Reply<SetCountry> {
    let content = content()?;
    if content.helplines.country(&request).is_none() {
        return Err(ApiError::not_offered("no helplines for that country"));
    }
    state(app).with_journal(|journal| {
        journal.set_country(&request)?;
        help_view(journal, content)
    })
}

pub(crate) fn save_contact(app: &AppHandle, request: Request<SaveContact>) -> Reply<SaveContact> {
    let content = content()?;
    state(app).with_journal(|journal| {
        journal.save_contact(request)?;
        help_view(journal, content)
    })
}

pub(crate) fn delete_contact(
    app: &AppHandle,
    request: Request<DeleteContact>,
) -> Reply<DeleteContact> {
    let content = content()?;
    state(app).with_journal(|journal| {
        journal.delete_contact(request)?;
        help_view(journal, content)
    })
}
