//! The real Tend, in its real webview, driven as a person would drive it.
//! Run through `cargo xtask test`, which provides Xvfb, a private D-Bus
//! session, tauri-driver and the paths below.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use std::path::Path;
use std::process::Command;
use tend_core::{Context, DayBoundary, Preferences, Tag, TextSize, Theme};
use tend_e2e::{
    Driver, Key, Session, axe_violations, describe, folder_snapshot, screenshot_path, today,
};
use tend_journal::{FILE_NAME, Journal};

fn slider_value(app: &Session, item: &str) -> String {
    let el = app.find(&format!("#rating-{item}"));
    app.property(&el, "value")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn a_check_in_made_by_keyboard_alone_survives_a_relaunch_and_can_be_edited() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());

    let app = driver.launch();
    app.wait_for_text("How are you today?");
    // Action 1 of 3: open the check-in.
    app.tab_to("Check in now");
    app.press(&[Key::Enter]);
    app.wait_for_text("Move each slider");

    // Action 2: rate the day. Arrows move by 1, Page keys by 2.
    app.tab_to("How worn out do you feel?");
    app.press(&[Key::Right, Key::Right]); // 7
    app.press(&[Key::Tab, Key::PageDown]); // stress 3
    app.press(&[Key::Tab, Key::Right]); // mood 6
    app.press(&[Key::Tab, Key::Home, Key::Right, Key::Right]); // sleep 2
    app.press(&[Key::Tab, Key::Left]); // kindness 4
    app.press(&[Key::Tab, Key::PageUp, Key::PageUp]); // meaning 9
    for (item, value) in [
        ("exhaustion", "7"),
        ("stress", "3"),
        ("mood", "6"),
        ("sleep", "2"),
        ("self_kindness", "4"),
        ("meaning", "9"),
    ] {
        assert_eq!(slider_value(&app, item), value, "slider {item}");
    }
    let slider = app.find("#rating-exhaustion");
    assert_eq!(
        app.property(&slider, "ariaValueText"),
        json!("7 of 10"),
        "the value is announced"
    );
    app.tab_to("A work day");
    app.press(&[Key::Down]); // moves to and picks "Caring at home"
    app.tab_to("A disturbed night");
    app.press(&[Key::Space]);
    app.tab_to("A note for yourself");
    app.type_text("Mum slept at last; tea with Ann");

    // Action 3: save.
    app.tab_to("Save today's check-in");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Worn out\n7 of 10"), "{text}");
    app.close();

    // Reopen: today's check-in is there, and still editable.
    let app = driver.launch();
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Meaning in caring\n9 of 10"), "{text}");
    app.tab_to("Change today's check-in");
    app.press(&[Key::Enter]);
    app.wait_for_text("You are changing today's check-in");
    assert_eq!(slider_value(&app, "exhaustion"), "7");
    let note = app.find("#note");
    assert_eq!(
        app.property(&note, "value"),
        json!("Mum slept at last; tea with Ann")
    );
    app.tab_to("How worn out do you feel?");
    app.press(&[Key::Right]); // 8
    app.tab_to("Save changes");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("You have checked in today");
    assert!(text.contains("Worn out\n8 of 10"), "{text}");
    app.close();
    drop(driver);

    // The journal file holds exactly one check-in, today's, as entered.
    let journal = Journal::open(data.path()).unwrap();
    let all = journal.checkins().unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    let c = &all[0];
    assert_eq!(c.day, today());
    let r = c.ratings;
    assert_eq!(
        [
            r.exhaustion,
            r.stress,
            r.mood,
            r.sleep,
            r.self_kindness,
            r.meaning
        ],
        [8, 3, 6, 2, 4, 9]
    );
    assert_eq!(c.context, Some(Context::CaringAtHome));
    assert_eq!(c.tags, vec![Tag::DisturbedNight]);
    assert_eq!(c.note, "Mum slept at last; tea with Ann");
}

/// Writes preferences into a new journal in `folder`, as the Settings
/// screen would, before the app opens it.
fn journal_with(folder: &Path, theme: Theme, text_size: u16) {
    let mut journal = Journal::open(folder).unwrap();
    let prefs = Preferences {
        theme,
        text_size: TextSize::new(text_size).unwrap(),
        // So that every questionnaire, the ProQOL too, is on offer.
        professional: true,
        ..Preferences::default()
    };
    journal.save_preferences(prefs).unwrap();
}

/// Every screen, with a sentence each shows. The navigation reaches the
/// first seven; the others open from links inside screens.
const SCREENS: [(&str, &str, &str); 17] = [
    ("today", "#/", "How are you today?"),
    ("checkin", "#/checkin", "Move each slider"),
    ("practise", "#/practise", "How much time do you have?"),
    ("journal", "#/journal", "Search your journal"),
    ("insights", "#/insights", "How your check-ins have moved"),
    ("settings", "#/settings", "When does your day end?"),
    ("help", "#/help", "Your own people"),
    ("measures", "#/measures", "Short questionnaires"),
    (
        "who5",
        "#/measures/who5",
        "how you have been feeling over the last two weeks",
    ),
    (
        "scs-sf",
        "#/measures/scs_sf",
        "How I typically act towards myself",
    ),
    (
        "proqol5",
        "#/measures/proqol5",
        "I am preoccupied with more than one person I help",
    ),
    ("about", "#/about", "It is not a medical device"),
    ("export", "#/export", "Something to share"),
    ("reminders", "#/reminders", "Add a reminder"),
    ("privacy", "#/privacy", "Turn the lock on"),
    ("path", "#/path", "Start the path"),
    ("player", "#/play/calm_place/180", "Read each step aloud"),
];

/// Opens a screen through its navigation link, or by its address when the
/// navigation has none.
fn open_screen(app: &Session, href: &str, shows: &str) {
    let in_nav = app.execute(
        "return document.querySelector(`nav a[href='${arguments[0]}']`) !== null;",
        json!([href]),
    );
    if in_nav == json!(true) {
        let link = app.find(&format!("nav a[href='{href}']"));
        app.click(&link);
    } else {
        app.execute("window.location.hash = arguments[0];", json!([href]));
    }
    app.wait_for_text(shows);
}

/// Whether the page scrolls sideways; if it does, the innermost elements
/// that reach past the window's right edge, to say which.
fn scrolls_sideways(app: &Session) -> Option<String> {
    let wide = app.execute(
        "const root = document.documentElement;
         if (root.scrollWidth <= root.clientWidth) return null;
         const past = [...document.body.querySelectorAll('*')]
           .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1);
         const inner = [...document.body.querySelectorAll('*')]
           .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible');
         const name = e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className;
         return root.scrollWidth + ' > ' + root.clientWidth + '; past the edge: '
           + past.filter(e => !past.some(o => o !== e && e.contains(o))).slice(0, 5).map(name).join(', ')
           + '; overflowing: ' + inner.slice(-5).map(name).join(', ');",
        json!([]),
    );
    wide.as_str().map(str::to_owned)
}

#[test]
fn every_screen_in_every_theme_has_no_accessibility_violations_at_phone_and_desktop_sizes() {
    for (theme, name, background) in [
        (Theme::Light, "light", "rgb(250, 247, 242)"),
        (Theme::Dark, "dark", "rgb(18, 23, 25)"),
        (Theme::HighContrast, "high-contrast", "rgb(255, 255, 255)"),
    ] {
        let data = tempfile::tempdir().unwrap();
        journal_with(data.path(), theme, 100);
        let driver = Driver::start(data.path());
        let app = driver.launch();
        app.wait_for_text("How are you today?");
        // The theme is put on the page once Today's preferences arrive.
        let mut painted = json!(null);
        for _ in 0..50 {
            painted = app.execute(
                "return getComputedStyle(document.body).backgroundColor;",
                json!([]),
            );
            if painted == json!(background) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert_eq!(
            painted,
            json!(background),
            "the {name} theme is not applied"
        );
        for (screen, href, shows) in SCREENS {
            open_screen(&app, href, shows);
            for (width, height) in [(1280, 800), (390, 844)] {
                app.set_window_size(width, height);
                let violations = axe_violations(&app);
                assert!(
                    violations.is_empty(),
                    "{screen}, {name}, {width}x{height}:\n{}",
                    describe(&violations)
                );
                if let Some(wide) = scrolls_sideways(&app) {
                    panic!("{screen} scrolls sideways at {width} px in {name}: {wide}");
                }
                app.screenshot(&screenshot_path(&format!(
                    "{screen}-{name}-{width}x{height}"
                )));
            }
        }
        app.close();
    }
}

#[test]
fn at_double_text_size_no_screen_scrolls_sideways_on_a_small_phone() {
    let data = tempfile::tempdir().unwrap();
    journal_with(data.path(), Theme::Light, 200);
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    let size = app.execute(
        "return getComputedStyle(document.documentElement).fontSize;",
        json!([]),
    );
    assert_eq!(size, json!("36px"), "the text size setting is not applied");
    app.set_window_size(360, 800);
    for (screen, href, shows) in SCREENS {
        open_screen(&app, href, shows);
        if let Some(wide) = scrolls_sideways(&app) {
            panic!("{screen} scrolls sideways at 360 px with 200% text: {wide}");
        }
        let violations = axe_violations(&app);
        assert!(
            violations.is_empty(),
            "{screen} at 200%:\n{}",
            describe(&violations)
        );
        app.screenshot(&screenshot_path(&format!("{screen}-text200-360x800")));
    }
}

/// Makes a folder immutable, so that even root cannot add a file to it,
/// and makes it mutable again when dropped.
struct Immutable<'a>(&'a Path);

impl<'a> Immutable<'a> {
    fn set(folder: &'a Path) -> Immutable<'a> {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(folder)
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            ok,
            "chattr +i failed on {}: the test needs e2fsprogs and root",
            folder.display()
        );
        Immutable(folder)
    }
}

impl Drop for Immutable<'_> {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(self.0).status();
    }
}

#[test]
fn a_data_folder_that_cannot_be_written_is_named_and_left_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("Tend");
    {
        let mut journal = Journal::open(&folder).unwrap();
        let draft = tend_core::CheckInDraft {
            note: "kept safe".into(),
            ..Default::default()
        };
        journal
            .save_checkin(today(), draft, chrono::Utc::now().naive_utc())
            .unwrap();
    }
    let before = folder_snapshot(&folder);
    let guard = Immutable::set(&folder);

    let driver = Driver::start(&folder);
    let app = driver.launch();
    let text = app.wait_for_text("Tend can't open your journal");
    assert!(
        text.contains("Tend can't save in its data folder"),
        "{text}"
    );
    assert!(
        text.contains(folder.to_str().unwrap()),
        "the folder is not named:\n{text}"
    );
    assert!(
        text.contains("Nothing in the folder has been changed"),
        "{text}"
    );
    app.close();
    drop(driver);
    drop(guard);

    assert_eq!(folder_snapshot(&folder), before, "the folder changed");
    let journal = Journal::open(&folder).unwrap();
    assert_eq!(journal.checkin(today()).unwrap().unwrap().note, "kept safe");
}

#[test]
fn a_journal_file_that_is_not_a_database_is_named_and_left_byte_for_byte() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join(FILE_NAME);
    let words = "These are my own notes, saved here by mistake.\nDo not lose them.\n";
    std::fs::write(&file, words).unwrap();
    let before = folder_snapshot(data.path());

    let driver = Driver::start(data.path());
    let app = driver.launch();
    let text = app.wait_for_text("Tend can't open your journal");
    assert!(text.contains("is not a Tend journal"), "{text}");
    assert!(
        text.contains(data.path().to_str().unwrap()),
        "the folder is not named:\n{text}"
    );
    app.close();
    drop(driver);

    assert_eq!(folder_snapshot(data.path()), before, "the folder changed");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), words);
}

#[test]
fn the_day_boundary_can_be_moved_and_is_kept() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    let settings = app.find("nav a[href='#/settings']");
    app.click(&settings);
    app.wait_for_text("When does your day end?");
    let six = app.find("#day-boundary option[value='06:00']");
    app.click(&six);
    app.wait_for_text("Your day now ends at 06:00.");
    app.close();

    let app = driver.launch();
    app.wait_for_text("How are you today?");
    let settings = app.find("nav a[href='#/settings']");
    app.click(&settings);
    app.wait_for_text("When does your day end?");
    let select = app.find("#day-boundary");
    assert_eq!(app.property(&select, "value"), json!("06:00"));
    app.close();
    drop(driver);

    let journal = Journal::open(data.path()).unwrap();
    assert_eq!(
        journal.day_boundary().unwrap(),
        DayBoundary::new(6, 0).unwrap()
    );
}

/// One 30-second practice from Today or Practise, rated before and after,
/// by keyboard alone.
fn practise_thirty_seconds(app: &Session, start_from: &str, calm_after: u32) {
    app.tab_to(start_from);
    app.press(&[Key::Enter]);
    app.wait_for_text("Before you start");
    assert!(
        axe_violations(app).is_empty(),
        "player, before:\n{}",
        describe(&axe_violations(app))
    );
    app.tab_to("How calm do you feel?");
    app.press(&[Key::Left, Key::Left]); // 3
    app.press(&[Key::Tab, Key::Left]); // kindness 4
    app.tab_to("Rate and start");
    app.press(&[Key::Enter]);
    let text = app.wait_for_text("Step 1 of 2");
    assert!(text.contains("soften your face"), "{text}");
    app.press(&[Key::Space]);
    app.wait_for_text("Paused.");
    app.press(&[Key::Space]);
    app.wait_for_text("Pause");
    let violations = axe_violations(app);
    assert!(
        violations.is_empty(),
        "player, playing:\n{}",
        describe(&violations)
    );
    app.wait_for_text_within("That is the end of the practice", 45);
    app.tab_to("How calm do you feel?");
    app.press(&vec![Key::Right; calm_after as usize - 5]);
    app.press(&[Key::Tab, Key::Right, Key::Right]); // kindness 7
    let calm = app.find("#after-calm");
    assert_eq!(
        app.property(&calm, "value"),
        json!(calm_after.to_string()),
        "{}",
        app.focused_name()
    );
    app.tab_to("Save how I feel");
    app.press(&[Key::Enter]);
    app.wait_for_text("How much time do you have?");
}

#[test]
fn three_thirty_second_practices_by_keyboard_show_in_what_helps_me() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    practise_thirty_seconds(&app, "30 seconds now", 7);
    // Before three sessions there is only the explanation.
    app.wait_for_text("After three practices");
    let start = "Start Soothing rhythm breathing, 30 s";
    practise_thirty_seconds(&app, start, 8);
    practise_thirty_seconds(&app, start, 9);
    let text = app.wait_for_text("Soothing rhythm breathing: 3 sessions");
    let stored = Journal::open(data.path()).unwrap().sessions().unwrap();
    assert!(
        text.contains(
            "Soothing rhythm breathing: 3 sessions; calm +5.0, kindness to yourself +3.0 on average"
        ),
        "{text}\n{stored:?}"
    );
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "practise:\n{}",
        describe(&violations)
    );
    app.close();
    drop(driver);

    let journal = Journal::open(data.path()).unwrap();
    let sessions = journal.sessions().unwrap();
    assert_eq!(sessions.len(), 3);
    for (s, calm_after) in sessions.iter().zip([7, 8, 9]) {
        assert!(s.record.finished);
        assert_eq!(s.record.seconds_played, 30);
        let started = s.started_at.expect("a start time");
        assert!(
            started <= s.saved_at - chrono::Duration::seconds(30),
            "{started} .. {}",
            s.saved_at
        );
        assert_eq!(s.record.before.map(|f| (f.calm, f.kind)), Some((3, 4)));
        assert_eq!(
            s.record.after.map(|f| (f.calm, f.kind)),
            Some((calm_after, 7))
        );
    }
}

#[test]
fn a_letter_written_before_closing_is_found_by_one_word_after_relaunch() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    open_screen(&app, "#/journal", "Search your journal");
    let violations = axe_violations(&app);
    assert!(violations.is_empty(), "journal:\n{}", describe(&violations));
    app.tab_to("A compassionate letter to yourself");
    app.press(&[Key::Enter]);
    app.wait_for_text("A prompt, if it helps");
    let violations = axe_violations(&app);
    assert!(violations.is_empty(), "editor:\n{}", describe(&violations));
    app.tab_to("Title");
    app.type_text("To me");
    app.tab_to("Your words");
    let words =
        "Dear me, you carried a lot today and you were brave with Mum. Tomorrow you could ask";
    app.type_text(words);
    app.tab_to("Tags");
    app.type_text("Mum, courage");
    app.wait_for_text("Saved.");
    app.close();

    let app = driver.launch();
    app.wait_for_text("How are you today?");
    open_screen(&app, "#/journal", "Search your journal");
    app.tab_to("Search your journal");
    // One word from the letter, one from its tags.
    app.type_text("brave courage");
    let text = app.wait_for_text("One entry holds those words.");
    assert!(text.contains("To me"), "{text}");
    assert!(text.contains("Tags: Mum, courage"), "{text}");
    let marked = app.execute(
        "return [...document.querySelectorAll('mark')].map(m => m.textContent);",
        json!([]),
    );
    assert_eq!(marked, json!(["brave"]));
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "search results:\n{}",
        describe(&violations)
    );
    let link = app.find(".entries a");
    app.click(&link);
    app.wait_for_text("Your words");
    let body = app.find("#entry-body");
    assert_eq!(
        app.property(&body, "value"),
        json!(words),
        "every word typed was kept"
    );

    // Delete asks first, and can be undone.
    app.tab_to("Delete this entry");
    app.press(&[Key::Enter]);
    app.tab_to("Yes, delete it");
    app.press(&[Key::Enter]);
    app.wait_for_text("The entry is deleted.");
    // The list loads after the notice; with the only entry deleted it is
    // empty (the entry is under "Recently deleted" instead).
    let text = app.wait_for_text("Nothing written yet");
    assert!(text.contains("Recently deleted"), "{text}");
    app.tab_to("Undo");
    app.press(&[Key::Enter]);
    app.wait_for_text("The entry is back.");
    let body = app.find("#entry-body");
    assert_eq!(
        app.property(&body, "value"),
        json!(words),
        "the restored entry is whole"
    );
    app.close();
    drop(driver);

    let journal = Journal::open(data.path()).unwrap();
    let found = journal.search("brave").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(journal.entry(found[0].id).unwrap().unwrap().body, words);
    assert_eq!(
        journal
            .entry(found[0].id)
            .unwrap()
            .unwrap()
            .prompt
            .as_deref(),
        Some("compassionate_letter")
    );
    assert_eq!(
        journal.entry(found[0].id).unwrap().unwrap().tags,
        ["Mum", "courage"]
    );
}

#[test]
fn a_favourite_is_kept_and_can_be_the_only_thing_shown() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    open_screen(&app, "#/practise", "How much time do you have?");
    app.tab_to("Favourite: Feet on the ground");
    let star = app.execute(
        "return document.activeElement.getAttribute('aria-pressed');",
        json!([]),
    );
    assert_eq!(star, json!("false"));
    app.press(&[Key::Enter]);
    app.wait_for_text("★ A favourite");
    app.tab_to("My favourites");
    app.press(&[Key::Space]);
    let checked = app.execute("return document.activeElement.checked;", json!([]));
    assert_eq!(checked, json!(true), "Space ticked {}", app.focused_name());
    // The filtered list, once it has settled.
    let mut text = String::new();
    for _ in 0..50 {
        text = app.wait_for_text("One practice fits.");
        if text.contains("Feet on the ground") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(text.contains("Feet on the ground"), "{text}");
    let violations = axe_violations(&app);
    assert!(
        violations.is_empty(),
        "favourites:\n{}",
        describe(&violations)
    );
    app.close();
    drop(driver);
    assert_eq!(
        Journal::open(data.path()).unwrap().favourites().unwrap(),
        ["soles_of_feet"]
    );
}

#[test]
fn the_skip_link_takes_the_keyboard_straight_to_the_page() {
    let data = tempfile::tempdir().unwrap();
    // The welcome answered, so Today's first control is the check-in.
    Journal::open(data.path())
        .unwrap()
        .finish_welcome(None, None, None, tend_e2e::now_utc())
        .unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    // From the top of the page, the skip link is the first stop.
    app.execute(
        "document.activeElement.blur(); window.scrollTo(0, 0);",
        json!([]),
    );
    app.press(&[Key::Tab]);
    assert_eq!(app.focused_name(), "Skip to content");
    app.press(&[Key::Enter]);
    let focused = app.execute("return document.activeElement.id;", json!([]));
    assert_eq!(focused, json!("main"));
    app.press(&[Key::Tab]);
    assert_eq!(
        app.focused_name(),
        "Check in now",
        "the next stop is the page's first control"
    );
}

#[test]
fn the_chime_sounds_at_each_new_step_only_when_chosen() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    // Count the tones the page starts. The page's glue holds on to the
    // AudioContext class it found at load, so the count goes on its
    // prototype; the real tone still plays (into no speaker, under Xvfb).
    let count_tones = "window.tones = 0;
        if (!window.counting) {
            window.counting = true;
            const create = BaseAudioContext.prototype.createOscillator;
            AudioContext.prototype.createOscillator = function () {
                const tone = create.call(this);
                const start = tone.start.bind(tone);
                tone.start = (...when) => { window.tones += 1; return start(...when); };
                return tone;
            };
        }";
    for (chosen, step_changes) in [(false, 0), (true, 1)] {
        app.execute(count_tones, json!([]));
        app.execute("location.hash = '#/play/soothing_breath/30';", json!([]));
        app.wait_for_text("Before you start");
        if chosen {
            app.tab_to("A soft chime at each new step");
            app.press(&[Key::Space]);
        }
        app.tab_to("Start without rating");
        app.press(&[Key::Enter]);
        app.wait_for_text_within("Step 2 of 2", 15);
        std::thread::sleep(std::time::Duration::from_millis(600));
        let tones = app.execute("return window.tones;", json!([]));
        assert_eq!(tones, json!(step_changes), "chime chosen: {chosen}");
        app.press(&[Key::Escape]);
        app.wait_for_text("You stopped early");
        app.execute("location.hash = '#/';", json!([]));
        app.wait_for_text("How are you today?");
    }
}
