//! The journal as spreadsheets: one CSV file per kind of row.

use super::*;

/// One cell of a CSV file: quoted when it must be, and a text that a
/// spreadsheet would run as a formula (starting with = + - or @, or a tab
/// or carriage return) gets a leading apostrophe so it shows as text.
pub fn csv_cell(text: &str) -> String {
    let risky = matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    );
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn csv_file(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = header.join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(T::to_string).unwrap_or_default()
}

impl Journal {
    /// The journal as one CSV file per kind of row, for spreadsheets:
    /// (file name, contents). Deleted entries are left out.
    pub fn export_csv(&self) -> Result<Vec<(&'static str, String)>, JournalError> {
        let data = read_all(&self.conn)?;
        let checkins = csv_file(
            &[
                "day",
                "exhaustion",
                "stress",
                "mood",
                "sleep",
                "self_kindness",
                "meaning",
                "context",
                "tags",
                "note",
            ],
            data.checkins.iter().map(|c| {
                vec![
                    c.day.clone(),
                    c.exhaustion.to_string(),
                    c.stress.to_string(),
                    c.mood.to_string(),
                    c.sleep.to_string(),
                    c.self_kindness.to_string(),
                    c.meaning.to_string(),
                    opt(&c.context),
                    c.tags.join(" "),
                    c.note.clone(),
                ]
            }),
        );
        let sessions = csv_file(
            &[
                "started_at",
                "saved_at",
                "exercise",
                "seconds_offered",
                "seconds_played",
                "finished",
                "calm_before",
                "kind_before",
                "calm_after",
                "kind_after",
                "note",
            ],
            data.sessions.iter().map(|s| {
                vec![
                    opt(&s.started_at),
                    s.saved_at.clone(),
                    s.exercise.clone(),
                    s.seconds_offered.to_string(),
                    s.seconds_played.to_string(),
                    u8::from(s.finished).to_string(),
                    opt(&s.before_calm),
                    opt(&s.before_kind),
                    opt(&s.after_calm),
                    opt(&s.after_kind),
                    s.note.clone(),
                ]
            }),
        );
        let entries = csv_file(
            &[
                "created_at",
                "updated_at",
                "title",
                "tags",
                "prompt",
                "text",
            ],
            data.entries
                .iter()
                .filter(|e| e.deleted_at.is_none())
                .map(|e| {
                    vec![
                        e.created_at.clone(),
                        e.updated_at.clone(),
                        e.title.clone(),
                        e.tags.join("; "),
                        opt(&e.prompt),
                        e.body.clone(),
                    ]
                }),
        );
        let measures = csv_file(
            &["day", "questionnaire", "answers", "taken_at"],
            data.measure_results.iter().map(|m| {
                vec![
                    m.day.clone(),
                    m.measure.clone(),
                    m.answers.clone(),
                    m.taken_at.clone(),
                ]
            }),
        );
        let contacts = csv_file(
            &["name", "number", "note"],
            data.contacts
                .iter()
                .map(|c| vec![c.name.clone(), c.number.clone(), c.note.clone()]),
        );
        Ok(vec![
            ("checkins.csv", checkins),
            ("practice.csv", sessions),
            ("entries.csv", entries),
            ("questionnaires.csv", measures),
            ("contacts.csv", contacts),
        ])
    }
}
