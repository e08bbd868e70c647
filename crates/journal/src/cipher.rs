//! SQLCipher's side of the lock: the data key, keying a connection with
//! it, the quick check of a locked file, and copying a database from plain
//! to keyed or back.

use crate::error::JournalError;
use std::fs;
use std::io;
use std::path::Path;
use zeroize::Zeroizing;

/// The journal's data key, wiped from memory when dropped and never
/// printed.
#[derive(Clone)]
pub struct DataKey(pub(crate) Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(hidden)")
    }
}

impl DataKey {
    /// The SQLCipher `key` pragma's value: the raw key in hex, so no key
    /// derivation happens inside SQLCipher.
    pub(crate) fn pragma(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(67));
        text.push_str("x'");
        text.push_str(&hex(&self.0[..]));
        text.push('\'');
        text
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// SQLCipher registers `sqlcipher_export` for new connections while the
/// first connection in the process starts SQLite; a connection opened on
/// another thread in that moment misses it. Every connection the journal
/// opens waits for that first start to finish.
pub(crate) fn sqlcipher_ready() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let _ = rusqlite::Connection::open_in_memory();
    });
}

/// The page cache while a locked database is checked, in KiB: ten years of
/// daily use is 6 MB.
pub(crate) const CHECK_CACHE_KIB: i64 = 32 * 1024;

/// SQLite's quick check of the database open on `conn` ("ok" when sound).
///
/// SQLCipher decrypts and verifies a page each time it comes from the file,
/// and the search index's part of the check reads many pages more than
/// once. With SQLite's usual 2 MB cache, opening a locked ten-year journal
/// took 2.5 to 2.6 times as long as the same plain; with a cache that holds the
/// whole file (up to 32 MiB) while the check runs, 1.8 times (measured
/// 2026-12-01, the two opened in turn in one process). The cache goes back
/// to its usual size afterwards, which frees what the check read; if that
/// fails, the connection still works and the check's answer stands.
pub(crate) fn quick_check(conn: &rusqlite::Connection, keyed: bool) -> rusqlite::Result<String> {
    if !keyed {
        return conn.pragma_query_value(None, "quick_check", |r| r.get(0));
    }
    let usual: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", -CHECK_CACHE_KIB)?;
    let check = conn.pragma_query_value(None, "quick_check", |r| r.get(0));
    let _ = conn.pragma_update(None, "cache_size", usual);
    check
}

/// Copies the database open on `conn` into `target` (a new file) keyed
/// with `key`, or plain with none, through `sqlcipher_export`, keeping the
/// application id and schema version; syncs it.
pub(crate) fn export_to(
    conn: &rusqlite::Connection,
    target: &Path,
    key: Option<&DataKey>,
) -> Result<(), JournalError> {
    // The connection may have been opened without the right to create
    // files; ATTACH then needs the file to exist (empty is a new database).
    fs::File::create(target).map_err(JournalError::Backup)?;
    let path = target.to_str().ok_or_else(|| {
        JournalError::Backup(io::Error::other("the data folder's path is not UTF-8"))
    })?;
    let pragma = key.map_or_else(|| Zeroizing::new(String::new()), DataKey::pragma);
    conn.execute(
        "ATTACH DATABASE ?1 AS target KEY ?2",
        [path, pragma.as_str()],
    )?;
    let copied = (|| -> Result<(), rusqlite::Error> {
        let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        conn.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
        conn.pragma_update(Some("target"), "application_id", app_id)?;
        conn.pragma_update(Some("target"), "user_version", version)?;
        Ok(())
    })();
    let detached = conn.execute("DETACH DATABASE target", []);
    copied?;
    detached?;
    fs::File::open(target)
        .and_then(|f| f.sync_all())
        .map_err(JournalError::Backup)
}
