// Shared by the shell's and the bare window's build scripts (`include!`).

/// Packs the binary's relative relocations (DT_RELR) where the C library
/// this machine runs has them (glibc 2.36 or later; the binary would not
/// start on an older one). A position-independent binary holds one
/// relocation per pointer in its read-only data; packed, the shell's went
/// from 1 MiB, which the loader reads at every start, to a few KiB.
fn pack_relative_relocations() {
    let gnu_linux = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    let host = std::env::var("HOST").unwrap_or_default();
    let native = std::env::var("TARGET").is_ok_and(|target| target == host);
    if !(gnu_linux && native) {
        return;
    }
    // "glibc 2.36"
    let said = std::process::Command::new("getconf")
        .arg("GNU_LIBC_VERSION")
        .output()
        .ok()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let version: Vec<u32> = said
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .split('.')
        .filter_map(|part| part.parse().ok())
        .collect();
    if version.as_slice() >= [2, 36].as_slice() {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
