//! Journal entries and their search.

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Row, named_params};
use tend_core::entry::{
    Entry, EntryDraft, EntrySummary, Piece, TAG_SEPARATOR, pieces, search_query,
};

fn time(text: &str) -> Result<NaiveDateTime, JournalError> {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT).map_err(|_| JournalError::Damaged)
}

fn split_tags(stored: &str) -> Vec<String> {
    stored
        .split(TAG_SEPARATOR)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn join_tags(tags: &[String]) -> String {
    tags.join(&TAG_SEPARATOR.to_string())
}

/// One list row: the entry's id, title, tags, excerpt and change time.
type SummaryRow = (i64, String, Vec<String>, String, String);

fn summary(row: &Row<'_>, marked: bool) -> rusqlite::Result<SummaryRow> {
    let excerpt: String = row.get("excerpt")?;
    let excerpt = if marked {
        excerpt
    } else {
        excerpt.replace(['\n', '\r', '\t'], " ")
    };
    let tags: String = row.get("tags")?;
    Ok((
        row.get("id")?,
        row.get("title")?,
        split_tags(&tags),
        excerpt,
        row.get("updated_at")?,
    ))
}

impl Journal {
    /// Saves a new entry (no id) or changes an existing one, in one
    /// transaction. `now` is UTC.
    pub fn save_entry(
        &mut self,
        draft: EntryDraft,
        now: NaiveDateTime,
    ) -> Result<Entry, JournalError> {
        let draft = draft.validate().map_err(JournalError::InvalidEntry)?;
        let stamp = now.format(TIME_FORMAT).to_string();
        let id = match draft.id {
            None => {
                self.conn.execute(
                    "INSERT INTO entry (title, body, prompt, tags, created_at, updated_at)
                     VALUES (:title, :body, :prompt, :tags, :now, :now)",
                    named_params! {
                        ":title": draft.title,
                        ":body": draft.body,
                        ":prompt": draft.prompt,
                        ":tags": join_tags(&draft.tags),
                        ":now": stamp,
                    },
                )?;
                self.conn.last_insert_rowid()
            }
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE entry SET title = :title, body = :body, tags = :tags, updated_at = :now
                     WHERE id = :id AND deleted_at IS NULL",
                    named_params! {
                        ":title": draft.title,
                        ":body": draft.body,
                        ":tags": join_tags(&draft.tags),
                        ":now": stamp,
                        ":id": id,
                    },
                )?;
                if changed == 0 {
                    return Err(JournalError::NoSuchEntry);
                }
                id
            }
        };
        self.entry(id)?.ok_or(JournalError::NoSuchEntry)
    }

    /// One entry, unless it is deleted.
    pub fn entry(&self, id: i64) -> Result<Option<Entry>, JournalError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, title, body, prompt, created_at, updated_at, tags FROM entry
                 WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |r| {
                    Ok((
                        (
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                        ),
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                },
            )
            .optional()?;
        row.map(|((id, title, body), prompt, created, updated, tags)| {
            Ok(Entry {
                id,
                title,
                body,
                prompt,
                tags: split_tags(&tags),
                created_at: time(&created)?,
                updated_at: time(&updated)?,
            })
        })
        .transpose()
    }

    /// Runs a list query (`summary`'s columns) with `params`. In a search
    /// the excerpt carries match marks; otherwise it is the body's start.
    fn summaries(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        marked: bool,
    ) -> Result<Vec<EntrySummary>, JournalError> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map(params, |r| summary(r, marked))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, title, tags, excerpt, updated) = row?;
            let excerpt = if marked {
                pieces(&excerpt)
            } else {
                vec![Piece {
                    text: excerpt,
                    matched: false,
                }]
            };
            out.push(EntrySummary {
                id,
                title,
                tags,
                excerpt,
                updated_at: time(&updated)?,
            });
        }
        Ok(out)
    }

    /// Every entry that is not deleted, most recently changed first.
    pub fn entries(&self) -> Result<Vec<EntrySummary>, JournalError> {
        self.summaries(include_str!("sql/entry_list.sql"), [], false)
    }

    /// Entries holding every word typed (as word starts), best match first,
    /// with the matched words marked in the excerpt.
    pub fn search(&self, typed: &str) -> Result<Vec<EntrySummary>, JournalError> {
        match search_query(typed) {
            Some(query) => self.summaries(include_str!("sql/entry_search.sql"), [query], true),
            None => self.entries(),
        }
    }

    /// Entries deleted since `since` (UTC), most recently deleted first, so
    /// they can be restored for a while.
    pub fn deleted_entries(&self, since: NaiveDateTime) -> Result<Vec<EntrySummary>, JournalError> {
        let since = since.format(TIME_FORMAT).to_string();
        self.summaries(include_str!("sql/entry_deleted.sql"), [since], false)
    }

    /// Deletes an entry so that it can still be restored.
    pub fn delete_entry(&mut self, id: i64, now: NaiveDateTime) -> Result<(), JournalError> {
        let changed = self.conn.execute(
            "UPDATE entry SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            rusqlite::params![id, now.format(TIME_FORMAT).to_string()],
        )?;
        if changed == 0 {
            Err(JournalError::NoSuchEntry)
        } else {
            Ok(())
        }
    }

    /// Brings back a deleted entry.
    pub fn restore_entry(&mut self, id: i64) -> Result<(), JournalError> {
        let changed = self.conn.execute(
            "UPDATE entry SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if changed == 0 {
            Err(JournalError::NoSuchEntry)
        } else {
            Ok(())
        }
    }
}
