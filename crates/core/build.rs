//! Finds the languages: every folder `assets/i18n/<lang>/` with a
//! `tend.ftl` (what the page says), its `shell.ftl` (what only the shell
//! says) and its `plural.txt` (its plural rules), and every `assets/exercises/<lang>.json`,
//! `assets/path/<lang>.json` and `assets/support/words/<lang>.json`. Adding a language is adding its files; no
//! list in the code names them.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets")
}

/// `(tag, absolute path)` for every file matching `pick` in `dir`.
fn found(dir: &Path, pick: impl Fn(&Path) -> Option<(String, PathBuf)>) -> Vec<(String, PathBuf)> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut all: Vec<_> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| pick(&entry.path()))
        .collect();
    all.sort();
    all
}

fn table(name: &str, files: &[(String, PathBuf)]) -> String {
    let mut out = format!("pub(crate) static {name}: &[(&str, &str)] = &[\n");
    for (tag, path) in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    out
}

/// Each language's messages whole: its page's file, then its shell's when
/// it has one (a language without one says those in British English).
fn all_messages(pages: &[(String, PathBuf)]) -> String {
    let mut out = String::from("pub(crate) static MESSAGES: &[(&str, &str)] = &[\n");
    for (tag, page) in pages {
        let shell = page.with_file_name("shell.ftl");
        // The folder, so a shell file added later is seen; a file that
        // does not exist would make every build run this script again.
        if let Some(folder) = page.parent() {
            println!("cargo::rerun-if-changed={}", folder.display());
        }
        println!("cargo::rerun-if-changed={}", page.display());
        if shell.is_file() {
            println!("cargo::rerun-if-changed={}", shell.display());
        }
        let _ = if shell.is_file() {
            writeln!(
                out,
                "    ({tag:?}, concat!(include_str!({:?}), \"\\n\", include_str!({:?}))),",
                page.display().to_string(),
                shell.display().to_string()
            )
        } else {
            writeln!(
                out,
                "    ({tag:?}, include_str!({:?})),",
                page.display().to_string()
            )
        };
    }
    out.push_str("];\n");
    out
}

fn main() {
    let root = assets();
    let pages = found(&root.join("i18n"), |dir| {
        let file = dir.join("tend.ftl");
        let tag = dir.file_name()?.to_str()?.to_owned();
        file.is_file().then_some((tag, file))
    });
    let json = |folder: &str| {
        found(&root.join(folder), |file| {
            let tag = file
                .file_name()?
                .to_str()?
                .strip_suffix(".json")?
                .to_owned();
            Some((tag, file.to_owned()))
        })
    };
    let mut out = String::new();
    out.push_str(&all_messages(&pages));
    out.push_str(&table("PAGE_MESSAGES", &pages));
    let plurals: Vec<(String, PathBuf)> = pages
        .iter()
        .map(|(tag, page)| (tag.clone(), page.with_file_name("plural.txt")))
        .collect();
    out.push_str(&table("PLURALS", &plurals));
    out.push_str(&table("EXERCISES", &json("exercises")));
    out.push_str(&table("PATHS", &json("path")));
    out.push_str(&table("HELPLINE_WORDS", &json("support/words")));
    let target =
        PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("languages.rs");
    if let Err(e) = fs::write(&target, out) {
        println!("cargo::error=cannot write {}: {e}", target.display());
    }
}
