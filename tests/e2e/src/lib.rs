//! What the end-to-end tests need to drive the real Tend: a tauri-driver
//! per test (so each test has its own data folder), and a small WebDriver
//! client.
//!
//! The client is a few dozen lines over `std::net` on loopback, instead of
//! a WebDriver crate, so that no HTTP client is anywhere in the project's
//! dependency tree, tests included: the "no network" invariant stays a
//! plain `cargo tree` check.

// This crate is the tests' harness: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod desktop;
mod http;
mod webdriver;

pub use webdriver::{Element, Key, Session};

use serde_json::{Value, json};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tend_core::words::Value as WordValue;

/// A path the test command passes in; the suite cannot run without it.
pub fn required_path(var: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(p) => PathBuf::from(p),
        None => panic!("{var} is not set: run the end-to-end suite through `cargo xtask test`"),
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("no free loopback port");
    listener.local_addr().expect("loopback port").port()
}

/// A running tauri-driver whose app will use `data_dir` as its data folder.
#[derive(Debug)]
pub struct Driver {
    child: Child,
    port: u16,
    data_dir: PathBuf,
}

impl Driver {
    pub fn start(data_dir: &Path) -> Driver {
        Driver::start_with(data_dir, &[])
    }

    /// Starts the app with extra environment, such as a GTK settings folder.
    pub fn start_with(data_dir: &Path, env: &[(&str, &Path)]) -> Driver {
        let port = free_port();
        let native = free_port();
        let child = Command::new(required_path("TEND_E2E_DRIVER"))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .env("TEND_DATA_DIR", data_dir)
            // Tend turns WebKitGTK's DMA-BUF renderer off unless told
            // otherwise (it paints blank windows on some GPUs). Under Xvfb
            // that setting makes WebDriver screenshots hang, so the tests
            // say otherwise; everything else runs as shipped.
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "0")
            .envs(env.iter().map(|(k, v)| (*k, *v)))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver did not start");
        let driver = Driver {
            child,
            port,
            data_dir: data_dir.to_owned(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while http::request(port, "GET", "/status", None).is_err() {
            assert!(
                Instant::now() < deadline,
                "tauri-driver did not answer on port {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }

    /// Opens the app and waits until its UI has taken over from the page
    /// the shell painted (`#boot` gone), so a test never holds an element
    /// of the painted page that the UI is about to replace.
    pub fn launch(&self) -> Session {
        let app = self.launch_early();
        let deadline = Instant::now() + Duration::from_secs(20);
        while app.execute(
            "return document.getElementById('boot') !== null;",
            json!([]),
        ) != json!(false)
        {
            assert!(
                Instant::now() < deadline,
                "the UI never took over from the page the shell painted"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        app
    }

    /// Opens the app and returns at once, with the page as it first is.
    pub fn launch_early(&self) -> Session {
        // Tend is one instance per journal: a launch while the last one on
        // this folder is still shutting down would hand over to it and
        // exit. A user relaunches seconds later; the tests wait for it.
        let deadline = Instant::now() + Duration::from_secs(15);
        while app_running_on(&self.data_dir) {
            assert!(
                Instant::now() < deadline,
                "the last Tend on this folder never exited"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        self.launch_app(&required_path("TEND_E2E_APP"))
    }

    /// Opens another program through the same driver (the benchmarks'
    /// bare window).
    pub fn launch_app(&self, app: &Path) -> Session {
        Session::new(self.port, app)
    }
}

/// The Tend processes running on `data_dir` (their environment names the
/// folder); none when no app is under test (the benchmarks launch theirs
/// by path and close them themselves).
fn apps_on(data_dir: &Path) -> Vec<String> {
    let Some(app) = std::env::var_os("TEND_E2E_APP").map(PathBuf::from) else {
        return Vec::new();
    };
    let mut wanted = b"TEND_DATA_DIR=".to_vec();
    wanted.extend_from_slice(data_dir.as_os_str().as_encoded_bytes());
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    procs
        .flatten()
        .filter(|p| {
            std::fs::read_link(p.path().join("exe")).is_ok_and(|exe| exe == app)
                && std::fs::read(p.path().join("environ"))
                    .is_ok_and(|env| env.split(|b| *b == 0).any(|var| var == wanted))
        })
        .map(|p| p.file_name().to_string_lossy().into_owned())
        .collect()
}

/// Whether a Tend process is running on `data_dir`.
fn app_running_on(data_dir: &Path) -> bool {
    !apps_on(data_dir).is_empty()
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver too.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut stopped = false;
        while !stopped && Instant::now() < deadline {
            stopped = matches!(self.child.try_wait(), Ok(Some(_)));
            if !stopped {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        if !stopped {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // A Tend this test started must not outlive it: one left in the
        // tray would answer the next test's tray clicks and launches.
        for signal in ["-TERM", "-KILL"] {
            let left = apps_on(&self.data_dir);
            if left.is_empty() {
                return;
            }
            let _ = Command::new("kill").arg(signal).args(&left).status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline && app_running_on(&self.data_dir) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// The journal day it is now, with the default day boundary (04:00), as
/// a fresh journal sees it.
pub fn today() -> chrono::NaiveDate {
    tend_core::journal_day(
        chrono::Local::now().naive_local(),
        tend_core::DayBoundary::DEFAULT,
    )
}

/// UTC now, for writing test data through the journal.
pub fn now_utc() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// The British English message `id`, as the app shows it: the tests find
/// elements and wait for text by message, never by an English literal, so
/// a change of wording or a translation does not break them. Panics,
/// naming the id, if the message is missing.
pub fn en(id: &str) -> String {
    en_with(id, &[])
}

/// As [`en`], with `args` filled in as the app fills them.
pub fn en_with(id: &str, args: &[(&str, WordValue<'_>)]) -> String {
    tend_core::words::format_in("en-GB", id, args)
        .unwrap_or_else(|e| panic!("no en-GB message {id:?} to format: {e:?}"))
}

/// Stands for an argument the test cannot know (a time, a date, a path),
/// in [`en_pieces`].
pub const ANY: &str = "\u{1f}";

/// The en-GB message `id`'s words on either side of each argument given
/// as [`ANY`], for waiting on a message whose arguments the app fills in.
pub fn en_pieces(id: &str, args: &[(&str, WordValue<'_>)]) -> Vec<String> {
    en_with(id, args).split(ANY).map(str::to_owned).collect()
}

/// What the polite live region says now, as a screen reader hears it.
pub fn announced(app: &Session) -> String {
    let said = app.execute(
        "const r = document.querySelector('[role=status][aria-live=polite]');
         return r ? r.textContent : '';",
        json!([]),
    );
    said.as_str().unwrap_or_default().trim().to_owned()
}

/// The id of the element with focus; empty when it has none.
pub fn focused_id(app: &Session) -> String {
    let id = app.execute(
        "return document.activeElement ? document.activeElement.id : '';",
        json!([]),
    );
    id.as_str().unwrap_or_default().to_owned()
}

/// From now on, notes every error the page does not catch (a panic in
/// the UI's wasm is one), for [`page_errors`].
pub fn watch_errors(app: &Session) {
    app.execute(
        "window.__tendErrors = [];
         window.addEventListener('error', e => window.__tendErrors.push(String(e.message)));
         window.addEventListener('unhandledrejection', e => window.__tendErrors.push(String(e.reason)));",
        json!([]),
    );
}

/// The errors the page did not catch since [`watch_errors`].
pub fn page_errors(app: &Session) -> Vec<String> {
    let errors = app.execute("return window.__tendErrors || [];", json!([]));
    serde_json::from_value(errors).unwrap_or_default()
}

/// Opens a screen by its address and waits until it shows `shows`.
pub fn go(app: &Session, href: &str, shows: &str) {
    app.execute("window.location.hash = arguments[0];", json!([href]));
    app.wait_for_text(shows);
}

/// Every file in `folder` with its bytes, to show that nothing changed.
pub fn folder_snapshot(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("folder to snapshot")
        .map(|e| e.expect("folder entry").path())
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let bytes = std::fs::read(&p).unwrap_or_default();
            (name, bytes)
        })
        .collect();
    files.sort();
    files
}

/// Where screenshots go; the test command prints it at the end.
pub fn screenshot_path(name: &str) -> PathBuf {
    required_path("TEND_E2E_SCREENSHOTS").join(format!("{name}.png"))
}

/// Runs axe-core in the page and returns its violations.
pub fn axe_violations(app: &Session) -> Vec<Value> {
    let source = std::fs::read_to_string(required_path("TEND_E2E_AXE")).expect("axe-core script");
    app.execute(&format!("{source}\nreturn true;"), json!([]));
    let result = app.execute_async(
        "const done = arguments[arguments.length - 1];
         axe.run(document, { resultTypes: ['violations'] })
            .then(r => done(JSON.stringify(r.violations)))
            .catch(e => done(JSON.stringify([{ id: 'axe-error', description: String(e) }])));",
        json!([]),
    );
    serde_json::from_str(result.as_str().unwrap_or("[]")).expect("axe result")
}

/// Violations in a line each, for a failure message.
pub fn describe(violations: &[Value]) -> String {
    violations
        .iter()
        .map(|v| {
            format!(
                "{}: {} ({} nodes)",
                v["id"],
                v["help"],
                v["nodes"].as_array().map_or(0, Vec::len)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Fails the test, naming `screen`, if axe-core finds any violation.
pub fn assert_accessible(app: &Session, screen: &str) {
    let violations = axe_violations(app);
    assert!(
        violations.is_empty(),
        "{screen}:\n{}",
        describe(&violations)
    );
}
