//! `tend`: the journal from a terminal, for scripts, support and tests.
//!
//! It opens the same journal folder as the app, the same way, and makes
//! the same documents and backups. Every error is one line on stderr and a
//! meaningful exit code; nothing the user wrote is printed unless they
//! asked for a document on standard output.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tend_core::summary::Exported;
use tend_core::summary::{DocumentKind, DocumentRequest, Format, to_html, to_markdown};
use tend_core::words::{t, tr};
use tend_core::{content, journal_day};
use tend_journal::{ImportError, Journal, Paper, to_pdf, write_file};

/// The app's identifier, which names its data folder.
const APP_IDENTIFIER: &str = "org.tend.Tend";

/// What went wrong, as one line and an exit code.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 64,
            message: message.into(),
        }
    }

    fn journal(e: impl std::fmt::Display) -> Failure {
        Failure {
            code: 2,
            message: e.to_string(),
        }
    }

    fn output(path: &Path, e: &std::io::Error) -> Failure {
        Failure {
            code: 73,
            message: tr(
                "cli-cannot-write",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", tend_journal::io_said(e).text().into()),
                ],
            ),
        }
    }
}

type Outcome = Result<(), Failure>;

fn main() -> ExitCode {
    // Help and errors in the system's language; documents follow the
    // journal's own choice once it is open.
    tend_core::words::set_language(&system_language());
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            let id = if f.code == 64 {
                "cli-error-usage"
            } else {
                "cli-error"
            };
            eprintln!("{}", tr(id, &[("message", f.message.into())]));
            ExitCode::from(f.code)
        }
    }
}

/// The options after a command, taken one by one.
struct Options {
    args: std::vec::IntoIter<String>,
}

impl Options {
    fn value(&mut self, flag: &str) -> Result<String, Failure> {
        self.args.next().ok_or_else(|| {
            Failure::usage(tr("cli-needs-value", &[("flag", flag.to_owned().into())]))
        })
    }
}

fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "-h" || a == "--help")
}

fn run(args: Vec<String>) -> Outcome {
    let mut folder = None;
    let mut rest = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if rest.is_empty() && (arg == "--passcode-stdin" || arg == "--recovery-key-stdin") {
            let _ = UNLOCK.set(if arg == "--passcode-stdin" {
                Unlock::Passcode
            } else {
                Unlock::RecoveryKey
            });
        } else if arg == "--data-dir" && rest.is_empty() {
            let dir = args
                .next()
                .ok_or_else(|| Failure::usage(t("cli-data-dir-needs-folder")))?;
            folder = Some(PathBuf::from(dir));
        } else {
            rest.push(arg);
        }
    }
    let (command, rest) = match rest.split_first() {
        None => return Err(Failure::usage(t("cli-no-command"))),
        Some((c, rest)) => (c.as_str(), rest.to_vec()),
    };
    let (command, rest) = match (command, rest.split_first()) {
        ("-h" | "--help", _) => {
            println!("{}", t("cli-usage"));
            return Ok(());
        }
        ("export", Some((what, rest))) => (format!("export {what}"), rest.to_vec()),
        ("export", None) => {
            return Err(Failure::usage(t("cli-export-what")));
        }
        (other, _) => (other.to_owned(), rest),
    };
    let help = match command.as_str() {
        "check" => t("cli-usage-check"),
        "export summary" => t("cli-usage-summary"),
        "export reflection" => t("cli-usage-reflection"),
        "export backup" => t("cli-usage-backup"),
        "export csv" => t("cli-usage-csv"),
        "import" => t("cli-usage-import"),
        other => {
            return Err(Failure::usage(tr(
                "cli-unknown-command",
                &[("command", format!("{other:?}").into())],
            )));
        }
    };
    if wants_help(&rest) {
        println!("{help}");
        return Ok(());
    }
    let folder = folder
        .or_else(default_folder)
        .ok_or_else(|| Failure::usage(t("cli-no-folder")))?;
    let options = Options {
        args: rest.into_iter(),
    };
    match command.as_str() {
        "check" => check(&folder, options),
        "export summary" => document(&folder, DocumentKind::Summary, options),
        "export reflection" => document(&folder, DocumentKind::Reflection, options),
        "export backup" => backup(&folder, options),
        "export csv" => csv(&folder, options),
        _ => import(&folder, options),
    }
}

/// How a locked journal is to be opened, as the command line said.
#[derive(Clone, Copy, Debug)]
enum Unlock {
    Passcode,
    RecoveryKey,
}

static UNLOCK: std::sync::OnceLock<Unlock> = std::sync::OnceLock::new();

fn open(folder: &Path) -> Result<Journal, Failure> {
    let failed = |e: tend_journal::OpenError| {
        Failure::journal(format!("{e} (folder: {})", e.folder().display()))
    };
    if !tend_journal::is_locked(folder) {
        return Journal::open(folder).map_err(failed);
    }
    let Some(how) = UNLOCK.get() else {
        return Err(Failure::journal(tr(
            "cli-locked",
            &[("folder", folder.display().to_string().into())],
        )));
    };
    let mut line = zeroize::Zeroizing::new(String::new());
    std::io::stdin().read_line(&mut line).map_err(|e| {
        Failure::journal(tr(
            "cli-passcode-unread",
            &[("reason", tend_journal::io_said(&e).text().into())],
        ))
    })?;
    let typed = line.trim_end_matches(['\n', '\r']);
    let secret = match how {
        Unlock::Passcode => tend_journal::Secret::Passcode(typed),
        Unlock::RecoveryKey => tend_journal::Secret::RecoveryKey(typed),
    };
    let key = tend_journal::unlock(folder, secret).map_err(|e| Failure::journal(e.to_string()))?;
    Journal::open_locked(folder, key).map_err(failed)
}

fn no_more(options: &mut Options) -> Outcome {
    match options.args.next() {
        None => Ok(()),
        Some(arg) => Err(Failure::usage(tr(
            "cli-unexpected",
            &[("argument", format!("{arg:?}").into())],
        ))),
    }
}

fn check(folder: &Path, mut options: Options) -> Outcome {
    no_more(&mut options)?;
    let journal = open(folder)?;
    journal.integrity_check().map_err(Failure::journal)?;
    let schema = journal.schema_version().map_err(Failure::journal)?;
    let checkins = journal.checkins().map_err(Failure::journal)?.len();
    println!(
        "{}",
        tr(
            "cli-check-ok",
            &[("folder", folder.display().to_string().into())]
        )
    );
    println!("{}", tr("cli-check-schema", &[("version", schema.into())]));
    println!(
        "{}",
        tr("cli-check-checkins", &[("count", checkins.into())])
    );
    Ok(())
}

fn parse_day(flag: &str, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        Failure::usage(tr(
            "cli-wants-day",
            &[
                ("flag", flag.to_owned().into()),
                ("value", format!("{text:?}").into()),
            ],
        ))
    })
}

/// Writes to a file safely, or to standard output for `-`.
fn deliver(out: &Path, bytes: &[u8]) -> Outcome {
    if out == Path::new("-") {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|e| Failure::output(out, &e));
    }
    write_file(out, bytes).map_err(|e| Failure::output(out, &e))
}

fn document(folder: &Path, kind: DocumentKind, mut options: Options) -> Outcome {
    let (mut from, mut to, mut out) = (None, None, None);
    let mut format = Format::Html;
    let mut paper = Paper::A4;
    let mut entries = Vec::new();
    let (mut checkins, mut measures, mut practice) = (true, true, true);
    let mut path = false;
    while let Some(arg) = options.args.next() {
        match arg.as_str() {
            "--from" if kind == DocumentKind::Summary => {
                from = Some(parse_day("--from", &options.value("--from")?)?);
            }
            "--to" if kind == DocumentKind::Summary => {
                to = Some(parse_day("--to", &options.value("--to")?)?);
            }
            "--out" => out = Some(PathBuf::from(options.value("--out")?)),
            "--format" => {
                let id = options.value("--format")?;
                format = Format::from_id(&id).ok_or_else(|| {
                    Failure::usage(tr("cli-bad-format", &[("value", format!("{id:?}").into())]))
                })?;
            }
            "--paper" => {
                paper = match options.value("--paper")?.as_str() {
                    "a4" | "A4" => Paper::A4,
                    "letter" => Paper::Letter,
                    other => {
                        return Err(Failure::usage(tr(
                            "cli-bad-paper",
                            &[("value", format!("{other:?}").into())],
                        )));
                    }
                }
            }
            "--entry" => {
                let id = options.value("--entry")?;
                entries.push(id.parse::<i64>().map_err(|_| {
                    Failure::usage(tr("cli-bad-entry", &[("value", format!("{id:?}").into())]))
                })?);
            }
            "--with-path" if kind == DocumentKind::Summary => path = true,
            "--without" if kind == DocumentKind::Summary => {
                match options.value("--without")?.as_str() {
                    "checkins" => checkins = false,
                    "measures" => measures = false,
                    "practice" => practice = false,
                    other => {
                        return Err(Failure::usage(tr(
                            "cli-bad-without",
                            &[("value", format!("{other:?}").into())],
                        )));
                    }
                }
            }
            other => {
                return Err(Failure::usage(tr(
                    "cli-unexpected",
                    &[("argument", format!("{other:?}").into())],
                )));
            }
        }
    }
    let out = out.ok_or_else(|| Failure::usage(t("cli-out-needed")))?;
    let mut journal = open(folder)?;
    let boundary = journal.day_boundary().map_err(Failure::journal)?;
    let today = journal_day(chrono::Local::now().naive_local(), boundary);
    let (from, to) = match kind {
        DocumentKind::Summary => (
            from.ok_or_else(|| Failure::usage(tr("cli-needed", &[("flag", "--from".into())])))?,
            to.ok_or_else(|| Failure::usage(tr("cli-needed", &[("flag", "--to".into())])))?,
        ),
        DocumentKind::Reflection => {
            if entries.is_empty() {
                return Err(Failure::usage(t("cli-choose-entry")));
            }
            (today, today)
        }
    };
    let request = DocumentRequest {
        kind,
        from,
        to,
        checkins,
        measures,
        practice,
        entries,
        path,
    };
    // The document speaks her language: the one chosen in Tend, else the
    // system's.
    let chosen = journal.language().map_err(Failure::journal)?;
    let lang = chosen.unwrap_or_else(system_language);
    tend_core::words::set_language(&lang);
    let content =
        content::Content::load_in(&tend_core::words::language()).map_err(Failure::journal)?;
    let doc = journal
        .document(&request, &content, today)
        .map_err(|e| Failure {
            code: if matches!(e, tend_journal::JournalError::InvalidRequest(_)) {
                64
            } else {
                2
            },
            message: e.to_string(),
        })?;
    let bytes = match format {
        Format::Html => to_html(&doc).into_bytes(),
        Format::Markdown => to_markdown(&doc).into_bytes(),
        Format::Pdf => to_pdf(&doc, paper).map_err(Failure::journal)?,
    };
    deliver(&out, &bytes)?;
    let days = (kind == DocumentKind::Summary).then_some((from, to));
    journal
        .log_export(Exported::from(kind), format.id(), days, utc_now())
        .map_err(Failure::journal)
}

fn utc_now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn out_option(options: &mut Options) -> Result<PathBuf, Failure> {
    let mut out = None;
    while let Some(arg) = options.args.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(options.value("--out")?)),
            other => {
                return Err(Failure::usage(tr(
                    "cli-unexpected",
                    &[("argument", format!("{other:?}").into())],
                )));
            }
        }
    }
    out.ok_or_else(|| Failure::usage(tr("cli-needed", &[("flag", "--out".into())])))
}

fn backup(folder: &Path, mut options: Options) -> Outcome {
    let out = out_option(&mut options)?;
    let mut journal = open(folder)?;
    let bytes = journal.export_backup(utc_now()).map_err(Failure::journal)?;
    deliver(&out, &bytes)?;
    journal
        .log_export(Exported::Backup, "json", None, utc_now())
        .map_err(Failure::journal)
}

fn csv(folder: &Path, mut options: Options) -> Outcome {
    let out = out_option(&mut options)?;
    let mut journal = open(folder)?;
    let files = journal.export_csv().map_err(Failure::journal)?;
    std::fs::create_dir_all(&out).map_err(|e| Failure::output(&out, &e))?;
    for (name, text) in files {
        let path = out.join(name);
        write_file(&path, text.as_bytes()).map_err(|e| Failure::output(&path, &e))?;
    }
    journal
        .log_export(Exported::Csv, "csv", None, utc_now())
        .map_err(Failure::journal)
}

fn import(folder: &Path, mut options: Options) -> Outcome {
    let file = options
        .args
        .next()
        .ok_or_else(|| Failure::usage(t("cli-import-which")))?;
    no_more(&mut options)?;
    let path = PathBuf::from(file);
    let unreadable = |e: std::io::Error| Failure {
        code: 66,
        message: tr(
            "cli-cannot-read",
            &[
                ("path", path.display().to_string().into()),
                ("reason", tend_journal::io_said(&e).text().into()),
            ],
        ),
    };
    // The size is checked before a byte is read.
    let size = std::fs::metadata(&path).map_err(unreadable)?.len();
    if size > tend_journal::MAX_BACKUP_BYTES {
        return Err(Failure {
            code: 65,
            message: ImportError::TooLarge {
                bytes: size,
                max: tend_journal::MAX_BACKUP_BYTES,
            }
            .to_string(),
        });
    }
    let bytes = std::fs::read(&path).map_err(unreadable)?;
    let mut journal = open(folder)?;
    let report = journal.import_backup(&bytes).map_err(|e| Failure {
        code: match e {
            ImportError::Journal(_) => 2,
            _ => 65,
        },
        message: e.to_string(),
    })?;
    let a = report.added;
    println!(
        "{}",
        tr(
            "cli-imported",
            &[
                ("checkins", a.checkins.into()),
                ("sessions", a.sessions.into()),
                ("entries", a.entries.into()),
                ("results", a.measure_results.into()),
                ("contacts", a.contacts.into()),
                ("favourites", a.favourites.into()),
                ("settings", a.settings.into()),
            ],
        )
    );
    if report.days_kept > 0 {
        println!(
            "{}",
            tr("cli-kept-days", &[("days", report.days_kept.into())])
        );
    }
    Ok(())
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

/// The language the system asks for, as Tend would speak it: GNU's
/// LANGUAGE list, then LC_ALL, LC_MESSAGES and LANG.
fn system_language() -> String {
    let mut asked: Vec<String> = std::env::var("LANGUAGE")
        .map(|list| list.split(':').map(str::to_owned).collect())
        .unwrap_or_default();
    asked.extend(
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok()),
    );
    tend_core::words::negotiate(&asked, &tend_core::words::available())
}
