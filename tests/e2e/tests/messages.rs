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
/// `folder`, or standing where one is chosen (a match arm, a block).
fn used_literally(folder: &str) -> BTreeSet<String> {
    ids_after(
        folder,
        &["t(\"", "tr(\"", "=> \"", "(true, _) => \"", "{ \""],
    )
    .into_iter()
    .filter(|id| {
        id.contains('-')
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
    })
    .collect()
}

/// Every string that follows one of `openers` in the files under `folder`.
fn ids_after(folder: &str, openers: &[&str]) -> BTreeSet<String> {
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
        for opener in openers {
            for piece in text.split(opener).skip(1) {
                ids.insert(piece.chars().take_while(|c| *c != '"').collect());
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

/// Every id said as an error (`Said::new("…")`) by the crates' and the
/// shell's code outside their tests: the page says every error.
fn said_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![root().join("crates"), root().join("src-tauri/src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            let skip = ["tests", "benches", "fuzz", "target"];
            if !path
                .file_name()
                .is_some_and(|n| skip.iter().any(|s| n == *s))
            {
                for entry in std::fs::read_dir(&path).unwrap() {
                    stack.push(entry.unwrap().path());
                }
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for piece in code.split("Said::new(\"").skip(1) {
            ids.insert(piece.chars().take_while(|c| *c != '"').collect());
        }
    }
    ids
}

/// The part of tend-core's screen writer the page runs too (Today).
const SHARED_WRITER: &str = "crates/core/src/screen_html/today_page.rs";

#[test]
fn what_the_page_says_through_tend_core_is_in_its_own_file() {
    let page = defined();
    // Errors, said in the page from their id and arguments.
    let said = said_ids();
    assert!(said.len() > 40, "the scan found too few ids: {said:?}");
    let missing: Vec<_> = said.difference(&page).collect();
    assert!(
        missing.is_empty(),
        "errors missing from tend.ftl: {missing:?}"
    );
    // Dates and numbers, which the page words through tend-core.
    let mut words = used_literally("crates/core/src/dates.rs");
    words.extend(used_literally("crates/core/src/words"));
    // Today below its heading, which the page writes with tend-core's
    // writer as the shell does for index.html.
    words.extend(used_literally(SHARED_WRITER));
    for n in 1..=12 {
        words.insert(format!("date-month-{n}"));
        words.insert(format!("date-month-short-{n}"));
    }
    words.extend((1..=7).map(|n| format!("date-weekday-{n}")));
    assert!(words.len() > 30, "{words:?}");
    let missing: Vec<_> = words.difference(&page).collect();
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

/// Every literal id the files under `folder` word themselves with
/// `t("…")` or `tr("…", …)`.
fn worded_in(folder: &str) -> BTreeSet<String> {
    ids_after(folder, &["t(\"", "tr(\""])
}

#[test]
fn the_page_is_not_handed_what_only_the_shell_writes() {
    // What the shell writes into screens, and nothing in the page says:
    // not the UI, not an error, not a date. Handed to the page, it would
    // only make the page heavier to load.
    let mut page_says = used_literally("ui/src");
    page_says.extend(said_ids());
    page_says.extend(used_literally("crates/core/src/dates.rs"));
    page_says.extend(used_literally("crates/core/src/words"));
    page_says.extend(used_literally(SHARED_WRITER));
    // What the shell writes into screens, and what it words itself (a
    // sentence to announce, a status line).
    let mut shell_says = used_literally("crates/core/src/screen_html");
    shell_says.extend(worded_in("src-tauri/src"));
    let shell_only: BTreeSet<String> = shell_says.difference(&page_says).cloned().collect();
    assert!(
        shell_only.len() > 100,
        "the scan found too few: {shell_only:?}"
    );
    let page = defined();
    let handed: Vec<_> = shell_only.intersection(&page).collect();
    assert!(
        handed.is_empty(),
        "only the shell says these; move them to shell.ftl: {handed:?}"
    );
}
