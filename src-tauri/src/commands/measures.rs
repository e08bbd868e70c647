//! One questionnaire: its form as the shell writes it, and her answers
//! read back (`tend_core::forms::read_measure`), saved and scored.

use super::{Reply, Request, state};
use crate::clock::{local_now, utc_now};
use crate::content::content;
use crate::today::{self, crisis_line, journal_today};
use tauri::AppHandle;
use tend_core::forms::{measure_of, read_measure};
use tend_core::ipc::{FormFields, FormReply, MeasureScreen};
use tend_core::measure::Measure;
use tend_core::screen_html::{self, MEASURE_FORM_ID, measure_form, measure_saved};
use tend_core::words::{t, with_role};
use tend_core::{ApiError, ErrorCode};
use tend_journal::Journal;

/// The questionnaire `id`, when it is one offered to her.
fn offered<'c>(journal: &Journal, id: &str) -> Result<Option<&'c Measure>, ApiError> {
    let Some(measure) = content()?.measures.get(id) else {
        return Ok(None);
    };
    let professional = journal.preferences()?.professional;
    Ok(tend_core::measure::offered(measure.audience, professional).then_some(measure))
}

pub(crate) fn measure_screen(
    app: &AppHandle,
    request: Request<MeasureScreen>,
) -> Reply<MeasureScreen> {
    state(app).with_journal(|journal| {
        let measure = offered(journal, &request)?;
        let role = journal.preferences()?.role;
        Ok(with_role(role, || screen_html::measure_screen(measure)))
    })
}

/// Her answers: with one missing, the form again with hers kept and the
/// first missing one said; all given, saved, and her result.
pub(crate) fn submit(app: &AppHandle, request: &FormFields) -> Result<FormReply, ApiError> {
    let content = content()?;
    state(app).with_journal(|journal| {
        let measure = offered(journal, measure_of(&request.fields)?)?
            .ok_or_else(|| ApiError::not_offered("that questionnaire is not offered"))?;
        let chosen = read_measure(&request.fields, request.sent, measure)?;
        let role = journal.preferences()?.role;
        if let Some(first) = chosen.iter().position(Option::is_none) {
            return Ok(FormReply {
                html: with_role(role, || measure_form(measure, &chosen, Some(first))),
                target: Some(MEASURE_FORM_ID.to_owned()),
                said: String::new(),
                today: None,
                language: None,
            });
        }
        let answers: Vec<u8> = chosen.into_iter().flatten().collect();
        let day = journal_today(journal)?;
        let result = journal.save_measure_result(measure, &answers, day, utc_now())?;
        let scores = measure.score(&result.answers).map_err(|e| {
            ApiError::said_with_detail(
                ErrorCode::InvalidInput,
                tend_core::Said::new("invalid-measure-answers"),
                e,
            )
        })?;
        let crisis = crisis_line(journal, content).ok().flatten();
        Ok(FormReply {
            html: with_role(role, || measure_saved(measure, &scores, crisis.as_ref())),
            target: None,
            said: t("measure-saved"),
            // Today's notice about this questionnaire goes away; her result
            // is saved and shown even if Today could not be worked out.
            today: today::view(journal, content, local_now()).ok(),
            language: None,
        })
    })
}
