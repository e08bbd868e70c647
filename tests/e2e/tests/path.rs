//! The guided path in the real app: started from Practise by keyboard, a
//! step ticked off by keyboard, paused, and after a relaunch picked up at
//! the same place, with Today naming the next step; a writing step done in
//! the journal; no accessibility violations on the path's screens.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tend_e2e::{Driver, Key, Session, assert_accessible, go};
use tend_journal::Journal;

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
    app.wait_for_text("How are you today?");
    go(&app, "#/practise", "How much time do you have?");
    app.tab_to("See the path");
    app.press(&[Key::Enter]);
    app.wait_for_text("Start the path");
    let text = app.page_text();
    assert!(
        text.contains("Week 1: Three systems, and a slower breath"),
        "{text}"
    );
    assert!(text.contains("Week 4:"), "{text}");
    assert_accessible(&app, "path, not started");

    app.tab_to("Start the path");
    app.press(&[Key::Enter]);
    app.wait_for_text("Pause the path");
    app.wait_for_text("Suggested for this week");
    assert_accessible(&app, "path, active");

    // The second step first: any order within a week.
    app.tab_to("Done: Soothing rhythm breathing");
    app.press(&[Key::Space]);
    app.wait_for_text("Step marked as done.");
    assert!(checked(&app, "Done: Soothing rhythm breathing"));
    go(&app, "#/", "How are you today?");
    app.wait_for_text("Your path, week 1: next, Three circles check-in (1 minute).");

    go(&app, "#/path", "Pause the path");
    app.tab_to("Pause the path");
    app.press(&[Key::Enter]);
    app.wait_for_text("The path is paused.");
    assert_accessible(&app, "path, paused");
    go(&app, "#/", "How are you today?");
    assert!(
        !app.page_text().contains("Your path, week"),
        "a paused path presses nothing"
    );
    app.close();

    let app = driver.launch();
    app.wait_for_text("How are you today?");
    go(&app, "#/path", "The path is paused.");
    assert!(checked(&app, "Done: Soothing rhythm breathing"));
    app.tab_to("Pick up where I left off");
    app.press(&[Key::Enter]);
    app.wait_for_text("Pause the path");
    assert!(
        checked(&app, "Done: Soothing rhythm breathing"),
        "the same place"
    );
    go(&app, "#/", "How are you today?");
    app.wait_for_text("Your path, week 1: next, Three circles check-in (1 minute).");

    // A writing step: the letter is written in the journal and ticks itself.
    go(&app, "#/path/write/w3_letter", "A prompt, if it helps");
    app.tab_to("Your words");
    app.type_text("Dear me, this week was heavy and you still showed up.");
    app.wait_for_text("Saved.");
    go(&app, "#/path", "Pause the path");
    app.wait_for_text("Week 3");
    assert!(checked(&app, "Done: A compassionate letter to yourself"));
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
    app.wait_for_text("How are you today?");
    go(&app, "#/path", "Suggested for this week");
    let text = app.page_text();
    assert!(text.contains("Resentful, then guilty for it"), "{text}");
    assert!(!text.contains("Supportive touch"), "{text}");
    assert_accessible(&app, "path, family carer");
    app.close();
}
