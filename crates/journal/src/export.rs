//! Gathering what an exported document shows, and the log of exports.

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::{NaiveDate, NaiveDateTime};
use tend_core::Said;
use tend_core::content::Content;
use tend_core::summary::{
    Document, DocumentKind, DocumentRequest, ExportRecord, Exported, PathReport, Sources, document,
};

/// The most entries one document may hold.
pub const MAX_DOCUMENT_ENTRIES: usize = 500;

/// Why a request for a document cannot be met.
pub fn check_request(request: &DocumentRequest) -> Result<(), JournalError> {
    let bad = |id: &str| Err(JournalError::InvalidRequest(Said::new(id)));
    if request.from > request.to {
        return bad("invalid-document-order");
    }
    if (request.to - request.from).num_days() > 366 * 50 {
        return bad("invalid-document-period");
    }
    if request.entries.len() > MAX_DOCUMENT_ENTRIES {
        return Err(JournalError::InvalidRequest(
            Said::new("invalid-document-entries").with("most", MAX_DOCUMENT_ENTRIES),
        ));
    }
    Ok(())
}

impl Journal {
    /// The document the request asks for, from the journal's rows.
    /// `made_on` is the journal day, written in the document's header.
    pub fn document(
        &self,
        request: &DocumentRequest,
        content: &Content,
        made_on: NaiveDate,
    ) -> Result<Document, JournalError> {
        check_request(request)?;
        let (measures, catalogue) = (&content.measures, &content.catalogue);
        let summary = request.kind == DocumentKind::Summary;
        let checkins = if summary && request.checkins {
            self.checkins_between(request.from, request.to)?
        } else {
            Vec::new()
        };
        let results = if summary && request.measures {
            self.measure_results()?
        } else {
            Vec::new()
        };
        let sessions = if summary && request.practice {
            self.sessions()?
        } else {
            Vec::new()
        };
        let mut entries = Vec::with_capacity(request.entries.len());
        for id in &request.entries {
            entries.push(self.entry(*id)?.ok_or(JournalError::NoSuchEntry)?);
        }
        let path = if summary && request.path {
            self.path_report(content)?
        } else {
            None
        };
        let sources = Sources {
            checkins: &checkins,
            results: &results,
            measures,
            sessions: &sessions,
            catalogue,
            entries: &entries,
            made_on,
            path: path.as_ref(),
        };
        Ok(document(request, &sources))
    }

    /// The guided path for a summary, once started: how far, and what was
    /// written for it.
    fn path_report(&self, content: &Content) -> Result<Option<PathReport>, JournalError> {
        let path = content.path.for_role(self.preferences()?.role);
        let progress = tend_core::path::progress(&path, &self.path_events(&path.id)?);
        let Some(started) = progress.started_at else {
            return Ok(None);
        };
        let mut reflections = Vec::new();
        for (step_id, entry_id) in self.path_entries(&path.id)? {
            let (Some((week, step)), Some(entry)) = (path.step(&step_id), self.entry(entry_id)?)
            else {
                continue;
            };
            let title = content
                .catalogue
                .get(&step.exercise)
                .map_or_else(|| step.exercise.clone(), |e| e.title.clone());
            reflections.push((week + 1, title, entry));
        }
        Ok(Some(PathReport {
            title: path.title.clone(),
            started_on: started.date(),
            done: progress.done.len(),
            steps: path.steps().count(),
            complete: progress.state == tend_core::path::PathState::Complete,
            reflections,
        }))
    }

    /// Notes that something was exported: what, in which format, for which
    /// days. `now` is UTC.
    pub fn log_export(
        &mut self,
        what: Exported,
        format: &str,
        days: Option<(NaiveDate, NaiveDate)>,
        now: NaiveDateTime,
    ) -> Result<(), JournalError> {
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        self.conn.execute(
            "INSERT INTO export_log (made_at, what, format, first_day, last_day)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![
                now.format(TIME_FORMAT).to_string(),
                what.id(),
                format,
                days.map(|d| day(d.0)),
                days.map(|d| day(d.1)),
            ],
        )?;
        Ok(())
    }

    /// The export log, newest first.
    pub fn exports(&self) -> Result<Vec<ExportRecord>, JournalError> {
        let mut stmt = self.conn.prepare(
            "SELECT made_at, what, format, first_day, last_day FROM export_log ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (made_at, what, format, first, last) = row?;
            let day = |d: Option<String>| {
                d.map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d"))
                    .transpose()
                    .map_err(|_| JournalError::Damaged)
            };
            out.push(ExportRecord {
                made_at: NaiveDateTime::parse_from_str(&made_at, TIME_FORMAT)
                    .map_err(|_| JournalError::Damaged)?,
                what: Exported::from_id(&what).ok_or(JournalError::Damaged)?,
                format,
                first_day: day(first)?,
                last_day: day(last)?,
            });
        }
        Ok(out)
    }
}
