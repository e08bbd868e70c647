//! Building the page and giving the app a desktop to run on: what the test
//! command and the benchmark share.

use crate::process::{Fail, cargo, heading, project_root, run, target_dir};
use crate::setup;
use std::fs;
use std::path::Path;
use std::process::Command;

/// Builds the yew UI to wasm and writes the page into ui/dist. Files are
/// only rewritten when their bytes change, so the app (which embeds
/// ui/dist) is not rebuilt for nothing.
pub(crate) fn build_ui() -> Result<(), Fail> {
    heading("building the UI (wasm32, wasm-release)");
    run(cargo().args([
        "build",
        "-p",
        "tend-ui",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ]))?;
    let wasm = target_dir().join("wasm32-unknown-unknown/wasm-release/tend-ui.wasm");
    let staging = target_dir().join("ui-staging");
    let _ = fs::remove_dir_all(&staging);
    run(Command::new(setup::cargo_bin("wasm-bindgen"))
        .args([
            // Names and producers sections are for debuggers; users need neither.
            "--remove-name-section",
            "--remove-producers-section",
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "tend_ui",
            "--out-dir",
        ])
        .arg(&staging)
        .arg(&wasm))?;
    let stat = project_root().join("ui/static");
    for entry in fs::read_dir(&stat).map_err(|e| Fail(format!("cannot read ui/static: {e}")))? {
        let entry = entry.map_err(|e| Fail(e.to_string()))?;
        fs::copy(entry.path(), staging.join(entry.file_name())).map_err(|e| Fail(e.to_string()))?;
    }
    // The bundled typeface: the app never fetches a font.
    let fonts = staging.join("fonts");
    fs::create_dir_all(&fonts).map_err(|e| Fail(e.to_string()))?;
    for entry in
        fs::read_dir(project_root().join("assets/fonts")).map_err(|e| Fail(e.to_string()))?
    {
        let path = entry.map_err(|e| Fail(e.to_string()))?.path();
        if path.extension().is_some_and(|x| x == "woff2") {
            let name = path.file_name().unwrap_or_default();
            fs::copy(&path, fonts.join(name)).map_err(|e| Fail(e.to_string()))?;
        }
    }
    sync_folder(&staging, &project_root().join("ui/dist"))
}

/// Makes `to` hold exactly what `from` holds, writing only files whose
/// bytes differ.
fn sync_folder(from: &Path, to: &Path) -> Result<(), Fail> {
    let io = |e: std::io::Error| Fail(format!("writing {}: {e}", to.display()));
    fs::create_dir_all(to).map_err(io)?;
    let mut keep = Vec::new();
    for entry in fs::read_dir(from).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        let dest = to.join(&name);
        if entry.path().is_dir() {
            sync_folder(&entry.path(), &dest)?;
        } else {
            let bytes = fs::read(entry.path()).map_err(io)?;
            if fs::read(&dest).ok().as_deref() != Some(bytes.as_slice()) {
                fs::write(&dest, &bytes).map_err(io)?;
            }
        }
        keep.push(name);
    }
    for entry in fs::read_dir(to).map_err(io)? {
        let entry = entry.map_err(io)?;
        if !keep.contains(&entry.file_name()) {
            let path = entry.path();
            let gone = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
            gone.map_err(io)?;
        }
    }
    Ok(())
}

/// What follows `xvfb-run` to give a program a virtual display and a
/// private D-Bus session.
pub(crate) const DESKTOP_SESSION: [&str; 5] = [
    "-a",
    "-s",
    "-screen 0 1920x1080x24",
    "dbus-run-session",
    "--",
];

/// Fresh XDG folders under `work` for `cmd`, so the app under test reads
/// and writes nothing of the user's.
pub(crate) fn private_xdg(cmd: &mut Command, work: &Path) -> Result<(), Fail> {
    let io = |e: std::io::Error| Fail(format!("preparing {}: {e}", work.display()));
    for (var, sub) in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ] {
        fs::create_dir_all(work.join(sub)).map_err(io)?;
        cmd.env(var, work.join(sub));
    }
    set_private(&work.join("runtime")).map_err(io)
}

#[cfg(unix)]
fn set_private(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn set_private(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
