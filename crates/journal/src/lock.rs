//! The privacy lock: the journal encrypted at rest with SQLCipher.
//!
//! A random 256-bit data key encrypts the journal and its snapshots. It is
//! never written down as it is: `lock.json` beside the journal holds it
//! twice, each copy masked with a key derived by Argon2id, one from the
//! passcode and one from a recovery key shown once, and a SHA-256 check
//! value that tells a wrong passcode from a damaged journal before the
//! journal is touched.
//!
//! A plain journal is `journal.sqlite3`; a locked one is
//! `journal.locked.sqlite3`. Whether `lock.json` exists decides which one
//! is the journal, and that file appears or disappears in one step (a
//! rename or an unlink), so a crash at any moment leaves one complete
//! journal, the old or the new; the other is a leftover that the next open
//! removes.

use crate::cipher::{DataKey, Layout, export_to, hex, unhex};
use crate::durable::sync_dir;
use crate::error::{JournalError, OpenError};
use crate::{FILE_NAME, Journal, KEY_FILE_NAME, LOCKED_FILE_NAME};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{self, Read};
use std::path::Path;
use zeroize::Zeroizing;

const KEY_FILE_FORMAT: &str = "tend-lock";
/// The newest key file this build reads. The version says how the locked
/// files' pages are laid out (`layout_of`); a key file keeps its version
/// as long as its lock is on, so a passcode changed keeps its layout.
const KEY_FILE_VERSION: u32 = 2;
/// A key file is a few hundred bytes; anything much bigger is not ours.
const KEY_FILE_MAX_BYTES: u64 = 64 * 1024;
/// The shortest passcode Tend accepts.
pub const MIN_PASSCODE_CHARS: usize = 6;
const CHECK_LABEL: &[u8] = b"tend-lock-check-v1";
/// Crockford's base32: no I, L, O or U to misread.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RECOVERY_BYTES: usize = 20;

/// How hard Argon2id works to turn a passcode into a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// 64 MiB and eight passes: about half a second to unlock on the
    /// development machine (0.26 s at four passes, measured), slow for
    /// anyone guessing.
    pub const STANDARD: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 8,
        lanes: 1,
    };

    /// The most a key file may ask for: four times the memory and twice
    /// the passes of the standard, a few seconds at worst. A key file that
    /// asks for more (a damaged or hostile one) is refused as damaged
    /// instead of keeping the unlock busy for hours.
    pub const MOST: KdfParams = KdfParams {
        memory_kib: 256 * 1024,
        iterations: 16,
        lanes: 4,
    };

    /// The least: below this a passcode is too cheap to guess.
    pub const LEAST: KdfParams = KdfParams {
        memory_kib: 8 * 1024,
        iterations: 1,
        lanes: 1,
    };

    /// Whether every setting lies within [`KdfParams::LEAST`] and
    /// [`KdfParams::MOST`].
    pub fn within_bounds(self) -> bool {
        let (least, most) = (Self::LEAST, Self::MOST);
        (least.memory_kib..=most.memory_kib).contains(&self.memory_kib)
            && (least.iterations..=most.iterations).contains(&self.iterations)
            && (least.lanes..=most.lanes).contains(&self.lanes)
    }
}

/// One way into the data key: a salt and the key masked with what the
/// salt and the secret derive.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Slot {
    salt: String,
    masked: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
struct KeyFile {
    format: String,
    version: u32,
    kdf: KdfParams,
    passcode: Slot,
    recovery: Slot,
    check: String,
}

/// What the user types to unlock.
#[derive(Clone, Copy, Debug)]
pub enum Secret<'a> {
    Passcode(&'a str),
    RecoveryKey(&'a str),
}

/// Why the lock could not do what was asked. Nothing was changed.
/// Displayed, it is said in the language being spoken now.
#[derive(Debug)]
pub enum LockError {
    WrongSecret,
    PasscodeTooShort,
    AlreadyOn,
    Off,
    KeyFileDamaged,
    KeyFileTooNew,
    Io(io::Error),
    Journal(JournalError),
    Open(OpenError),
}

impl LockError {
    /// What to tell her.
    pub fn said(&self) -> tend_core::Said {
        use tend_core::Said;
        match self {
            LockError::WrongSecret => Said::new("lock-error-wrong"),
            LockError::PasscodeTooShort => {
                Said::new("lock-error-short").with("least", MIN_PASSCODE_CHARS)
            }
            LockError::AlreadyOn => Said::new("lock-error-on"),
            LockError::Off => Said::new("lock-error-off"),
            LockError::KeyFileDamaged => Said::new("lock-error-key-damaged"),
            LockError::KeyFileTooNew => Said::new("lock-error-key-newer"),
            LockError::Io(e) => crate::error::io_said(e),
            LockError::Journal(e) => e.said(),
            LockError::Open(e) => e.said(),
        }
    }
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.said(), f)
    }
}

impl std::error::Error for LockError {}

impl From<io::Error> for LockError {
    fn from(e: io::Error) -> Self {
        LockError::Io(e)
    }
}

impl From<JournalError> for LockError {
    fn from(e: JournalError) -> Self {
        LockError::Journal(e)
    }
}

impl From<OpenError> for LockError {
    fn from(e: OpenError) -> Self {
        LockError::Open(e)
    }
}

impl From<rusqlite::Error> for LockError {
    fn from(e: rusqlite::Error) -> Self {
        LockError::Journal(e.into())
    }
}

fn random<const N: usize>() -> Result<[u8; N], LockError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| LockError::Io(io::Error::other(e.to_string())))?;
    Ok(bytes)
}

fn derive(secret: &[u8], salt: &[u8], kdf: KdfParams) -> Result<Zeroizing<[u8; 32]>, LockError> {
    if !kdf.within_bounds() {
        return Err(LockError::KeyFileDamaged);
    }
    let params = Params::new(kdf.memory_kib, kdf.iterations, kdf.lanes, Some(32))
        .map_err(|_| LockError::KeyFileDamaged)?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, &mut out[..])
        .map_err(|_| LockError::KeyFileDamaged)?;
    Ok(out)
}

fn mask(a: &[u8; 32], b: &[u8; 32]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    for (o, (x, y)) in out.iter_mut().zip(a.iter().zip(b)) {
        *o = x ^ y;
    }
    out
}

fn check_value(key: &[u8; 32]) -> String {
    let mut hash = Sha256::new();
    hash.update(CHECK_LABEL);
    hash.update(key);
    hex(&hash.finalize())
}

fn slot(secret: &[u8], key: &DataKey, kdf: KdfParams) -> Result<Slot, LockError> {
    let salt: [u8; 16] = random()?;
    let kek = derive(secret, &salt, kdf)?;
    Ok(Slot {
        salt: hex(&salt),
        masked: hex(&mask(&key.bytes, &kek)[..]),
    })
}

/// A recovery key as shown: 32 letters and digits in groups of four.
fn recovery_text(bytes: &[u8; RECOVERY_BYTES]) -> Zeroizing<String> {
    let mut bits = 0u32;
    let mut held = 0;
    let mut written = 0usize;
    let mut chars = Zeroizing::new(String::with_capacity(40));
    for byte in bytes {
        bits = ((bits << 8) | u32::from(*byte)) & 0xffff;
        held += 8;
        while held >= 5 {
            held -= 5;
            if written > 0 && written.is_multiple_of(4) {
                chars.push('-');
            }
            chars.push(char::from(
                RECOVERY_ALPHABET[((bits >> held) & 31) as usize],
            ));
            written += 1;
        }
    }
    chars
}

/// A recovery key as typed, made comparable: case, spaces and dashes do
/// not matter, and O, I and L read as 0, 1 and 1.
fn normalise_recovery(typed: &str) -> Zeroizing<String> {
    Zeroizing::new(
        typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect(),
    )
}

fn check_passcode(passcode: &str) -> Result<(), LockError> {
    if passcode.chars().count() < MIN_PASSCODE_CHARS {
        return Err(LockError::PasscodeTooShort);
    }
    Ok(())
}

/// The page layout of the files a key file of `version` locks.
fn layout_of(version: u32) -> Layout {
    if version < 2 {
        Layout::Sqlcipher4
    } else {
        Layout::Pages16kSha256
    }
}

/// The key file's version for files laid out as `layout`.
fn version_of(layout: Layout) -> u32 {
    match layout {
        Layout::Sqlcipher4 => 1,
        Layout::Pages16kSha256 => 2,
    }
}

/// Whether the journal in `folder` is locked.
pub fn is_locked(folder: &Path) -> bool {
    folder.join(KEY_FILE_NAME).is_file()
}

fn read_key_file(folder: &Path) -> Result<KeyFile, LockError> {
    let mut text = String::new();
    fs::File::open(folder.join(KEY_FILE_NAME))?
        .take(KEY_FILE_MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|_| LockError::KeyFileDamaged)?;
    if text.len() as u64 > KEY_FILE_MAX_BYTES {
        return Err(LockError::KeyFileDamaged);
    }
    let file: KeyFile = serde_json::from_str(&text).map_err(|_| LockError::KeyFileDamaged)?;
    if file.format != KEY_FILE_FORMAT {
        return Err(LockError::KeyFileDamaged);
    }
    if file.version > KEY_FILE_VERSION {
        return Err(LockError::KeyFileTooNew);
    }
    if !file.kdf.within_bounds() {
        return Err(LockError::KeyFileDamaged);
    }
    Ok(file)
}

/// Writes the key file beside, syncs it, and renames it into place: the
/// rename is the moment the lock is on (or the new passcode counts).
fn write_key_file(folder: &Path, file: &KeyFile) -> Result<(), LockError> {
    let text = serde_json::to_string_pretty(file).map_err(|e| io::Error::other(e.to_string()))?;
    let part = folder.join(format!("{KEY_FILE_NAME}.part"));
    fs::write(&part, text)?;
    fs::File::open(&part)?.sync_all()?;
    fs::rename(&part, folder.join(KEY_FILE_NAME))?;
    sync_dir(folder)?;
    Ok(())
}

/// Turns what the user typed into the data key, or says it is wrong.
/// Reads only `lock.json`; the journal is not touched.
pub fn unlock(folder: &Path, secret: Secret<'_>) -> Result<DataKey, LockError> {
    let file = read_key_file(folder)?;
    let (typed, slot) = match secret {
        Secret::Passcode(p) => (Zeroizing::new(p.to_owned()), &file.passcode),
        Secret::RecoveryKey(r) => (normalise_recovery(r), &file.recovery),
    };
    let salt = unhex(&slot.salt).ok_or(LockError::KeyFileDamaged)?;
    let masked: [u8; 32] = unhex(&slot.masked)
        .and_then(|m| m.try_into().ok())
        .ok_or(LockError::KeyFileDamaged)?;
    let kek = derive(typed.as_bytes(), &salt, file.kdf)?;
    let key = mask(&masked, &kek);
    if check_value(&key) != file.check {
        return Err(LockError::WrongSecret);
    }
    Ok(DataKey {
        bytes: key,
        layout: layout_of(file.version),
    })
}

/// Removes what a conversion that never finished left behind. With the
/// lock on, a plain journal beside the locked one is the old journal of a
/// finished conversion; with it off, a locked file is the new journal of
/// one that never took effect. Either way the journal is the other file.
pub(crate) fn tidy(folder: &Path) -> io::Result<()> {
    let stale = if is_locked(folder) {
        FILE_NAME
    } else {
        LOCKED_FILE_NAME
    };
    let live = if stale == FILE_NAME {
        LOCKED_FILE_NAME
    } else {
        FILE_NAME
    };
    // Only when the journal itself is there: never leave a folder empty.
    if stale == FILE_NAME && !folder.join(live).is_file() {
        return Ok(());
    }
    for suffix in ["", "-wal", "-shm", "-journal", ".part"] {
        match fs::remove_file(folder.join(format!("{stale}{suffix}"))) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    let _ = fs::remove_file(folder.join(format!("{KEY_FILE_NAME}.part")));
    Ok(())
}

pub(crate) const IDLE_KEY: &str = "lock.idle_minutes";
/// Minutes without use before a locked journal closes, unless chosen.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

impl From<LockError> for tend_core::ApiError {
    fn from(e: LockError) -> Self {
        use tend_core::ErrorCode;
        let code = match e {
            LockError::Journal(e) => return e.into(),
            LockError::Open(e) => return tend_core::ApiError::from(&e),
            LockError::WrongSecret | LockError::PasscodeTooShort => ErrorCode::InvalidInput,
            LockError::KeyFileDamaged | LockError::KeyFileTooNew => ErrorCode::JournalDamaged,
            LockError::AlreadyOn | LockError::Off | LockError::Io(_) => ErrorCode::Internal,
        };
        let detail = match &e {
            LockError::Io(io) => format!("{}: {io}", e.said().english()),
            _ => e.said().english(),
        };
        tend_core::ApiError {
            message: detail,
            ..tend_core::ApiError::said(code, e.said())
        }
    }
}

impl Journal {
    /// Minutes without use before Tend closes the locked journal.
    pub fn idle_minutes(&self) -> Result<u32, JournalError> {
        Ok(self
            .setting(IDLE_KEY)?
            .and_then(|m| m.parse().ok())
            .filter(|m| (1..=24 * 60).contains(m))
            .unwrap_or(DEFAULT_IDLE_MINUTES))
    }

    pub fn set_idle_minutes(&mut self, minutes: u32) -> Result<(), JournalError> {
        if !(1..=24 * 60).contains(&minutes) {
            return Err(JournalError::InvalidRequest(
                tend_core::Said::new("invalid-lock-minutes").with("most", 1440_u32),
            ));
        }
        self.put_setting(IDLE_KEY, &minutes.to_string())
    }

    /// Whether this journal is encrypted.
    pub fn is_locked(&self) -> bool {
        self.key.is_some()
    }

    /// Turns the lock on: the journal is copied, encrypted, beside itself,
    /// the key file is written, and then the plain journal is removed.
    /// Returns the recovery key, to be shown once.
    pub fn turn_lock_on(
        &mut self,
        passcode: &str,
        kdf: KdfParams,
    ) -> Result<Zeroizing<String>, LockError> {
        self.lock_with(passcode, kdf, Layout::NEW)
    }

    /// Turns the lock on with the pages laid out as `layout` (an earlier
    /// Tend's, in tests).
    fn lock_with(
        &mut self,
        passcode: &str,
        kdf: KdfParams,
        layout: Layout,
    ) -> Result<Zeroizing<String>, LockError> {
        check_passcode(passcode)?;
        if self.key.is_some() {
            return Err(LockError::AlreadyOn);
        }
        let key = DataKey {
            bytes: Zeroizing::new(random()?),
            layout,
        };
        let recovery_bytes = Zeroizing::new(random::<RECOVERY_BYTES>()?);
        let recovery = recovery_text(&recovery_bytes);
        let file = KeyFile {
            format: KEY_FILE_FORMAT.into(),
            version: version_of(layout),
            kdf,
            passcode: slot(passcode.as_bytes(), &key, kdf)?,
            recovery: slot(normalise_recovery(&recovery).as_bytes(), &key, kdf)?,
            check: check_value(&key.bytes),
        };
        let folder = self.folder.clone();
        let part = folder.join(format!("{LOCKED_FILE_NAME}.part"));
        export_to(&self.conn, &part, Some(&key))?;
        fs::rename(&part, folder.join(LOCKED_FILE_NAME))?;
        sync_dir(&folder)?;
        // The moment the lock is on.
        write_key_file(&folder, &file)?;
        self.reopen(Some(key))?;
        crate::backup::convert_snapshots(&self.folder, None, self.key.as_ref())?;
        Ok(recovery)
    }

    /// A new passcode; the recovery key stays as it was. The new passcode
    /// is derived with the parameters the key file already has (both slots
    /// share them, and the recovery slot cannot be derived again without
    /// the recovery key), whatever parameters a version of Tend ships now.
    pub fn change_passcode(&mut self, current: Secret<'_>, new: &str) -> Result<(), LockError> {
        check_passcode(new)?;
        if self.key.is_none() {
            return Err(LockError::Off);
        }
        let key = unlock(&self.folder, current)?;
        let mut file = read_key_file(&self.folder)?;
        file.passcode = slot(new.as_bytes(), &key, file.kdf)?;
        write_key_file(&self.folder, &file)
    }

    /// Turns the lock off: the journal is copied, plain, beside itself, the
    /// key file is removed, and then the encrypted journal is removed.
    pub fn turn_lock_off(&mut self, current: Secret<'_>) -> Result<(), LockError> {
        if self.key.is_none() {
            return Err(LockError::Off);
        }
        unlock(&self.folder, current)?;
        let folder = self.folder.clone();
        let part = folder.join(format!("{FILE_NAME}.part"));
        export_to(&self.conn, &part, None)?;
        // The snapshots first, while the key file still exists: cut short
        // here, the next unlock locks them again.
        crate::backup::convert_snapshots(&folder, self.key.as_ref(), None)?;
        fs::rename(&part, folder.join(FILE_NAME))?;
        sync_dir(&folder)?;
        // The moment the lock is off.
        fs::remove_file(folder.join(KEY_FILE_NAME))?;
        sync_dir(&folder)?;
        self.reopen(None)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_recovery_key_is_eight_groups_of_four_and_reads_back_however_typed() {
        let text = recovery_text(&[0xA5; RECOVERY_BYTES]);
        let groups: Vec<&str> = text.split('-').collect();
        assert_eq!(groups.len(), 8, "{}", *text);
        assert!(groups.iter().all(|g| g.len() == 4), "{}", *text);
        assert!(
            text.chars()
                .all(|c| c == '-' || RECOVERY_ALPHABET.contains(&(c as u8)))
        );
        // 160 bits, all of them used: different bytes, different text.
        assert_ne!(*recovery_text(&[0x5A; RECOVERY_BYTES]), *text);
        let typed = text.to_lowercase().replace('-', " ").replace('0', "o");
        assert_eq!(*normalise_recovery(&typed), text.replace('-', ""));
    }

    /// How many objects the locked file at `path` holds, read with `key`'s
    /// bytes and SQLCipher's own defaults, or with its layout too.
    fn keyed(path: &Path, key: &DataKey, with_layout: bool) -> rusqlite::Result<i64> {
        let conn = rusqlite::Connection::open(path)?;
        if with_layout {
            key.key(&conn, None)?;
        } else {
            conn.pragma_update(None, "key", key.pragma().as_str())?;
        }
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
    }

    fn version(folder: &Path) -> u32 {
        read_key_file(folder).expect("the key file reads").version
    }

    fn day(d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("a day")
    }

    fn with_entry(folder: &Path) -> Journal {
        let mut journal = Journal::open(folder).expect("a new journal");
        journal
            .save_entry(
                tend_core::entry::EntryDraft {
                    id: None,
                    title: "Tea".into(),
                    body: "A cup in the garden before the round.".into(),
                    prompt: None,
                    tags: vec![],
                },
                day(20).and_hms_opt(7, 0, 0).expect("a time"),
            )
            .expect("the entry saves");
        journal
    }

    const PASSCODE: &str = "a passcode for this test";

    /// The path of the only snapshot in `folder`'s backups.
    fn the_one_snapshot(folder: &Path) -> std::path::PathBuf {
        let snapshots = crate::backup::backups(folder).expect("the snapshots");
        assert_eq!(snapshots.len(), 1);
        crate::backup::backups_dir(folder).join(&snapshots[0].name)
    }

    #[test]
    fn a_lock_turned_on_now_lays_out_16k_pages_with_hmac_sha256() {
        let folder = tempfile::tempdir().expect("a folder");
        let mut journal = with_entry(folder.path());
        drop(
            journal
                .turn_lock_on(PASSCODE, KdfParams::LEAST)
                .expect("locked"),
        );
        assert_eq!(version(folder.path()), 2);
        let key = unlock(folder.path(), Secret::Passcode(PASSCODE)).expect("unlocks");
        assert_eq!(key.layout, Layout::Pages16kSha256);
        // The journal and a snapshot taken while locked: SQLCipher's
        // defaults do not read them, so the layout is really there.
        assert!(journal.snapshot(day(21)).expect("a snapshot"));
        drop(journal);
        let snapshot = the_one_snapshot(folder.path());
        for path in [folder.path().join(LOCKED_FILE_NAME), snapshot] {
            assert!(keyed(&path, &key, true).expect("reads") > 0);
            assert!(keyed(&path, &key, false).is_err());
            let len = fs::metadata(&path).expect("the file").len();
            assert_eq!(len % 16_384, 0, "{len}");
        }
        let journal = Journal::open_locked(folder.path(), key).expect("opens");
        assert_eq!(journal.entries().expect("the list").len(), 1);
    }

    #[test]
    fn a_journal_an_earlier_tend_locked_opens_keeps_its_layout_and_unlocks_plain() {
        let folder = tempfile::tempdir().expect("a folder");
        let mut journal = with_entry(folder.path());
        drop(
            journal
                .lock_with(PASSCODE, KdfParams::LEAST, Layout::Sqlcipher4)
                .expect("locked as before"),
        );
        assert!(journal.snapshot(day(21)).expect("a snapshot"));
        drop(journal);
        assert_eq!(version(folder.path()), 1);
        let key = unlock(folder.path(), Secret::Passcode(PASSCODE)).expect("unlocks");
        assert_eq!(key.layout, Layout::Sqlcipher4);
        // SQLCipher's own defaults read it, as an earlier Tend wrote it.
        assert!(keyed(&folder.path().join(LOCKED_FILE_NAME), &key, false).expect("reads") > 0);
        let mut journal = Journal::open_locked(folder.path(), key).expect("opens");
        assert_eq!(journal.entries().expect("the list").len(), 1);
        journal
            .change_passcode(Secret::Passcode(PASSCODE), "another passcode here")
            .expect("a new passcode");
        assert_eq!(version(folder.path()), 1);
        journal
            .turn_lock_off(Secret::Passcode("another passcode here"))
            .expect("the lock turns off");
        drop(journal);
        let journal = Journal::open(folder.path()).expect("opens plain");
        assert_eq!(journal.entries().expect("the list").len(), 1);
        // The snapshot taken while locked is plain again.
        let snapshot = the_one_snapshot(folder.path());
        let conn = rusqlite::Connection::open(snapshot).expect("opens");
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .expect("plain");
        assert!(tables > 0);
    }
}
