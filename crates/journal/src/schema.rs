//! The journal's schema, as numbered migrations. A migration that has
//! landed is never edited: the next change is the next file.

use rusqlite_migration::{M, Migrations};

/// "Tend" in ASCII: stamped into the file header by the first migration, so
/// a SQLite file of another program is never mistaken for a journal.
pub const TEND_APPLICATION_ID: i64 = 0x5465_6E64;

const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_checkins.sql")),
    M::up(include_str!("migrations/0002_practice.sql")),
    M::up(include_str!("migrations/0003_entries.sql")),
    M::up(include_str!("migrations/0004_favourites.sql")),
    M::up(include_str!("migrations/0005_entry_tags.sql")),
    M::up(include_str!("migrations/0006_session_start.sql")),
    M::up(include_str!("migrations/0007_measures_contacts.sql")),
    M::up(include_str!("migrations/0008_export_log.sql")),
    M::up(include_str!("migrations/0009_reminders.sql")),
    M::up(include_str!("migrations/0010_path.sql")),
];

/// The schema version this build writes.
pub const LATEST_SCHEMA: usize = STEPS.len();

pub(crate) const MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);
