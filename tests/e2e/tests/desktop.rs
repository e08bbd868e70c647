//! Tend on a desktop, driven as a user and a desktop panel would: the tray
//! menu read and clicked over the session bus, the window closed as a
//! window manager closes it, a second launch, and start at login.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tend_e2e::desktop::{TrayMenu, TrayPanel, ask_window_to_close, eventually, window_shown};
use tend_e2e::{Driver, Key, en, en_with, go, required_path};
use tend_journal::Journal;

/// Starts Tend a second time on the same journal, outside WebDriver, and
/// returns whether it exited by itself (successfully) within 20 s.
fn launch_again(data: &Path) -> bool {
    let mut second = Command::new(required_path("TEND_E2E_APP"))
        .env("TEND_DATA_DIR", data)
        .spawn()
        .expect("the app starts");
    let mut status = None;
    eventually(20, || {
        status = second.try_wait().ok().flatten();
        status.is_some()
    });
    if status.is_none() {
        let _ = second.kill();
        let _ = second.wait();
    }
    status.is_some_and(|s| s.success())
}

#[test]
fn the_tray_practises_pauses_keeps_tend_running_when_closed_and_quits() {
    let _panel = TrayPanel::start();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let tray = TrayMenu::find();
    assert_eq!(
        tray.labels(),
        [
            en("tray-open"),
            en("tray-practise"),
            en("tray-pause"),
            en("tray-quit")
        ]
    );

    tray.click(&en("tray-practise"));
    app.wait_for_text(&en("practise-time"));

    go(&app, "#/", &en("today-invite"));
    tray.click(&en("tray-pause"));
    // For today's calendar date, whatever the journal's day boundary.
    let date = chrono::Local::now().date_naive();
    let paused = en_with(
        "today-reminder-paused",
        &[("date", tend_core::dates::day_month(date).into())],
    );
    app.wait_for_text(&paused);
    assert!(
        eventually(5, || tray.labels().contains(&en("tray-resume"))),
        "{:?}",
        tray.labels()
    );

    // With a tray on the desktop, closing the window keeps Tend running
    // (the setting is on by default and says so).
    go(&app, "#/reminders", &en("reminders-desktop-title"));
    let keep = app.execute(
        "const l = [...document.querySelectorAll('label')].find(l => l.textContent.includes(arguments[0]));
         return l ? l.querySelector('input').checked : null;",
        serde_json::json!([en("reminders-keep-running")]),
    );
    assert_eq!(keep, serde_json::json!(true));
    ask_window_to_close("Tend");
    assert!(eventually(10, || !window_shown("Tend")), "the window hid");
    std::thread::sleep(Duration::from_secs(1));
    assert!(tray.app_running(), "Tend is still running in the tray");

    // Launching Tend again brings the same window back; no second Tend.
    assert!(launch_again(data.path()), "the second launch handed over");
    assert!(
        eventually(10, || window_shown("Tend")),
        "the window is back"
    );
    app.wait_for_text(&en("reminders-desktop-title"));

    tray.click(&en("tray-quit"));
    assert!(eventually(15, || !tray.app_running()), "Quit ends Tend");
    drop(app);
    drop(driver);
    let journal = Journal::open(data.path()).unwrap();
    assert_eq!(journal.reminders_paused_until().unwrap(), Some(date));
}

#[test]
fn without_a_tray_closing_the_window_quits_and_a_second_launch_leaves_one_tend() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let tray = TrayMenu::find();
    go(&app, "#/reminders", &en("reminders-desktop-title"));
    let text = app.wait_for_text(&en("reminders-no-tray"));
    assert!(!text.contains(&en("reminders-keep-running")), "{text}");

    // A second launch on the same journal hands over and exits.
    assert!(launch_again(data.path()), "the second launch handed over");
    assert!(tray.app_running(), "the first Tend runs on");
    assert!(window_shown("Tend"));

    ask_window_to_close("Tend");
    assert!(
        eventually(15, || !tray.app_running()),
        "with nowhere to go, closing the window quits"
    );
}

#[test]
fn start_at_login_writes_and_removes_the_desktop_autostart_entry() {
    let data = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start_with(data.path(), &[("HOME", home.path())]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/reminders", &en("reminders-desktop-title"));
    let entry = home.path().join(".config/autostart/Tend.desktop");
    assert!(!entry.exists());

    app.tab_to(&en("reminders-start-at-login"));
    app.press(&[Key::Space]);
    app.wait_for_text(&en("reminders-desktop-saved"));
    assert!(eventually(5, || entry.exists()), "the entry is written");
    let text = std::fs::read_to_string(&entry).unwrap();
    let exec = format!("Exec={} --hidden", required_path("TEND_E2E_APP").display());
    assert!(text.contains(&exec), "{text}");

    // It stays ticked on a fresh look, and unticking removes the entry.
    go(&app, "#/", &en("today-invite"));
    go(&app, "#/reminders", &en("reminders-desktop-title"));
    app.tab_to(&en("reminders-start-at-login"));
    let ticked = app.execute(
        "return document.activeElement.checked;",
        serde_json::json!([]),
    );
    assert_eq!(ticked, serde_json::json!(true));
    app.press(&[Key::Space]);
    assert!(eventually(5, || !entry.exists()), "the entry is removed");
}

/// style.css's page background, light and dark.
const LIGHT: &str = "rgb(250, 247, 242)";
const DARK: &str = "rgb(18, 23, 25)";

/// The page's background as index.html's frame paints it before the UI
/// knows her choice: with the UI's own `data-theme` set aside for a moment,
/// only the window's colour scheme decides.
fn frame_background(app: &tend_e2e::Session) -> String {
    app.execute(
        "const root = document.documentElement;
         const theme = root.getAttribute('data-theme');
         root.removeAttribute('data-theme');
         const bg = getComputedStyle(document.body).backgroundColor;
         if (theme !== null) root.setAttribute('data-theme', theme);
         return bg;",
        serde_json::json!([]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn the_window_wears_her_theme_before_the_page_knows_it() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        let prefs = tend_core::Preferences {
            theme: tend_core::Theme::Dark,
            ..tend_core::Preferences::default()
        };
        journal.save_preferences(prefs).unwrap();
    }
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    // This desktop (Xvfb, no settings) is light: only her choice makes the
    // frame dark.
    assert_eq!(frame_background(&app), DARK, "dark chosen, at launch");

    go(&app, "#/settings", &en("settings-theme"));
    // "As the system" after dark is the desktop's light again.
    for (theme, painted) in [
        ("light", LIGHT),
        ("dark", DARK),
        ("system", LIGHT),
        ("dark", DARK),
        ("high_contrast", LIGHT),
    ] {
        app.click_on(&format!("input[name='theme'][value='{theme}']"));
        assert!(
            eventually(5, || frame_background(&app) == painted),
            "{theme} chosen in Settings: the frame paints {}",
            frame_background(&app)
        );
    }
    app.close();
}

#[test]
fn on_a_desktop_that_asks_for_dark_as_the_system_is_dark_again_after_light() {
    let data = tempfile::tempdir().unwrap();
    Journal::open(data.path()).unwrap();
    // A desktop whose GTK settings ask for dark windows.
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(config.path().join("gtk-3.0")).unwrap();
    std::fs::write(
        config.path().join("gtk-3.0/settings.ini"),
        "[Settings]\ngtk-application-prefer-dark-theme=1\n",
    )
    .unwrap();
    let driver = Driver::start_with(data.path(), &[("XDG_CONFIG_HOME", config.path())]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    assert_eq!(frame_background(&app), DARK, "as the system, at launch");
    go(&app, "#/settings", &en("settings-theme"));
    for (theme, painted) in [("light", LIGHT), ("system", DARK), ("high_contrast", LIGHT)] {
        app.click_on(&format!("input[name='theme'][value='{theme}']"));
        assert!(
            eventually(5, || frame_background(&app) == painted),
            "{theme} chosen on a dark desktop: the frame paints {}",
            frame_background(&app)
        );
    }
    app.close();
}
