//! Tend's shell. It opens the window, finds the data folder, opens the
//! journal and answers the UI's commands. It is the only crate that knows
//! Tauri, the clock and the operating system; the commands themselves stay
//! thin: decode, call the journal, encode.

mod background;
mod clock;
mod commands;
mod content;
mod desktop;
mod first_page;
mod language;
mod memory;
mod notify;
#[cfg(feature = "test-switches")]
mod pseudo;
mod state;
mod switches;
mod today;

use state::AppState;
use tauri::Manager;

/// What `cargo xtask bench` times, through the same code the commands run.
#[doc(hidden)]
pub mod bench_api {
    use tend_core::ApiError;
    use tend_core::ipc::TodayView;
    use tend_journal::Journal;

    /// The check-in save as the `save_checkin` command does it, from the
    /// decoded request to Today's view, the content as the app holds it.
    pub fn save_checkin(
        journal: &mut Journal,
        draft: tend_core::CheckInDraft,
    ) -> Result<TodayView, ApiError> {
        let content = crate::content::content()?;
        crate::commands::save_checkin_in(journal, content, draft)
    }
}

/// Overrides the data folder; tests and portable set-ups use it.
pub const DATA_DIR_ENV: &str = "TEND_DATA_DIR";

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    #[cfg(target_os = "linux")]
    avoid_blank_webkit_window();
    memory::before_threads();

    // The content is parsed while the window is made; her Today, written
    // for index.html from the moment the journal is open, waits for it.
    content::load_early();
    let chosen_folder = std::env::var_os(DATA_DIR_ENV)
        .filter(|dir| !dir.is_empty())
        .map(std::path::PathBuf::from);
    let mut context = tauri::generate_context!();
    first_page::wrap(&mut context);
    let started = desktop::plugins(tauri::Builder::default(), chosen_folder.as_deref())
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let folder = match chosen_folder {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            let state = AppState::open(folder);
            // Her language before the first word: the tray's, the page's;
            // her theme before the first paint (none while locked).
            let chosen = state
                .with_journal_quietly(|journal| Ok(journal.language()?))
                .ok()
                .flatten();
            let theme = state
                .with_journal_quietly(|journal| Ok(journal.preferences()?.theme))
                .ok();
            #[cfg(feature = "test-switches")]
            pseudo::register_if_asked();
            language::apply(chosen.as_deref());
            app.manage(state);
            first_page::prepare(app.handle());
            desktop::remember_system_theme(app.handle());
            if let Some(theme) = theme.filter(|t| *t != tend_core::Theme::System) {
                desktop::follow_theme(app.handle(), theme);
            }
            background::snapshot_soon(app.handle().clone());
            notify::start(app.handle().clone());
            background::watch_idle(app.handle().clone());
            desktop::start(app.handle())?;
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(context);
    if let Err(e) = started {
        let reason = e.to_string();
        eprintln!(
            "{}",
            tend_core::words::tr("shell-cannot-start", &[("reason", reason.into())])
        );
        std::process::exit(1);
    }
}

/// WebKitGTK's DMA-BUF renderer paints a blank window on some NVIDIA,
/// Wayland and Mesa set-ups. Turn it off unless the user chose otherwise.
#[cfg(target_os = "linux")]
fn avoid_blank_webkit_window() {
    const VAR: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if std::env::var_os(VAR).is_none() {
        // SAFETY: called first thing in `run`, before Tauri, GTK or any
        // other thread exists, so nothing can read the environment while it
        // changes.
        unsafe { std::env::set_var(VAR, "1") };
    }
}
