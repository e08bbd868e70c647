//! Living on a desktop: one Tend per journal folder (a second launch
//! brings the first window forward), a tray icon with Open, Practise now,
//! Pause reminders and Quit, closing the window to the tray so reminders
//! still come, and starting at login. A phone has none of these.
//!
//! The tray is only relied on when the desktop shows one: on Linux that is
//! when a StatusNotifierWatcher owns its name on the session bus. Without
//! it (plain GNOME, a bare X server) closing the window quits, as anyone
//! would expect from a window with nowhere to go.

#[cfg(desktop)]
use crate::state::AppState;
use tauri::AppHandle;
#[cfg(desktop)]
use tauri::Manager;

/// Tend's own argument for a start at login: start in the tray.
#[cfg(desktop)]
const HIDDEN_ARG: &str = "--hidden";

/// A name for the single-instance lock. The default data folder uses the
/// app's identifier; a folder chosen through `TEND_DATA_DIR` gets its own
/// lock, so two folders (two tests, a portable copy) run side by side but
/// never two windows on one journal.
#[cfg(desktop)]
fn instance_id(folder: Option<&std::path::Path>) -> Option<String> {
    // FNV-1a: stable across builds, so an older and a newer Tend agree.
    let bytes = folder?.as_os_str().as_encoded_bytes();
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    Some(format!("org.tend.Tend.f{hash:016x}"))
}

/// Adds the desktop's plugins to the builder.
#[cfg(desktop)]
pub(crate) fn plugins(
    builder: tauri::Builder<tauri::Wry>,
    folder: Option<&std::path::Path>,
) -> tauri::Builder<tauri::Wry> {
    let mut single = tauri_plugin_single_instance::Builder::new()
        .callback(|app, _args, _cwd| bring_forward(app, None));
    if let Some(id) = instance_id(folder) {
        single = single.dbus_id(id);
    }
    builder
        // First, so a second launch exits before it opens anything.
        .plugin(single.build())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(HIDDEN_ARG)
                .build(),
        )
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event
                && keeps_running(window.app_handle())
            {
                api.prevent_close();
                let _ = window.hide();
            }
        })
}

/// A phone's only plugin here: notifications for reminders.
#[cfg(mobile)]
pub(crate) fn plugins(
    builder: tauri::Builder<tauri::Wry>,
    _folder: Option<&std::path::Path>,
) -> tauri::Builder<tauri::Wry> {
    builder
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_fs::init())
}

/// Whether a tray icon would be seen now.
#[cfg(target_os = "linux")]
fn tray_host_present() -> bool {
    let Ok(bus) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&bus) else {
        return false;
    };
    zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher")
        .ok()
        .and_then(|name| dbus.name_has_owner(name).ok())
        .unwrap_or(false)
}

#[cfg(all(desktop, not(target_os = "linux")))]
fn tray_host_present() -> bool {
    true
}

/// The tray needs libayatana-appindicator (or the older libappindicator)
/// on Linux; without either, Tend runs without a tray rather than crash.
#[cfg(target_os = "linux")]
fn tray_library_present() -> bool {
    ["libayatana-appindicator3.so.1", "libappindicator3.so.1"]
        .iter()
        // SAFETY: both libraries are plain GTK libraries whose initialisers
        // only register types; tray-icon loads the same one a moment later.
        .any(|name| unsafe { libloading::Library::new(name) }.is_ok())
}

#[cfg(all(desktop, not(target_os = "linux")))]
fn tray_library_present() -> bool {
    true
}

/// The tray's items, kept to change their labels.
#[cfg(desktop)]
struct Tray {
    open: tauri::menu::MenuItem<tauri::Wry>,
    practise: tauri::menu::MenuItem<tauri::Wry>,
    pause: tauri::menu::MenuItem<tauri::Wry>,
    quit: tauri::menu::MenuItem<tauri::Wry>,
}

/// Whether closing the window should keep Tend in the tray.
#[cfg(desktop)]
fn keeps_running(app: &AppHandle) -> bool {
    app.try_state::<Tray>().is_some()
        && tray_host_present()
        && app
            .state::<AppState>()
            .with_journal_quietly(|j| Ok(j.keep_running()?))
            .unwrap_or(false)
}

/// Sets up the tray, and hides the window when started at login with a
/// tray to live in.
#[cfg(desktop)]
pub(crate) fn start(app: &AppHandle) -> tauri::Result<()> {
    use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
    use tauri::tray::TrayIconBuilder;
    use tend_core::words::t;

    if !tray_library_present() {
        return Ok(());
    }
    let open = MenuItem::with_id(app, "open", t("tray-open"), true, None::<&str>)?;
    let practise = MenuItem::with_id(app, "practise", t("tray-practise"), true, None::<&str>)?;
    let pause = MenuItem::with_id(app, "pause", pause_label(app), true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", t("tray-quit"), true, None::<&str>)?;
    let line = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &practise, &pause, &line, &quit])?;
    let mut tray = TrayIconBuilder::with_id("tend")
        .tooltip("Tend")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => bring_forward(app, None),
            "practise" => bring_forward(app, Some(&tend_core::route::Route::Practise)),
            "pause" => toggle_pause(app),
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    app.manage(Tray {
        open,
        practise,
        pause,
        quit,
    });

    let at_login = std::env::args().any(|a| a == HIDDEN_ARG);
    if at_login
        && tray_host_present()
        && let Some(window) = app.get_webview_window("main")
    {
        window.hide()?;
    }
    Ok(())
}

#[cfg(mobile)]
pub(crate) fn start(_app: &AppHandle) -> tauri::Result<()> {
    Ok(())
}

#[cfg(desktop)]
fn paused(app: &AppHandle) -> bool {
    app.state::<AppState>()
        .with_journal_quietly(|j| {
            let today = crate::clock::reminder_today(j);
            Ok(j.reminders_paused_until()?.is_some_and(|d| d >= today))
        })
        .unwrap_or(false)
}

#[cfg(desktop)]
fn pause_label(app: &AppHandle) -> String {
    tend_core::words::t(if paused(app) {
        "tray-resume"
    } else {
        "tray-pause"
    })
}

/// Pauses reminders for the rest of today, or resumes them.
#[cfg(desktop)]
fn toggle_pause(app: &AppHandle) {
    let resume = paused(app);
    let _ = app.state::<AppState>().with_journal(|j| {
        let until = (!resume).then(|| crate::clock::reminder_today(j));
        Ok(j.pause_reminders(until)?)
    });
    refresh_tray(app);
    // An open Reminders or Today screen shows the change.
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.eval("window.dispatchEvent(new Event('tend-refresh'));");
    }
}

/// Says the tray's items in the language spoken now.
pub(crate) fn relabel_tray(app: &AppHandle) {
    #[cfg(desktop)]
    if let Some(tray) = app.try_state::<Tray>() {
        use tend_core::words::t;
        let _ = tray.open.set_text(t("tray-open"));
        let _ = tray.practise.set_text(t("tray-practise"));
        let _ = tray.quit.set_text(t("tray-quit"));
    }
    refresh_tray(app);
}

/// Brings the tray's Pause item up to date with the journal.
pub(crate) fn refresh_tray(app: &AppHandle) {
    #[cfg(desktop)]
    if let Some(tray) = app.try_state::<Tray>() {
        let _ = tray.pause.set_text(pause_label(app));
    }
    #[cfg(mobile)]
    let _ = app;
}

/// Whether the desktop shows a tray; none on a phone.
pub(crate) fn view(app: &AppHandle) -> Option<bool> {
    #[cfg(desktop)]
    return Some(app.try_state::<Tray>().is_some() && tray_host_present());
    #[cfg(mobile)]
    {
        let _ = app;
        None
    }
}

/// Whether Tend is set to start at login.
pub(crate) fn starts_at_login(app: &AppHandle) -> bool {
    #[cfg(desktop)]
    {
        use tauri_plugin_autostart::ManagerExt;
        app.autolaunch().is_enabled().unwrap_or(false)
    }
    #[cfg(mobile)]
    {
        let _ = app;
        false
    }
}

/// Brings the main window forward, on `route` if one is given; without
/// one it stays where the user left it (perhaps mid-sentence).
#[cfg(desktop)]
pub(crate) fn bring_forward(app: &AppHandle, route: Option<&tend_core::route::Route>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        // Phones have no minimised windows.
        #[cfg(desktop)]
        let _ = window.unminimize();
        let _ = window.set_focus();
        if let Some(route) = route {
            let _ = window.eval(format!("window.location.hash = {:?};", route.href()));
        }
    }
}

/// The desktop's own theme for the window when Tend started, before
/// her choice was applied: what "as the system" goes back to.
#[cfg(desktop)]
static SYSTEM_THEME: std::sync::OnceLock<tauri::Theme> = std::sync::OnceLock::new();

/// Notes the desktop's theme for the window; called once, on the main
/// thread, before `follow_theme`. On Linux that is GTK's own setting
/// (Tauri's `theme()` reads only the desktop portal and says light when
/// there is none, though a desktop may ask for dark in GTK's settings).
pub(crate) fn remember_system_theme(app: &AppHandle) {
    #[cfg(target_os = "linux")]
    let theme = {
        use gtk::prelude::GtkSettingsExt;
        let _ = app;
        gtk::Settings::default().map(|settings| {
            if settings.is_gtk_application_prefer_dark_theme() {
                tauri::Theme::Dark
            } else {
                tauri::Theme::Light
            }
        })
    };
    #[cfg(all(desktop, not(target_os = "linux")))]
    let theme = app
        .get_webview_window("main")
        .and_then(|window| window.theme().ok());
    #[cfg(desktop)]
    if let Some(theme) = theme {
        let _ = SYSTEM_THEME.set(theme);
    }
    #[cfg(mobile)]
    let _ = app;
}

/// Gives the window her chosen theme, so what the page paints before it
/// knows her choice (index.html's frame follows `prefers-color-scheme`),
/// the title bar and the system's save dialogs all match it. High contrast
/// is light. "As the system" is the desktop's theme when Tend started (the
/// toolkit has no way back to following the desktop: asked for none, it
/// would be light); callers change the window only when her choice changed,
/// so until she picks a theme the window follows the desktop as it moves.
pub(crate) fn follow_theme(app: &AppHandle, theme: tend_core::Theme) {
    #[cfg(desktop)]
    if let Some(window) = app.get_webview_window("main") {
        use tend_core::Theme;
        let chosen = match theme {
            Theme::System => SYSTEM_THEME.get().copied(),
            Theme::Dark => Some(tauri::Theme::Dark),
            Theme::Light | Theme::HighContrast => Some(tauri::Theme::Light),
        };
        if let Some(chosen) = chosen {
            let _ = window.set_theme(Some(chosen));
        }
    }
    #[cfg(mobile)]
    let _ = (app, theme);
}
