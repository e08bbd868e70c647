//! The floor a check-in save is measured against in `cargo xtask bench`:
//! one day's row written (`INSERT OR REPLACE`, so the same day is deleted
//! and written again, as the command rewrites today's) in its own
//! transaction on a plain connection with the journal's pragmas (WAL,
//! synchronous FULL), and nothing else. It lives here because only this
//! crate speaks SQL; the save benchmark in the shell runs it alternately
//! with the real command, so both meet the same disk. Nothing in the app
//! calls it, so the linker leaves it out of the app's binary.

use rusqlite::Connection;
use std::path::Path;

/// A bare table of check-ins in a file of its own.
#[derive(Debug)]
pub struct RawCheckins {
    conn: Connection,
}

impl RawCheckins {
    /// Creates `floor.sqlite3` in `folder`, which must exist.
    pub fn create(folder: &Path) -> Result<Self, rusqlite::Error> {
        let conn = Connection::open(folder.join("floor.sqlite3"))?;
        conn.pragma_update(None, "journal_mode", "wal")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS checkin (day TEXT PRIMARY KEY, exhaustion INTEGER,
             stress INTEGER, mood INTEGER, sleep INTEGER, self_kindness INTEGER,
             meaning INTEGER, context TEXT, note TEXT, created_at TEXT, updated_at TEXT);",
        )?;
        Ok(Self { conn })
    }

    /// Writes one check-in's row (replacing that day's) and commits it.
    pub fn insert(&mut self, day: &str, note: &str, stamp: &str) -> Result<(), rusqlite::Error> {
        let tx = self.conn.transaction()?;
        tx.prepare_cached(
            "INSERT OR REPLACE INTO checkin VALUES (?1, 5, 5, 5, 5, 5, 5, 'work_day', ?2, ?3, ?3)",
        )?
        .execute((day, note, stamp))?;
        tx.commit()
    }
}
