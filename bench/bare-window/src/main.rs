//! An empty Tauri 2 window with one button: what `cargo xtask bench`
//! measures Tend's launch time and memory against.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
