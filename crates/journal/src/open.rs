//! Opening the journal without ever harming a file that is there.
//!
//! Each check happens before anything is written: the folder must be
//! writable, an existing file must carry SQLite's header and Tend's
//! application id, its schema must not be newer than this build's, and it
//! must pass a quick integrity check. Only then are pragmas set and
//! migrations run, inside SQLite's own transactions.

use crate::OpenError;
use crate::cipher::{self, DataKey};
use crate::lock;
use crate::schema::{LATEST_SCHEMA, MIGRATIONS, TEND_APPLICATION_ID};
use rusqlite::{Connection, OpenFlags};
use std::fs;
use std::io::{self, Read};
use std::path::Path;
use std::time::Duration;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const WRITE_CHECK_NAME: &str = ".tend-write-check";

pub(crate) fn open(folder: &Path, key: Option<&DataKey>) -> Result<Connection, OpenError> {
    let unwritable = |source| OpenError::FolderUnwritable {
        folder: folder.to_owned(),
        source,
    };
    let not_ours = || OpenError::NotAJournal {
        folder: folder.to_owned(),
    };
    let sqlite = |source| OpenError::Sqlite {
        folder: folder.to_owned(),
        source,
    };

    crate::crypto::sqlcipher_ready();
    fs::create_dir_all(folder).map_err(unwritable)?;
    check_writable(folder).map_err(unwritable)?;
    if key.is_none() && lock::is_locked(folder) {
        return Err(OpenError::Locked {
            folder: folder.to_owned(),
        });
    }
    // What a lock change cut short, if anything (see lock.rs).
    lock::tidy(folder).map_err(unwritable)?;

    let name = if key.is_some() {
        crate::LOCKED_FILE_NAME
    } else {
        crate::FILE_NAME
    };
    let path = folder.join(name);
    let exists = match fs::metadata(&path) {
        // An encrypted file has no header to read before the key.
        Ok(meta) if meta.is_file() && key.is_some() => true,
        Ok(meta) if meta.is_file() => {
            if !has_sqlite_header_or_is_empty(&path).map_err(unwritable)? {
                return Err(not_ours());
            }
            true
        }
        Ok(_) => return Err(not_ours()),
        // A locked journal is never created here: its file is missing.
        Err(e) if e.kind() == io::ErrorKind::NotFound && key.is_some() => {
            return Err(OpenError::Damaged {
                folder: folder.to_owned(),
            });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(unwritable(e)),
    };

    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if !exists {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let mut conn = Connection::open_with_flags(&path, flags).map_err(sqlite)?;
    conn.busy_timeout(Duration::from_secs(5)).map_err(sqlite)?;
    if let Some(key) = key {
        key.key(&conn, None).map_err(sqlite)?;
    }

    // Reading the header is the first real read: a file SQLite cannot
    // parse fails here, before anything has been written. With a key that
    // `lock.json` confirmed, a page that does not decrypt is damage.
    let classify = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) if key.is_some() => OpenError::Damaged {
            folder: folder.to_owned(),
        },
        Some(rusqlite::ErrorCode::NotADatabase) => not_ours(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => OpenError::Damaged {
            folder: folder.to_owned(),
        },
        _ => sqlite(e),
    };
    let app_id: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(classify)?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(classify)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(classify)?;
    let blank = app_id == 0 && version == 0 && objects == 0;
    if app_id != TEND_APPLICATION_ID && !blank {
        return Err(not_ours());
    }
    let found = usize::try_from(version).unwrap_or(usize::MAX);
    if found > LATEST_SCHEMA {
        return Err(OpenError::TooNew {
            folder: folder.to_owned(),
            found,
            known: LATEST_SCHEMA,
        });
    }
    // On a locked journal SQLCipher checks each page's HMAC as the quick
    // check reads it: every page in use (tables, indexes, the search
    // index, overflow chains) and the free list's trunk pages, so a flipped
    // byte in any of them is damage here (tests/lock.rs flips each page in
    // turn). `cipher_integrity_check` would read every page a second time
    // for the free list's leaf pages alone, which hold nothing of hers and
    // are reused without being read.
    let check = cipher::quick_check(&conn, key.is_some()).map_err(classify)?;
    if check != "ok" {
        return Err(OpenError::Damaged {
            folder: folder.to_owned(),
        });
    }
    // WAL with FULL sync: a check-in that Tend confirmed survives a crash
    // or power cut.
    conn.pragma_update_and_check(None, "journal_mode", "wal", |_| Ok(()))
        .map_err(classify)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", true)
        .map_err(sqlite)?;
    // An older journal is copied before it is upgraded.
    if found > 0 && found < LATEST_SCHEMA {
        crate::backup::before_upgrade(&conn, folder, key)?;
    }
    MIGRATIONS.to_latest(&mut conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(err),
        other => OpenError::Migration {
            folder: folder.to_owned(),
            detail: other.to_string(),
        },
    })?;
    Ok(conn)
}

/// Creating and removing a small file is the only sure test that the
/// folder takes new files (SQLite's WAL needs two beside the journal).
fn check_writable(folder: &Path) -> io::Result<()> {
    let probe = folder.join(WRITE_CHECK_NAME);
    fs::write(&probe, b"")?;
    fs::remove_file(&probe)
}

/// True for a file that starts with SQLite's magic header, and for an empty
/// file (which SQLite treats as a new database and which holds nothing to
/// lose).
fn has_sqlite_header_or_is_empty(path: &Path) -> io::Result<bool> {
    let mut start = Vec::with_capacity(SQLITE_HEADER.len());
    fs::File::open(path)?
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut start)?;
    Ok(start.is_empty() || start == SQLITE_HEADER)
}

#[cfg(test)]
mod tests {
    use crate::{Journal, KdfParams};

    fn cache_kib(journal: &Journal) -> i64 {
        journal
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))
            .expect("the cache size reads")
    }

    #[test]
    fn a_locked_journal_keeps_the_usual_page_cache_once_it_is_open() {
        let folder = tempfile::tempdir().expect("a folder");
        let mut journal = Journal::open(folder.path()).expect("a new journal");
        let usual = cache_kib(&journal);
        drop(
            journal
                .turn_lock_on("a passcode for this test", KdfParams::LEAST)
                .expect("the lock turns on"),
        );
        // Turning the lock on opened the locked file and checked it, with
        // the larger cache while the check ran.
        assert!(journal.is_locked());
        assert_eq!(cache_kib(&journal), usual);
        assert_ne!(usual, -crate::cipher::CHECK_CACHE_KIB);
    }
}
