//! No source file over about 400 lines, unless this list says why. Lines
//! are counted up to a file's `#[cfg(test)]` module; files that are test
//! modules themselves (`tests.rs`) are not counted.

use crate::process::{Fail, SOURCE_FOLDERS, project_root, rust_files};
use std::fs;
use std::path::Path;

/// The most lines of code one file should hold.
pub(crate) const MOST_LINES: usize = 400;

/// Files allowed to be longer, and why. A file that has come back under
/// the limit must leave this list.
const LONGER_BECAUSE: &[(&str, &str)] = &[
    (
        "ui/src/pages/player.rs",
        "the player's flow (before, steps, pacer, after) in one component; the next split to make",
    ),
    (
        "ui/src/pages/journal.rs",
        "one screen: the list, search and the editor",
    ),
    (
        "crates/journal/src/lib.rs",
        "the journal's own reads and writes of check-ins, preferences and sessions",
    ),
    (
        "crates/journal/src/lock.rs",
        "the lock's key file and its conversions, whose order of steps is read as one",
    ),
    (
        "crates/journal/src/reminders.rs",
        "the reminders' tables and the delivery tick's one transaction",
    ),
    (
        "crates/cli/src/main.rs",
        "the tend command's subcommands, each a few lines over the journal",
    ),
    (
        "xtask/src/bench.rs",
        "every benchmark figure with its floor and target, in one table",
    ),
];

/// Lines before the file's test module.
pub(crate) fn code_lines(text: &str) -> usize {
    text.lines()
        .take_while(|line| line.trim() != "#[cfg(test)]")
        .count()
}

/// Each file over the limit without a reason, and each reason no longer
/// needed, in words.
pub(crate) fn check() -> Result<Vec<String>, Fail> {
    let root = project_root();
    let mut found = Vec::new();
    let mut long = Vec::new();
    for folder in SOURCE_FOLDERS {
        collect(&root, &root.join(folder), &mut long)?;
    }
    for (path, lines) in &long {
        if !LONGER_BECAUSE.iter().any(|(p, _)| p == path) {
            found.push(format!("{path}: {lines} lines (most {MOST_LINES})"));
        }
    }
    for (path, _) in LONGER_BECAUSE {
        if !long.iter().any(|(p, _)| p == path) {
            found.push(format!(
                "{path} is no longer over {MOST_LINES} lines: take it off sizes.rs's list"
            ));
        }
    }
    Ok(found)
}

fn collect(root: &Path, dir: &Path, long: &mut Vec<(String, usize)>) -> Result<(), Fail> {
    // Files that are test modules themselves are not counted.
    for path in rust_files(dir)?
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "tests.rs"))
    {
        let text = fs::read_to_string(&path)
            .map_err(|e| Fail(format!("reading {}: {e}", path.display())))?;
        let lines = code_lines(&text);
        if lines > MOST_LINES {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            long.push((relative.display().to_string(), lines));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_up_to_the_test_module() {
        let text = "fn a() {}\nfn b() {}\n\n#[cfg(test)]\nmod tests {\n}\n";
        assert_eq!(code_lines(text), 3);
        let long = "x\n".repeat(MOST_LINES + 1);
        assert_eq!(code_lines(&long), MOST_LINES + 1);
    }

    #[test]
    fn the_workspace_keeps_its_files_short_or_says_why() {
        assert_eq!(check().unwrap(), Vec::<String>::new());
    }
}
