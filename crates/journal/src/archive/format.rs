//! The backup file's layout: the envelope, and one row type per table,
//! each holding its columns as the journal stores them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tend_core::backup::Counts;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Archive {
    pub(super) format: String,
    pub(super) format_version: u32,
    pub(super) app_version: String,
    pub(super) created_at: String,
    pub(super) counts: Counts,
    /// "sha256:" and the hex digest of `data` written compactly.
    pub(super) checksum: String,
    pub(super) data: Data,
}

/// Only the fields every version will keep, read first so that a newer
/// file is refused for what it is rather than for a field we do not know.
#[derive(Deserialize)]
pub(super) struct Header {
    pub(super) format: Option<String>,
    pub(super) format_version: Option<u32>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Data {
    pub(super) checkins: Vec<CheckinRow>,
    pub(super) sessions: Vec<SessionRow>,
    pub(super) entries: Vec<EntryRow>,
    pub(super) favourites: Vec<FavouriteRow>,
    pub(super) measure_results: Vec<MeasureRow>,
    pub(super) contacts: Vec<ContactRow>,
    pub(super) settings: Vec<SettingRow>,
    #[serde(default)]
    pub(super) reminders: Vec<ReminderRow>,
    /// Left out when empty, so files from before the path keep their
    /// checksum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) path_events: Vec<PathEventRow>,
}

impl Data {
    pub(super) fn counts(&self) -> Counts {
        Counts {
            checkins: self.checkins.len(),
            sessions: self.sessions.len(),
            entries: self.entries.len(),
            favourites: self.favourites.len(),
            measure_results: self.measure_results.len(),
            contacts: self.contacts.len(),
            settings: self.settings.len(),
            reminders: self.reminders.len(),
            path_events: self.path_events.len(),
        }
    }

    pub(super) fn checksum(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        let digest = Sha256::digest(&bytes);
        let mut out = String::from("sha256:");
        for byte in digest {
            out.push_str(&format!("{byte:02x}"));
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CheckinRow {
    pub(super) day: String,
    pub(super) exhaustion: u8,
    pub(super) stress: u8,
    pub(super) mood: u8,
    pub(super) sleep: u8,
    pub(super) self_kindness: u8,
    pub(super) meaning: u8,
    pub(super) context: Option<String>,
    pub(super) tags: Vec<String>,
    pub(super) note: String,
    pub(super) created_at: String,
    pub(super) updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SessionRow {
    pub(super) exercise: String,
    pub(super) seconds_offered: u32,
    pub(super) seconds_played: u32,
    pub(super) finished: bool,
    pub(super) before_calm: Option<u8>,
    pub(super) before_kind: Option<u8>,
    pub(super) after_calm: Option<u8>,
    pub(super) after_kind: Option<u8>,
    pub(super) note: String,
    pub(super) started_at: Option<String>,
    pub(super) saved_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EntryRow {
    pub(super) title: String,
    pub(super) body: String,
    pub(super) prompt: Option<String>,
    pub(super) tags: Vec<String>,
    pub(super) created_at: String,
    pub(super) updated_at: String,
    pub(super) deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FavouriteRow {
    pub(super) exercise: String,
    pub(super) added_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MeasureRow {
    pub(super) measure: String,
    pub(super) answers: String,
    pub(super) day: String,
    pub(super) taken_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ContactRow {
    pub(super) name: String,
    pub(super) number: String,
    pub(super) note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReminderRow {
    pub(super) kind: String,
    pub(super) at: String,
    pub(super) days: u8,
    pub(super) only_if_not_done: bool,
    pub(super) text: String,
    pub(super) enabled: bool,
    pub(super) created_at: String,
}

/// A step of the guided path; a writing step names its entry by the time
/// the entry was created, which a restore keeps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PathEventRow {
    pub(super) path: String,
    pub(super) kind: String,
    pub(super) step: Option<String>,
    pub(super) entry_created_at: Option<String>,
    pub(super) at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SettingRow {
    pub(super) key: String,
    pub(super) value: String,
}

pub(super) fn split_tags(stored: &str, separator: char) -> Vec<String> {
    stored
        .split(separator)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}
