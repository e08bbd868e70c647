//! `cargo xtask`: the project's two front doors and what stands behind them.
//!
//! - `cargo xtask run`: install what is missing, build the UI and open Tend.
//! - `cargo xtask test`: install what is missing, then every check CI makes:
//!   formatting, clippy (native and wasm32), the architecture invariants,
//!   unit and integration tests, and the end-to-end suite in the real app.
//! - `cargo xtask bench`: the benchmarks, each figure beside its floor.
//!
//! Every install step first looks whether its tool is already there at the
//! pinned version, so running either command twice is safe and quick.

mod android;
mod app;
mod bench;
mod circles;
mod network;
mod process;
mod results;
mod setup;
mod sizes;
mod steps;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  run     install what is missing, build the UI and open Tend (release build)
  test    install what is missing and run every check and test, end to end included
  setup   only install what is missing (system packages, wasm32 target, tools)
  ui      build the UI into ui/dist (wasm-release profile)
  bench   measure launch, memory, sizes and the journal against floors (BENCHMARKS.md)
  android-check
          compile and link the phone build's Rust side for aarch64 Android against a
          stand-in sysroot (proves it compiles; makes no app)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => steps::run_app(),
        Some("test") => steps::test_all(),
        Some("setup") => setup::everything(setup::Purpose::Test),
        Some("ui") => app::build_ui(),
        Some("bench") => bench::bench(),
        Some("android-check") => android::android_check(),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}
