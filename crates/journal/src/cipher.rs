//! SQLCipher's side of the lock: the data key, keying a connection with
//! it, the quick check of a locked file, and copying a database from plain
//! to keyed or back.

use crate::error::JournalError;
use std::fs;
use std::io;
use std::path::Path;
use zeroize::Zeroizing;

/// The journal's data key, wiped from memory when dropped and never
/// printed, with the page layout of the files it locks.
#[derive(Clone)]
pub struct DataKey {
    pub(crate) bytes: Zeroizing<[u8; 32]>,
    pub(crate) layout: Layout,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(hidden)")
    }
}

/// How SQLCipher lays out the pages of a locked file. The key file's
/// version says which (`lock.rs`), and every file locked with one key
/// (the journal and its snapshots) has the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    /// SQLCipher 4's defaults: 4 KiB pages, each with an HMAC-SHA512.
    /// Key files of version 1 (Tend until December 2026).
    Sqlcipher4,
    /// 16 KiB pages, each with an HMAC-SHA256. Opening a locked ten-year
    /// journal checks every page; with a quarter of the pages and a
    /// hash this processor computes in hardware, that check took 18.5 ms
    /// against 26 for the defaults and 14 for the same journal plain
    /// (measured 2026-12-02, 25 opens each, one process).
    Pages16kSha256,
}

impl Layout {
    /// What a lock turned on now uses.
    pub(crate) const NEW: Layout = Layout::Pages16kSha256;

    /// The pragmas that set this layout on a keyed schema, before its
    /// first read.
    fn pragmas(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Layout::Sqlcipher4 => &[],
            Layout::Pages16kSha256 => &[
                ("cipher_page_size", "16384"),
                ("cipher_hmac_algorithm", "HMAC_SHA256"),
            ],
        }
    }
}

impl DataKey {
    /// The SQLCipher `key` pragma's value: the raw key in hex, so no key
    /// derivation happens inside SQLCipher.
    pub(crate) fn pragma(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(67));
        text.push_str("x'");
        text.push_str(&hex(&self.bytes[..]));
        text.push('\'');
        text
    }

    /// Keys `schema` on `conn` (`None`: the main one) and sets its page
    /// layout; nothing is read.
    pub(crate) fn key(
        &self,
        conn: &rusqlite::Connection,
        schema: Option<&str>,
    ) -> rusqlite::Result<()> {
        conn.pragma_update(schema, "key", self.pragma().as_str())?;
        self.set_layout(conn, schema)
    }

    fn set_layout(
        &self,
        conn: &rusqlite::Connection,
        schema: Option<&str>,
    ) -> rusqlite::Result<()> {
        for (name, value) in self.layout.pragmas() {
            conn.pragma_update(schema, name, value)?;
        }
        Ok(())
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
/// 2026-12-01, the two opened in turn in one process), and 1.2 times with
/// the layout of `Layout::Pages16kSha256` (2026-12-02). The cache goes back
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
        if let Some(key) = key {
            key.set_layout(conn, Some("target"))?;
        }
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
