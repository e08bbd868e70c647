//! Automatic snapshots of the journal, and putting one back. A snapshot is
//! written with `VACUUM INTO` to a `.part` file, synced, then renamed, so a
//! crash never leaves half a backup under a real name. Restoring moves the
//! journal as it was into the backups folder first: nothing is deleted.

use crate::cipher::{self, DataKey};
use crate::durable::sync_dir;
use crate::error::{JournalError, OpenError};
use crate::schema::{LATEST_SCHEMA, TEND_APPLICATION_ID};
use crate::{FILE_NAME, Journal};
use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use tend_core::backup::{self, Backup, Kind};

pub(crate) fn backups_dir(folder: &Path) -> PathBuf {
    folder.join(backup::FOLDER)
}

/// Writes a consistent copy of the open database as `name` in `dir`,
/// encrypted with `key` when the lock is on.
pub(crate) fn vacuum_into(
    conn: &Connection,
    dir: &Path,
    name: &str,
    key: Option<&DataKey>,
) -> Result<(), JournalError> {
    fs::create_dir_all(dir).map_err(JournalError::Backup)?;
    let part = dir.join(format!("{name}.part"));
    let _ = fs::remove_file(&part);
    let target = part.to_str().ok_or_else(|| {
        JournalError::Backup(io::Error::other("the data folder's path is not UTF-8"))
    })?;
    let copied = match key {
        // SQLCipher's own export writes the copy under the same key.
        Some(key) => cipher::export_to(conn, &part, Some(key)),
        None => conn
            .execute("VACUUM INTO ?1", [target])
            .map(|_| ())
            .map_err(JournalError::from),
    };
    if let Err(e) = copied {
        let _ = fs::remove_file(&part);
        return Err(e);
    }
    let written = fs::File::open(&part)
        .and_then(|f| f.sync_all())
        .and_then(|()| fs::rename(&part, dir.join(name)))
        .and_then(|()| sync_dir(dir));
    written.map_err(|e| {
        let _ = fs::remove_file(&part);
        JournalError::Backup(e)
    })
}

/// Every snapshot Tend wrote in the data folder, newest first; files it
/// did not write are left out (and left alone).
pub fn backups(folder: &Path) -> io::Result<Vec<Backup>> {
    let dir = backups_dir(folder);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(kind) = backup::kind_of(&name) {
            out.push(Backup {
                name,
                kind,
                bytes: entry.metadata()?.len(),
            });
        }
    }
    out.sort_by(|a, b| b.name.cmp(&a.name));
    // Daily snapshots by day, newest first; the others after them.
    out.sort_by_key(|b| !matches!(b.kind, Kind::Daily { .. }));
    Ok(out)
}

impl Journal {
    /// Takes today's snapshot unless there is one, then deletes daily
    /// snapshots beyond the seven days and four weeks kept. Returns whether
    /// a snapshot was taken.
    pub fn snapshot(&self, today: NaiveDate) -> Result<bool, JournalError> {
        let dir = backups_dir(&self.folder);
        let name = backup::daily_name(today);
        if dir.join(&name).exists() {
            return Ok(false);
        }
        vacuum_into(&self.conn, &dir, &name, self.key.as_ref())?;
        let days: Vec<NaiveDate> = backups(&self.folder)
            .map_err(JournalError::Backup)?
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Daily { day } => Some(day),
                _ => None,
            })
            .collect();
        for day in backup::daily_to_remove(&days) {
            fs::remove_file(dir.join(backup::daily_name(day))).map_err(JournalError::Backup)?;
        }
        Ok(true)
    }
}

/// Why a backup could not be put back. The journal is as it was.
/// Displayed, it is said in the language being spoken now.
#[derive(Debug)]
pub enum RestoreError {
    NoSuchBackup,
    Unsound,
    Io(io::Error),
}

impl RestoreError {
    /// What to tell her.
    pub fn said(&self) -> tend_core::Said {
        match self {
            RestoreError::NoSuchBackup => tend_core::Said::new("restore-error-missing"),
            RestoreError::Unsound => tend_core::Said::new("restore-error-unsound"),
            RestoreError::Io(e) => crate::error::io_said(e),
        }
    }
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for RestoreError {}

impl From<io::Error> for RestoreError {
    fn from(e: io::Error) -> Self {
        RestoreError::Io(e)
    }
}

/// Checks that `path` is a Tend journal this build can open, without
/// writing to it.
fn sound(path: &Path, key: Option<&DataKey>) -> bool {
    crate::crypto::sqlcipher_ready();
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    if let Some(key) = key
        && key.key(&conn, None).is_err()
    {
        return false;
    }
    let read = |pragma: &str| -> Option<String> {
        conn.pragma_query_value(None, pragma, |r| r.get::<_, rusqlite::types::Value>(0))
            .ok()
            .map(|v| match v {
                rusqlite::types::Value::Integer(i) => i.to_string(),
                rusqlite::types::Value::Text(t) => t,
                _ => String::new(),
            })
    };
    let ours = read("application_id") == Some(TEND_APPLICATION_ID.to_string());
    let known = read("user_version")
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|v| v <= LATEST_SCHEMA);
    ours && known && cipher::quick_check(&conn, key.is_some()).is_ok_and(|c| c == "ok")
}

/// Puts the backup `name` in place of the journal in `folder`. The journal
/// must be closed. The journal as it was (with its WAL, if any) is moved
/// into the backups folder as `journal-set-aside-<stamp>.sqlite3` first.
/// With the lock on, `key` is the journal's key, which its backups share.
pub fn restore(
    folder: &Path,
    name: &str,
    stamp: &str,
    key: Option<&DataKey>,
) -> Result<(), RestoreError> {
    // Only a name Tend gave a snapshot: never a path.
    if backup::kind_of(name).is_none() {
        return Err(RestoreError::NoSuchBackup);
    }
    let dir = backups_dir(folder);
    let source = dir.join(name);
    if !source.is_file() {
        return Err(RestoreError::NoSuchBackup);
    }
    if !sound(&source, key) {
        return Err(RestoreError::Unsound);
    }
    let file_name = if key.is_some() {
        crate::LOCKED_FILE_NAME
    } else {
        FILE_NAME
    };
    let incoming = folder.join(format!("{file_name}.restoring"));
    fs::copy(&source, &incoming)?;
    fs::File::open(&incoming)?.sync_all()?;
    let aside = backup::set_aside_name(stamp);
    for suffix in ["", "-wal", "-shm"] {
        let current = folder.join(format!("{file_name}{suffix}"));
        if current.exists() {
            fs::rename(&current, dir.join(format!("{aside}{suffix}")))?;
        }
    }
    fs::rename(&incoming, folder.join(file_name))?;
    sync_dir(&dir)?;
    sync_dir(folder)?;
    Ok(())
}

impl From<&RestoreError> for tend_core::ApiError {
    fn from(e: &RestoreError) -> Self {
        let code = match e {
            RestoreError::NoSuchBackup => tend_core::ErrorCode::NotFound,
            RestoreError::Unsound => tend_core::ErrorCode::InvalidInput,
            RestoreError::Io(_) => tend_core::ErrorCode::Internal,
        };
        let detail = match e {
            RestoreError::Io(io) => format!("{}: {io}", e.said().english()),
            _ => e.said().english(),
        };
        tend_core::ApiError {
            message: detail,
            ..tend_core::ApiError::said(code, e.said())
        }
    }
}

/// Before an upgrade: a snapshot named for the schema it upgrades to.
pub(crate) fn before_upgrade(
    conn: &Connection,
    folder: &Path,
    key: Option<&DataKey>,
) -> Result<(), OpenError> {
    vacuum_into(
        conn,
        &backups_dir(folder),
        &backup::before_upgrade_name(LATEST_SCHEMA),
        key,
    )
    .map_err(|e| OpenError::Migration {
        folder: folder.to_owned(),
        detail: format!("no backup could be taken before the upgrade, so none was made: {e}"),
    })
}

/// Re-writes every snapshot in the backups folder from the key `from` (or
/// plain) to `to` (or plain), each through a `.part` file renamed over it,
/// so none stays readable without the lock once it is on. A snapshot that
/// does not open with `from` is left as it is.
pub(crate) fn convert_snapshots(
    folder: &Path,
    from: Option<&DataKey>,
    to: Option<&DataKey>,
) -> Result<(), JournalError> {
    let dir = backups_dir(folder);
    for snapshot in backups(folder).map_err(JournalError::Backup)? {
        let path = dir.join(&snapshot.name);
        if !sound(&path, from) {
            continue;
        }
        // Read-write, so the attached copy may be written; nothing is
        // written to the snapshot itself.
        let conn = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        if let Some(key) = from {
            key.key(&conn, None)?;
        }
        let part = dir.join(format!("{}.part", snapshot.name));
        cipher::export_to(&conn, &part, to)?;
        drop(conn);
        fs::rename(&part, &path).map_err(JournalError::Backup)?;
    }
    sync_dir(&dir).or_else(|e| match e.kind() {
        io::ErrorKind::NotFound => Ok(()),
        _ => Err(JournalError::Backup(e)),
    })
}
