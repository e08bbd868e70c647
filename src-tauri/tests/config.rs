//! The shell's configuration keeps its promises: the CSP lets the page reach
//! nothing but itself and IPC, and the window may call Tend's own commands
//! and nothing else.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use tend_core::ipc::COMMAND_NAMES;

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The only non-self source allowed: Tauri's IPC endpoint, which is
/// `ipc:` on Linux and macOS and this address on Windows and Android.
const IPC_ORIGINS: [&str; 2] = ["ipc:", "http://ipc.localhost"];

#[test]
fn the_csp_allows_no_remote_origin() {
    let conf = json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("a CSP is set");
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    for (directive, sources) in csp {
        for source in sources.as_str().unwrap().split_whitespace() {
            let allowed =
                source.starts_with('\'') || source == "data:" || IPC_ORIGINS.contains(&source);
            assert!(allowed, "{directive} allows {source}");
        }
    }
    assert!(
        csp["script-src"]
            .as_str()
            .unwrap()
            .contains("'wasm-unsafe-eval'")
    );
    assert!(
        !csp["script-src"]
            .as_str()
            .unwrap()
            .contains("'unsafe-eval'")
    );
    assert!(
        !csp["script-src"]
            .as_str()
            .unwrap()
            .contains("'unsafe-inline'")
    );
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

#[test]
fn the_capability_grants_exactly_our_commands() {
    let cap = json("capabilities/default.json");
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect();
    granted.sort();
    let mut expected: Vec<String> = COMMAND_NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    expected.sort();
    assert_eq!(granted, expected);
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote URL may use IPC");
}
