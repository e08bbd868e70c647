// The same link arguments as Tend's shell, so the floor is built alike.
include!("../../src-tauri/build-support/relr.rs");

fn main() {
    pack_relative_relocations();
    tauri_build::build();
}
