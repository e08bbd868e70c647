//! Tend in Czech, in the real window: the system's language chosen at
//! start, the page's `lang`, a check-in and a summary made in Czech,
//! Settings switching every screen to British English at once and back,
//! the choice kept across a relaunch, and axe-core on Czech screens.
//! Elements are found by their message's Czech text, never an English
//! literal.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use std::path::Path;
use tend_core::words::{Value, tr_in};
use tend_e2e::{
    Driver, Key, Session, assert_accessible, axe_violations, describe, en, go, now_utc,
    screenshot_path, today,
};
use tend_journal::Journal;

fn cs(id: &str) -> String {
    tr_in("cs", id, &[])
}

fn cs_with(id: &str, args: &[(&str, Value<'_>)]) -> String {
    tr_in("cs", id, args)
}

fn page_lang(app: &Session) -> String {
    app.execute("return document.documentElement.lang;", json!([]))
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Chooses `value` in the language list as a person would: the change
/// event of the select.
fn choose_language(app: &Session, value: &str) {
    // The list is the shell's form, written when it comes: wait for it.
    app.find("#language");
    app.execute(
        "const s = document.querySelector('#language'); s.value = arguments[0]; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([value]),
    );
}

/// A journal whose welcome is answered, and Tend started on it by a
/// system that speaks Czech, with `extra` in its environment.
fn czech_system(data: &Path, extra: &[(&str, &Path)]) -> Driver {
    Journal::open(data)
        .unwrap()
        .finish_welcome(None, None, None, now_utc())
        .unwrap();
    let mut env = vec![
        ("LANGUAGE", Path::new("cs")),
        ("LANG", Path::new("cs_CZ.UTF-8")),
    ];
    env.extend_from_slice(extra);
    Driver::start_with(data, &env)
}

#[test]
fn a_carer_whose_system_speaks_czech_checks_in_and_exports_in_czech() {
    let data = tempfile::tempdir().unwrap();
    let saved = tempfile::tempdir().unwrap();
    let driver = czech_system(data.path(), &[("TEND_TEST_SAVE_DIR", saved.path())]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    assert_eq!(page_lang(&app), "cs");
    // This process speaks Czech too, to write the dates as Tend does.
    tend_core::words::set_language("cs");
    let heading = tend_core::dates::weekday_long_date(today());
    app.wait_for_text(&heading);
    assert_accessible(&app, "Today in Czech");

    // A check-in, by keyboard, found by the Czech words.
    app.tab_to(&cs("today-checkin-now"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&cs("checkin-intro"));
    app.tab_to(&cs("checkin-item-exhaustion"));
    app.press(&[Key::Right, Key::Right]);
    let slider = app.find("#rating-exhaustion");
    assert_eq!(
        app.property(&slider, "ariaValueText"),
        json!(cs_with("checkin-value", &[("value", 7.into())]))
    );
    app.tab_to(&cs("checkin-save"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&cs("checkin-saved"));
    assert_accessible(&app, "the check-in saved, in Czech");

    // A summary in Czech, saved as a web page.
    go(&app, "#/export", &cs("export-title"));
    app.tab_to(&cs("export-format-pdf"));
    app.press(&[Key::Left]);
    let save = cs_with(
        "export-save",
        &[("format", cs("export-format-html").into())],
    );
    app.tab_to(&save);
    app.press(&[Key::Enter]);
    let file = (0..100)
        .find_map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            std::fs::read_dir(saved.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|x| x == "html"))
        })
        .expect("a web page was saved");
    app.wait_for_text(&cs_with(
        "export-saved",
        &[("path", file.display().to_string().into())],
    ));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("<html lang=\"cs\">"), "{}", &html[..200]);
    assert!(
        html.contains(&cs("export-summary-title")),
        "the title is Czech"
    );
    assert!(
        html.contains(&tend_core::dates::long_date(today())),
        "the dates are Czech"
    );
    app.close();
}

#[test]
fn settings_switch_every_screen_at_once_and_the_choice_outlasts_a_relaunch() {
    let data = tempfile::tempdir().unwrap();
    let driver = czech_system(data.path(), &[]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    go(&app, "#/settings", &cs("settings-title"));
    assert_accessible(&app, "Settings in Czech");
    let system = app.find("#language option[value='']");
    assert!(
        app.text(&system).contains("Čeština"),
        "the system's language is named in its own words"
    );

    choose_language(&app, "en-GB");
    app.wait_for_text("Settings");
    assert_eq!(page_lang(&app), "en-GB");
    // The navigation changed with the page, without a restart.
    let nav = app.page_text();
    assert!(nav.contains("Today") && nav.contains("Get help"), "{nav}");
    assert!(!nav.contains(&cs("nav-help")), "{nav}");
    // So did what the shell wrote for Today (its notices and its line on
    // reminders): asked for again in the new language.
    go(&app, "#/", &en("today-reminder-none"));
    let today = app.page_text();
    assert!(!today.contains(&cs("today-reminder-none")), "{today}");
    assert!(!today.contains(&cs("notice-measure-later")), "{today}");
    assert!(today.contains(&en("notice-measure-later")), "{today}");
    app.close();

    // The choice is the journal's: English although the system says Czech.
    let app = driver.launch();
    app.wait_for_text("How are you today?");
    assert_eq!(page_lang(&app), "en-GB");
    go(&app, "#/settings", "Settings");
    choose_language(&app, "");
    app.wait_for_text(&cs("settings-title"));
    assert_eq!(page_lang(&app), "cs");
    app.close();
    drop(driver);
    assert_eq!(
        Journal::open(data.path()).unwrap().language().unwrap(),
        None
    );
}

/// Every screen, with the message each shows (measured in Czech).
const SCREENS: [(&str, &str, &str); 17] = [
    ("today", "#/", "today-invite"),
    ("checkin", "#/checkin", "checkin-intro"),
    ("practise", "#/practise", "practise-time"),
    ("journal", "#/journal", "journal-search"),
    // What the shell writes comes with the view, after the heading.
    ("insights", "#/insights", "insights-break-title"),
    ("settings", "#/settings", "settings-boundary"),
    ("help", "#/help", "help-own-title"),
    ("measures", "#/measures", "measures-due"),
    ("who5", "#/measures/who5", "measure-published-language"),
    ("scs-sf", "#/measures/scs_sf", "measure-published-language"),
    (
        "proqol5",
        "#/measures/proqol5",
        "measure-published-language",
    ),
    ("about", "#/about", "about-not"),
    ("export", "#/export", "export-document"),
    ("reminders", "#/reminders", "reminders-add"),
    ("privacy", "#/privacy", "privacy-turn-on-title"),
    ("path", "#/path", "path-start"),
    ("player", "#/play/calm_place/180", "player-speak"),
];

/// British English messages without variables that Czech words
/// differently, long enough that finding one on a Czech screen means
/// English leaked through.
fn english_only() -> Vec<(String, String)> {
    // The page's messages and those the shell writes into screens.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n/en-GB");
    let text = ["tend.ftl", "shell.ftl"]
        .map(|file| std::fs::read_to_string(root.join(file)).unwrap())
        .join("\n");
    text.lines()
        .filter_map(|line| {
            let (id, value) = line.split_once(" = ")?;
            let plain = id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (plain && !value.contains('{') && value.chars().count() >= 16)
                .then(|| (id.to_owned(), value.trim().to_owned()))
        })
        .filter(|(id, english)| &cs(id) != english)
        .collect()
}

/// The page's text, leaving out what is marked as another language (a
/// questionnaire's published English wording).
fn czech_text(app: &Session) -> String {
    app.execute(
        "const copy = document.body.cloneNode(true);
         copy.querySelectorAll('[lang]').forEach(e => { if (!e.lang.startsWith('cs')) e.remove(); });
         document.body.appendChild(copy); copy.style.display = 'none';
         const text = copy.textContent; copy.remove(); return text;",
        json!([]),
    )
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

#[test]
fn every_screen_in_czech_is_czech_and_has_no_accessibility_violations() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        journal.finish_welcome(None, None, None, now_utc()).unwrap();
        let prefs = tend_core::Preferences {
            professional: true,
            ..tend_core::Preferences::default()
        };
        journal.save_preferences(prefs).unwrap();
    }
    let english = english_only();
    assert!(english.len() > 200, "{}", english.len());
    let driver = Driver::start_with(data.path(), &[("LANGUAGE", Path::new("cs"))]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    for (screen, href, shows) in SCREENS {
        app.execute("window.location.hash = arguments[0];", json!([href]));
        app.wait_for_text(&cs(shows));
        assert_eq!(page_lang(&app), "cs", "{screen}");
        let text = czech_text(&app);
        let leaked: Vec<&String> = english
            .iter()
            .filter(|(_, words)| text.contains(words.as_str()))
            .map(|(id, _)| id)
            .collect();
        assert!(leaked.is_empty(), "{screen} shows English: {leaked:?}");
        for (width, height) in [(1280, 800), (390, 844)] {
            app.set_window_size(width, height);
            let violations = axe_violations(&app);
            assert!(
                violations.is_empty(),
                "{screen} in Czech, {width}x{height}:\n{}",
                describe(&violations)
            );
        }
        app.screenshot(&screenshot_path(&format!("{screen}-cs-390x844")));
    }
    app.close();
}

/// A British English message as the test build's pseudo-language says it:
/// its consonants swapped for accented look-alikes.
fn pseudo(id: &str) -> String {
    fluent_pseudo::transform(&tr_in("en-GB", id, &[]), false, false).into_owned()
}

/// Words the sources give in their own language, which no translation
/// changes: the helplines as read at their sources and the questionnaires
/// as published, longest first.
fn source_words() -> Vec<String> {
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) if s.chars().count() >= 2 => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets");
    let mut files = vec![assets.join("support/helplines.json")];
    files.extend(
        std::fs::read_dir(assets.join("measures"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        strings(&serde_json::from_str(&text).unwrap(), &mut out);
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    out.dedup();
    out
}

/// Every text a person meets on the page (rendered text, and the names,
/// hints and options a screen reader reads) that holds a plain Latin
/// word, where the page says it speaks `lang`. Text marked as another
/// language (a questionnaire's published wording) or as not to be
/// translated (an organisation's name, a web address) is left out.
fn plain_latin(app: &Session, data: &[String]) -> Vec<String> {
    app.execute(
        "const lang = document.documentElement.lang;
         const data = arguments[0];
         const ours = el => {
           const owner = el.closest('[lang]');
           return (!owner || owner.lang === lang) && !el.closest('[translate=\"no\"]');
         };
         // The pseudo-language keeps the vowels (they are what it would
         // lengthen), so English is a Latin word with a consonant in it.
         const latin = t => {
           for (const d of data) t = t.split(d).join(' ');
           // A time zone's name (Europe/Prague) is an identifier.
           t = t.replace(/[A-Za-z_]+([/][A-Za-z0-9_+-]+)+/g, ' ');
           return (t.match(/[A-Za-z]{2,}/g) || []).some(w => /[b-df-hj-np-tv-z]/i.test(w));
         };
         const found = [];
         const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
         while (walker.nextNode()) {
           const node = walker.currentNode, el = node.parentElement;
           if (!el || el.closest('script, style')) continue;
           const option = el.closest('option');
           const shown = option ? option.closest('select').getClientRects().length > 0
                                : el.getClientRects().length > 0;
           if (shown && ours(el) && latin(node.textContent)) found.push(node.textContent.trim());
         }
         for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
           if (el.getClientRects().length === 0 || !ours(el)) continue;
           for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
             const v = el.getAttribute(name);
             if (v && latin(v)) found.push(name + ': ' + v);
           }
         }
         return found;",
        json!([data]),
    )
    .as_array()
    .map(|a| {
        a.iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    })
    .unwrap_or_default()
}

/// The walk through every screen, in the test build's pseudo-language,
/// with a journal that holds something of everything. Her own words are
/// written in letters the pseudo-language never makes, so anything in
/// plain Latin letters is English that no language folder can reach.
#[test]
fn every_screen_in_the_pseudo_language_shows_no_plain_english() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        let now = now_utc();
        journal
            .finish_welcome(Some(tend_core::Role::Both), Some("GB"), None, now)
            .unwrap();
        journal
            .save_preferences(tend_core::Preferences {
                professional: true,
                ..tend_core::Preferences::default()
            })
            .unwrap();
        let draft = tend_core::CheckInDraft {
            note: "Κούραση".into(),
            ..tend_core::CheckInDraft::default()
        };
        // Yesterday's, so Today still invites a check-in.
        journal
            .save_checkin(today() - chrono::Duration::days(1), draft, now)
            .unwrap();
        journal
            .save_entry(
                tend_core::entry::EntryDraft {
                    id: None,
                    title: "Ελπίδα".into(),
                    body: "Ευχαριστώ".into(),
                    prompt: None,
                    tags: vec!["χ".into()],
                },
                now,
            )
            .unwrap();
        let content = tend_core::content::Content::load_in("en-GB").unwrap();
        let who5 = content.measures.get("who5").unwrap();
        journal
            .save_measure_result(who5, &[3, 3, 3, 3, 3], today(), now)
            .unwrap();
    }
    let driver = Driver::start_with(
        data.path(),
        &[
            ("TEND_TEST_PSEUDO", Path::new("1")),
            ("LANGUAGE", Path::new("en_XA")),
        ],
    );
    let app = driver.launch();
    app.wait_for_text(&pseudo("today-invite"));
    let data = source_words();
    let mut leaks = Vec::new();
    for (screen, href, shows) in SCREENS {
        app.execute("window.location.hash = arguments[0];", json!([href]));
        app.wait_for_text(&pseudo(shows));
        assert_eq!(page_lang(&app), "en-XA", "{screen}");
        for text in plain_latin(&app, &data) {
            leaks.push(format!("{screen}: {text}"));
        }
    }
    // States beyond a screen's first look: an entry open, a new one, and a
    // practice under way and after it.
    for (state, href, shows) in [
        ("entry", "#/journal/entry/1", "journal-entry-body"),
        ("new entry", "#/journal/new", "journal-entry-title"),
        (
            "before a practice",
            "#/play/soothing_breath/30",
            "player-start-unrated",
        ),
    ] {
        app.execute("window.location.hash = arguments[0];", json!([href]));
        app.wait_for_text(&pseudo(shows));
        for text in plain_latin(&app, &data) {
            leaks.push(format!("{state}: {text}"));
        }
    }
    for (state, button, then) in [
        ("during a practice", "player-start-unrated", "player-pause"),
        ("paused", "player-pause", "player-resume"),
        ("after a practice", "player-stop", "player-after"),
    ] {
        app.execute(
            "[...document.querySelectorAll('button')].find(b => b.textContent.trim() === arguments[0]).click();",
            json!([pseudo(button)]),
        );
        app.wait_for_text(&pseudo(then));
        for text in plain_latin(&app, &data) {
            leaks.push(format!("{state}: {text}"));
        }
    }
    app.close();
    leaks.dedup();
    assert!(leaks.is_empty(), "plain English:\n{}", leaks.join("\n"));
}

/// Listens to the speech engine: every utterance the page hands it records
/// the engine's own events with the text and the voice's language.
const LISTEN: &str = "
    window.heard = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = u => {
        for (const kind of ['start', 'end', 'error']) {
            u.addEventListener(kind, () => window.heard.push([kind, u.text, u.voice ? u.voice.lang : null]));
        }
        speak(u);
    };";

/// A practice done in Czech, as a Czech carer meets it: the Czech steps,
/// read aloud only by a Czech voice (never by a voice of another language,
/// even one chosen before), or, where the system has none, a Czech
/// sentence saying so and the chime; stopped with Escape and saved.
#[test]
fn a_practice_is_done_in_czech_and_never_read_by_another_languages_voice() {
    let data = tempfile::tempdir().unwrap();
    {
        // She once chose an English voice (this machine's engine has
        // English voices only).
        let mut journal = Journal::open(data.path()).unwrap();
        let prefs = tend_core::speech::SpeechPrefs {
            voice: tend_core::speech::VoiceName::new("kal"),
            ..tend_core::speech::SpeechPrefs::default()
        };
        journal.save_speech_prefs(&prefs).unwrap();
    }
    let driver = czech_system(data.path(), &[]);
    let app = driver.launch();
    app.wait_for_text(&cs("today-invite"));
    app.execute(LISTEN, json!([]));
    let content = tend_core::content::Content::load_in("cs").unwrap();
    let steps = &content
        .catalogue
        .get("calm_place")
        .unwrap()
        .length(180)
        .unwrap()
        .steps;
    go(&app, "#/play/calm_place/180", &cs("player-before"));
    app.tab_to(&cs("player-start-unrated"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&steps[0].text);
    let czech_voice = app
        .execute(
            "return speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('cs'));",
            json!([]),
        )
        .as_bool()
        .unwrap_or(false);
    if czech_voice {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(15);
        loop {
            let heard = app.execute("return window.heard;", json!([]));
            if let Some(start) = heard.as_array().unwrap().iter().find(|e| e[0] == "start") {
                assert_eq!(start[1], json!(steps[0].text));
                assert!(
                    start[2]
                        .as_str()
                        .unwrap_or("")
                        .to_lowercase()
                        .starts_with("cs"),
                    "{heard}"
                );
                break;
            }
            assert!(std::time::Instant::now() < until, "no voice spoke: {heard}");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    } else {
        app.wait_for_text(&cs("speech-none"));
        std::thread::sleep(std::time::Duration::from_secs(1));
        let heard = app.execute("return window.heard;", json!([]));
        assert_eq!(heard, json!([]), "Czech read by another language's voice");
    }
    assert_accessible(&app, "a practice under way, in Czech");
    app.press(&[Key::Escape]);
    app.wait_for_text(&cs("player-stopped"));
    app.tab_to(&cs("player-save-unrated"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&cs("practise-time"));
    app.close();
    drop(driver);
    let sessions = Journal::open(data.path()).unwrap().sessions().unwrap();
    assert_eq!(sessions.len(), 1, "the practice was saved");
    assert_eq!(sessions[0].record.exercise, "calm_place");
}

/// What the page shows now: whether index.html's frame is there, the
/// body's aria-busy ("no body" while the page is still being read), and
/// the words in its navigation and its main region (empty when none).
fn first_screen(app: &Session) -> (bool, String, String, String) {
    let seen = app.execute(
        "const text = (css) => { const e = document.querySelector(css); return e ? e.innerText : ''; };
         return [document.getElementById('boot') !== null,
                 document.body ? document.body.getAttribute('aria-busy') || '' : 'no body',
                 text('nav'), text('main')];",
        json!([]),
    );
    let text = |i: usize| seen[i].as_str().unwrap_or_default().to_owned();
    (seen[0] == json!(true), text(1), text(2), text(3))
}

#[test]
fn the_first_words_a_czech_carer_sees_are_czech_even_when_today_is_slow() {
    let data = tempfile::tempdir().unwrap();
    // Today answers after 3 s: longer than the page waits wordless (1.5 s).
    let driver = czech_system(
        data.path(),
        &[("TEND_TEST_SLOW_TODAY_MS", Path::new("3000"))],
    );
    let app = driver.launch_early();
    let english_nav = tend_core::words::tr_in("en-GB", "nav-today", &[]);
    let mut wordless = 0;
    let mut loading = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (frame, busy, nav, main) = first_screen(&app);
        if nav.is_empty() && main.is_empty() {
            // Before her words: nothing but the frame, and a page that
            // says it is busy (once its body has been read).
            assert!(busy == "true" || busy == "no body", "aria-busy: {busy}");
            assert!(
                frame || busy == "no body",
                "the frame went before her words"
            );
            wordless += 1;
        } else {
            assert!(!frame, "the frame stayed beside the words");
            assert_eq!(busy, "", "aria-busy stays after the frame went");
            assert!(nav.contains(&cs("nav-today")), "first navigation: {nav}");
            assert!(!nav.contains(&english_nav), "English navigation: {nav}");
            if main.contains(&cs("today-invite")) {
                break;
            }
            assert!(main.contains(&cs("loading")), "while Today is slow: {main}");
            loading += 1;
        }
        assert!(std::time::Instant::now() < deadline, "Today never came");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(wordless > 0, "the frame was never seen on its own");
    assert!(
        loading > 0,
        "after 1.5 s the page never said it was loading"
    );
    assert_eq!(page_lang(&app), "cs");
}
