//! Periodic measures' answers, the user's own contacts, and the small
//! settings behind Get help and Today's notices.

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::named_params;
use tend_core::insights::LOOK_BACK_DAYS;
use tend_core::ipc::Notice;
use tend_core::measure::{Measure, MeasureResult, Measures};
use tend_core::notices::{NoticeInputs, notices};
use tend_core::support::Contact;

const DAY_FORMAT: &str = "%Y-%m-%d";
pub(crate) const COUNTRY_KEY: &str = "country";
const DISMISSED_PREFIX: &str = "dismissed.";

fn parse_answers(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| c.to_digit(10).and_then(|d| u8::try_from(d).ok()))
        .collect()
}

impl Journal {
    /// What Today mentions (a measure due, a suggestion of support), from
    /// the answers, the last fourteen days of check-ins and what was set
    /// aside. `professional` comes from the preferences the caller holds.
    pub fn notices(
        &self,
        measures: &Measures,
        professional: bool,
        today: NaiveDate,
    ) -> Result<Vec<Notice>, JournalError> {
        let results = self.measure_results()?;
        let checkins = self.checkins_between(today - Duration::days(LOOK_BACK_DAYS - 1), today)?;
        let inputs = NoticeInputs {
            today,
            professional,
            measures,
            results: &results,
            checkins: &checkins,
        };
        // A setting that cannot be read counts as never set aside: the
        // notice shows again, which is the safe way round.
        Ok(notices(&inputs, |key| {
            self.dismissed_on(key).ok().flatten()
        }))
    }

    /// Stores a full set of answers to `measure`, after checking that they
    /// fit its form. `day` is the journal day; `now` is UTC.
    pub fn save_measure_result(
        &mut self,
        measure: &Measure,
        answers: &[u8],
        day: NaiveDate,
        now: NaiveDateTime,
    ) -> Result<MeasureResult, JournalError> {
        measure.score(answers).map_err(|_| {
            JournalError::InvalidMeasure(tend_core::Said::new("invalid-measure-answers"))
        })?;
        if answers.iter().any(|a| *a > 9) {
            return Err(JournalError::InvalidMeasure(tend_core::Said::new(
                "invalid-measure-answers",
            )));
        }
        let text: String = answers.iter().map(|a| char::from(b'0' + a)).collect();
        self.conn.execute(
            "INSERT INTO measure_result (measure, answers, day, taken_at)
             VALUES (:measure, :answers, :day, :taken_at)",
            named_params! {
                ":measure": measure.id,
                ":answers": text,
                ":day": day.format(DAY_FORMAT).to_string(),
                ":taken_at": now.format(TIME_FORMAT).to_string(),
            },
        )?;
        Ok(MeasureResult {
            id: self.conn.last_insert_rowid(),
            measure: measure.id.clone(),
            answers: answers.to_vec(),
            day,
            taken_at: now,
        })
    }

    /// Every stored set of answers, oldest first.
    pub fn measure_results(&self) -> Result<Vec<MeasureResult>, JournalError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, measure, answers, day, taken_at FROM measure_result ORDER BY day, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, measure, answers, day, taken_at) = row?;
            out.push(MeasureResult {
                id,
                measure,
                answers: parse_answers(&answers).ok_or(JournalError::Damaged)?,
                day: NaiveDate::parse_from_str(&day, DAY_FORMAT)
                    .map_err(|_| JournalError::Damaged)?,
                taken_at: NaiveDateTime::parse_from_str(&taken_at, TIME_FORMAT)
                    .map_err(|_| JournalError::Damaged)?,
            });
        }
        Ok(out)
    }

    /// The user's own contacts, by name.
    pub fn contacts(&self) -> Result<Vec<Contact>, JournalError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, number, note FROM contact ORDER BY name COLLATE NOCASE, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Contact {
                id: Some(r.get(0)?),
                name: r.get(1)?,
                number: r.get(2)?,
                note: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a contact (no id) or changes one.
    pub fn save_contact(&mut self, contact: Contact) -> Result<Contact, JournalError> {
        let c = contact.validate().map_err(JournalError::InvalidContact)?;
        let id = match c.id {
            None => {
                self.conn.execute(
                    "INSERT INTO contact (name, number, note) VALUES (?1, ?2, ?3)",
                    (&c.name, &c.number, &c.note),
                )?;
                self.conn.last_insert_rowid()
            }
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE contact SET name = ?2, number = ?3, note = ?4 WHERE id = ?1",
                    (id, &c.name, &c.number, &c.note),
                )?;
                if changed == 0 {
                    return Err(JournalError::NoSuchEntry);
                }
                id
            }
        };
        Ok(Contact { id: Some(id), ..c })
    }

    pub fn delete_contact(&mut self, id: i64) -> Result<(), JournalError> {
        match self
            .conn
            .execute("DELETE FROM contact WHERE id = ?1", [id])?
        {
            0 => Err(JournalError::NoSuchEntry),
            _ => Ok(()),
        }
    }

    /// The country the user chose for helplines, if any.
    pub fn country(&self) -> Result<Option<String>, JournalError> {
        self.setting(COUNTRY_KEY)
    }

    pub fn set_country(&mut self, code: &str) -> Result<(), JournalError> {
        self.put_setting(COUNTRY_KEY, code)
    }

    /// The language she chose, if this build speaks it; none means the
    /// system's.
    pub fn language(&self) -> Result<Option<String>, JournalError> {
        let available = tend_core::words::available();
        Ok(self
            .setting(crate::settings::LANGUAGE_KEY)?
            .filter(|tag| crate::settings::language_tag(tag).is_some())
            .filter(|tag| available.contains(tag)))
    }

    /// Chooses a language this build speaks, or the system's (none).
    pub fn set_language(&mut self, tag: Option<&str>) -> Result<(), JournalError> {
        match tag {
            Some(tag) if tend_core::words::available().iter().any(|a| a == tag) => {
                self.put_setting(crate::settings::LANGUAGE_KEY, tag)
            }
            Some(tag) => Err(JournalError::UnknownLanguage(tag.to_owned())),
            None => self.clear_setting(crate::settings::LANGUAGE_KEY),
        }
    }

    /// The day a notice (a measure being due, a suggestion of support) was
    /// last set aside.
    pub fn dismissed_on(&self, notice: &str) -> Result<Option<NaiveDate>, JournalError> {
        let key = format!("{DISMISSED_PREFIX}{notice}");
        Ok(self
            .setting(&key)?
            .and_then(|d| NaiveDate::parse_from_str(&d, DAY_FORMAT).ok()))
    }

    pub fn dismiss(&mut self, notice: &str, day: NaiveDate) -> Result<(), JournalError> {
        let key = format!("{DISMISSED_PREFIX}{notice}");
        self.put_setting(&key, &day.format(DAY_FORMAT).to_string())
    }

    pub(crate) fn put_setting(&mut self, key: &str, value: &str) -> Result<(), JournalError> {
        self.conn
            .prepare_cached(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute([key, value])?;
        Ok(())
    }

    pub(crate) fn clear_setting(&mut self, key: &str) -> Result<(), JournalError> {
        self.conn
            .prepare_cached("DELETE FROM setting WHERE key = ?1")?
            .execute([key])?;
        Ok(())
    }
}
