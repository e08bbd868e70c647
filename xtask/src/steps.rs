//! The steps behind `run` and `test`.

use crate::app::{DESKTOP_SESSION, build_ui, private_xdg};
use crate::process::{Fail, cargo, heading, output, project_root, run, target_dir};
use crate::setup::{self, Purpose};
use std::fs;
use std::path::Path;
use std::process::Command;

pub(crate) fn run_app() -> Result<(), Fail> {
    setup::everything(Purpose::Run)?;
    build_ui()?;
    heading("building and opening Tend (release)");
    run(cargo().args(["run", "-p", "tend-app", "--release"]))
}

pub(crate) fn test_all() -> Result<(), Fail> {
    setup::everything(Purpose::Test)?;
    heading("formatting (cargo fmt --check)");
    run(cargo().args(["fmt", "--all", "--check"]))?;
    build_ui()?;
    heading("clippy, native");
    run(cargo().args([
        "clippy",
        "--workspace",
        "--exclude",
        "tend-ui",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    heading("clippy, wasm32 (ui and core)");
    run(cargo().args([
        "clippy",
        "-p",
        "tend-ui",
        "-p",
        "tend-core",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]))?;
    invariants()?;
    heading("unit and integration tests");
    run(cargo().args([
        "test",
        "--workspace",
        "--exclude",
        "tend-ui",
        "--exclude",
        "tend-e2e",
    ]))?;
    fuzz_importer()?;
    end_to_end()
}

/// How long CI fuzzes the importer.
const FUZZ_SECONDS: u32 = 20;

/// Feeds the backup importer arbitrary bytes for a short while: it must
/// answer every one with an error or a count. The corpus and any crash
/// land in the build folder, outside the checkout.
fn fuzz_importer() -> Result<(), Fail> {
    heading(&format!("fuzzing the backup importer for {FUZZ_SECONDS} s"));
    let dir = target_dir().join("fuzz");
    let corpus = dir.join("corpus-import");
    let artifacts = dir.join("artifacts");
    for folder in [&corpus, &artifacts] {
        fs::create_dir_all(folder)
            .map_err(|e| Fail(format!("preparing {}: {e}", folder.display())))?;
    }
    let seeds = project_root().join("crates/journal/fuzz/seeds");
    let listed =
        fs::read_dir(&seeds).map_err(|e| Fail(format!("reading {}: {e}", seeds.display())))?;
    for seed in listed.flatten() {
        let _ = fs::copy(seed.path(), corpus.join(seed.file_name()));
    }
    // The rustup proxy, not the stable cargo that runs xtask.
    let mut cmd = Command::new("cargo");
    cmd.current_dir(project_root())
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .args([
            "+nightly",
            "fuzz",
            "run",
            "--fuzz-dir",
            "crates/journal/fuzz",
            "import",
        ])
        .arg(&corpus)
        .arg("--")
        .arg(format!("-max_total_time={FUZZ_SECONDS}"))
        .args(["-max_len=65536", "-rss_limit_mb=2048"])
        .arg(format!("-artifact_prefix={}/", artifacts.display()));
    run(&mut cmd)
}

/// Crates that would make an HTTP request possible; none may be anywhere in
/// the tree, tests included (the e2e suite speaks WebDriver over loopback
/// with a few lines of its own).
const HTTP_CLIENTS: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "isahc",
    "surf",
    "attohttpc",
    "curl",
    "minreq",
    "awc",
    "ehttp",
    "tauri-plugin-http",
    "tauri-plugin-upload",
    "tauri-plugin-websocket",
];

/// Crates tend-core must never pull in: it stays free of I/O and Tauri.
const NOT_IN_CORE: &[&str] = &["rusqlite", "libsqlite3-sys", "tauri", "notify-rust", "wry"];

fn tree_crates(args: &[&str]) -> Result<Vec<String>, Fail> {
    let text = output(
        cargo()
            .args(["tree", "--prefix", "none", "--format", "{p}"])
            .args(args),
    )?;
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    Ok(names)
}

fn invariants() -> Result<(), Fail> {
    heading("invariant: tend-core builds for wasm32-unknown-unknown");
    run(cargo().args([
        "build",
        "-p",
        "tend-core",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;

    heading("invariant: tend-core's tree holds no SQL, Tauri or notifications");
    let core = tree_crates(&["-p", "tend-core", "-e", "normal,build", "--target", "all"])?;
    let bad: Vec<_> = core
        .iter()
        .filter(|c| NOT_IN_CORE.contains(&c.as_str()))
        .collect();
    if !bad.is_empty() {
        return Err(Fail(format!("tend-core depends on {bad:?}")));
    }
    println!("ok: {} crates, none of {NOT_IN_CORE:?}", core.len());

    // The desktop tree, and the UI's wasm tree. (Tauri itself pulls reqwest
    // in on Android and iOS only; the phone build is not made here.)
    heading("invariant: no HTTP client anywhere in the tree");
    let mut all = tree_crates(&["--workspace", "-e", "normal,build,dev"])?;
    all.extend(tree_crates(&[
        "-p",
        "tend-ui",
        "-e",
        "normal,build",
        "--target",
        "wasm32-unknown-unknown",
    ])?);
    let bad: Vec<_> = all
        .iter()
        .filter(|c| HTTP_CLIENTS.contains(&c.as_str()))
        .collect();
    if !bad.is_empty() {
        return Err(Fail(format!(
            "the dependency tree holds HTTP clients: {bad:?}"
        )));
    }
    println!("ok: {} crates, no HTTP client", all.len());

    heading("invariant: no style attribute in the UI (the CSP blocks them)");
    let mut found = style_attributes(&project_root().join("ui/src"))?;
    found.extend(style_attributes(&project_root().join("ui/static"))?);
    // What tend-core writes for the page to show as it comes: Insights,
    // the export preview, the charts.
    for file in ["screen_html", "summary/html.rs", "chart.rs"] {
        found.extend(style_attributes(
            &project_root().join("crates/core/src").join(file),
        )?);
    }
    if !found.is_empty() {
        return Err(Fail(format!(
            "style attributes are kept in the DOM but never applied under the CSP; \
             set values through the CSSOM or a class instead:\n{}",
            found.join("\n")
        )));
    }
    println!("ok: none");

    heading("invariant: no source file over 400 lines without a reason");
    let long = crate::sizes::check()?;
    if !long.is_empty() {
        return Err(Fail(format!(
            "split these along their sections, or say in sizes.rs why not:\n{}",
            long.join("\n")
        )));
    }
    println!("ok");

    heading("invariant: BENCHMARKS.md shows the benchmark's committed results");
    crate::results::check(crate::bench::table)?;
    println!("ok");

    heading("invariant: no module uses another in a circle");
    let circles = crate::circles::check()?;
    if !circles.is_empty() {
        return Err(Fail(format!(
            "modules that use each other, directly or round a loop:\n{}",
            circles.join("\n")
        )));
    }
    println!("ok: none");
    Ok(())
}

/// Every `style=` (and `style:` in attribute builders) in a source file or
/// below a folder, as `file:line: text`.
pub(crate) fn style_attributes(dir: &Path) -> Result<Vec<String>, Fail> {
    let mut found = Vec::new();
    let paths = if dir.is_file() {
        vec![dir.to_path_buf()]
    } else {
        let entries =
            fs::read_dir(dir).map_err(|e| Fail(format!("reading {}: {e}", dir.display())))?;
        let mut paths = Vec::new();
        for entry in entries {
            paths.push(
                entry
                    .map_err(|e| Fail(format!("reading {}: {e}", dir.display())))?
                    .path(),
            );
        }
        paths
    };
    for path in paths {
        if path.is_dir() {
            found.extend(style_attributes(&path)?);
        } else if path.extension().is_some_and(|x| x == "rs" || x == "html") {
            let text = fs::read_to_string(&path)
                .map_err(|e| Fail(format!("reading {}: {e}", path.display())))?;
            for (n, line) in text.lines().enumerate() {
                let squeezed: String = line.split_whitespace().collect();
                if squeezed.contains("style=")
                    || squeezed.contains("\"style\",")
                    || squeezed.contains("set_attribute(\"style\"")
                {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    Ok(found)
}

/// The prefix every test switch's name starts with (src-tauri's
/// switches.rs).
const TEST_SWITCH_PREFIX: &[u8] = b"TEND_TEST_";

/// Whether `bytes` (a binary) holds a test switch's name.
pub(crate) fn holds_test_switch(bytes: &[u8]) -> bool {
    bytes
        .windows(TEST_SWITCH_PREFIX.len())
        .any(|w| w == TEST_SWITCH_PREFIX)
}

fn end_to_end() -> Result<(), Fail> {
    heading("invariant: the app as users get it holds no test switch");
    run(cargo().args(["build", "-p", "tend-app"]))?;
    let app = target_dir().join("debug/tend-app");
    let bytes = fs::read(&app).map_err(|e| Fail(format!("reading {}: {e}", app.display())))?;
    if holds_test_switch(&bytes) {
        return Err(Fail(format!(
            "{} holds a test switch's name: they belong behind the test-switches feature",
            app.display()
        )));
    }
    println!("ok: none in {}", app.display());

    heading("end to end: building the app (with its test switches) and the suite");
    run(cargo().args([
        "build",
        "-p",
        "tend-app",
        "-p",
        "tend-cli",
        "--features",
        "tend-app/test-switches",
    ]))?;
    run(cargo().args(["test", "-p", "tend-e2e", "--no-run"]))?;

    let work = target_dir().join("e2e-run");
    let _ = fs::remove_dir_all(&work);
    let screenshots = target_dir().join("e2e-screenshots");
    let _ = fs::remove_dir_all(&screenshots);
    fs::create_dir_all(&screenshots)
        .map_err(|e| Fail(format!("preparing {}: {e}", screenshots.display())))?;

    heading("end to end: the real app under Xvfb, a private D-Bus session and strace");
    let trace = work.join("network.strace");
    let mut cmd = Command::new("strace");
    cmd.args(crate::network::STRACE_ARGS)
        .arg("-o")
        .arg(&trace)
        .arg("xvfb-run")
        .args(DESKTOP_SESSION)
        .arg(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args([
            "test",
            "-p",
            "tend-e2e",
            "--tests",
            "--",
            "--test-threads=1",
        ])
        .current_dir(project_root())
        .env("TEND_E2E_APP", target_dir().join("debug/tend-app"))
        .env("TEND_E2E_CLI", target_dir().join("debug/tend"))
        .env("TEND_E2E_DRIVER", setup::cargo_bin("tauri-driver"))
        .env("TEND_E2E_AXE", setup::axe_core_js())
        .env("TEND_E2E_SCREENSHOTS", &screenshots)
        .env("TEND_E2E_WORK", &work)
        .env_remove("TEND_DATA_DIR");
    private_xdg(&mut cmd, &work)?;
    println!("screenshots go to {}", screenshots.display());
    run(&mut cmd)?;

    heading("invariant: the whole suite reached nothing beyond this machine");
    let text = fs::read_to_string(&trace)
        .map_err(|e| Fail(format!("reading the trace {}: {e}", trace.display())))?;
    let outside = crate::network::outside_calls(&text);
    if !outside.is_empty() {
        return Err(Fail(format!(
            "{} network calls left the machine (or looked up a name):\n{}",
            outside.len(),
            outside.join("\n")
        )));
    }
    let calls = text.lines().count();
    println!("ok: {calls} connect, sendto and sendmsg calls traced, all local");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{holds_test_switch, style_attributes};

    #[test]
    fn a_test_switch_name_in_a_binary_is_found() {
        assert!(holds_test_switch(b"\x7fELF..TEND_TEST_SAVE_DIR\0.."));
        assert!(!holds_test_switch(b"\x7fELF..TEND_DATA_DIR\0TEND_TEST"));
    }

    #[test]
    fn a_style_attribute_anywhere_in_the_ui_is_found() {
        let dir = std::env::temp_dir().join(format!("tend-style-check-{}", std::process::id()));
        let nested = dir.join("pages");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            dir.join("ok.rs"),
            "el.style().set_property(\"width\", \"5%\");\n",
        )
        .unwrap();
        assert!(style_attributes(&dir).unwrap().is_empty());
        std::fs::write(
            nested.join("bad.rs"),
            "fn f() {}\n<div style = {format!(\"width: {w}%\")}></div>\n",
        )
        .unwrap();
        std::fs::write(dir.join("page.html"), "<p style=\"color: red\">x</p>\n").unwrap();
        let found = style_attributes(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|f| f.contains("bad.rs:2")), "{found:?}");
    }
}
