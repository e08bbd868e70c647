//! Installing what the build and the tests need, only where it is missing.

use crate::process::{Fail, cargo, project_root, run, succeeds};
use std::path::PathBuf;
use std::process::Command;

/// What the set-up is for: opening the app needs less than testing it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    Run,
    Test,
}

/// Debian and Ubuntu packages to build a Tauri 2 app with WebKitGTK 4.1.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "file",
    "libwebkit2gtk-4.1-dev",
    // libsqlite3-sys asks the linker for libcrypto; Tend's SQLCipher calls
    // none of it (crates/journal/src/crypto.rs), so the binary needs none.
    "libssl-dev",
    "libxdo-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libsoup-3.0-dev",
    "libgtk-3-dev",
    "libjavascriptcoregtk-4.1-dev",
    // Spoken guidance: WebKitGTK speaks through Flite and GStreamer, whose
    // `pitch` element (soundtouch, in plugins-bad) sets the voice's pace.
    "libflite1",
    "gstreamer1.0-plugins-bad",
];

/// What the end-to-end suite needs: a virtual display, a session bus, the
/// WebDriver server for WebKitGTK, fonts for stable screenshots, and
/// strace to prove that nothing reaches the network.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus",
    "dbus-x11",
    "at-spi2-core",
    "fonts-dejavu-core",
    "e2fsprogs",
    "strace",
    // pdftotext: the PDF export's text is read back in the tests.
    "poppler-utils",
    // A notification server, and dunstctl to press a notification's action.
    "dunst",
    // gdbus: the tray's menu is read and clicked over the session bus.
    "libglib2.0-bin",
    // The locked journal's pages are checked with the openssl program.
    "openssl",
];

pub(crate) const TAURI_DRIVER_VERSION: &str = "2.1.0";
pub(crate) const AXE_CORE_VERSION: &str = "4.10.3";
pub(crate) const CARGO_FUZZ_VERSION: &str = "0.13.1";

pub(crate) fn everything(purpose: Purpose) -> Result<(), Fail> {
    system_packages(purpose)?;
    rust_parts()?;
    wasm_bindgen_cli()?;
    if purpose == Purpose::Test {
        tauri_driver()?;
        axe_core()?;
        fuzzing()?;
    }
    Ok(())
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

fn system_packages(purpose: Purpose) -> Result<(), Fail> {
    let mut wanted: Vec<&str> = BUILD_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend_from_slice(TEST_PACKAGES);
        if !succeeds(Command::new("npm").arg("--version")) {
            wanted.push("npm");
        }
    }
    install_missing(&wanted)
}

/// Installs those of `wanted` that are missing, through apt-get (with
/// sudo when not root).
pub(crate) fn install_missing(wanted: &[&str]) -> Result<(), Fail> {
    if !succeeds(Command::new("dpkg-query").arg("--version")) {
        return Err(Fail::from(
            "this machine has no dpkg: install the packages named in xtask/src/setup.rs by hand",
        ));
    }
    let missing: Vec<&str> = wanted.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("== installing system packages: {}", missing.join(" "));
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut c = if as_root {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !as_root {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(&missing);
    run(&mut install)
}

fn rust_parts() -> Result<(), Fail> {
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    let has_wasm = targets
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == "wasm32-unknown-unknown")
        })
        .unwrap_or(false);
    if !has_wasm {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !succeeds(cargo().args(["fmt", "--version"]))
        || !succeeds(cargo().args(["clippy", "--version"]))
    {
        run(Command::new("rustup").args(["component", "add", "rustfmt", "clippy"]))?;
    }
    Ok(())
}

/// Where `cargo install` puts programs.
pub(crate) fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin").join(name)
}

/// Whether `cargo install` put `krate` at exactly `version` in place, and
/// its program is still there.
fn installed_at(krate: &str, program: &str, version: &str) -> bool {
    let listed = cargo()
        .args(["install", "--list"])
        .output()
        .map(|o| {
            let want = format!("{krate} v{version}:");
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == want)
        })
        .unwrap_or(false);
    listed && cargo_bin(program).is_file()
}

/// wasm-bindgen's CLI must be exactly the version of the crate in
/// Cargo.lock, or the glue it writes does not fit the wasm.
pub(crate) fn wasm_bindgen_version() -> Result<String, Fail> {
    let lock = std::fs::read_to_string(project_root().join("Cargo.lock"))
        .map_err(|e| Fail(format!("cannot read Cargo.lock: {e}")))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err(Fail::from("Cargo.lock has no wasm-bindgen entry"))
}

fn wasm_bindgen_cli() -> Result<(), Fail> {
    let version = wasm_bindgen_version()?;
    if installed_at("wasm-bindgen-cli", "wasm-bindgen", &version) {
        return Ok(());
    }
    println!("== installing wasm-bindgen-cli {version}");
    // Not --locked: its lockfile names a crate version the registry lacks.
    run(cargo().args([
        "install",
        "wasm-bindgen-cli",
        "--version",
        &version,
        "--force",
    ]))
}

/// The importer's fuzz target needs a nightly toolchain and cargo-fuzz.
fn fuzzing() -> Result<(), Fail> {
    let has_nightly = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.starts_with("nightly"))
        })
        .unwrap_or(false);
    if !has_nightly {
        println!("== installing a nightly toolchain for fuzzing");
        run(Command::new("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    if installed_at("cargo-fuzz", "cargo-fuzz", CARGO_FUZZ_VERSION) {
        return Ok(());
    }
    println!("== installing cargo-fuzz {CARGO_FUZZ_VERSION}");
    run(cargo().args([
        "install",
        "cargo-fuzz",
        "--version",
        CARGO_FUZZ_VERSION,
        "--locked",
        "--force",
    ]))
}

fn tauri_driver() -> Result<(), Fail> {
    if installed_at("tauri-driver", "tauri-driver", TAURI_DRIVER_VERSION) {
        return Ok(());
    }
    println!("== installing tauri-driver {TAURI_DRIVER_VERSION}");
    run(cargo().args([
        "install",
        "tauri-driver",
        "--version",
        TAURI_DRIVER_VERSION,
        "--locked",
        "--force",
    ]))
}

/// axe-core's script, injected into the app's webview by the e2e tests.
pub(crate) fn axe_core_js() -> PathBuf {
    project_root().join("tests/e2e/node_modules/axe-core/axe.min.js")
}

fn axe_core() -> Result<(), Fail> {
    let package = project_root().join("tests/e2e/node_modules/axe-core/package.json");
    let present = std::fs::read_to_string(&package)
        .map(|text| text.contains(&format!("\"version\": \"{AXE_CORE_VERSION}\"")))
        .unwrap_or(false);
    if present && axe_core_js().is_file() {
        return Ok(());
    }
    println!("== installing axe-core {AXE_CORE_VERSION}");
    let prefix = project_root().join("tests/e2e");
    run(Command::new("npm")
        .args([
            "install",
            "--no-save",
            "--no-package-lock",
            "--no-audit",
            "--no-fund",
            "--prefix",
        ])
        .arg(&prefix)
        .arg(format!("axe-core@{AXE_CORE_VERSION}")))
}
