//! The privacy lock on real files: nothing readable on disk once it is on
//! (journal, write-ahead log, snapshots), a wrong passcode changes no byte,
//! the passcode and the recovery key both open it, a flipped byte is
//! reported as damage, and a lock change cut short at either step leaves
//! one whole journal.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, NaiveDateTime};
use std::fs;
use std::path::{Path, PathBuf};
use tend_core::entry::EntryDraft;
use tend_journal::{
    Journal, KEY_FILE_NAME, KdfParams, LOCKED_FILE_NAME, LockError, OpenError, Secret, is_locked,
    unlock,
};

/// Light parameters: these tests are about files, not about how slow a
/// guess is (the benchmark measures the shipped parameters).
const KDF: KdfParams = KdfParams {
    memory_kib: 8 * 1024,
    iterations: 1,
    lanes: 1,
};
const PASSCODE: &str = "kettle on at six";

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20)
        .unwrap()
        .and_hms_opt(20, 15, 0)
        .unwrap()
}

/// A word no file may hold once the lock is on.
fn canary() -> String {
    format!("canary{}", std::process::id() * 7919 + 104_729)
}

/// A journal with one entry holding the canary, and one plain snapshot.
fn journal_with_canary(folder: &Path) -> (Journal, i64) {
    let mut journal = Journal::open(folder).unwrap();
    let entry = journal
        .save_entry(
            EntryDraft {
                id: None,
                title: "After the night shift".into(),
                body: format!("Slow breaths in the car park. {}", canary()),
                prompt: None,
                tags: vec!["night".into()],
            },
            now(),
        )
        .unwrap();
    assert!(
        journal
            .snapshot(NaiveDate::from_ymd_opt(2026, 11, 19).unwrap())
            .unwrap()
    );
    (journal, entry.id)
}

fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn holds(path: &Path, needle: &str) -> bool {
    let bytes = fs::read(path).unwrap_or_default();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn snapshot_of(folder: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_under(folder)
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn once_locked_no_file_holds_a_word_and_both_secrets_open_it() {
    let started = std::time::SystemTime::now();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let (mut journal, id) = journal_with_canary(folder);
    assert!(
        files_under(folder).iter().any(|p| holds(p, &canary())),
        "the test's canary is on disk before the lock"
    );

    assert!(matches!(
        journal.turn_lock_on("short", KDF),
        Err(LockError::PasscodeTooShort)
    ));
    assert!(!is_locked(folder));
    let recovery = journal.turn_lock_on(PASSCODE, KDF).unwrap();
    assert!(journal.is_locked());
    // Still usable at once, and a snapshot taken now is encrypted too.
    assert_eq!(
        journal.entry(id).unwrap().unwrap().title,
        "After the night shift"
    );
    assert!(
        journal
            .snapshot(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap())
            .unwrap()
    );
    drop(journal);

    let files = files_under(folder);
    assert!(!folder.join(tend_journal::FILE_NAME).exists());
    for file in &files {
        assert!(
            !holds(file, &canary()),
            "{} holds journal text",
            file.display()
        );
        assert!(
            !holds(file, "SQLite format 3"),
            "{} is plain SQLite",
            file.display()
        );
    }
    assert!(
        files
            .iter()
            .filter(|p| p.starts_with(folder.join("backups")))
            .count()
            >= 2,
        "{files:?}"
    );
    // Nor any file SQLite could have spilled into the temporary folder
    // meanwhile (SQLCipher keeps temporary data in memory).
    for entry in fs::read_dir(std::env::temp_dir()).unwrap().flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        let recent = meta.modified().is_ok_and(|m| m >= started);
        if meta.is_file() && recent && meta.len() < 64 << 20 {
            assert!(
                !holds(&entry.path(), &canary()),
                "{}",
                entry.path().display()
            );
        }
    }
    let key_file = fs::read_to_string(folder.join(KEY_FILE_NAME)).unwrap();
    assert!(!key_file.contains(PASSCODE));
    assert!(!key_file.contains(&recovery.replace('-', "")));

    // Without a key it does not open, and says why.
    assert!(matches!(
        Journal::open(folder),
        Err(OpenError::Locked { .. })
    ));
    // A wrong passcode is told apart and changes no byte.
    let before = snapshot_of(folder);
    assert!(matches!(
        unlock(folder, Secret::Passcode("kettle on at seven")),
        Err(LockError::WrongSecret)
    ));
    assert!(matches!(
        unlock(
            folder,
            Secret::RecoveryKey("0000-0000-0000-0000-0000-0000-0000-0000")
        ),
        Err(LockError::WrongSecret)
    ));
    assert_eq!(snapshot_of(folder), before);

    let key = unlock(folder, Secret::Passcode(PASSCODE)).unwrap();
    let journal = Journal::open_locked(folder, key).unwrap();
    assert_eq!(journal.search("car park").unwrap().len(), 1);
    drop(journal);
    // The recovery key as someone might type it back from paper.
    let typed = recovery.to_lowercase().replace('-', " ");
    let key = unlock(folder, Secret::RecoveryKey(&typed)).unwrap();
    let mut journal = Journal::open_locked(folder, key).unwrap();

    // A new passcode: the old one stops working, the recovery key does not.
    journal
        .change_passcode(Secret::RecoveryKey(&recovery), "a new kettle")
        .unwrap();
    assert!(matches!(
        unlock(folder, Secret::Passcode(PASSCODE)),
        Err(LockError::WrongSecret)
    ));
    unlock(folder, Secret::Passcode("a new kettle")).unwrap();
    unlock(folder, Secret::RecoveryKey(&recovery)).unwrap();

    // Off again: the plain journal and plain snapshots are back, whole.
    assert!(matches!(
        journal.turn_lock_off(Secret::Passcode(PASSCODE)),
        Err(LockError::WrongSecret)
    ));
    journal
        .turn_lock_off(Secret::Passcode("a new kettle"))
        .unwrap();
    assert!(!journal.is_locked());
    drop(journal);
    assert!(!is_locked(folder));
    assert!(!folder.join(LOCKED_FILE_NAME).exists());
    let journal = Journal::open(folder).unwrap();
    assert!(journal.entry(id).unwrap().unwrap().body.contains(&canary()));
    for snapshot in tend_journal::backups(folder).unwrap() {
        let path = folder.join("backups").join(&snapshot.name);
        assert!(
            holds(&path, "SQLite format 3"),
            "{} is plain again",
            snapshot.name
        );
    }
}

#[test]
fn a_flipped_byte_in_a_locked_journal_is_damage_and_nothing_is_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let (mut journal, _) = journal_with_canary(folder);
    // A long entry, so its text runs over into overflow pages, which the
    // flips below reach too.
    journal
        .save_entry(
            EntryDraft {
                id: None,
                title: "A long night".into(),
                body: "Breathing out slowly, again and again. ".repeat(400),
                prompt: None,
                tags: Vec::new(),
            },
            now(),
        )
        .unwrap();
    journal.turn_lock_on(PASSCODE, KDF).unwrap();
    drop(journal);
    let path = folder.join(LOCKED_FILE_NAME);
    let sound = fs::read(&path).unwrap();
    let key = unlock(folder, Secret::Passcode(PASSCODE)).unwrap();
    // A byte flipped anywhere after the first page (16 KiB, whose damage
    // is a wrong key to SQLCipher), one every 4 KiB so each page is hit
    // four times, is found before anything is written.
    let pages = sound.len() / 16_384;
    assert!(pages > 3, "the journal has {pages} pages");
    for quarter in 4..sound.len() / 4096 {
        let mut bytes = sound.clone();
        bytes[quarter * 4096 + 700] ^= 0x20;
        fs::write(&path, &bytes).unwrap();
        let before = snapshot_of(folder);
        let opened = Journal::open_locked(folder, key.clone());
        assert!(
            matches!(opened, Err(OpenError::Damaged { .. })),
            "byte {}: {:?}",
            quarter * 4096 + 700,
            opened.err()
        );
        assert_eq!(snapshot_of(folder), before, "byte {}", quarter * 4096 + 700);
    }
    // Left damaged in its second page, for the restore below.
    let mut bytes = sound;
    bytes[16_384 + 700] ^= 0x20;
    fs::write(&path, &bytes).unwrap();
    let before = snapshot_of(folder);

    let key = unlock(folder, Secret::Passcode(PASSCODE)).unwrap();
    assert!(matches!(
        Journal::open_locked(folder, key.clone()),
        Err(OpenError::Damaged { .. })
    ));
    assert_eq!(
        snapshot_of(folder),
        before,
        "the damaged journal is kept as it is"
    );

    // Its backups share its key: one of them takes its place, and the
    // damaged journal is set aside, still locked.
    let name = tend_journal::backups(folder).unwrap()[0].name.clone();
    assert!(tend_journal::restore(folder, &name, "20261120T201500", None).is_err());
    tend_journal::restore(folder, &name, "20261120T201500", Some(&key)).unwrap();
    let journal = Journal::open_locked(folder, key).unwrap();
    assert_eq!(journal.search("car park").unwrap().len(), 1);
    drop(journal);
    for file in files_under(folder) {
        assert!(
            !holds(&file, &canary()),
            "{} holds journal text",
            file.display()
        );
    }
    assert!(
        files_under(folder)
            .iter()
            .any(|p| p.to_string_lossy().contains("set-aside")),
        "the damaged journal is kept"
    );
}

#[test]
fn a_lock_change_cut_short_leaves_one_whole_journal() {
    // The two states a conversion passes through, made by copying files:
    // the plain folder as it was, and the same journal locked.
    let plain = tempfile::tempdir().unwrap();
    let (journal, id) = journal_with_canary(plain.path());
    drop(journal);
    let locked = tempfile::tempdir().unwrap();
    for file in files_under(plain.path()) {
        let to = locked.path().join(file.strip_prefix(plain.path()).unwrap());
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(&file, to).unwrap();
    }
    let mut journal = Journal::open(locked.path()).unwrap();
    journal.turn_lock_on(PASSCODE, KDF).unwrap();
    drop(journal);

    // Cut short before lock.json: the encrypted copy is there, the key
    // file is not. The plain journal is the journal; the copy goes.
    let early = tempfile::tempdir().unwrap();
    fs::copy(
        plain.path().join(tend_journal::FILE_NAME),
        early.path().join(tend_journal::FILE_NAME),
    )
    .unwrap();
    fs::copy(
        locked.path().join(LOCKED_FILE_NAME),
        early.path().join(LOCKED_FILE_NAME),
    )
    .unwrap();
    let journal = Journal::open(early.path()).unwrap();
    assert!(journal.entry(id).unwrap().unwrap().body.contains(&canary()));
    drop(journal);
    assert!(!early.path().join(LOCKED_FILE_NAME).exists());

    // Cut short after lock.json: the plain journal is still there. The
    // locked journal is the journal; the plain copy goes.
    let late = tempfile::tempdir().unwrap();
    for name in [LOCKED_FILE_NAME, KEY_FILE_NAME] {
        fs::copy(locked.path().join(name), late.path().join(name)).unwrap();
    }
    fs::copy(
        plain.path().join(tend_journal::FILE_NAME),
        late.path().join(tend_journal::FILE_NAME),
    )
    .unwrap();
    let key = unlock(late.path(), Secret::Passcode(PASSCODE)).unwrap();
    let journal = Journal::open_locked(late.path(), key).unwrap();
    assert_eq!(journal.search("car park").unwrap().len(), 1);
    drop(journal);
    for file in files_under(late.path()) {
        assert!(
            !holds(&file, &canary()),
            "{} holds journal text",
            file.display()
        );
    }
}

#[test]
fn a_key_file_asking_for_endless_work_is_refused_as_damaged_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    j.turn_lock_on(PASSCODE, KDF).unwrap();
    drop(j);
    let path = dir.path().join(KEY_FILE_NAME);
    let good = std::fs::read_to_string(&path).unwrap();
    let cases = [
        ("\"iterations\": 1", "\"iterations\": 200000"),
        ("\"iterations\": 1", "\"iterations\": 0"),
        ("\"memory_kib\": 8192", "\"memory_kib\": 4194304"),
        ("\"memory_kib\": 8192", "\"memory_kib\": 8"),
        ("\"lanes\": 1", "\"lanes\": 255"),
    ];
    for (from, to) in cases {
        assert!(good.contains(from), "the key file no longer says {from}");
        let damaged = good.replace(from, to);
        std::fs::write(&path, &damaged).unwrap();
        let started = std::time::Instant::now();
        let err = unlock(dir.path(), Secret::Passcode(PASSCODE)).unwrap_err();
        assert!(matches!(err, LockError::KeyFileDamaged), "{to}: {err:?}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{to} kept the unlock busy"
        );
    }
    // Set back, it opens.
    std::fs::write(&path, &good).unwrap();
    unlock(dir.path(), Secret::Passcode(PASSCODE)).unwrap();
}
