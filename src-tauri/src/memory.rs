//! What the shell does so that Tend, waiting all day in the tray, holds
//! no more memory than it uses. Each step was measured on the release
//! build under Xvfb, proportional set size 10 s after Today was ready,
//! against the same build without it (2026-12-02).

/// Before any thread starts: the web process's JavaScript engine without
/// its optimising compiler, and the allocator with two arenas.
pub(crate) fn before_threads() {
    #[cfg(target_os = "linux")]
    script_engine_without_dfg();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    two_arenas();
}

/// After the start's work (the first screen, today's snapshot): what the
/// allocator holds free goes back to the system, 0.7 MiB at the start.
pub(crate) fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory no allocation holds; any
    // thread may call it.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// glibc gives each thread that allocates an arena of its own, up to eight
/// per core; the command threads, the journal's and the timers' each kept
/// theirs. Two arenas: 0.9 MiB less.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn two_arenas() {
    // SAFETY: mallopt only changes the allocator's settings, and is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// JavaScriptCore's optimising JIT (DFG) compiles the three glue functions
/// the UI's wasm calls most while Today is first built, and its compiler's
/// code and work then stay in the web process: 3.5 MiB of it at idle. Tend's
/// code is wasm, which JavaScriptCore's wasm tiers still compile; the glue
/// runs in its baseline JIT. A value she set herself is kept.
#[cfg(target_os = "linux")]
fn script_engine_without_dfg() {
    const VAR: &str = "JSC_useDFGJIT";
    if std::env::var_os(VAR).is_none() {
        // SAFETY: called first thing in `run`, before Tauri, GTK or any
        // other thread exists, so nothing can read the environment while it
        // changes. WebKit's processes inherit it; Tend starts no others.
        unsafe { std::env::set_var(VAR, "false") };
    }
}
