//! The guided path in the real app: started from Practise by keyboard, a
//! step ticked off by keyboard, paused, and after a relaunch picked up at
//! the same place, with Today naming the next step; a writing step done in
//! the journal; no accessibility violations on the path's screens.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_e2e::{ANY, Driver, Key, Session, assert_accessible, en, en_pieces, en_with, go};
use tend_journal::Journal;

/// A step's tick box's label. Step and week titles come from the path and
/// the exercises, not the messages.
fn done(step: &str) -> String {
    en_with("path-done", &[("name", step.into())])
}

/// The heading of week `n`, up to its title.
fn week(n: u32) -> String {
    en_pieces("path-week", &[("n", n.into()), ("title", ANY.into())]).remove(0)
}

/// What Today says of the path's next step.
fn next_on_today() -> String {
    en_with(
        "today-path",
        &[
            ("week", 1.into()),
            ("title", "Three circles check-in".into()),
            ("length", en_with("path-minutes", &[("n", 1.into())]).into()),
        ],
    )
}

fn checked(app: &Session, label: &str) -> bool {
    app.execute(
        "const l = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === arguments[0]);
         return l ? l.querySelector('input').checked : null;",
        serde_json::json!([label]),
    ) == serde_json::json!(true)
}

#[test]
fn a_path_started_paused_and_picked_up_after_a_relaunch_keeps_its_place() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/practise", &en("practise-time"));
    app.tab_to(&en("practise-path-link"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("path-start"));
    let text = app.page_text();
    assert!(
        text.contains(&en_with(
            "path-week",
            &[
                ("n", 1.into()),
                ("title", "Three systems, and a slower breath".into())
            ]
        )),
        "{text}"
    );
    assert!(text.contains(&week(4)), "{text}");
    assert_accessible(&app, "path, not started");

    app.tab_to(&en("path-start"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("path-pause"));
    app.wait_for_text(&en("path-this-week"));
    assert_accessible(&app, "path, active");

    // The second step first: any order within a week.
    let breathing = done("Soothing rhythm breathing");
    app.tab_to(&breathing);
    app.press(&[Key::Space]);
    app.wait_for_text(&en("path-done-said"));
    assert!(checked(&app, &breathing));
    go(&app, "#/", &en("today-invite"));
    app.wait_for_text(&next_on_today());

    go(&app, "#/path", &en("path-pause"));
    app.tab_to(&en("path-pause"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("path-paused"));
    assert_accessible(&app, "path, paused");
    go(&app, "#/", &en("today-invite"));
    let any_path = en_pieces(
        "today-path",
        &[
            ("week", ANY.into()),
            ("title", ANY.into()),
            ("length", ANY.into()),
        ],
    )
    .remove(0);
    assert!(
        !app.page_text().contains(&any_path),
        "a paused path presses nothing"
    );
    app.close();

    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/path", &en("path-paused"));
    assert!(checked(&app, &breathing));
    app.tab_to(&en("path-resume"));
    app.press(&[Key::Enter]);
    app.wait_for_text(&en("path-pause"));
    assert!(checked(&app, &breathing), "the same place");
    go(&app, "#/", &en("today-invite"));
    app.wait_for_text(&next_on_today());

    // A writing step: the letter is written in the journal and ticks itself.
    go(&app, "#/path/write/w3_letter", &en("journal-prompt"));
    app.tab_to(&en("journal-entry-body"));
    app.type_text("Dear me, this week was heavy and you still showed up.");
    app.wait_for_text(&en("journal-saved"));
    go(&app, "#/path", &en("path-pause"));
    app.wait_for_text(&week(3));
    assert!(checked(&app, &done("A compassionate letter to yourself")));
    app.close();
    drop(driver);

    let journal = Journal::open(data.path()).unwrap();
    let linked = journal.path_entries("four_weeks").unwrap();
    assert_eq!(linked.len(), 1);
    assert!(
        journal
            .entry(linked[0].1)
            .unwrap()
            .unwrap()
            .body
            .contains("you still showed up")
    );
}

#[test]
fn a_family_carer_meets_a_step_of_her_own_in_the_week_of_hard_moments() {
    use tend_core::path::PathEventKind::{Done, Started};
    let data = tempfile::tempdir().unwrap();
    {
        let mut journal = Journal::open(data.path()).unwrap();
        let now = tend_e2e::now_utc();
        journal
            .finish_welcome(Some(tend_core::Role::FamilyCarer), None, None, now)
            .unwrap();
        // Two weeks behind her, so the path suggests the third.
        journal
            .add_path_event("four_weeks", Started, None, None, now)
            .unwrap();
        for step in [
            "w1_circles",
            "w1_breath",
            "w1_breath_long",
            "w2_step_in",
            "w2_self",
            "w2_breath",
        ] {
            journal
                .add_path_event("four_weeks", Done, Some(step), None, now)
                .unwrap();
        }
    }
    let driver = Driver::start(data.path());
    let app = driver.launch();
    app.wait_for_text(&en("today-invite"));
    go(&app, "#/path", &en("path-this-week"));
    // Both steps' titles come from the exercises, not the messages.
    let text = app.page_text();
    assert!(text.contains("Resentful, then guilty for it"), "{text}");
    assert!(!text.contains("Supportive touch"), "{text}");
    assert_accessible(&app, "path, family carer");
    app.close();
}
