//! Tend's shell. It opens the window, finds the data folder, opens the
//! journal and answers the UI's commands. It is the only crate that knows
//! Tauri, the clock and the operating system; the commands themselves stay
//! thin: decode, call the journal, encode.

mod backups;
mod commands;
mod desktop;
mod export;
mod path;
mod privacy;
mod reminders;
mod state;
mod wellbeing;

use state::AppState;
use tauri::Manager;

/// Overrides the data folder; tests and portable set-ups use it.
pub const DATA_DIR_ENV: &str = "TEND_DATA_DIR";

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    #[cfg(target_os = "linux")]
    avoid_blank_webkit_window();

    let chosen_folder = std::env::var_os(DATA_DIR_ENV)
        .filter(|dir| !dir.is_empty())
        .map(std::path::PathBuf::from);
    desktop::plugins(tauri::Builder::default(), chosen_folder.as_deref())
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let folder = match chosen_folder {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState::open(folder));
            backups::snapshot_soon(app.handle().clone());
            reminders::start(app.handle().clone());
            privacy::start(app.handle().clone());
            desktop::start(app.handle())?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::today,
            commands::save_checkin,
            commands::save_preferences,
            commands::practice,
            commands::save_session,
            commands::search_entries,
            commands::get_entry,
            commands::save_entry,
            commands::delete_entry,
            commands::restore_entry,
            commands::set_favourite,
            commands::deleted_entries,
            wellbeing::dismiss_notice,
            wellbeing::measures,
            wellbeing::save_measure,
            wellbeing::insights,
            wellbeing::help,
            wellbeing::set_country,
            wellbeing::save_contact,
            wellbeing::delete_contact,
            backups::backups,
            backups::restore_backup,
            export::export_setup,
            export::export_log,
            export::preview_document,
            export::save_document,
            export::save_data,
            export::import_data,
            reminders::reminders,
            reminders::save_reminder,
            reminders::delete_reminder,
            reminders::pause_reminders,
            reminders::set_quiet_hours,
            reminders::set_zone,
            desktop::set_desktop,
            privacy::unlock,
            privacy::lock_now,
            privacy::privacy,
            privacy::turn_lock_on,
            privacy::change_passcode,
            privacy::turn_lock_off,
            privacy::set_idle_minutes,
            path::guided_path,
            path::path_action,
            commands::save_speech,
            commands::finish_welcome,
        ])
        .run(tauri::generate_context!())
        .expect("Tend could not start its window");
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
