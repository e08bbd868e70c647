//! Running programs and finding the project: the helpers every step uses.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A step that failed, in words for the person at the terminal.
#[derive(Debug)]
pub(crate) struct Fail(pub(crate) String);

impl From<&str> for Fail {
    fn from(s: &str) -> Fail {
        Fail(s.to_owned())
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub(crate) fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

pub(crate) fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project_root().join("target"))
}

/// `cargo`, the same one that runs xtask, in the project root.
pub(crate) fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(project_root());
    c
}

/// Runs a command to the end; a failure names the command.
pub(crate) fn run(cmd: &mut Command) -> Result<(), Fail> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| Fail(format!("could not start {shown}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Fail(format!("{shown} failed ({status})")))
    }
}

pub(crate) fn succeeds(cmd: &mut Command) -> bool {
    cmd.output().map(|o| o.status.success()).unwrap_or(false)
}

pub(crate) fn output(cmd: &mut Command) -> Result<String, Fail> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| Fail(format!("could not start {shown}: {e}")))?;
    if !out.status.success() {
        return Err(Fail(format!(
            "{shown} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub(crate) fn heading(what: &str) {
    println!("\n== {what}");
}

/// Each crate's source folder, relative to the project root: what the
/// source checks (circles, file lengths) read.
pub(crate) const SOURCE_FOLDERS: [&str; 7] = [
    "crates/core/src",
    "crates/journal/src",
    "crates/cli/src",
    "src-tauri/src",
    "ui/src",
    "tests/e2e/src",
    "xtask/src",
];

/// Every `.rs` file under `dir`, sorted.
pub(crate) fn rust_files(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let mut files = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| Fail(format!("reading {}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry
            .map_err(|e| Fail(format!("reading {}: {e}", dir.display())))?
            .path();
        if path.is_dir() {
            files.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
