use super::*;
use crate::schema::MIGRATIONS;
use std::fs;
use tend_core::{CheckInError, Item};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn draft(exhaustion: u8, note: &str) -> CheckInDraft {
    let mut d = CheckInDraft {
        note: note.into(),
        ..CheckInDraft::default()
    };
    d.ratings.exhaustion = exhaustion;
    d
}

/// Every file in `folder` with its bytes, to show that nothing changed.
fn snapshot(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn schema_of(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_new_journal_is_created_with_durable_settings() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("nested").join("Tend");
    let j = Journal::open(&folder).unwrap();
    assert!(folder.join(FILE_NAME).is_file());
    let mode: String = j
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    let sync: i64 = j
        .conn
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .unwrap();
    let fks: i64 = j
        .conn
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .unwrap();
    let app: i64 = j
        .conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(
        (mode.as_str(), sync, fks, app),
        ("wal", 2, 1, TEND_APPLICATION_ID)
    );
    assert_eq!(j.schema_version().unwrap(), LATEST_SCHEMA);
    j.integrity_check().unwrap();
    assert!(!folder.join(".tend-write-check").exists());
}

#[test]
fn a_check_in_survives_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = draft(7, "long shift, kind colleague");
    d.context = Some(Context::Both);
    d.tags = vec![Tag::HardVisit, Tag::DisturbedNight];
    d.ratings.set(Item::Meaning, 9);
    {
        let mut j = Journal::open(dir.path()).unwrap();
        j.save_checkin(day("2026-11-26"), d.clone(), at("2026-11-26 18:30"))
            .unwrap();
    }
    let j = Journal::open(dir.path()).unwrap();
    let c = j.checkin(day("2026-11-26")).unwrap().unwrap();
    assert_eq!(c.ratings.exhaustion, 7);
    assert_eq!(c.ratings.meaning, 9);
    assert_eq!(c.context, Some(Context::Both));
    assert_eq!(c.tags, vec![Tag::DisturbedNight, Tag::HardVisit]);
    assert_eq!(c.note, "long shift, kind colleague");
    assert_eq!(c.created_at, at("2026-11-26 18:30"));
    assert_eq!(j.checkin(day("2026-11-25")).unwrap(), None);
}

#[test]
fn reads_in_one_read_see_one_journal_while_another_program_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut reader = Journal::open(dir.path()).unwrap();
    // The tend command, say, saving while the app builds Today.
    let mut writer = Journal::open(dir.path()).unwrap();
    let seen = reader
        .in_one_read(|j| {
            let before = j.checkin(day("2026-11-26"))?;
            writer
                .save_checkin(
                    day("2026-11-26"),
                    draft(6, "saved meanwhile"),
                    at("2026-11-26 18:30"),
                )
                .unwrap();
            let after = j.checkin(day("2026-11-26"))?;
            Ok::<_, JournalError>((before, after))
        })
        .unwrap();
    assert_eq!(seen, (None, None));
    // Once the read is over, the new check-in is there.
    let now = reader.checkin(day("2026-11-26")).unwrap().unwrap();
    assert_eq!(now.note, "saved meanwhile");
    // A read that fails leaves nothing open: the same connection saves.
    let failed: Result<(), JournalError> = reader.in_one_read(|_| Err(JournalError::Damaged));
    assert!(failed.is_err());
    reader
        .save_checkin(day("2026-11-27"), draft(3, "after"), at("2026-11-27 18:30"))
        .unwrap();
    assert!(reader.checkin(day("2026-11-27")).unwrap().is_some());
}

#[test]
fn saving_the_same_day_again_edits_the_one_check_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let mut first = draft(3, "first");
    first.tags = vec![Tag::Appointments];
    j.save_checkin(day("2026-11-26"), first, at("2026-11-26 08:00"))
        .unwrap();
    let edited = j
        .save_checkin(
            day("2026-11-26"),
            draft(8, "changed"),
            at("2026-11-26 21:00"),
        )
        .unwrap();
    assert_eq!(edited.ratings.exhaustion, 8);
    assert_eq!(edited.note, "changed");
    assert!(edited.tags.is_empty(), "tags are replaced, not added to");
    assert_eq!(edited.created_at, at("2026-11-26 08:00"));
    assert_eq!(edited.updated_at, at("2026-11-26 21:00"));
    assert_eq!(j.checkins().unwrap().len(), 1);
}

#[test]
fn an_invalid_check_in_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    j.save_checkin(day("2026-11-26"), draft(4, "kept"), at("2026-11-26 08:00"))
        .unwrap();
    let err = j
        .save_checkin(day("2026-11-26"), draft(11, "lost"), at("2026-11-26 09:00"))
        .unwrap_err();
    assert!(matches!(
        err,
        JournalError::Invalid(CheckInError::RatingOutOfRange(Item::Exhaustion))
    ));
    let c = j.checkin(day("2026-11-26")).unwrap().unwrap();
    assert_eq!((c.ratings.exhaustion, c.note.as_str()), (4, "kept"));
}

#[test]
fn a_full_disk_is_reported_and_the_journal_is_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    j.save_checkin(day("2026-11-25"), draft(4, "kept"), at("2026-11-25 08:00"))
        .unwrap();
    // SQLite reports SQLITE_FULL once the file may not grow: the same error
    // a full disk gives.
    let pages: i64 = j
        .conn
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    j.conn.pragma_update(None, "max_page_count", pages).unwrap();
    let big = "x".repeat(tend_core::checkin::MAX_NOTE_CHARS);
    let mut err = None;
    for n in 0..200 {
        let date = day("2026-01-01") + chrono::Duration::days(n);
        if let Err(e) = j.save_checkin(date, draft(5, &big), at("2026-11-26 08:00")) {
            err = Some(e);
            break;
        }
    }
    assert!(matches!(err, Some(JournalError::Full)), "got {err:?}");
    let api: tend_core::ApiError = err.unwrap().into();
    assert_eq!(api.code, tend_core::ErrorCode::StorageFull);
    j.integrity_check().unwrap();
    assert_eq!(j.checkin(day("2026-11-25")).unwrap().unwrap().note, "kept");
}

#[test]
fn notes_in_any_script_round_trip_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let notes = [
        "Dnes to bylo těžké, ale zvládla jsem to",
        "今日はよく眠れなかった",
        "يوم طويل مع أمي",
        "🫶 tea with my sister",
        "Ngiyabonga kakhulu, Sipho",
    ];
    for (i, note) in notes.iter().enumerate() {
        let date = day("2026-11-01") + chrono::Duration::days(i as i64);
        j.save_checkin(date, draft(5, note), at("2026-11-26 08:00"))
            .unwrap();
    }
    let stored: Vec<String> = j.checkins().unwrap().into_iter().map(|c| c.note).collect();
    assert_eq!(stored, notes);
}

#[test]
fn preferences_default_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    assert_eq!(j.preferences().unwrap(), Preferences::default());
    assert_eq!(j.day_boundary().unwrap(), DayBoundary::DEFAULT);
    let chosen = Preferences {
        day_boundary: DayBoundary::new(6, 30).unwrap(),
        theme: Theme::HighContrast,
        text_size: TextSize::new(175).unwrap(),
        professional: true,
        role: Some(Role::Both),
    };
    j.save_preferences(chosen).unwrap();
    drop(j);
    let j = Journal::open(dir.path()).unwrap();
    assert_eq!(j.preferences().unwrap(), chosen);
    assert_eq!(j.day_boundary().unwrap().to_string(), "06:30");
}

#[test]
fn the_welcome_is_answered_once_with_the_role_the_country_and_a_reminder() {
    use tend_core::reminder::{Reminder, ReminderKind, Rule, Weekdays};
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    assert!(!j.welcomed().unwrap());
    let reminder = Reminder {
        id: None,
        kind: ReminderKind::CheckIn,
        rule: Rule {
            time: chrono::NaiveTime::from_hms_opt(20, 30, 0).unwrap(),
            days: Weekdays::EVERY_DAY,
        },
        only_if_not_done: true,
        text: String::new(),
        enabled: true,
    };
    j.finish_welcome(
        Some(Role::FamilyCarer),
        Some("IE"),
        Some(reminder),
        at("2026-11-30 09:00"),
    )
    .unwrap();
    drop(j);
    let j = Journal::open(dir.path()).unwrap();
    assert!(j.welcomed().unwrap());
    let prefs = j.preferences().unwrap();
    assert_eq!(
        (prefs.role, prefs.professional),
        (Some(Role::FamilyCarer), false)
    );
    assert_eq!(j.country().unwrap().as_deref(), Some("IE"));
    let reminders = j.reminders().unwrap();
    assert_eq!(reminders.len(), 1);
    assert_eq!(reminders[0].reminder.kind, ReminderKind::CheckIn);

    // Skipped: nothing but the answer is kept.
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    j.finish_welcome(None, None, None, at("2026-11-30 09:00"))
        .unwrap();
    assert!(j.welcomed().unwrap());
    assert_eq!(j.preferences().unwrap(), Preferences::default());
    assert!(j.reminders().unwrap().is_empty());
}

#[test]
fn the_voice_its_pace_and_volume_are_kept_and_odd_values_fall_back() {
    use tend_core::speech::{SpeechPrefs, SpeechRate, VoiceName, Volume};
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    assert_eq!(j.speech_prefs().unwrap(), SpeechPrefs::default());
    let chosen = SpeechPrefs {
        voice: VoiceName::new("kal"),
        rate: SpeechRate::new(70).unwrap(),
        volume: Volume::new(40).unwrap(),
    };
    j.save_speech_prefs(&chosen).unwrap();
    drop(j);
    let mut j = Journal::open(dir.path()).unwrap();
    assert_eq!(j.speech_prefs().unwrap(), chosen);
    // Back to the system's voice.
    let system = SpeechPrefs {
        voice: None,
        ..chosen
    };
    j.save_speech_prefs(&system).unwrap();
    assert_eq!(j.speech_prefs().unwrap(), system);
    j.conn
        .execute_batch(
            "UPDATE setting SET value = '999' WHERE key = 'speech.rate';
             INSERT INTO setting VALUES ('speech.voice', char(10));",
        )
        .unwrap();
    let read = j.speech_prefs().unwrap();
    assert_eq!((read.voice, read.rate), (None, SpeechRate::DEFAULT));
}

#[test]
fn a_theme_from_a_newer_tend_falls_back_to_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path()).unwrap();
    j.conn
        .execute_batch("INSERT INTO setting VALUES ('theme', 'sepia'), ('text_size', '400')")
        .unwrap();
    let prefs = j.preferences().unwrap();
    assert_eq!(
        (prefs.theme, prefs.text_size),
        (Theme::System, TextSize::DEFAULT)
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(
        &path,
        "Dear diary, these are my own words and not a database.\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    let err = Journal::open(dir.path()).unwrap_err();
    assert!(matches!(err, OpenError::NotAJournal { .. }), "{err:?}");
    assert_eq!(
        tend_core::ApiError::from(&err).folder.as_deref(),
        Some(dir.path().to_str().unwrap())
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_file_with_a_sqlite_header_but_garbage_after_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5, 4000));
    fs::write(&path, &bytes).unwrap();
    let before = snapshot(dir.path());
    let err = Journal::open(dir.path()).unwrap_err();
    assert!(
        matches!(
            err,
            OpenError::NotAJournal { .. } | OpenError::Damaged { .. }
        ),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
            .unwrap();
    }
    let before = snapshot(dir.path());
    let err = Journal::open(dir.path()).unwrap_err();
    assert!(matches!(err, OpenError::NotAJournal { .. }), "{err:?}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_journal_from_a_newer_tend_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut j = Journal::open(dir.path()).unwrap();
        j.save_checkin(day("2026-11-26"), draft(5, "mine"), at("2026-11-26 08:00"))
            .unwrap();
        j.conn
            .pragma_update(None, "user_version", LATEST_SCHEMA as i64 + 1)
            .unwrap();
        j.conn
            .pragma_update(None, "journal_mode", "delete")
            .unwrap();
    }
    let before = snapshot(dir.path());
    let err = Journal::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, OpenError::TooNew { found, known, .. } if found == known + 1),
        "{err:?}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_file_where_the_folder_should_be_is_an_unwritable_folder() {
    let dir = tempfile::tempdir().unwrap();
    let in_the_way = dir.path().join("Tend");
    fs::write(&in_the_way, "not a folder").unwrap();
    let err = Journal::open(&in_the_way).unwrap_err();
    assert!(matches!(err, OpenError::FolderUnwritable { .. }), "{err:?}");
    assert_eq!(fs::read(&in_the_way).unwrap(), b"not a folder");
}

#[test]
fn an_empty_file_becomes_a_new_journal() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(FILE_NAME), b"").unwrap();
    let j = Journal::open(dir.path()).unwrap();
    assert_eq!(j.schema_version().unwrap(), LATEST_SCHEMA);
}

#[test]
fn migrations_are_valid() {
    MIGRATIONS.validate().unwrap();
}

#[test]
fn every_older_schema_upgrades_to_exactly_the_fresh_schema() {
    let mut fresh = Connection::open_in_memory().unwrap();
    MIGRATIONS.to_latest(&mut fresh).unwrap();
    let expected = schema_of(&fresh);
    for from in 0..LATEST_SCHEMA {
        let mut old = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut old, from).unwrap();
        MIGRATIONS.to_latest(&mut old).unwrap();
        assert_eq!(schema_of(&old), expected, "upgrading from schema {from}");
    }
}

#[test]
fn practice_sessions_are_stored_and_read_back() {
    use tend_core::practice::{Feeling, SessionRecord, what_helps};
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    for (before, after) in [(3, 6), (4, 6), (5, 8)] {
        let record = SessionRecord {
            exercise: "soothing_breath".into(),
            seconds_since_start: 45,
            seconds_offered: 30,
            seconds_played: 30,
            finished: true,
            before: Some(Feeling {
                calm: before,
                kind: 5,
            }),
            after: Some(Feeling {
                calm: after,
                kind: 6,
            }),
            note: "  שלום, calmer  ".into(),
        };
        j.save_session(record, at("2026-11-26 10:15")).unwrap();
    }
    let stopped = SessionRecord {
        exercise: "calm_place".into(),
        seconds_since_start: 45,
        seconds_offered: 180,
        seconds_played: 40,
        finished: false,
        before: None,
        after: None,
        note: String::new(),
    };
    j.save_session(stopped, at("2026-11-26 10:20")).unwrap();
    drop(j);
    let j = Journal::open(dir.path()).unwrap();
    let all = j.sessions().unwrap();
    assert_eq!(all.len(), 4);
    assert_eq!(all[0].record.note, "שלום, calmer");
    assert_eq!(
        all[0].started_at,
        Some(at("2026-11-26 10:14") + chrono::Duration::seconds(15))
    );
    assert_eq!(
        (all[3].record.finished, all[3].record.seconds_played),
        (false, 40)
    );
    let helps = what_helps(&all);
    assert_eq!(helps.len(), 1);
    assert!((helps[0].calm_change - 8.0 / 3.0).abs() < 1e-9);
}

#[test]
fn an_invalid_session_changes_nothing() {
    use tend_core::practice::{Feeling, SessionRecord};
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    let record = SessionRecord {
        exercise: "soothing_breath".into(),
        seconds_since_start: 45,
        seconds_offered: 30,
        seconds_played: 30,
        finished: true,
        before: Some(Feeling { calm: 12, kind: 5 }),
        after: None,
        note: String::new(),
    };
    assert!(matches!(
        j.save_session(record, at("2026-11-26 10:15")),
        Err(JournalError::InvalidSession(_))
    ));
    assert!(j.sessions().unwrap().is_empty());
}

mod entries {
    use super::*;
    use tend_core::entry::EntryDraft;

    fn write(j: &mut Journal, title: &str, body: &str) -> i64 {
        let draft = EntryDraft {
            title: title.into(),
            body: body.into(),
            ..Default::default()
        };
        j.save_entry(draft, at("2026-11-26 20:00")).unwrap().id
    }

    #[test]
    fn an_entry_is_found_by_one_word_and_the_match_is_marked() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        write(
            &mut j,
            "Letter",
            "Dear me, you were patient with Mum today and that took courage.",
        );
        write(&mut j, "Shopping", "milk, bread");
        let hits = j.search("courage").unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].title, "Letter");
        assert!(
            hits[0]
                .excerpt
                .iter()
                .any(|p| p.matched && p.text == "courage"),
            "{:?}",
            hits[0].excerpt
        );
        assert_eq!(j.search("cour").unwrap().len(), 1, "word starts match");
        assert!(
            j.search("NEAR(\"x").unwrap().is_empty(),
            "query syntax is not run"
        );
    }

    #[test]
    fn emoji_right_to_left_and_accents_are_kept_and_searchable() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let id = write(
            &mut j,
            "שלום",
            "היום היה קשה 🫶 ale zvládla jsem to, laskavost",
        );
        let e = j.entry(id).unwrap().unwrap();
        assert_eq!(e.body, "היום היה קשה 🫶 ale zvládla jsem to, laskavost");
        assert_eq!(j.search("קשה").unwrap().len(), 1);
        assert_eq!(
            j.search("zvladla").unwrap().len(),
            1,
            "accents do not matter"
        );
    }

    #[test]
    fn an_entry_of_a_megabyte_saves_and_reads_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let body: String = "Some days are long; I am still here. ".repeat(1024 * 1024 / 36 + 1);
        assert!(body.len() > 1024 * 1024);
        let id = write(&mut j, "Long", &body);
        drop(j);
        let j = Journal::open(dir.path()).unwrap();
        assert_eq!(j.entry(id).unwrap().unwrap().body, body);
        assert_eq!(j.search("still").unwrap().len(), 1);
    }

    #[test]
    fn saving_again_updates_the_same_entry_and_its_index() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let id = write(&mut j, "Draft", "first words");
        let draft = EntryDraft {
            id: Some(id),
            title: "Draft".into(),
            body: "second thoughts".into(),
            ..Default::default()
        };
        j.save_entry(draft, at("2026-11-26 20:01")).unwrap();
        assert_eq!(j.entries().unwrap().len(), 1);
        assert!(j.search("first").unwrap().is_empty());
        assert_eq!(j.search("second").unwrap().len(), 1);
    }

    #[test]
    fn tags_are_kept_and_found_like_words() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let draft = EntryDraft {
            title: "Evening".into(),
            body: "quiet at last".into(),
            tags: vec!["Mum".into(), "respite care".into()],
            ..Default::default()
        };
        let id = j.save_entry(draft, at("2026-11-26 20:00")).unwrap().id;
        assert_eq!(j.entry(id).unwrap().unwrap().tags, ["Mum", "respite care"]);
        let found = j.search("respite").unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].tags, ["Mum", "respite care"]);
        assert_eq!(j.entries().unwrap()[0].tags, ["Mum", "respite care"]);
        let retagged = EntryDraft {
            id: Some(id),
            title: "Evening".into(),
            body: "quiet at last".into(),
            tags: vec![],
            prompt: None,
        };
        j.save_entry(retagged, at("2026-11-26 20:05")).unwrap();
        assert!(
            j.search("respite").unwrap().is_empty(),
            "the index follows the tags"
        );
    }

    #[test]
    fn a_deleted_entry_disappears_and_can_be_restored() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let id = write(&mut j, "Hard day", "words to keep");
        j.delete_entry(id, at("2026-11-26 21:00")).unwrap();
        assert!(j.entries().unwrap().is_empty());
        assert!(j.search("keep").unwrap().is_empty());
        assert_eq!(j.entry(id).unwrap(), None);
        let recent = j.deleted_entries(at("2026-10-27 21:00")).unwrap();
        assert_eq!(recent.iter().map(|e| e.id).collect::<Vec<_>>(), [id]);
        assert!(
            j.deleted_entries(at("2026-11-26 21:01"))
                .unwrap()
                .is_empty(),
            "older deletions are not listed"
        );
        j.restore_entry(id).unwrap();
        assert!(
            j.deleted_entries(at("2026-10-27 21:00"))
                .unwrap()
                .is_empty()
        );
        assert_eq!(j.search("keep").unwrap().len(), 1);
        assert!(matches!(
            j.restore_entry(id),
            Err(JournalError::NoSuchEntry)
        ));
    }
}

#[test]
fn favourites_are_kept_and_can_be_taken_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    j.set_favourite("soles_of_feet", true, at("2026-11-26 09:00"))
        .unwrap();
    j.set_favourite("soothing_breath", true, at("2026-11-26 09:00"))
        .unwrap();
    j.set_favourite("soothing_breath", true, at("2026-11-26 09:01"))
        .unwrap();
    drop(j);
    let mut j = Journal::open(dir.path()).unwrap();
    assert_eq!(
        j.favourites().unwrap(),
        ["soles_of_feet", "soothing_breath"]
    );
    j.set_favourite("soles_of_feet", false, at("2026-11-26 09:02"))
        .unwrap();
    assert_eq!(j.favourites().unwrap(), ["soothing_breath"]);
}

mod support {
    use super::*;
    use tend_core::measure::Measures;
    use tend_core::support::Contact;

    fn measures() -> Measures {
        serde_json::from_str(include_str!("../../../assets/measures/en-GB.json")).unwrap()
    }

    #[test]
    fn answers_are_kept_in_order_and_score_the_same_after_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let m = measures();
        let who5 = m.get("who5").unwrap();
        let scs = m.get("scs_sf").unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let first = j
            .save_measure_result(
                who5,
                &[1, 2, 1, 2, 1],
                day("2026-03-01"),
                at("2026-03-01 20:00"),
            )
            .unwrap();
        j.save_measure_result(
            scs,
            &[2, 4, 3, 2, 4, 3, 3, 1, 2, 5, 2, 2],
            day("2026-03-02"),
            at("2026-03-02 20:00"),
        )
        .unwrap();
        drop(j);
        let j = Journal::open(dir.path()).unwrap();
        let results = j.measure_results().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0], first);
        assert_eq!(who5.score(&results[0].answers).unwrap()[0].value, 28.0);
        assert_eq!(scs.score(&results[1].answers).unwrap()[0].value, 3.92);
    }

    #[test]
    fn answers_that_do_not_fit_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let m = measures();
        drop(Journal::open(dir.path()).unwrap());
        let before = snapshot(dir.path());
        let mut j = Journal::open(dir.path()).unwrap();
        for answers in [&[1u8, 2, 3][..], &[6, 6, 6, 6, 6], &[]] {
            let e = j
                .save_measure_result(
                    m.get("who5").unwrap(),
                    answers,
                    day("2026-03-01"),
                    at("2026-03-01 20:00"),
                )
                .unwrap_err();
            assert!(matches!(e, JournalError::InvalidMeasure(_)), "{e}");
        }
        assert_eq!(j.measure_results().unwrap(), []);
        drop(j);
        assert!(snapshot(dir.path()) == before, "the file changed");
    }

    #[test]
    fn contacts_are_added_changed_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        let gp = j
            .save_contact(Contact {
                id: None,
                name: "Surgery".into(),
                number: "020 7946 0000".into(),
                note: "Ask for Dr Okafor".into(),
            })
            .unwrap();
        let ann = j
            .save_contact(Contact {
                id: None,
                name: "ann (sister)".into(),
                number: "07700 900123".into(),
                note: String::new(),
            })
            .unwrap();
        let names = |j: &Journal| {
            j.contacts()
                .unwrap()
                .into_iter()
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&j), ["ann (sister)", "Surgery"], "by name, any case");
        j.save_contact(Contact {
            name: "Ann".into(),
            ..ann.clone()
        })
        .unwrap();
        j.delete_contact(gp.id.unwrap()).unwrap();
        drop(j);
        let j = Journal::open(dir.path()).unwrap();
        assert_eq!(names(&j), ["Ann"]);
        let mut j = j;
        assert!(matches!(
            j.delete_contact(999),
            Err(JournalError::NoSuchEntry)
        ));
        let nameless = j.save_contact(Contact {
            name: " ".into(),
            ..Contact::default()
        });
        assert!(matches!(nameless, Err(JournalError::InvalidContact(_))));
        assert_eq!(names(&j), ["Ann"]);
    }

    #[test]
    fn the_country_and_set_aside_notices_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        assert_eq!(j.country().unwrap(), None);
        assert_eq!(j.dismissed_on("measure.who5").unwrap(), None);
        j.set_country("CZ").unwrap();
        j.dismiss("measure.who5", day("2026-03-04")).unwrap();
        drop(j);
        let j = Journal::open(dir.path()).unwrap();
        assert_eq!(j.country().unwrap().as_deref(), Some("CZ"));
        assert_eq!(
            j.dismissed_on("measure.who5").unwrap(),
            Some(day("2026-03-04"))
        );
        assert_eq!(j.dismissed_on("support").unwrap(), None);
    }
}

#[test]
fn check_ins_are_read_for_a_span_of_days() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::open(dir.path()).unwrap();
    for d in ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"] {
        j.save_checkin(day(d), draft(5, ""), at("2026-03-02 20:00"))
            .unwrap();
    }
    let days: Vec<_> = j
        .checkins_between(day("2026-02-28"), day("2026-03-01"))
        .unwrap()
        .into_iter()
        .map(|c| c.day.to_string())
        .collect();
    assert_eq!(days, ["2026-02-28", "2026-03-01"]);
}

mod backups {
    use super::*;
    use tend_core::backup::Kind;

    fn names(folder: &Path) -> Vec<String> {
        crate::backups(folder)
            .unwrap()
            .into_iter()
            .map(|b| b.name)
            .collect()
    }

    #[test]
    fn one_snapshot_a_day_and_old_ones_rotate_away() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        j.save_checkin(day("2026-03-01"), draft(7, "kept"), at("2026-03-01 20:00"))
            .unwrap();
        assert!(j.snapshot(day("2026-03-01")).unwrap());
        assert!(!j.snapshot(day("2026-03-01")).unwrap(), "once a day");
        for d in 2..=20 {
            j.snapshot(day(&format!("2026-03-{d:02}"))).unwrap();
        }
        let kept = names(dir.path());
        // Seven days (14 to 20), then the newest left of each earlier ISO
        // week: Friday 13, Sunday 8, Sunday 1.
        assert_eq!(
            kept,
            [
                "journal-2026-03-20.sqlite3",
                "journal-2026-03-19.sqlite3",
                "journal-2026-03-18.sqlite3",
                "journal-2026-03-17.sqlite3",
                "journal-2026-03-16.sqlite3",
                "journal-2026-03-15.sqlite3",
                "journal-2026-03-14.sqlite3",
                "journal-2026-03-13.sqlite3",
                "journal-2026-03-08.sqlite3",
                "journal-2026-03-01.sqlite3",
            ]
        );
        // A snapshot is a whole journal.
        let copy = tempfile::tempdir().unwrap();
        fs::copy(
            dir.path().join("backups/journal-2026-03-01.sqlite3"),
            copy.path().join(FILE_NAME),
        )
        .unwrap();
        let old = Journal::open(copy.path()).unwrap();
        assert_eq!(old.checkins().unwrap()[0].note, "kept");
    }

    #[test]
    fn restoring_puts_the_backup_back_and_keeps_the_journal_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        j.save_checkin(
            day("2026-03-01"),
            draft(7, "before"),
            at("2026-03-01 20:00"),
        )
        .unwrap();
        j.snapshot(day("2026-03-01")).unwrap();
        j.save_checkin(day("2026-03-02"), draft(3, "after"), at("2026-03-02 20:00"))
            .unwrap();
        drop(j);
        let was = fs::read(dir.path().join(FILE_NAME)).unwrap();
        crate::restore(
            dir.path(),
            "journal-2026-03-01.sqlite3",
            "20260302T210000",
            None,
        )
        .unwrap();
        let j = Journal::open(dir.path()).unwrap();
        let notes: Vec<_> = j.checkins().unwrap().into_iter().map(|c| c.note).collect();
        assert_eq!(notes, ["before"]);
        let aside = dir
            .path()
            .join("backups/journal-set-aside-20260302T210000.sqlite3");
        assert!(
            fs::read(&aside).unwrap() == was,
            "the journal as it was, byte for byte"
        );
        assert!(
            crate::backups(dir.path())
                .unwrap()
                .iter()
                .any(|b| matches!(&b.kind, Kind::SetAside { stamp } if stamp == "20260302T210000"))
        );
    }

    #[test]
    fn a_damaged_backup_or_a_strange_name_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path()).unwrap();
        j.save_checkin(day("2026-03-01"), draft(7, "mine"), at("2026-03-01 20:00"))
            .unwrap();
        j.snapshot(day("2026-03-01")).unwrap();
        drop(j);
        let bad = dir.path().join("backups/journal-2026-03-01.sqlite3");
        let mut bytes = fs::read(&bad).unwrap();
        bytes[..16].copy_from_slice(b"not a database!!");
        fs::write(&bad, bytes).unwrap();
        let both = |d: &Path| (snapshot(d), snapshot(&d.join("backups")));
        let before = both(dir.path());
        for name in [
            "journal-2026-03-01.sqlite3",
            "../journal.sqlite3",
            "journal-2026-03-09.sqlite3",
        ] {
            assert!(
                crate::restore(dir.path(), name, "x1", None).is_err(),
                "{name}"
            );
        }
        assert!(both(dir.path()) == before, "the journal is as it was");
    }

    #[test]
    fn an_older_journal_is_copied_before_it_is_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut conn = Connection::open(dir.path().join(FILE_NAME)).unwrap();
            MIGRATIONS.to_version(&mut conn, LATEST_SCHEMA - 1).unwrap();
        }
        let old = fs::read(dir.path().join(FILE_NAME)).unwrap();
        let j = Journal::open(dir.path()).unwrap();
        assert_eq!(j.schema_version().unwrap(), LATEST_SCHEMA);
        let name = format!("journal-before-schema-{LATEST_SCHEMA}.sqlite3");
        assert_eq!(names(dir.path()), std::slice::from_ref(&name));
        let copy = Connection::open(dir.path().join("backups").join(&name)).unwrap();
        let version: i64 = copy
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST_SCHEMA as i64 - 1);
        assert!(!old.is_empty());
        // A fresh journal has nothing to copy.
        let fresh = tempfile::tempdir().unwrap();
        drop(Journal::open(fresh.path()).unwrap());
        assert!(names(fresh.path()).is_empty());
    }
}
