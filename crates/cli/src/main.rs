//! `tend`: the journal from a terminal, for scripts, support and tests.
//!
//! It starts small: `tend check` opens the journal the way the app does and
//! says whether it is sound, without printing anything the user wrote.

use std::path::PathBuf;
use std::process::ExitCode;
use tend_journal::Journal;

const USAGE: &str = "\
usage: tend [--data-dir DIR] check

  check   open the journal, run SQLite's integrity check and print its
          schema version and how many check-ins it holds

The data folder is --data-dir, else $TEND_DATA_DIR, else the app's folder
($XDG_DATA_HOME or ~/.local/share, then org.tend.Tend).";

/// The app's identifier, which names its data folder.
const APP_IDENTIFIER: &str = "org.tend.Tend";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut folder = None;
    let mut command = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data-dir" => match args.next() {
                Some(dir) => folder = Some(PathBuf::from(dir)),
                None => return usage_error("--data-dir needs a folder"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if command.is_none() => command = Some(arg),
            _ => return usage_error(&format!("unexpected argument {arg:?}")),
        }
    }
    let Some(folder) = folder.or_else(default_folder) else {
        return usage_error("no data folder: pass --data-dir or set TEND_DATA_DIR");
    };
    match command.as_deref() {
        Some("check") => check(&folder),
        Some(other) => usage_error(&format!("unknown command {other:?}")),
        None => usage_error("no command given"),
    }
}

fn check(folder: &std::path::Path) -> ExitCode {
    let journal = match Journal::open(folder) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("tend: {e}\n  folder: {}", e.folder().display());
            return ExitCode::from(2);
        }
    };
    let result = journal
        .integrity_check()
        .and_then(|()| Ok((journal.schema_version()?, journal.checkins()?.len())));
    match result {
        Ok((schema, checkins)) => {
            println!("journal ok: {}", folder.display());
            println!("schema version: {schema}");
            println!("check-ins: {checkins}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tend: {e}\n  folder: {}", folder.display());
            ExitCode::from(2)
        }
    }
}

fn default_folder() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TEND_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    let base = match std::env::var_os("XDG_DATA_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".local/share"),
    };
    Some(base.join(APP_IDENTIFIER))
}

fn usage_error(what: &str) -> ExitCode {
    eprintln!("tend: {what}\n\n{USAGE}");
    ExitCode::from(64)
}
