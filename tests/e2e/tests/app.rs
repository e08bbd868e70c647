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
    ANY, Driver, Key, Session, axe_violations, describe, en, en_pieces, en_with, folder_snapshot,
    now_utc, screenshot_path, today,
};
use tend_journal::{FILE_NAME, Journal};

fn slider_value(app: &Session, item: &str) -> String {
    let el = app.find(&format!("#rating-{item}"));
    app.property(&el, "value")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Today's summary line for Worn out: its name, then its value.
fn worn_out(value: u8) -> String {
    format!(
        "{}\n{}",
        en("checkin-short-exhaustion"),
        en_with("checkin-value", &[("value", value.into())])
    )
}

#[test]
fn a_check_in_made_by_keyboard_alone_survives_a_relaunch_and_can_be_edited() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());

    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    // Action 1 of 3: open the check-in.
    app.tab_to(&en("today-checkin-now"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("checkin-intro"));

    // Action 2: rate the day. Arrows move by 1, Page keys by 2.
    app.tab_to(&en("checkin-item-exhaustion"));
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
        json!(en_with("checkin-value", &[("value", 7.into())])),
        "the value is announced"
    );
    app.tab_to(&en("context-work_day"));
    app.press(&[Key::Down]); // moves to and picks "Caring at home"
    app.tab_to(&en("tag-disturbed_night"));
    app.press(&[Key::Space]);
    app.tab_to(&en("checkin-note"));
    app.type_text("Mum slept at last; tea with Ann");

    // Action 3: save.
    app.tab_to(&en("checkin-save"));
    app.press(&[Key::Enter]);
    // Today says until when it can be changed: wait for the words before.
    let done = en_pieces("today-done", &[("time", ANY.into())]).remove(0);
    let text = app.wait_for_text(&done);
    assert!(text.contains(&worn_out(7)), "{text}");
    app.close();

    // Reopen: today's check-in is there, and still editable.
    let app = driver.launch();
    let text = app.wait_for_text(&done);
    assert!(
        text.contains(&format!(
            "{}\n{}",
            en("checkin-short-meaning"),
            en_with("checkin-value", &[("value", 9.into())])
        )),
        "{text}"
    );
    app.tab_to(&en("today-change"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("checkin-edit-intro"));
    assert_eq!(slider_value(&app, "exhaustion"), "7");
    let note = app.find("#note");
    assert_eq!(
        app.property(&note, "value"),
        json!("Mum slept at last; tea with Ann")
    );
    app.tab_to(&en("checkin-item-exhaustion"));
    app.press(&[Key::Right]); // 8
    app.tab_to(&en("checkin-save-changes"));
    app.press(&[Key::Enter]);
    let text = app.wait_for_text(&done);
    assert!(text.contains(&worn_out(8)), "{text}");
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
/// first seven; the others open from links inside screens. The
/// questionnaires show their published wording, which is not a message.
fn screens() -> [(&'static str, &'static str, String); 17] {
    [
        ("today", "#/", en("today-invite")),
        ("checkin", "#/checkin", en("checkin-intro")),
        ("practise", "#/practise", en("practise-time")),
        ("journal", "#/journal", en("journal-search")),
        ("insights", "#/insights", en("insights-intro")),
        ("settings", "#/settings", en("settings-boundary")),
        ("help", "#/help", en("help-own-title")),
        ("measures", "#/measures", en("measures-intro")),
        (
            "who5",
            "#/measures/who5",
            "how you have been feeling over the last two weeks".to_owned(),
        ),
        (
            "scs-sf",
            "#/measures/scs_sf",
            "How I typically act towards myself".to_owned(),
        ),
        (
            "proqol5",
            "#/measures/proqol5",
            "I am preoccupied with more than one person I help".to_owned(),
        ),
        ("about", "#/about", en("about-not")),
        ("export", "#/export", en("export-document")),
        ("reminders", "#/reminders", en("reminders-add")),
        ("privacy", "#/privacy", en("privacy-turn-on-title")),
        ("path", "#/path", en("path-start")),
        ("player", "#/play/calm_place/180", en("player-speak")),
    ]
}

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
        app.wait_for_text(&en("today-invite"));
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
        for (screen, href, shows) in screens() {
            open_screen(&app, href, &shows);
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
    app.wait_for_text(&en("today-invite"));
    let size = app.execute(
        "return getComputedStyle(document.documentElement).fontSize;",
        json!([]),
    );
    assert_eq!(size, json!("36px"), "the text size setting is not applied");
    app.set_window_size(360, 800);
    for (screen, href, shows) in screens() {
        open_screen(&app, href, &shows);
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
    let text = app.wait_for_text(&en("journal-error-title"));
    assert!(
        text.contains(&en("journal-error-data_folder_unwritable")),
        "{text}"
    );
    assert!(
        text.contains(folder.to_str().unwrap()),
        "the folder is not named:\n{text}"
    );
    assert!(text.contains(&en("journal-error-unchanged")), "{text}");
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
    let text = app.wait_for_text(&en("journal-error-title"));
    assert!(text.contains(&en("journal-error-not_a_journal")), "{text}");
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
    app.wait_for_text(&en("today-invite"));
    let settings = app.find("nav a[href='#/settings']");
    app.click(&settings);
    app.wait_for_text(&en("settings-boundary"));
    let six = app.find("#day-boundary option[value='06:00']");
    app.click(&six);
    app.wait_for_text(&en_with(
        "settings-boundary-saved",
        &[("time", "06:00".into())],
    ));
    app.close();

    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    let settings = app.find("nav a[href='#/settings']");
    app.click(&settings);
    app.wait_for_text(&en("settings-boundary"));
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
    app.wait_for_text(&en("player-before"));
    assert!(
        axe_violations(app).is_empty(),
        "player, before:\n{}",
        describe(&axe_violations(app))
    );
    app.tab_to(&en("feeling-calm"));
    app.press(&[Key::Left, Key::Left]); // 3
    app.press(&[Key::Tab, Key::Left]); // kindness 4
    app.tab_to(&en("player-start"));
    app.press(&[Key::Enter]);
    let text = app.wait_for_text(&en_with(
        "player-step-of",
        &[("n", 1.into()), ("total", 2.into())],
    ));
    // The step's own words come from the exercises, not the messages.
    assert!(text.contains("soften your face"), "{text}");
    app.press(&[Key::Space]);
    app.wait_for_text(&en("player-paused"));
    app.press(&[Key::Space]);
    app.wait_for_text(&en("player-pause"));
    let violations = axe_violations(app);
    assert!(
        violations.is_empty(),
        "player, playing:\n{}",
        describe(&violations)
    );
    app.wait_for_text_within(&en("player-finished"), 45);
    app.tab_to(&en("feeling-calm"));
    app.press(&vec![Key::Right; calm_after as usize - 5]);
    app.press(&[Key::Tab, Key::Right, Key::Right]); // kindness 7
    let calm = app.find("#after-calm");
    assert_eq!(
        app.property(&calm, "value"),
        json!(calm_after.to_string()),
        "{}",
        app.focused_name()
    );
    app.tab_to(&en("player-save"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("practise-time"));
}

#[test]
fn three_thirty_second_practices_by_keyboard_show_in_what_helps_me() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    practise_thirty_seconds(&app, &en("today-30-seconds"), 7);
    // Before three sessions there is only the explanation.
    app.wait_for_text(&en("helps-empty"));
    // The exercise's title comes from the exercises, not the messages.
    let title = "Soothing rhythm breathing";
    let start = en_with(
        "practise-start",
        &[
            ("title", title.into()),
            (
                "length",
                en_with("length-seconds", &[("n", 30.into())]).into(),
            ),
        ],
    );
    practise_thirty_seconds(&app, &start, 8);
    practise_thirty_seconds(&app, &start, 9);
    let sessions = en_pieces(
        "helps-line",
        &[
            ("sessions", 3.into()),
            ("calm", ANY.into()),
            ("kind", ANY.into()),
        ],
    );
    let text = app.wait_for_text(&format!("{title}: {}", sessions[0]));
    let stored = Journal::open(data.path()).unwrap().sessions().unwrap();
    let helps = en_with(
        "helps-line",
        &[
            ("sessions", 3.into()),
            ("calm", tend_core::words::signed_decimal(5.0, 1).into()),
            ("kind", tend_core::words::signed_decimal(3.0, 1).into()),
        ],
    );
    assert!(
        text.contains(&format!("{title}: {helps}")),
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
    app.wait_for_text(&en("today-invite"));
    open_screen(&app, "#/journal", &en("journal-search"));
    let violations = axe_violations(&app);
    assert!(violations.is_empty(), "journal:\n{}", describe(&violations));
    // The prompt's title comes from the exercises, not the messages.
    app.tab_to("A compassionate letter to yourself");
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("journal-prompt"));
    let violations = axe_violations(&app);
    assert!(violations.is_empty(), "editor:\n{}", describe(&violations));
    app.tab_to(&en("journal-entry-title"));
    app.type_text("To me");
    app.tab_to(&en("journal-entry-body"));
    let words =
        "Dear me, you carried a lot today and you were brave with Mum. Tomorrow you could ask";
    app.type_text(words);
    app.tab_to(&en("journal-entry-tags"));
    app.type_text("Mum, courage");
    app.wait_for_text(&en("journal-saved"));
    app.close();

    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    open_screen(&app, "#/journal", &en("journal-search"));
    app.tab_to(&en("journal-search"));
    // One word from the letter, one from its tags.
    app.type_text("brave courage");
    let text = app.wait_for_text(&en_with("journal-found", &[("n", 1.into())]));
    assert!(text.contains("To me"), "{text}");
    assert!(
        text.contains(&en_with(
            "journal-tags-list",
            &[("tags", "Mum, courage".into())]
        )),
        "{text}"
    );
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
    app.wait_for_text(&en("journal-entry-body"));
    let body = app.find("#entry-body");
    assert_eq!(
        app.property(&body, "value"),
        json!(words),
        "every word typed was kept"
    );

    // Delete asks first, and can be undone.
    app.tab_to(&en("journal-delete"));
    app.press(&[Key::Enter]);
    app.tab_to(&en("journal-delete-yes"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("journal-deleted"));
    // The list loads after the notice; with the only entry deleted it is
    // empty (the entry is under "Recently deleted" instead).
    let text = app.wait_for_text(&en("journal-empty"));
    assert!(text.contains(&en("journal-recently-deleted")), "{text}");
    app.tab_to(&en("journal-undo"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("journal-restored"));
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
    app.wait_for_text(&en("today-invite"));
    open_screen(&app, "#/practise", &en("practise-time"));
    // The exercise's title comes from the exercises, not the messages.
    let title = "Feet on the ground";
    app.tab_to(&en_with("practise-favourite", &[("title", title.into())]));
    let star = app.execute(
        "return document.activeElement.getAttribute('aria-pressed');",
        json!([]),
    );
    assert_eq!(star, json!("false"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("practise-is-favourite"));
    app.tab_to(&en("practise-favourites"));
    app.press(&[Key::Space]);
    let checked = app.execute("return document.activeElement.checked;", json!([]));
    assert_eq!(checked, json!(true), "Space ticked {}", app.focused_name());
    // The filtered list, once it has settled.
    let mut text = String::new();
    for _ in 0..50 {
        text = app.wait_for_text(&en_with("practise-count", &[("n", 1.into())]));
        if text.contains(title) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(text.contains(title), "{text}");
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
    app.wait_for_text(&en("today-invite"));
    // The page has settled once its heading took focus, as it does when a
    // page opens (after the render, so possibly after the words showed).
    assert!(
        tend_e2e::desktop::eventually(5, || {
            app.execute("return document.activeElement.tagName;", json!([])) == json!("H1")
        }),
        "Today's heading never took focus"
    );
    // From the top of the page, the skip link is the first stop.
    app.execute(
        "document.activeElement.blur(); window.scrollTo(0, 0);",
        json!([]),
    );
    app.press(&[Key::Tab]);
    assert_eq!(app.focused_name(), en("skip-to-content"));
    app.press(&[Key::Enter]);
    let focused = app.execute("return document.activeElement.id;", json!([]));
    assert_eq!(focused, json!("main"));
    app.press(&[Key::Tab]);
    assert_eq!(
        app.focused_name(),
        en("today-checkin-now"),
        "the next stop is the page's first control"
    );
}

#[test]
fn the_chime_sounds_at_each_new_step_only_when_chosen() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
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
        app.wait_for_text(&en("player-before"));
        if chosen {
            app.tab_to(&en("player-chime"));
            app.press(&[Key::Space]);
        }
        app.tab_to(&en("player-start-unrated"));
        app.press(&[Key::Enter]);
        app.wait_for_text_within(
            &en_with("player-step-of", &[("n", 2.into()), ("total", 2.into())]),
            15,
        );
        std::thread::sleep(std::time::Duration::from_millis(600));
        let tones = app.execute("return window.tones;", json!([]));
        assert_eq!(tones, json!(step_changes), "chime chosen: {chosen}");
        app.press(&[Key::Escape]);
        app.wait_for_text(&en("player-stopped"));
        app.execute("location.hash = '#/';", json!([]));
        app.wait_for_text(&en("today-invite"));
    }
}

/// A phone's back gesture goes back in the webview's history (Tauri's
/// Android activity asks the webview to go back while it can). Every
/// screen she opens is a step in that history, so back returns to the
/// screen before, at a phone's size, and from the first screen back would
/// leave Tend as a phone expects.
#[test]
fn back_returns_to_the_screen_before_at_a_phones_size() {
    let data = tempfile::tempdir().unwrap();
    Journal::open(data.path())
        .unwrap()
        .finish_welcome(None, None, None, now_utc())
        .unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.set_window_size(390, 844);
    app.wait_for_text(&en("today-invite"));
    let tap = |label: &str| {
        app.execute(
            "[...document.querySelectorAll('nav a')].find(a => a.textContent.trim() === arguments[0]).click();",
            json!([label]),
        );
    };
    tap(&en("nav-practise"));
    app.wait_for_text(&en("practise-time"));
    tap(&en("nav-journal"));
    app.wait_for_text(&en("journal-search"));
    let hash = || {
        app.execute("return window.location.hash;", json!([]))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    app.execute("history.back();", json!([]));
    app.wait_for_text(&en("practise-time"));
    assert_eq!(hash(), "#/practise");
    app.execute("history.back();", json!([]));
    app.wait_for_text(&en("today-invite"));
    assert!(matches!(hash().as_str(), "" | "#/"), "{}", hash());
    app.close();
}
