//! `cargo xtask bench`: every figure Tend is measured by, each beside a
//! floor measured in the same run on the same machine, as one table.
//!
//! The timing programs (a journal bench in tend-journal, a launch bench in
//! tend-e2e) only print samples; the figures, their floors and the targets
//! they are reported against all live here.

use crate::process::{Fail, cargo, heading, output, project_root, run, target_dir};
use crate::results::{Results, Stats};
use crate::setup::{self, Purpose};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

/// Launches of each program; the issue asks for at least 10. Thirty, as a
/// median of 12 moved by more than the 10% the launch target allows
/// between two runs of the same code.
const LAUNCHES: &str = "30";

/// Kills in the benchmark's crash run (CI runs 200).
const CRASH_KILLS: &str = "1000";

/// Reads the harness's summary line: "crash harness: K kills, A check-ins
/// acknowledged, D damaged".
fn crash_samples(samples: &mut Samples, report: &str) -> Result<(), Fail> {
    let line = report
        .lines()
        .find_map(|l| l.strip_prefix("crash harness: "))
        .ok_or("the crash harness printed no summary")?;
    let numbers: Vec<f64> = line
        .split(", ")
        .filter_map(|part| part.split(' ').next()?.parse().ok())
        .collect();
    let [kills, acknowledged, damaged] = numbers[..] else {
        return Err(Fail(format!("unexpected crash summary: {line}")));
    };
    samples.add("crash.kills", "kills", kills);
    samples.add("crash.acknowledged", "check-ins", acknowledged);
    samples.add("crash.damaged", "kills", damaged);
    Ok(())
}

/// A target a figure is reported against; never an assert.
#[derive(Clone, Copy)]
enum Target {
    None,
    /// At most this many times the floor.
    Ratio(f64),
    /// At most this many of the figure's unit.
    Most(f64),
    /// At most this many of the figure's unit, and no more than this many
    /// above the floor.
    MostAndAbove(f64, f64),
}

/// Samples by key, as the timing programs print them.
#[derive(Default)]
struct Samples(BTreeMap<String, (String, Vec<f64>)>);

impl Samples {
    fn read(&mut self, text: &str) {
        for line in text.lines() {
            let mut parts = line.split('\t');
            if parts.next() != Some("sample") {
                continue;
            }
            let (Some(key), Some(unit), Some(Ok(value))) =
                (parts.next(), parts.next(), parts.next().map(str::parse))
            else {
                continue;
            };
            let slot = self
                .0
                .entry(key.to_owned())
                .or_insert((unit.to_owned(), Vec::new()));
            slot.1.push(value);
        }
    }

    fn add(&mut self, key: &str, unit: &str, value: f64) {
        self.read(&format!("sample\t{key}\t{unit}\t{value}"));
    }

    /// Median, 10th and 90th percentile, and unit.
    fn stats(&self, key: &str) -> Option<(f64, f64, f64, &str)> {
        let (unit, values) = self.0.get(key)?;
        let mut v = values.clone();
        v.sort_by(f64::total_cmp);
        let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        Some((at(0.5), at(0.1), at(0.9), unit.as_str()))
    }

    /// Every figure summarised, as the results file keeps them.
    fn results(&self, commit: String, date: String, machine: String) -> Results {
        let stats = self
            .0
            .keys()
            .filter_map(|key| {
                let (median, p10, p90, unit) = self.stats(key)?;
                let stats = Stats {
                    unit: unit.to_owned(),
                    median,
                    p10,
                    p90,
                };
                Some((key.clone(), stats))
            })
            .collect();
        Results {
            commit,
            date,
            machine,
            stats,
        }
    }
}

fn shown(stats: Option<(f64, f64, f64, &str)>) -> String {
    match stats {
        None => "not measured".into(),
        Some((m, lo, hi, unit)) if (hi - lo).abs() < f64::EPSILON => format!("{m:.2} {unit}"),
        Some((m, lo, hi, unit)) => format!("{m:.2} {unit} ({lo:.2}–{hi:.2})"),
    }
}

struct Table {
    rows: Vec<[String; 6]>,
}

impl Table {
    fn figure(
        &mut self,
        samples: &Results,
        what: &str,
        ours: &str,
        floor: Option<&str>,
        target: Target,
    ) {
        let get = |key: &str| {
            samples
                .stats
                .get(key)
                .map(|s| (s.median, s.p10, s.p90, s.unit.as_str()))
        };
        let ours_stats = get(ours);
        let floor_stats = floor.and_then(get);
        let ratio = match (ours_stats, floor_stats) {
            (Some((a, ..)), Some((b, ..))) if b > 0.0 => Some(a / b),
            _ => None,
        };
        let (target_text, met) = match target {
            Target::None => (String::new(), None),
            Target::Ratio(r) => (format!("≤ {r:.2}×"), ratio.map(|x| x <= r)),
            Target::Most(m) => (
                format!("≤ {m} {}", ours_stats.map_or("", |s| s.3)),
                ours_stats.map(|s| s.0 <= m),
            ),
            Target::MostAndAbove(m, above) => (
                format!(
                    "≤ {m} {}, ≤ floor + {above}",
                    ours_stats.map_or("", |s| s.3)
                ),
                ours_stats
                    .zip(floor_stats)
                    .map(|(a, b)| a.0 <= m && a.0 <= b.0 + above),
            ),
        };
        self.rows.push([
            what.to_owned(),
            shown(ours_stats),
            floor.map(|_| shown(floor_stats)).unwrap_or_default(),
            ratio.map(|r| format!("{r:.2}×")).unwrap_or_default(),
            target_text,
            match met {
                None => String::new(),
                Some(true) => "met".into(),
                Some(false) => "**missed**".into(),
            },
        ]);
    }

    fn markdown(&self) -> String {
        let mut out = String::from(
            "| Figure | Tend: median (p10–p90) | Floor: median (p10–p90) | Ratio | Target | |\n\
             |---|---|---|---|---|---|\n",
        );
        for row in &self.rows {
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out
    }
}

fn gzipped_kib(path: &Path) -> Result<f64, Fail> {
    let out = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .map_err(|e| Fail(format!("gzip: {e}")))?;
    Ok(out.stdout.len() as f64 / 1024.0)
}

fn kib(path: &Path) -> Result<f64, Fail> {
    fs::metadata(path)
        .map(|m| m.len() as f64 / 1024.0)
        .map_err(|e| Fail(format!("{}: {e}", path.display())))
}

/// The UI's files, raw and gzipped, and their gzipped total.
fn ui_sizes(samples: &mut Samples) -> Result<(), Fail> {
    let dist = project_root().join("ui/dist");
    let mut total = 0.0;
    for (key, file) in [
        ("wasm", "tend_ui_bg.wasm"),
        ("js", "tend_ui.js"),
        ("boot", "boot.js"),
        ("css", "style.css"),
        ("html", "index.html"),
    ] {
        let path = dist.join(file);
        let gz = gzipped_kib(&path)?;
        total += gz;
        samples.add(&format!("size.{key}.raw"), "KiB", kib(&path)?);
        samples.add(&format!("size.{key}.gz"), "KiB", gz);
    }
    // The page holds no messages of its own: the shell hands it British
    // English's, and the active language's beside them when another is
    // spoken, in the form it reads (measured by launch-bench, which reads
    // them as the shell writes them).
    let messages = |lang: &str| {
        samples
            .stats(&format!("size.messages.{lang}.gz"))
            .map(|(median, ..)| median)
            .ok_or_else(|| Fail(format!("launch-bench did not measure the {lang} messages")))
    };
    let english = messages("en")?;
    let czech = messages("cs")?;
    samples.add("size.ui.gz", "KiB", total + english);
    samples.add("size.ui.cs.gz", "KiB", total + english + czech);
    Ok(())
}

/// A .deb of the release build, laid out as Tauri's bundler lays it out
/// (binary, desktop file, icons; gzip data) with dpkg-deb, which every
/// Debian system has, instead of building tauri-cli for one number.
fn deb_size(samples: &mut Samples) -> Result<(), Fail> {
    let root = target_dir().join("bench/deb/tend");
    let _ = fs::remove_dir_all(&root);
    let io = |e: std::io::Error| Fail(format!("packaging the .deb: {e}"));
    let bin = root.join("usr/bin");
    let apps = root.join("usr/share/applications");
    fs::create_dir_all(&bin).map_err(io)?;
    fs::create_dir_all(&apps).map_err(io)?;
    fs::create_dir_all(root.join("DEBIAN")).map_err(io)?;
    fs::copy(target_dir().join("bench/tend-app"), bin.join("tend-app")).map_err(io)?;
    for size in ["32x32", "128x128"] {
        let dir = root.join(format!("usr/share/icons/hicolor/{size}/apps"));
        fs::create_dir_all(&dir).map_err(io)?;
        fs::copy(
            project_root().join(format!("src-tauri/icons/{size}.png")),
            dir.join("tend-app.png"),
        )
        .map_err(io)?;
    }
    fs::write(
        apps.join("Tend.desktop"),
        "[Desktop Entry]\nType=Application\nName=Tend\nExec=tend-app\nIcon=tend-app\n\
         Categories=Utility;\nTerminal=false\n",
    )
    .map_err(io)?;
    let version = env!("CARGO_PKG_VERSION");
    fs::write(
        root.join("DEBIAN/control"),
        format!(
            "Package: tend\nVersion: {version}\nArchitecture: amd64\nMaintainer: Tend\n\
             Depends: libwebkit2gtk-4.1-0, libgtk-3-0\nDescription: Self-compassion for carers\n"
        ),
    )
    .map_err(io)?;
    let deb = target_dir().join("bench/tend.deb");
    run(Command::new("dpkg-deb")
        .args(["--root-owner-group", "-Zgzip", "--build"])
        .arg(&root)
        .arg(&deb))?;
    samples.add("size.deb", "MiB", kib(&deb)? / 1024.0);
    samples.add("size.binary", "MiB", kib(&bin.join("tend-app"))? / 1024.0);
    Ok(())
}

fn machine() -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mem = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or_else(String::new, |k| format!(", {:.1} GiB RAM", k / 1_048_576.0));
    let kernel = output(Command::new("uname").arg("-r")).unwrap_or_default();
    let rustc = output(Command::new("rustc").arg("--version")).unwrap_or_default();
    format!(
        "{cpu}, {cores} cores{mem}; Linux {}; {}",
        kernel.trim(),
        rustc.trim()
    )
}

pub(crate) fn bench() -> Result<(), Fail> {
    setup::everything(Purpose::Test)?;
    crate::app::build_ui()?;
    heading("bench: release builds of Tend and the bare window");
    // Two builds, so each package set resolves the same features as a
    // plain `cargo build -p tend-app --release` and nothing is rebuilt.
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "tend-app",
        "-p",
        "tend-bare-window",
    ]))?;
    run(cargo().args([
        "build",
        "--release",
        "-p",
        "tend-e2e",
        "--bin",
        "launch-bench",
    ]))?;
    let out_dir = target_dir().join("bench");
    let scratch = out_dir.join("scratch");
    fs::create_dir_all(&scratch).map_err(|e| Fail(format!("{}: {e}", scratch.display())))?;
    // The app as `cargo build --release` made it, kept aside: `cargo bench`
    // builds a package's binaries again with its dev-dependencies' features,
    // and the launches, memory and sizes measure what users get.
    let app = out_dir.join("tend-app");
    fs::copy(target_dir().join("release/tend-app"), &app)
        .map_err(|e| Fail(format!("{}: {e}", app.display())))?;
    let mut samples = Samples::default();

    heading("bench: the journal (ten years of data)");
    samples.read(&output(
        cargo()
            .args(["bench", "-p", "tend-journal", "--bench", "journal"])
            .env("TEND_BENCH_SCRATCH", &scratch)
            .stderr(Stdio::inherit()),
    )?);

    heading("bench: the check-in save through the shell's own code");
    samples.read(&output(
        cargo()
            .args(["bench", "-p", "tend-app", "--bench", "save"])
            .env("TEND_BENCH_SCRATCH", &scratch)
            .stderr(Stdio::inherit()),
    )?);

    heading("bench: launch and idle memory under Xvfb");
    let release = target_dir().join("release");
    let work = out_dir.join("xdg");
    let _ = fs::remove_dir_all(&work);
    let mut launch = Command::new("xvfb-run");
    launch
        .args(crate::app::DESKTOP_SESSION)
        .arg(release.join("launch-bench"))
        .arg(&app)
        .arg(release.join("tend-bare-window"))
        .arg(LAUNCHES)
        .env("TEND_E2E_DRIVER", setup::cargo_bin("tauri-driver"))
        .env_remove("TEND_DATA_DIR")
        .stderr(Stdio::inherit());
    crate::app::private_xdg(&mut launch, &work)?;
    samples.read(&output(&mut launch)?);

    heading("bench: the crash harness, 1,000 kills");
    let report = output(
        cargo()
            .args([
                "test",
                "--release",
                "-p",
                "tend-journal",
                "--test",
                "crash",
                "no_acknowledged",
                "--",
                "--nocapture",
            ])
            .env("TEND_CRASH_KILLS", CRASH_KILLS)
            .stderr(Stdio::inherit()),
    )?;
    crash_samples(&mut samples, &report)?;

    heading("bench: sizes");
    ui_sizes(&mut samples)?;
    deb_size(&mut samples)?;

    let commit = output(cargo_free_git().args(["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let dirty = !output(cargo_free_git().args(["status", "--porcelain", "--untracked-files=no"]))
        .unwrap_or_default()
        .trim()
        .is_empty();
    let date = output(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"]))
        .unwrap_or_default()
        .trim()
        .to_owned();
    let commit = if dirty {
        format!("{commit} with uncommitted changes")
    } else {
        commit
    };
    let results = samples.results(commit, date, machine());
    let report = crate::results::section(Some(&results), table);
    let file = out_dir.join("results.md");
    fs::write(&file, &report).map_err(|e| Fail(format!("{}: {e}", file.display())))?;
    let data = crate::results::results_file();
    fs::write(&data, results.to_tsv()).map_err(|e| Fail(format!("{}: {e}", data.display())))?;
    let md_path = crate::results::benchmarks_md();
    let md =
        fs::read_to_string(&md_path).map_err(|e| Fail(format!("{}: {e}", md_path.display())))?;
    fs::write(&md_path, crate::results::regenerate(&md, &report)?)
        .map_err(|e| Fail(format!("{}: {e}", md_path.display())))?;
    heading("bench: results");
    println!(
        "{report}\nwritten to {}, {} and {}",
        file.display(),
        data.display(),
        md_path.display()
    );
    Ok(())
}

/// `git`, in the project root.
fn cargo_free_git() -> Command {
    let mut git = Command::new("git");
    git.current_dir(project_root());
    git
}

pub(crate) fn table(s: &Results) -> String {
    use Target::{Most, MostAndAbove, None, Ratio};
    let mut t = Table { rows: Vec::new() };
    t.figure(
        s,
        "Launch to an interactive Today (release, Xvfb)",
        "launch.tend",
        Some("launch.bare"),
        Ratio(1.10),
    );
    t.figure(
        s,
        "… the same, as each round's pair: Tend's launch over the bare window's beside it",
        "launch.pair",
        Option::None,
        None,
    );
    t.figure(
        s,
        "… of which the page, from loading to ready",
        "page.tend",
        Some("page.bare"),
        None,
    );
    t.figure(
        s,
        "… the page's first painted content, from loading (Paint Timing)",
        "paint.tend",
        Some("paint.bare"),
        None,
    );
    t.figure(
        s,
        "Launch to an interactive Today in Czech (its messages handed to the page first)",
        "launch.tend_cs",
        Some("launch.bare"),
        Ratio(1.10),
    );
    t.figure(
        s,
        "Idle memory after 10 s: PSS of the app and its WebKit processes",
        "memory.tend",
        Some("memory.bare"),
        Ratio(1.15),
    );
    t.figure(
        s,
        "CPU while idle for 60 s, window open (% of a core, app and WebKit)",
        "cpu.idle.tend",
        Some("cpu.idle.bare"),
        MostAndAbove(1.0, 0.5),
    );
    t.figure(
        s,
        "CPU in the tray for 60 s, window closed (floor: the bare window open)",
        "cpu.tray.tend",
        Some("cpu.idle.bare"),
        MostAndAbove(1.0, 0.5),
    );
    t.figure(
        s,
        "CPU while the breathing pacer runs for 60 s (% of a core, software rendering as shipped)",
        "cpu.pacer.tend",
        Some("cpu.idle.bare"),
        Most(10.0),
    );
    t.figure(
        s,
        "… the same player on a step without the pacer (its timer, once a second)",
        "cpu.player.tend",
        Some("cpu.idle.bare"),
        None,
    );
    t.figure(
        s,
        "Check-in save through the command's own code: request in, commit, Today's view out",
        "save.ours",
        Some("save.raw"),
        Ratio(1.5),
    );
    t.figure(
        s,
        "Unlocking a locked journal: Argon2id as shipped (parameters below)",
        "unlock.locked",
        Option::None,
        None,
    );
    t.figure(s, "… Argon2id memory", "kdf.memory", Option::None, None);
    t.figure(s, "… Argon2id passes", "kdf.passes", Option::None, None);
    t.figure(s, "… Argon2id lanes", "kdf.lanes", Option::None, None);
    t.figure(
        s,
        "Ten years: open, locked vs the same plain",
        "open.locked",
        Some("open.ours"),
        Ratio(1.3),
    );
    t.figure(
        s,
        "Ten years: a year's Insights, locked vs the same plain",
        "insights.locked",
        Some("insights.ours"),
        Ratio(1.3),
    );
    t.figure(
        s,
        "Ten years: journal file",
        "ten_years.file",
        Option::None,
        None,
    );
    t.figure(
        s,
        "Ten years: open (integrity check, migrations)",
        "open.ours",
        Some("open.raw"),
        None,
    );
    t.figure(
        s,
        "Ten years: every check-in (Insights' input)",
        "checkins.ours",
        Some("checkins.raw"),
        None,
    );
    t.figure(
        s,
        "Ten years: what helps me, from 10,000 sessions",
        "helps.ours",
        Some("helps.raw"),
        None,
    );
    t.figure(
        s,
        "Ten years: the journal list, 2,000 entries",
        "entries.ours",
        Some("entries.raw"),
        None,
    );
    t.figure(
        s,
        "Ten years: full-text search, two words",
        "search.ours",
        Some("search.raw"),
        None,
    );
    t.figure(
        s,
        "Ten years: Insights for a year (six series, tag effects, last break, the screen written as HTML with six SVG charts)",
        "insights.ours",
        Some("checkins.raw"),
        None,
    );
    for (format, key) in [
        ("HTML", "summary.html"),
        ("Markdown", "summary.markdown"),
        ("PDF", "summary.pdf"),
    ] {
        t.figure(
            s,
            &format!("Ten years: a year's summary as {format}, every section and three entries"),
            key,
            Some("summary.raw"),
            Most(300.0),
        );
    }
    t.figure(
        s,
        "Ten years: the full backup file written, then restored into a new journal",
        "backup_file.ours",
        Some("backup_file.raw"),
        Most(2000.0),
    );
    t.figure(
        s,
        "Ten years: a snapshot, then restoring it and opening the journal",
        "backup.ours",
        Some("backup.raw"),
        Most(2000.0),
    );
    t.figure(
        s,
        "Crash harness: SIGKILLs of a writer saving check-ins",
        "crash.kills",
        Option::None,
        None,
    );
    t.figure(
        s,
        "Crash harness: check-ins acknowledged before the kills",
        "crash.acknowledged",
        Option::None,
        None,
    );
    t.figure(
        s,
        "Crash harness: kills after which an acknowledged check-in was lost or torn",
        "crash.damaged",
        Option::None,
        Most(0.0),
    );
    for (key, what) in [
        ("wasm", "UI wasm"),
        ("js", "UI JavaScript (wasm-bindgen)"),
        ("boot", "UI boot script"),
        ("css", "UI stylesheet"),
        ("html", "UI page"),
    ] {
        t.figure(
            s,
            &format!("{what}, raw"),
            &format!("size.{key}.raw"),
            Option::None,
            None,
        );
        t.figure(
            s,
            &format!("{what}, gzipped"),
            &format!("size.{key}.gz"),
            Option::None,
            None,
        );
    }
    t.figure(
        s,
        "British English messages, handed to the page, gzipped",
        "size.messages.en.gz",
        Option::None,
        None,
    );
    t.figure(
        s,
        "UI in all with British English's messages, gzipped (fonts apart)",
        "size.ui.gz",
        Option::None,
        Most(250.0),
    );
    t.figure(
        s,
        "Czech messages, handed to the page beside British English's when Czech is spoken, gzipped",
        "size.messages.cs.gz",
        Option::None,
        None,
    );
    t.figure(
        s,
        "UI with Czech spoken, gzipped (fonts apart)",
        "size.ui.cs.gz",
        Option::None,
        Most(250.0),
    );
    t.figure(s, "Release binary", "size.binary", Option::None, None);
    t.figure(s, ".deb", "size.deb", Option::None, Most(8.0));
    t.markdown()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_spread_come_from_the_samples() {
        let mut s = Samples::default();
        s.read(
            "noise\nsample\tx\tms\t5\nsample\tx\tms\t1\nsample\tx\tms\t3\nsample\tbad\tms\tnan?\n",
        );
        assert_eq!(s.stats("x"), Some((3.0, 1.0, 5.0, "ms")));
        assert_eq!(s.stats("bad"), None);
    }

    #[test]
    fn the_crash_summary_is_read() {
        let mut s = Samples::default();
        crash_samples(
            &mut s,
            "running 1 test\ncrash harness: 1000 kills, 9120 check-ins acknowledged, 0 damaged\nok",
        )
        .unwrap();
        assert_eq!(
            s.stats("crash.acknowledged"),
            Some((9120.0, 9120.0, 9120.0, "check-ins"))
        );
        assert_eq!(s.stats("crash.damaged").map(|x| x.0), Some(0.0));
        assert!(crash_samples(&mut s, "nothing").is_err());
    }

    #[test]
    fn a_ratio_over_its_target_is_reported_missed() {
        let mut s = Samples::default();
        s.add("ours", "ms", 12.0);
        s.add("floor", "ms", 10.0);
        let s = s.results(String::new(), String::new(), String::new());
        let mut t = Table { rows: Vec::new() };
        t.figure(&s, "slow", "ours", Some("floor"), Target::Ratio(1.1));
        t.figure(&s, "fast", "ours", Some("floor"), Target::Ratio(1.5));
        t.figure(&s, "absolute", "ours", None, Target::Most(12.0));
        assert_eq!(t.rows[0][3], "1.20×");
        assert_eq!(t.rows[0][5], "**missed**");
        assert_eq!(t.rows[1][5], "met");
        assert_eq!(t.rows[2][5], "met");
    }

    #[test]
    fn benchmarks_md_shows_the_committed_results() {
        crate::results::check(table).unwrap();
    }
}
