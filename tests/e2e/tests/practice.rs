//! The player as a person meets it: a pacer circle that visibly grows and
//! shrinks (or, with reduced motion, stays still while a line fills), and
//! steps read aloud by the platform's speech engine, paused with Space and
//! stopped with Escape. What is checked is what is painted on screen and
//! what the engine itself reports, never the attributes the page set.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tend_e2e::{ANY, Driver, Key, Session, assert_accessible, en, en_pieces, en_with, go};

/// The on-screen size of `selector` (its painted box, transforms
/// included), or none when it is absent or not displayed.
fn painted_width(app: &Session, selector: &str) -> Option<f64> {
    app.execute(
        "const e = document.querySelector(arguments[0]);
         if (!e || getComputedStyle(e).display === 'none') return null;
         return e.getBoundingClientRect().width;",
        json!([selector]),
    )
    .as_f64()
}

/// Samples `selector`'s painted width every 150 ms for `seconds`.
fn widths_over(app: &Session, selector: &str, seconds: f64) -> Vec<Option<f64>> {
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    let mut seen = Vec::new();
    while Instant::now() < until {
        seen.push(painted_width(app, selector));
        std::thread::sleep(Duration::from_millis(150));
    }
    seen
}

fn spread(widths: &[Option<f64>]) -> (f64, f64) {
    let w: Vec<f64> = widths.iter().flatten().copied().collect();
    assert!(!w.is_empty(), "never painted");
    (
        w.iter().copied().fold(f64::INFINITY, f64::min),
        w.iter().copied().fold(0.0, f64::max),
    )
}

/// Opens the 30-second soothing rhythm and waits for its breathing step.
fn start_breathing(app: &Session) {
    go(app, "#/play/soothing_breath/30", &en("player-before"));
    app.tab_to(&en("player-start-unrated"));
    app.press(&[Key::Enter]);
    app.wait_for_text_within(
        &en_with("player-step-of", &[("n", 2.into()), ("total", 2.into())]),
        12,
    );
}

#[test]
fn the_circle_grows_and_shrinks_with_each_breath() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    start_breathing(&app);
    // One breath at the default rhythm is under 9 s; watch for one.
    let widths = widths_over(&app, ".pacer-circle", 9.0);
    let (small, large) = spread(&widths);
    assert!(
        large - small > large * 0.1,
        "the circle's painted width ran only from {small} to {large} px: {widths:?}"
    );
    // Paused, it holds still.
    app.press(&[Key::Space]);
    app.wait_for_text(&en("player-paused"));
    let held = widths_over(&app, ".pacer-circle", 1.5);
    let (a, b) = spread(&held);
    assert!(b - a < 0.5, "the circle moved while paused: {held:?}");
    assert_accessible(&app, "player, pacer paused");
    app.press(&[Key::Escape]);
    app.wait_for_text(&en("player-stopped"));
    app.close();
}

/// Seconds between the circle's growing past half its range, one breath
/// to the next, watched for `seconds`.
fn breath_periods(app: &Session, seconds: f64) -> Vec<f64> {
    let start = Instant::now();
    let mut seen = Vec::new();
    while start.elapsed().as_secs_f64() < seconds {
        if let Some(w) = painted_width(app, ".pacer-circle") {
            seen.push((start.elapsed().as_secs_f64(), w));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let (small, large) = seen
        .iter()
        .fold((f64::INFINITY, 0.0_f64), |(s, l), (_, w)| {
            (s.min(*w), l.max(*w))
        });
    let half = f64::midpoint(small, large);
    let rises: Vec<f64> = seen
        .windows(2)
        .filter(|p| p[0].1 < half && p[1].1 >= half)
        .map(|p| p[1].0)
        .collect();
    rises.windows(2).map(|r| r[1] - r[0]).collect()
}

#[test]
fn the_rhythm_she_chooses_is_the_rhythm_the_circle_breathes() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/play/soothing_breath/180", &en("player-before"));
    app.tab_to(&en("player-start-unrated"));
    app.press(&[Key::Enter]);
    assert!(
        tend_e2e::desktop::eventually(60, || painted_width(&app, ".pacer-circle").is_some()),
        "the pacer never appeared"
    );
    // The quickest rhythm on offer, ten breaths a minute: one every 6 s
    // (the default, seven a minute, is one every 8.6 s).
    let chosen = app.execute(
        "const s = document.getElementById('rate');
         s.selectedIndex = s.options.length - 1;
         s.dispatchEvent(new Event('change', { bubbles: true }));
         return s.options[s.selectedIndex].textContent;",
        json!([]),
    );
    assert_eq!(
        chosen,
        json!(en_with("player-rate-option", &[("n", "10".into())])),
        "the last rhythm offered is ten a minute"
    );
    let periods = breath_periods(&app, 14.0);
    assert!(!periods.is_empty(), "no whole breath was seen");
    for period in &periods {
        assert!(
            (5.0..7.0).contains(period),
            "a breath took {period:.1} s at ten a minute: {periods:?}"
        );
    }
    app.press(&[Key::Escape]);
    app.wait_for_text(&en("player-stopped"));
    app.close();
}

#[test]
fn with_reduced_motion_the_circle_is_still_and_the_line_fills_instead() {
    // WebKitGTK reports prefers-reduced-motion when GTK's animations are
    // off, which a user sets in GTK's settings file.
    let gtk = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(gtk.path().join("gtk-3.0")).unwrap();
    std::fs::write(
        gtk.path().join("gtk-3.0/settings.ini"),
        "[Settings]\ngtk-enable-animations=0\n",
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start_with(data.path(), &[("XDG_CONFIG_HOME", gtk.path())]);
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    start_breathing(&app);
    let circle = widths_over(&app, ".pacer-circle", 0.5);
    assert!(
        circle.iter().all(Option::is_none),
        "a circle is painted under reduced motion: {circle:?}"
    );
    let line = widths_over(&app, ".pacer-line > div", 6.0);
    let track = painted_width(&app, ".pacer-line").expect("the line's track is painted");
    let (short, long) = spread(&line);
    assert!(
        long - short > track * 0.3,
        "the line ran only from {short} to {long} px of {track}: {line:?}"
    );
    assert_accessible(&app, "player, reduced motion");
    app.press(&[Key::Escape]);
    app.wait_for_text(&en("player-stopped"));
    app.close();
}

/// Listens to the engine: every utterance the page hands it records the
/// engine's own events (start, pause, resume, end, error) with its text.
const LISTEN: &str = "
    window.heard = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = u => {
        for (const kind of ['start', 'pause', 'resume', 'end', 'error']) {
            u.addEventListener(kind, () => window.heard.push([kind, u.text, u.voice ? u.voice.name : null]));
        }
        speak(u);
    };";

fn heard(app: &Session) -> Vec<Value> {
    app.execute("return window.heard || [];", json!([]))
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn wait_to_hear(app: &Session, kind: &str, seconds: u64) -> Vec<Value> {
    let until = Instant::now() + Duration::from_secs(seconds);
    loop {
        let events = heard(app);
        if events.iter().any(|e| e[0] == kind) {
            return events;
        }
        assert!(
            Instant::now() < until,
            "the engine never said {kind:?}: {events:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn engine_state(app: &Session) -> Value {
    app.execute(
        "return {speaking: speechSynthesis.speaking, paused: speechSynthesis.paused, pending: speechSynthesis.pending};",
        json!([]),
    )
}

#[test]
fn an_eyes_closed_practice_is_read_aloud_and_space_and_escape_reach_the_voice() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/play/calm_place/180", &en("player-before"));
    // On by default for a practice done with the eyes closed.
    let on = app.execute(
        "return document.getElementById('speak').checked;",
        json!([]),
    );
    assert_eq!(on, json!(true));
    assert_accessible(&app, "player with spoken guidance");
    // A slower pace, remembered for next time. (A closed select's keys
    // differ between GTK versions, so the choice is made as a pick would.)
    app.execute(
        "const s = document.getElementById('speech-rate'); s.value = '50';
         s.dispatchEvent(new Event('change', {bubbles: true}));",
        json!([]),
    );
    app.execute(LISTEN, json!([]));
    app.tab_to(&en("player-start-unrated"));
    app.press(&[Key::Enter]);
    let first = app.execute(
        "return document.querySelector('.step').textContent;",
        json!([]),
    );
    let events = wait_to_hear(&app, "start", 15);
    assert_eq!(events[0][1], first, "the engine speaks the step shown");
    assert!(events[0][2].is_string(), "a voice was chosen: {events:?}");

    app.press(&[Key::Space]);
    app.wait_for_text(&en("player-paused"));
    let state = engine_state(&app);
    let events = heard(&app);
    // Either the engine holds the sentence, or it had already finished it;
    // in both cases nothing more is spoken while paused.
    assert!(
        state["paused"] == json!(true) || events.iter().any(|e| e[0] == "end"),
        "Space did not reach the voice: {state} {events:?}"
    );
    // Space again: the player and the voice go on.
    app.press(&[Key::Space]);
    let until = Instant::now() + Duration::from_secs(5);
    while app.page_text().contains(&en("player-paused")) {
        assert!(Instant::now() < until, "Space did not resume");
        std::thread::sleep(Duration::from_millis(100));
    }
    let until = Instant::now() + Duration::from_secs(3);
    while engine_state(&app)["paused"] != json!(false) {
        assert!(
            Instant::now() < until,
            "the voice is still held: {} {:?}",
            engine_state(&app),
            heard(&app)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    app.press(&[Key::Escape]);
    app.wait_for_text(&en("player-stopped"));
    std::thread::sleep(Duration::from_millis(500));
    let state = engine_state(&app);
    assert_eq!(
        (&state["speaking"], &state["pending"]),
        (&json!(false), &json!(false)),
        "the voice goes on after Escape: {state}"
    );
    app.close();
    drop(driver);
    let speech = tend_journal::Journal::open(data.path())
        .unwrap()
        .speech_prefs()
        .unwrap();
    assert_eq!(speech.rate.percent(), 50, "the pace chosen is remembered");
}

#[test]
fn a_between_visits_practice_is_silent_unless_asked_and_no_voice_falls_back_to_the_chime() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/play/soles_of_feet/30", &en("player-before"));
    let on = app.execute(
        "return document.getElementById('speak').checked;",
        json!([]),
    );
    assert_eq!(on, json!(false), "off by default between visits");
    // Turned on, on a system whose engine has no voice at all.
    app.tab_to(&en("player-speak"));
    app.press(&[Key::Space]);
    // Counts the tones the page makes, as the chime makes one each.
    app.execute(
        &format!(
            "{LISTEN} speechSynthesis.getVoices = () => [];
             window.tones = 0;
             const make = AudioContext.prototype.createOscillator;
             AudioContext.prototype.createOscillator = function () {{ window.tones++; return make.call(this); }};"
        ),
        json!([]),
    );
    app.tab_to(&en("player-start-unrated"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("speech-none"));
    app.wait_for_text_within(
        &en_pieces("player-step-of", &[("n", 2.into()), ("total", ANY.into())])[0],
        20,
    );
    std::thread::sleep(Duration::from_millis(500));
    let tones = app.execute("return window.tones;", json!([]));
    assert!(
        tones.as_u64().unwrap_or(0) >= 1,
        "no chime marked the new step: {tones}"
    );
    assert!(
        heard(&app).is_empty(),
        "nothing was handed to an engine without voices"
    );
    let says = app.page_text().matches(&en("speech-none")).count();
    assert_eq!(says, 1, "said once");
    app.press(&[Key::Escape]);
    app.wait_for_text(&en("player-stopped"));
    app.close();
}
