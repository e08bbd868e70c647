//! `cargo xtask android-check`: compiles and links Tend's shell for
//! aarch64 Android against a stand-in sysroot made from registry packages
//! only (Debian's clang and lld unpacked without installing them, musl's
//! headers from the `ziglang` wheel on PyPI, empty stub libraries).
//!
//! It proves that the phone code compiles and links; the library it makes
//! is never shipped and says nothing about how the app runs on a phone. A
//! real build needs Android's NDK and SDK (README, "On phones").

use crate::process::{Fail, cargo, heading, run, target_dir};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TARGET: &str = "aarch64-linux-android";
/// The oldest Android the stand-in's clang is told to build for (7.0).
const API: u32 = 24;
/// Debian's packages holding clang 16 and lld 16 with their libraries.
const LLVM_DEBS: [&str; 6] = [
    "clang-16",
    "libclang-cpp16",
    "libllvm16",
    "lld-16",
    "liblld-16",
    "libclang-common-16-dev",
];

fn io(what: &Path) -> impl Fn(std::io::Error) -> Fail + '_ {
    move |e| Fail(format!("{}: {e}", what.display()))
}

/// Copies a folder's contents into another, merging.
fn copy_tree(from: &Path, to: &Path) -> Result<(), Fail> {
    fs::create_dir_all(to).map_err(io(to))?;
    for entry in fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            copy_tree(&path, &dest)?;
        } else {
            fs::copy(&path, &dest).map_err(io(&dest))?;
        }
    }
    Ok(())
}

/// The stand-in's C compiler wrapper; made if it is not there yet.
fn stand_in(work: &Path) -> Result<PathBuf, Fail> {
    let cc = work.join("android-cc");
    if cc.exists() {
        return Ok(cc);
    }
    heading("android: making the stand-in sysroot (registry packages only)");
    // pip to fetch the ziglang wheel, unzip-free (Python reads the wheel),
    // binutils' ar for the stub archive.
    crate::setup::install_missing(&["python3-pip", "binutils"])?;
    fs::create_dir_all(work).map_err(io(work))?;
    run(Command::new("rustup").args(["target", "add", TARGET]))?;
    let debs = work.join("debs");
    fs::create_dir_all(&debs).map_err(io(&debs))?;
    run(Command::new("apt-get")
        .arg("download")
        .args(LLVM_DEBS)
        .current_dir(&debs))?;
    let llvm_root = work.join("llvm");
    for deb in fs::read_dir(&debs).map_err(io(&debs))?.flatten() {
        run(Command::new("dpkg")
            .arg("-x")
            .arg(deb.path())
            .arg(&llvm_root))?;
    }
    let wheels = work.join("pip");
    run(Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "-q", "-d"])
        .arg(&wheels)
        .arg("ziglang"))?;
    let wheel = fs::read_dir(&wheels)
        .map_err(io(&wheels))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or("pip downloaded no ziglang wheel")?;
    let zig = work.join("zig");
    let _ = fs::remove_dir_all(&zig);
    fs::create_dir_all(&zig).map_err(io(&zig))?;
    run(Command::new("python3")
        .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2], [n for n in z.namelist() if n.startswith('ziglang/lib/libc/include/')])"])
        .arg(&wheel)
        .arg(&zig))?;

    let llvm = llvm_root.join("usr/lib/llvm-16");
    let libraries = format!(
        "{}:{}",
        llvm_root.join("usr/lib/x86_64-linux-gnu").display(),
        llvm.join("lib").display()
    );
    let headers = zig.join("ziglang/lib/libc/include");
    let sysroot = work.join("sysroot");
    let _ = fs::remove_dir_all(&sysroot);
    let include = sysroot.join("usr/include");
    let arch_include = include.join(TARGET);
    for part in ["any-linux-any", "generic-musl"] {
        copy_tree(&headers.join(part), &include)?;
    }
    for part in ["aarch64-linux-any", "aarch64-linux-musl"] {
        copy_tree(&headers.join(part), &arch_include)?;
    }
    let android = include.join("android");
    fs::create_dir_all(&android).map_err(io(&android))?;
    // What Rust's android_log and ndk crates declare, nothing more.
    fs::write(
        android.join("log.h"),
        "#pragma once\n#include <stdarg.h>\n\
         typedef enum android_LogPriority { ANDROID_LOG_UNKNOWN = 0, ANDROID_LOG_DEFAULT, \
         ANDROID_LOG_VERBOSE, ANDROID_LOG_DEBUG, ANDROID_LOG_INFO, ANDROID_LOG_WARN, \
         ANDROID_LOG_ERROR, ANDROID_LOG_FATAL, ANDROID_LOG_SILENT } android_LogPriority;\n\
         int __android_log_write(int prio, const char *tag, const char *text);\n\
         int __android_log_print(int prio, const char *tag, const char *fmt, ...);\n\
         int __android_log_vprint(int prio, const char *tag, const char *fmt, va_list ap);\n",
    )
    .map_err(io(&android))?;

    let clang = llvm.join("bin/clang");
    let lld = llvm.join("bin/ld.lld");
    let target_flag = format!("--target={TARGET}{API}");
    let libs = sysroot.join("usr/lib").join(TARGET);
    let api_libs = libs.join(API.to_string());
    fs::create_dir_all(&api_libs).map_err(io(&api_libs))?;
    let compile = |source: &str, name: &str| -> Result<PathBuf, Fail> {
        let c = work.join(format!("{name}.c"));
        let o = work.join(format!("{name}.o"));
        fs::write(&c, source).map_err(io(&c))?;
        run(Command::new(&clang)
            .env("LD_LIBRARY_PATH", &libraries)
            .arg(&target_flag)
            .arg("-c")
            .arg(&c)
            .arg("-o")
            .arg(&o))?;
        Ok(o)
    };
    let stub = compile("void tend_stand_in(void) {}\n", "stub")?;
    let empty = compile("", "empty")?;
    // Empty libraries under the names the linker is asked for.
    for lib in ["c", "m", "dl", "log", "android"] {
        run(Command::new(&lld)
            .env("LD_LIBRARY_PATH", &libraries)
            .args(["-shared", "-soname"])
            .arg(format!("lib{lib}.so"))
            .arg(&stub)
            .arg("-o")
            .arg(api_libs.join(format!("lib{lib}.so"))))?;
    }
    for crt in ["crtbegin_so.o", "crtend_so.o"] {
        fs::copy(&empty, api_libs.join(crt)).map_err(io(&api_libs))?;
    }
    run(Command::new("ar")
        .arg("rcs")
        .arg(libs.join("libunwind.a"))
        .arg(&empty))?;

    let wrapper = format!(
        "#!/bin/sh\n# Made by cargo xtask android-check: the stand-in sysroot's C compiler.\n\
         export LD_LIBRARY_PATH='{libraries}'\n\
         exec '{clang}' {target_flag} --sysroot='{sysroot}' -fuse-ld=lld --ld-path='{lld}' \
         -Wno-unused-command-line-argument \"$@\"\n",
        clang = clang.display(),
        sysroot = sysroot.display(),
        lld = lld.display(),
    );
    let partial = work.join("android-cc.part");
    fs::write(&partial, wrapper).map_err(io(&partial))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&partial, fs::Permissions::from_mode(0o755)).map_err(io(&partial))?;
    }
    // Whole or not at all: a cut-short run makes it again next time.
    fs::rename(&partial, &cc).map_err(io(&cc))?;
    Ok(cc)
}

pub(crate) fn android_check() -> Result<(), Fail> {
    let work = target_dir().join("android-stand-in");
    let cc = stand_in(&work)?;
    heading("android: compiling and linking tend-app for aarch64-linux-android (stand-in sysroot)");
    let env_name = TARGET.replace('-', "_");
    let mut cmd = cargo();
    cmd.args([
        "rustc",
        "-p",
        "tend-app",
        "--lib",
        "--crate-type",
        "cdylib",
        "--target",
        TARGET,
        "--",
        // Phone-only code is held to the same standard as the desktop's.
        "-D",
        "warnings",
    ])
    .env(format!("CC_{env_name}"), &cc)
    .env(format!("AR_{env_name}"), "ar")
    .env(
        format!("CARGO_TARGET_{}_LINKER", env_name.to_uppercase()),
        &cc,
    )
    // Kotlin and Gradle files are not generated: there is no Android
    // project here to put them in.
    .env_remove("WRY_ANDROID_KOTLIN_FILES_OUT_DIR")
    .env_remove("TAURI_ANDROID_PROJECT_PATH");
    run(&mut cmd)?;
    let library = target_dir().join(TARGET).join("debug/libtend_app.so");
    let size = fs::metadata(&library).map_err(io(&library))?.len();
    println!(
        "ok: {} ({:.1} MiB) compiled and linked against the stand-in sysroot; it is not an app \
         and was not run",
        library.display(),
        size as f64 / (1024.0 * 1024.0)
    );
    Ok(())
}
