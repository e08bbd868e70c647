//! Launch time and idle memory for `cargo xtask bench`: Tend's release
//! build against a bare Tauri 2 window built in the same run, launched
//! in rounds of one launch each (which goes first alternates) through the
//! same tauri-driver under Xvfb; each round also gives the pair's ratio.
//!
//! Usage: launch-bench <tend-app> <bare-window> <launches>
//! It prints one line per sample, `sample<TAB>key<TAB>unit<TAB>value`.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tend_e2e::desktop::{TrayPanel, ask_window_to_close, eventually, window_shown};
use tend_e2e::{Driver, Session};

/// Seconds of quiet before memory is read, as the issue asks.
const IDLE: Duration = Duration::from_secs(10);
/// How many launches of each also measure memory (each costs `IDLE`).
const MEMORY_LAUNCHES: usize = 3;

/// The first check-in control on Today; the bare window's only button.
const TEND_READY: &str = "main a.button[href='#/checkin']";
const BARE_READY: &str = "#ready";

fn sample(key: &str, unit: &str, value: f64) {
    println!("sample\t{key}\t{unit}\t{value:.3}");
}

/// From asking for a session (which starts the app) to `ready` existing;
/// and the part of it since the page began to load (the webview's own
/// clock), which tells the page's share from the process's.
fn launch(driver: &Driver, app: &Path, ready: &str) -> (Session, f64, f64) {
    let start = Instant::now();
    let session = driver.launch_app(app);
    let deadline = start + Duration::from_secs(30);
    loop {
        let page_ms = session.execute(
            "return document.querySelector(arguments[0]) ? performance.now() : null;",
            json!([ready]),
        );
        if let Some(page_ms) = page_ms.as_f64() {
            return (session, start.elapsed().as_secs_f64() * 1000.0, page_ms);
        }
        assert!(Instant::now() < deadline, "{ready} never appeared");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Every process: its parent and the program it runs.
fn processes() -> Vec<(u32, u32, Option<PathBuf>)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in dir.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // The name in brackets may hold spaces; the parent comes after it.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        let parent = after
            .split_whitespace()
            .nth(1)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let exe = std::fs::read_link(entry.path().join("exe")).ok();
        out.push((pid, parent, exe));
    }
    out
}

/// The process running `app` and every process below it (WebKit's web and
/// network processes).
fn tree(app: &Path) -> Vec<u32> {
    let app = app.canonicalize().unwrap_or_else(|_| app.to_owned());
    let all = processes();
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for (pid, parent, _) in &all {
        children.entry(*parent).or_default().push(*pid);
    }
    let mut todo: Vec<u32> = all
        .iter()
        .filter(|(_, _, exe)| exe.as_deref() == Some(app.as_path()))
        .map(|(pid, _, _)| *pid)
        .collect();
    assert_eq!(todo.len(), 1, "expected one {} running", app.display());
    let mut out = Vec::new();
    while let Some(pid) = todo.pop() {
        out.push(pid);
        todo.extend(children.get(&pid).into_iter().flatten());
    }
    out
}

/// CPU time (user and system, in clock ticks) the tree has used so far.
fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/stat")).ok())
        .map(|stat| {
            // After the name in brackets: state is field 3, utime 14, stime 15.
            let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            let fields: Vec<&str> = after.split_whitespace().collect();
            let tick = |i: usize| {
                fields
                    .get(i)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            tick(11) + tick(12)
        })
        .sum()
}

/// The share of one core the app's processes used over `span`, in percent.
fn cpu_percent(app: &Path, span: Duration) -> f64 {
    let hz = std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse::<f64>()
                .ok()
        })
        .unwrap_or(100.0);
    let pids = tree(app);
    let before = cpu_ticks(&pids);
    let start = Instant::now();
    std::thread::sleep(span);
    // Processes that left meanwhile are not counted; none should.
    let used = cpu_ticks(&pids).saturating_sub(before) as f64 / hz;
    100.0 * used / start.elapsed().as_secs_f64()
}

/// Proportional set size, in MiB, of the process running `app` and every
/// process below it (WebKit's web and network processes).
fn pss_mib(app: &Path) -> f64 {
    let kib: u64 = tree(app)
        .iter()
        .map(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
                .unwrap_or_default()
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum();
    kib as f64 / 1024.0
}

/// Bytes of `text` gzipped as the bench gzips the UI's files.
fn gzipped(text: &str) -> usize {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut gzip = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip");
    gzip.stdin
        .take()
        .expect("gzip's input")
        .write_all(text.as_bytes())
        .expect("gzip took the text");
    gzip.wait_with_output().expect("gzip's output").stdout.len()
}

fn main() {
    // What the shell hands the page of each language's messages.
    for (key, lang) in [("en", "en-GB"), ("cs", "cs")] {
        let handed = tend_core::words::page_messages_of(lang).expect("the page's messages");
        sample(
            &format!("size.messages.{key}.gz"),
            "KiB",
            gzipped(&handed) as f64 / 1024.0,
        );
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tend, bare, launches] = args.as_slice() else {
        eprintln!("usage: launch-bench <tend-app> <bare-window> <launches>");
        std::process::exit(64);
    };
    let launches: usize = launches.parse().expect("a number of launches");
    let data = tempfile::tempdir().expect("a data folder");
    // Both apps render as Tend ships: WebKitGTK's DMA-BUF renderer off
    // (Tend turns it off itself; the bare window is told the same, so the
    // floor renders alike). The e2e suite turns it on for its screenshots,
    // which costs several times the CPU under Xvfb: 11.9% of a core for
    // the pacer with it on against 2.3% as shipped, measured 2026-11-30.
    let driver = Driver::start_with(
        data.path(),
        &[("WEBKIT_DISABLE_DMABUF_RENDERER", Path::new("1"))],
    );
    let apps = [
        ("tend", Path::new(tend), TEND_READY),
        ("bare", Path::new(bare), BARE_READY),
    ];
    // One unmeasured launch each: Tend creates its journal, and both warm
    // the page cache, so every measured launch is a returning user's.
    for (_, app, ready) in apps {
        launch(&driver, app, ready).0.close();
    }
    welcome_answered(data.path());
    for round in 0..launches {
        // Every other round starts with the bare window, so neither program
        // always launches on the heels of the other.
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        let mut launched = [0.0_f64; 2];
        for which in order {
            let (name, app, ready) = apps[which];
            let (session, ms, page_ms) = launch(&driver, app, ready);
            launched[which] = ms;
            sample(&format!("launch.{name}"), "ms", ms);
            sample(&format!("page.{name}"), "ms", page_ms);
            // When the page first painted something (Paint Timing): before
            // Tend's UI is ready, index.html paints its calm shell.
            let painted = session.execute(
                "const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;",
                json!([]),
            );
            if let Some(paint_ms) = painted.as_f64() {
                sample(&format!("paint.{name}"), "ms", paint_ms);
            }
            if round < MEMORY_LAUNCHES {
                std::thread::sleep(IDLE);
                sample(&format!("memory.{name}"), "MiB", pss_mib(app));
            }
            session.close();
            // Let the last launch's processes leave before the next one.
            std::thread::sleep(Duration::from_millis(500));
        }
        // The round's pair: Tend's launch over the bare window's beside
        // it, a second or so apart (ten more in the rounds that also read
        // memory), so a machine that slows for a while slows both.
        sample("launch.pair", "×", launched[0] / launched[1]);
    }
    // Tend in Czech, on a system that asks for it: the shell hands the
    // page the Czech messages before the first screen.
    {
        let data = tempfile::tempdir().expect("a data folder");
        let czech = Driver::start_with(
            data.path(),
            &[
                ("WEBKIT_DISABLE_DMABUF_RENDERER", Path::new("1")),
                ("LANGUAGE", Path::new("cs")),
            ],
        );
        let tend = Path::new(tend);
        launch(&czech, tend, TEND_READY).0.close();
        welcome_answered(data.path());
        for _ in 0..launches {
            let (session, ms, _) = launch(&czech, tend, TEND_READY);
            let lang = session.execute("return document.documentElement.lang;", json!([]));
            assert_eq!(lang, json!("cs"), "Tend spoke Czech");
            sample("launch.tend_cs", "ms", ms);
            session.close();
            std::thread::sleep(Duration::from_millis(500));
        }
    }
    // CPU while the window sits open and idle, then (Tend) while the
    // breathing pacer runs and in the tray: what a user's battery feels.
    let _panel = TrayPanel::start();
    for (name, app, ready) in apps {
        let (session, _, _) = launch(&driver, app, ready);
        std::thread::sleep(IDLE);
        sample(
            &format!("cpu.idle.{name}"),
            "% of a core",
            cpu_percent(app, CPU_SPAN),
        );
        if name == "tend" {
            session.execute(
                "window.location.hash = '#/play/soothing_breath/180';",
                json!([]),
            );
            wait_for(&session, "Start without rating");
            session.execute(
                "[...document.querySelectorAll('button')].find(b => b.textContent.includes('Start without rating')).click();",
                json!([]),
            );
            // The pacer runs in the third step, for two minutes.
            wait_for(&session, "Step 3 of 4");
            sample("cpu.pacer.tend", "% of a core", cpu_percent(app, CPU_SPAN));
            // The same player without a pacer: its own share of the cost.
            session.execute(
                "window.location.hash = '#/play/soles_of_feet/180';",
                json!([]),
            );
            wait_for(&session, "Start without rating");
            session.execute(
                "[...document.querySelectorAll('button')].find(b => b.textContent.includes('Start without rating')).click();",
                json!([]),
            );
            wait_for(&session, "Step 1 of");
            sample("cpu.player.tend", "% of a core", cpu_percent(app, CPU_SPAN));
            // In the tray with the window closed, as a panel shows it: a
            // tray is on the bus, so closing keeps Tend running.
            session.execute("window.location.hash = '#/';", json!([]));
            ask_window_to_close("Tend");
            assert!(
                eventually(10, || !window_shown("Tend")),
                "the window hid to the tray"
            );
            std::thread::sleep(IDLE);
            sample("cpu.tray.tend", "% of a core", cpu_percent(app, CPU_SPAN));
        }
        session.close();
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// Skips the first-run welcome in the journal the first launch made, as
/// she does on her first day: every measured launch is a later day's.
fn welcome_answered(data: &Path) {
    let mut journal = tend_journal::Journal::open(data).expect("the journal Tend made");
    if !journal.welcomed().expect("whether she was welcomed") {
        journal
            .finish_welcome(None, None, None, tend_e2e::now_utc())
            .expect("the welcome skipped");
    }
}

/// How long each CPU figure is read over.
const CPU_SPAN: Duration = Duration::from_secs(60);

/// Waits until the page shows `text`.
fn wait_for(session: &Session, text: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !session.page_text().contains(text) {
        assert!(Instant::now() < deadline, "the page never showed {text:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}
