//! Every message the UI asks for is in the en-GB page file (`tend.ftl`, the
//! only one the page holds), and every one the shell writes into a screen
//! is in that or the shell's file (`shell.ftl`), so no screen ever shows a
//! bare message id.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;
use tend_core::{Context, Item, Tag};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The ids in one of British English's files.
fn defined_in(file: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("assets/i18n/en-GB").join(file)).unwrap();
    text.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.to_owned())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// The ids the page holds.
fn defined() -> BTreeSet<String> {
    defined_in("tend.ftl")
}

/// Every literal id passed to `t("…")` or `tr("…", …)` in the files under
/// `folder`.
fn used_literally(folder: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![root().join(folder)];
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
fn every_literal_message_id_exists_where_it_is_said() {
    let page = defined();
    let used = used_literally("ui/src");
    assert!(used.len() > 20, "the scan found too few ids: {used:?}");
    let missing: Vec<_> = used.difference(&page).collect();
    assert!(missing.is_empty(), "missing from tend.ftl: {missing:?}");
    // What the shell writes into screens may use either file.
    let mut both = page;
    both.extend(defined_in("shell.ftl"));
    let written = used_literally("crates/core/src/screen_html");
    assert!(
        written.len() > 20,
        "the scan found too few ids: {written:?}"
    );
    let missing: Vec<_> = written.difference(&both).collect();
    assert!(
        missing.is_empty(),
        "missing from tend.ftl and shell.ftl: {missing:?}"
    );
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
