//! The guided path's events: appended, never edited, read back in order.

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::NaiveDateTime;
use rusqlite::params;
use tend_core::path::{PathEvent, PathEventKind};

/// The longest path or step id the journal takes.
const MAX_ID: usize = 64;

impl Journal {
    /// Everything that happened on the path `path`, oldest first.
    pub fn path_events(&self, path: &str) -> Result<Vec<PathEvent>, JournalError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT kind, step, at FROM path_event WHERE path = ?1 ORDER BY id")?;
        let rows = stmt.query_map([path], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, step, at) = row?;
            let kind = PathEventKind::from_id(&kind).ok_or(JournalError::Damaged)?;
            let at = NaiveDateTime::parse_from_str(&at, TIME_FORMAT)
                .map_err(|_| JournalError::Damaged)?;
            out.push(PathEvent { kind, step, at });
        }
        Ok(out)
    }

    /// Records one thing that happened on the path; `entry` is the journal
    /// entry a writing step was done in. `now` is UTC.
    pub fn add_path_event(
        &mut self,
        path: &str,
        kind: PathEventKind,
        step: Option<&str>,
        entry: Option<i64>,
        now: NaiveDateTime,
    ) -> Result<(), JournalError> {
        let bad = |id: &str| Err(JournalError::InvalidRequest(tend_core::Said::new(id)));
        let id_ok = |id: &str| !id.is_empty() && id.len() <= MAX_ID;
        if !id_ok(path) {
            return bad("invalid-path-name");
        }
        match step {
            Some(s) if kind.has_step() && id_ok(s) => {}
            None if !kind.has_step() => {}
            _ => return bad("invalid-path-step"),
        }
        if let Some(id) = entry
            && self.entry(id)?.is_none()
        {
            return Err(JournalError::NoSuchEntry);
        }
        self.conn
            .prepare_cached(
                "INSERT INTO path_event (path, kind, step, entry, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                path,
                kind.id(),
                step,
                entry,
                now.format(TIME_FORMAT).to_string()
            ])?;
        Ok(())
    }

    /// The entries written for the path's writing steps, as (step, entry
    /// id), oldest first; entries deleted since are left out.
    pub fn path_entries(&self, path: &str) -> Result<Vec<(String, i64)>, JournalError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.step, p.entry FROM path_event p JOIN entry e ON e.id = p.entry
             WHERE p.path = ?1 AND p.kind = 'done' AND e.deleted_at IS NULL ORDER BY p.id",
        )?;
        let rows = stmt.query_map([path], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
