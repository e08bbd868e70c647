// A build script that cannot go on stops the build, with the reason.
#![allow(clippy::expect_used)]

include!("build-support/relr.rs");

fn main() {
    pack_relative_relocations();
    // Each command gets an `allow-<name>` permission generated from the one
    // list in tend-core; capabilities/default.json grants them one by one.
    let manifest = tauri_build::AppManifest::new().commands(tend_core::ipc::COMMAND_NAMES);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri-build could not prepare the app");
}
