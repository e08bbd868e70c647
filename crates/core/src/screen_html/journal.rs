//! The journal's list of entries: each entry's title as a link to it, when
//! it was last written and its tags, and an excerpt with the words she
//! searched for marked.

use crate::dates::long_date;
use crate::entry::EntrySummary;
use crate::route::Route;
use crate::summary::escape_html as esc;
use crate::words::{t, tr};
use std::fmt::Write;

/// Entries as the journal lists them (newest first, or the best matches);
/// nothing when there are none, which the page says in its own words.
pub fn entries(list: &[EntrySummary]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul class=\"entries\">");
    for entry in list {
        let title = if entry.title.is_empty() {
            t("journal-untitled")
        } else {
            entry.title.clone()
        };
        let _ = write!(
            out,
            "<li class=\"card\"><h2><a href=\"{}\">{}</a></h2><p class=\"hint\">{}",
            esc(&Route::Entry { id: entry.id }.href()),
            esc(&title),
            esc(&long_date(entry.updated_at.date()))
        );
        if !entry.tags.is_empty() {
            let tags = tr(
                "journal-tags-list",
                &[("tags", entry.tags.join(", ").into())],
            );
            let _ = write!(out, " · {}", esc(&tags));
        }
        out.push_str("</p><p class=\"excerpt\">");
        for piece in &entry.excerpt {
            if piece.matched {
                let _ = write!(out, "<mark>{}</mark>", esc(&piece.text));
            } else {
                out.push_str(&esc(&piece.text));
            }
        }
        out.push_str("</p></li>");
    }
    out.push_str("</ul>");
    out
}
