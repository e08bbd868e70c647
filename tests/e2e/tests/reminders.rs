//! Reminders in the real app, with a real notification server: dunst on
//! the test's private D-Bus session, watched by dbus-monitor. A reminder
//! set through the UI one minute ahead sends exactly one notification
//! with the expected words, and its default action brings the check-in
//! forward.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, Local, Timelike};
use serde_json::json;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration as StdDuration, Instant};
use tend_e2e::desktop::{Running, bus_name_has_owner};
use tend_e2e::{ANY, Driver, Key, en, en_pieces, en_with, go};

fn bus_has_notifications() -> bool {
    bus_name_has_owner("org.freedesktop.Notifications")
}

/// dunst, never timing out, and a monitor writing every Notify call.
fn notification_server(dir: &Path) -> (Running, Running, std::path::PathBuf) {
    let config = dir.join("dunstrc");
    let mut f = std::fs::File::create(&config).unwrap();
    writeln!(f, "[global]\nfollow = none\n[urgency_low]\ntimeout = 0\n[urgency_normal]\ntimeout = 0\n[urgency_critical]\ntimeout = 0").unwrap();
    let dunst = Running(
        Command::new("dunst")
            .arg("-config")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dunst is installed by `cargo xtask test`"),
    );
    let log = dir.join("notify.log");
    let monitor = Running(
        Command::new("dbus-monitor")
            .args([
                "--session",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            ])
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor"),
    );
    let deadline = Instant::now() + StdDuration::from_secs(10);
    while !bus_has_notifications() {
        assert!(
            Instant::now() < deadline,
            "dunst never took the notifications name"
        );
        std::thread::sleep(StdDuration::from_millis(100));
    }
    (dunst, monitor, log)
}

/// How many Notify calls carried `body`.
fn notifications_with(log: &Path, body: &str) -> usize {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .split("member=Notify")
        .filter(|call| call.contains(body))
        .count()
}

#[test]
fn a_reminder_set_in_the_app_sends_exactly_one_notification_that_opens_the_check_in() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (_dunst, _monitor, log) = notification_server(work.path());
    let driver = Driver::start_with(data.path(), &[("TEND_TEST_TICK_MS", Path::new("500"))]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));

    // Set a check-in reminder for the next minute, through the UI.
    go(&app, "#/settings", &en("settings-boundary"));
    app.tab_to(&en("settings-reminders-link"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("reminders-add"));
    let mut at = Local::now() + Duration::minutes(1);
    if at.second() > 50 {
        // Too close to the turn of the minute to type it in time.
        at += Duration::minutes(1);
    }
    let time = at.format("%H:%M").to_string();
    app.execute(
        "const i = document.getElementById('reminder-time');
         i.value = arguments[0];
         i.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([time]),
    );
    app.tab_to(&en("reminders-save"));
    app.press(&[Key::Enter]);
    let text = app.wait_for_text(&en_with(
        "reminders-when",
        &[
            ("time", time.clone().into()),
            ("days", en("reminders-every-day").into()),
        ],
    ));
    assert!(text.contains(&en("reminders-not-sent")), "{text}");
    // Today names it as the next one.
    let when = if at.date_naive() == Local::now().date_naive() {
        en_with("today-reminder-today", &[("time", time.clone().into())])
    } else {
        en_with(
            "today-reminder-on",
            &[
                ("day", tend_core::dates::weekday(at.date_naive()).into()),
                ("time", time.clone().into()),
            ],
        )
    };
    go(&app, "#/", &en("today-invite"));
    app.wait_for_text(&en_with(
        "today-reminder-next",
        &[
            ("what", en("reminders-kind-check_in").into()),
            ("when", when.into()),
        ],
    ));

    let body = en("reminder-body-check_in");
    let deadline = Instant::now() + StdDuration::from_secs(150);
    while notifications_with(&log, &body) == 0 {
        assert!(Instant::now() < deadline, "no notification by {time}");
        std::thread::sleep(StdDuration::from_millis(250));
    }
    // A few more ticks: still exactly one.
    std::thread::sleep(StdDuration::from_secs(3));
    assert_eq!(notifications_with(&log, &body), 1);
    let call = std::fs::read_to_string(&log).unwrap();
    let title = format!("string \"{}\"", en("reminder-title"));
    assert!(call.contains(&title), "{call}");

    // Go elsewhere, then take the notification's default action.
    go(&app, "#/journal", &en("journal-search"));
    let ok = Command::new("dunstctl").arg("action").status().unwrap();
    assert!(ok.success());
    app.wait_for_text(&en("checkin-intro"));
    go(&app, "#/reminders", &en("reminders-add"));
    app.wait_for_text(&en_pieces("reminders-last-sent", &[("when", ANY.into())])[0]);
    app.close();
}
