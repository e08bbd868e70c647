//! Reminders: the rules the user set, the days each one fired, snoozes,
//! pausing, and the one question the delivery loop asks every half minute:
//! is there anything to send now?

use crate::{Journal, JournalError, TIME_FORMAT};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use rusqlite::ToSql;
use std::collections::BTreeSet;
use tend_core::day::journal_day;
use tend_core::reminder::{
    MAX_REMINDERS, Pending, Reminder, ReminderKind, ReminderView, Rule, Waiting, Weekdays, decide,
    in_quiet_hours, local_day,
};

const DAY_FORMAT: &str = "%Y-%m-%d";
const CHECKED_KEY: &str = "reminders.checked_at";
const PAUSED_KEY: &str = "reminders.paused_until";
const QUIET_KEY: &str = "reminders.quiet";
const SNOOZE_PREFIX: &str = "reminders.snooze.";
const ZONE_KEY: &str = "reminders.zone";
const KEEP_RUNNING_KEY: &str = "reminders.keep_running";
/// No time zone name in the tz database is longer.
const MAX_ZONE_NAME: usize = 64;
/// How far back the fired log is read: more than the longest catch-up.
const FIRED_LOOK_BACK_DAYS: i64 = 8;

/// A notification to send now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub id: i64,
    pub kind: ReminderKind,
    pub text: String,
    /// The local day it is for.
    pub day: NaiveDate,
}

pub(crate) fn time_text(t: NaiveDateTime) -> String {
    t.format(TIME_FORMAT).to_string()
}

pub(crate) fn parse_time(text: &str) -> Result<NaiveDateTime, JournalError> {
    NaiveDateTime::parse_from_str(text, TIME_FORMAT).map_err(|_| JournalError::Damaged)
}

fn reminder_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(Reminder, Option<String>)> {
    let kind: String = row.get("kind")?;
    let at: String = row.get("at")?;
    let days: u8 = row.get("days")?;
    Ok((
        Reminder {
            id: Some(row.get("id")?),
            kind: ReminderKind::from_id(&kind).unwrap_or(ReminderKind::Own),
            rule: Rule {
                time: NaiveTime::parse_from_str(&at, "%H:%M").unwrap_or_default(),
                days: Weekdays::from_mask(days),
            },
            only_if_not_done: row.get("only_if_not_done")?,
            text: row.get("text")?,
            enabled: row.get("enabled")?,
        },
        row.get("last_sent")?,
    ))
}

impl Journal {
    /// Every reminder, earliest in the day first, with when it last sent.
    pub fn reminders(&self) -> Result<Vec<ReminderView>, JournalError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.kind, r.at, r.days, r.only_if_not_done, r.text, r.enabled,
                    (SELECT max(f.at) FROM reminder_fired f
                     WHERE f.reminder = r.id AND f.outcome = 'sent') AS last_sent
             FROM reminder r ORDER BY r.at, r.id",
        )?;
        let rows = stmt.query_map([], reminder_from_row)?;
        let mut out = Vec::new();
        for row in rows {
            let (reminder, last_sent) = row?;
            out.push(ReminderView {
                reminder,
                last_sent: last_sent.as_deref().map(parse_time).transpose()?,
            });
        }
        Ok(out)
    }

    /// Adds a reminder (no id) or changes one. `now` is UTC.
    pub fn save_reminder(
        &mut self,
        reminder: Reminder,
        now: NaiveDateTime,
    ) -> Result<Reminder, JournalError> {
        let r = reminder.validate().map_err(JournalError::InvalidReminder)?;
        let (kind, at, days) = (
            r.kind.id(),
            r.rule.time.format("%H:%M").to_string(),
            r.rule.days.mask(),
        );
        // The columns an insert and an update share, as ?1 to ?6.
        let fields: [&dyn ToSql; 6] = [&kind, &at, &days, &r.only_if_not_done, &r.text, &r.enabled];
        let id = match r.id {
            None => {
                let count: i64 =
                    self.conn
                        .query_row("SELECT count(*) FROM reminder", [], |row| row.get(0))?;
                if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_REMINDERS {
                    return Err(JournalError::InvalidReminder(
                        tend_core::Said::new("invalid-reminder-count").with("most", MAX_REMINDERS),
                    ));
                }
                self.conn.execute(
                    "INSERT INTO reminder (kind, at, days, only_if_not_done, text, enabled, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    rusqlite::params_from_iter(fields.iter().copied().chain([&time_text(now) as &dyn ToSql])),
                )?;
                self.conn.last_insert_rowid()
            }
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE reminder SET kind = ?1, at = ?2, days = ?3,
                     only_if_not_done = ?4, text = ?5, enabled = ?6
                     WHERE id = ?7",
                    rusqlite::params_from_iter(fields.iter().copied().chain([&id as &dyn ToSql])),
                )?;
                if changed == 0 {
                    return Err(JournalError::NoSuchEntry);
                }
                id
            }
        };
        Ok(Reminder { id: Some(id), ..r })
    }

    /// Removes a reminder and its log.
    pub fn delete_reminder(&mut self, id: i64) -> Result<(), JournalError> {
        self.conn
            .execute("DELETE FROM reminder WHERE id = ?1", [id])?;
        Ok(())
    }

    /// The day reminders are paused until (included), if they are.
    pub fn reminders_paused_until(&self) -> Result<Option<NaiveDate>, JournalError> {
        Ok(self
            .setting(PAUSED_KEY)?
            .and_then(|d| NaiveDate::parse_from_str(&d, DAY_FORMAT).ok()))
    }

    /// Pauses every reminder until the end of `until`, or resumes them.
    pub fn pause_reminders(&mut self, until: Option<NaiveDate>) -> Result<(), JournalError> {
        match until {
            Some(day) => self.put_setting(PAUSED_KEY, &day.format(DAY_FORMAT).to_string()),
            None => self.clear_setting(PAUSED_KEY),
        }
    }

    /// The time zone the user pinned for reminders, by name; none means
    /// the system's. The shell checks the name against the tz database.
    pub fn reminder_zone(&self) -> Result<Option<String>, JournalError> {
        self.setting(ZONE_KEY)
    }

    /// Pins a zone by name, or (None) follows the system's again.
    pub fn set_reminder_zone(&mut self, zone: Option<&str>) -> Result<(), JournalError> {
        match zone {
            Some(name)
                if name.is_empty()
                    || name.len() > MAX_ZONE_NAME
                    || !name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c)) =>
            {
                Err(JournalError::UnknownZone(name.to_owned()))
            }
            Some(name) => self.put_setting(ZONE_KEY, name),
            None => self.clear_setting(ZONE_KEY),
        }
    }

    /// Whether closing the window keeps Tend running in the tray (the
    /// default) so reminders still come.
    pub fn keep_running(&self) -> Result<bool, JournalError> {
        Ok(self.setting(KEEP_RUNNING_KEY)?.as_deref() != Some("0"))
    }

    pub fn set_keep_running(&mut self, keep: bool) -> Result<(), JournalError> {
        self.put_setting(KEEP_RUNNING_KEY, if keep { "1" } else { "0" })
    }

    /// Quiet hours, local times from and to; none when unset.
    pub fn quiet_hours(&self) -> Result<Option<(NaiveTime, NaiveTime)>, JournalError> {
        Ok(self.setting(QUIET_KEY)?.and_then(|v| {
            let (a, b) = v.split_once('-')?;
            Some((
                NaiveTime::parse_from_str(a, "%H:%M").ok()?,
                NaiveTime::parse_from_str(b, "%H:%M").ok()?,
            ))
        }))
    }

    /// Sets or clears the quiet hours.
    pub fn set_quiet_hours(
        &mut self,
        quiet: Option<(NaiveTime, NaiveTime)>,
    ) -> Result<(), JournalError> {
        match quiet {
            Some((a, b)) => self.put_setting(
                QUIET_KEY,
                &format!("{}-{}", a.format("%H:%M"), b.format("%H:%M")),
            ),
            None => self.clear_setting(QUIET_KEY),
        }
    }

    /// Sends reminder `id` again at `at` (UTC), for the local day `day`.
    pub fn snooze_reminder(
        &mut self,
        id: i64,
        day: NaiveDate,
        at: DateTime<Utc>,
    ) -> Result<(), JournalError> {
        self.put_setting(
            &format!("{SNOOZE_PREFIX}{id}"),
            &format!("{}|{}", day.format(DAY_FORMAT), time_text(at.naive_utc())),
        )
    }

    /// What to send now, if anything, and the log of it, in one
    /// transaction. `now` is the wall clock; `tz` the zone reminders follow.
    /// Occurrences while paused or in quiet hours, and ones already done
    /// ("only if not done"), are logged and not sent; after a sleep only
    /// the latest missed one is sent, within the grace window.
    pub fn reminder_tick<Tz: TimeZone>(
        &mut self,
        now: DateTime<Utc>,
        tz: &Tz,
        waiting: Waiting,
    ) -> Result<Option<Due>, JournalError> {
        let last_checked = self
            .setting(CHECKED_KEY)?
            .and_then(|t| NaiveDateTime::parse_from_str(&t, TIME_FORMAT).ok())
            .map(|t| t.and_utc())
            // The first tick ever looks back one minute, never further.
            .unwrap_or(now - Duration::minutes(1))
            // A clock set back: start again from now.
            .min(now);
        let today = local_day(now, tz);
        let views = self.reminders()?;
        let since = (today - Duration::days(FIRED_LOOK_BACK_DAYS))
            .format(DAY_FORMAT)
            .to_string();
        let mut pending = Vec::new();
        {
            let mut fired = self.conn.prepare_cached(
                "SELECT day FROM reminder_fired WHERE reminder = ?1 AND day >= ?2",
            )?;
            for view in views.iter().filter(|v| v.reminder.enabled) {
                let id = view.reminder.id.unwrap_or_default();
                let days: BTreeSet<NaiveDate> = fired
                    .query_map(rusqlite::params![id, since], |r| r.get::<_, String>(0))?
                    .filter_map(|d| d.ok())
                    .filter_map(|d| NaiveDate::parse_from_str(&d, DAY_FORMAT).ok())
                    .collect();
                pending.push(Pending {
                    id,
                    rule: view.reminder.rule,
                    fired: days,
                });
            }
        }
        let decision = decide(&pending, last_checked, now, tz);
        let paused = self.reminders_paused_until()?.is_some_and(|d| d >= today);
        let quiet = self.quiet_hours()?;
        let stamp = time_text(now.naive_utc());
        let mut send = None;
        let mut log: Vec<(i64, NaiveDate, &str)> = decision
            .skipped
            .iter()
            .map(|(id, day)| (*id, *day, "skipped"))
            .collect();
        if let Some((id, day)) = decision.send {
            let view = views.iter().find(|v| v.reminder.id == Some(id));
            let outcome = match view {
                None => "skipped",
                Some(_) if paused => "skipped",
                Some(_)
                    if quiet.is_some_and(|(a, b)| {
                        in_quiet_hours(a, b, now.with_timezone(tz).time())
                    }) =>
                {
                    "skipped"
                }
                // The path's reminder waits whenever the path does.
                Some(v)
                    if (v.reminder.only_if_not_done || v.reminder.kind == ReminderKind::Path)
                        && self.done(v.reminder.kind, now, tz, waiting)? =>
                {
                    "not_needed"
                }
                Some(v) => {
                    send = Some(Due {
                        id,
                        kind: v.reminder.kind,
                        text: v.reminder.text.clone(),
                        day,
                    });
                    "sent"
                }
            };
            log.push((id, day, outcome));
        }
        // A snooze that has come round is sent if nothing else is.
        let snoozed = if send.is_none() && !paused {
            self.due_snooze(now, &views)?
        } else {
            None
        };
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO reminder_fired (reminder, day, outcome, at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (reminder, day) DO NOTHING",
            )?;
            for (id, day, outcome) in &log {
                insert.execute(rusqlite::params![
                    id,
                    day.format(DAY_FORMAT).to_string(),
                    outcome,
                    stamp
                ])?;
            }
            if let Some(due) = &snoozed {
                tx.execute(
                    "DELETE FROM setting WHERE key = ?1",
                    [format!("{SNOOZE_PREFIX}{}", due.id)],
                )?;
                tx.execute(
                    "UPDATE reminder_fired SET at = ?3, outcome = 'sent'
                     WHERE reminder = ?1 AND day = ?2",
                    rusqlite::params![due.id, due.day.format(DAY_FORMAT).to_string(), stamp],
                )?;
            }
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [CHECKED_KEY, &stamp],
            )?;
        }
        tx.commit()?;
        Ok(send.or(snoozed))
    }

    fn due_snooze(
        &self,
        now: DateTime<Utc>,
        views: &[ReminderView],
    ) -> Result<Option<Due>, JournalError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, value FROM setting WHERE key LIKE 'reminders.snooze.%'")?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (key, value) in rows {
            let id: Option<i64> = key.strip_prefix(SNOOZE_PREFIX).and_then(|i| i.parse().ok());
            let Some((day, at)) = value.split_once('|') else {
                continue;
            };
            let (Some(id), Ok(day), Ok(at)) = (
                id,
                NaiveDate::parse_from_str(day, DAY_FORMAT),
                NaiveDateTime::parse_from_str(at, TIME_FORMAT),
            ) else {
                continue;
            };
            if at.and_utc() > now {
                continue;
            }
            if let Some(v) = views.iter().find(|v| v.reminder.id == Some(id)) {
                return Ok(Some(Due {
                    id,
                    kind: v.reminder.kind,
                    text: v.reminder.text.clone(),
                    day,
                }));
            }
        }
        Ok(None)
    }

    /// Whether what a reminder asks for is already done today.
    fn done<Tz: TimeZone>(
        &self,
        kind: ReminderKind,
        now: DateTime<Utc>,
        tz: &Tz,
        waiting: Waiting,
    ) -> Result<bool, JournalError> {
        let boundary = self.day_boundary()?;
        let local_now = now.with_timezone(tz).naive_local();
        let day = journal_day(local_now, boundary);
        match kind {
            ReminderKind::CheckIn => Ok(self.checkin(day)?.is_some()),
            ReminderKind::Practice => {
                // The journal day began at the boundary on `day`.
                let start = NaiveTime::from_hms_opt(boundary.hour(), boundary.minute(), 0)
                    .unwrap_or_default();
                let began = tz
                    .from_local_datetime(&day.and_time(start))
                    .earliest()
                    .map_or(now - Duration::hours(24), |t| t.with_timezone(&Utc));
                let count: i64 = self.conn.query_row(
                    "SELECT count(*) FROM practice_session WHERE saved_at >= ?1",
                    [time_text(began.naive_utc())],
                    |r| r.get(0),
                )?;
                Ok(count > 0)
            }
            ReminderKind::Measure => Ok(!waiting.measure),
            ReminderKind::Path => Ok(!waiting.path_step),
            ReminderKind::Own => Ok(false),
        }
    }
}
