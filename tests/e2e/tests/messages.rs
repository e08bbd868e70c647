//! Every message the UI asks for is in the en-GB Fluent file, so no screen
//! ever shows a bare message id.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;
use tend_core::{Context, Item, Tag};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn defined() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("assets/i18n/en-GB/tend.ftl")).unwrap();
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.to_owned())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// Every literal id passed to `t("…")` or `tr("…", …)` in the UI's source
/// and in what tend-core writes for the UI's screens.
fn used_literally() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![
        root().join("ui/src"),
        root().join("crates/core/src/screen_html"),
    ];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for opener in ["t(\"", "tr(\"", "=> \"", "(true, _) => \"", "{ \""] {
            for piece in text.split(opener).skip(1) {
                let id: String = piece.chars().take_while(|c| *c != '"').collect();
                let looks_like_id = id.contains('-')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
                if looks_like_id {
                    ids.insert(id);
                }
            }
        }
    }
    ids
}

#[test]
fn every_literal_message_id_exists() {
    let defined = defined();
    let used = used_literally();
    assert!(used.len() > 20, "the scan found too few ids: {used:?}");
    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "missing from tend.ftl: {missing:?}");
}

#[test]
fn every_item_context_and_tag_has_its_words() {
    let defined = defined();
    let mut wanted = Vec::new();
    for item in Item::ALL {
        for prefix in [
            "checkin-item",
            "checkin-low",
            "checkin-high",
            "checkin-short",
        ] {
            wanted.push(format!("{prefix}-{}", item.id()));
        }
    }
    wanted.extend(Context::ALL.iter().map(|c| format!("context-{}", c.id())));
    wanted.extend(Tag::ALL.iter().map(|t| format!("tag-{}", t.id())));
    let missing: Vec<_> = wanted.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(missing.is_empty(), "missing from tend.ftl: {missing:?}");
}
