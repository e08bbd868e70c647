//! The guided path: the shipped data, its checks and progress through it.

// A test, a benchmark or a measuring tool: a failed unwrap is a failed run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDateTime;
use tend_core::path::*;

fn path() -> GuidedPath {
    tend_core::content::guided_path().expect("the shipped path is valid")
}

fn at(minute: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
        .and_then(|d| d.and_hms_opt(9, minute, 0))
        .expect("a time")
}

fn event(kind: PathEventKind, step: Option<&str>, minute: u32) -> PathEvent {
    PathEvent {
        kind,
        step: step.map(str::to_owned),
        at: at(minute),
    }
}

#[test]
fn a_family_carer_meets_her_own_step_where_a_professional_meets_theirs() {
    use tend_core::prefs::Role;
    let path: GuidedPath =
        serde_json::from_str(include_str!("../../../assets/path/en-GB.json")).unwrap();
    let week3 = |role| -> Vec<String> {
        path.for_role(role).weeks[2]
            .steps
            .iter()
            .map(|s| s.id.clone())
            .collect()
    };
    assert_eq!(
        week3(Some(Role::FamilyCarer)),
        ["w3_break", "w3_guilt", "w3_letter"]
    );
    for role in [None, Some(Role::Professional), Some(Role::Both)] {
        assert_eq!(
            week3(role),
            ["w3_break", "w3_touch", "w3_letter"],
            "{role:?}"
        );
    }
    // Every role sees two or three steps a week; a week that would
    // leave one role with one step is refused.
    let mut broken = path.clone();
    broken.weeks[0].steps[0].roles = vec![Role::FamilyCarer];
    broken.weeks[0].steps[1].roles = vec![Role::FamilyCarer];
    let catalogue = tend_core::content::catalogue().unwrap();
    let measures = tend_core::content::measures().unwrap();
    path.validate(&catalogue, &measures).unwrap();
    assert!(broken.validate(&catalogue, &measures).is_err());
}

#[test]
fn the_shipped_path_has_four_weeks_of_two_or_three_steps() {
    let p = path();
    assert_eq!(p.weeks.len(), 4);
    for role in [None]
        .into_iter()
        .chain(tend_core::prefs::Role::ALL.map(Some))
    {
        let seen = p.for_role(role);
        assert!(seen.weeks.iter().all(|w| (2..=3).contains(&w.steps.len())));
    }
    assert_eq!(p.measures, ["scs_sf", "proqol5"]);
}

#[test]
fn broken_paths_are_refused_by_name() {
    let catalogue = tend_core::content::catalogue().expect("catalogue");
    let measures = tend_core::content::measures().expect("measures");
    type Breakage = Box<dyn Fn(&mut GuidedPath)>;
    let cases: Vec<(&str, Breakage)> = vec![
        (
            "no exercise",
            Box::new(|p| p.weeks[0].steps[0].exercise = "juggling".into()),
        ),
        (
            "unique",
            Box::new(|p| p.weeks[1].steps[0].id = p.weeks[0].steps[0].id.clone()),
        ),
        (
            "lengths",
            Box::new(|p| p.weeks[0].steps[0].seconds = Some(45)),
        ),
        (
            "lengths",
            Box::new(|p| p.weeks[2].steps[2].seconds = Some(600)),
        ),
        ("lengths", Box::new(|p| p.weeks[0].steps[0].writing = true)),
        ("two or three", Box::new(|p| p.weeks[0].steps.truncate(1))),
        (
            "questionnaire",
            Box::new(|p| p.measures.push("zarit".into())),
        ),
        ("empty", Box::new(|p| p.weeks[3].idea = " ".into())),
        ("one to eight", Box::new(|p| p.weeks.clear())),
    ];
    for (why, break_it) in cases {
        let mut p = path();
        break_it(&mut p);
        let err = p.validate(&catalogue, &measures).expect_err(why);
        assert!(err.0.contains(why), "{why}: {}", err.0);
    }
}

#[test]
fn pausing_and_resuming_keep_the_place_and_steps_go_in_any_order() {
    use PathEventKind::*;
    let p = path();
    let w1: Vec<&str> = p.weeks[0].steps.iter().map(|s| s.id.as_str()).collect();
    let w2_first = p.weeks[1].steps[0].id.as_str();
    assert_eq!(progress(&p, &[]).state, PathState::NotStarted);

    // The last step of week one first, then a pause.
    let mut events = vec![
        event(Started, None, 0),
        event(Done, Some(w1[2]), 1),
        event(Paused, None, 2),
    ];
    let paused = progress(&p, &events);
    assert_eq!(paused.state, PathState::Paused);
    assert_eq!(paused.done, [w1[2]]);
    assert_eq!(paused.next, None, "nothing is pressed on a paused path");
    assert_eq!(paused.week, 0);

    events.push(event(Resumed, None, 3));
    let resumed = progress(&p, &events);
    assert_eq!(resumed.state, PathState::Active);
    assert_eq!(
        resumed.next.as_deref(),
        Some(w1[0]),
        "the first step not done"
    );

    // Week two can be started before week one is finished...
    events.push(event(Done, Some(w2_first), 4));
    let ahead = progress(&p, &events);
    assert_eq!(ahead.week, 0, "...but week one is still the one suggested");
    // ...and finishing week one suggests week two, no more.
    events.push(event(Done, Some(w1[0]), 5));
    events.push(event(Done, Some(w1[1]), 6));
    let next_week = progress(&p, &events);
    assert_eq!(next_week.week, 1);
    assert_eq!(
        next_week.next.as_deref(),
        Some(p.weeks[1].steps[1].id.as_str())
    );

    // Undone takes a step back; unknown steps and stray events change nothing.
    events.push(event(Undone, Some(w1[0]), 7));
    events.push(event(Done, Some("no_such_step"), 8));
    events.push(event(Started, None, 9));
    let back = progress(&p, &events);
    assert_eq!(back.week, 0);
    assert_eq!(back.started_at, Some(at(0)));
    assert_eq!(back.done.len(), 3);
}

#[test]
fn every_step_done_completes_the_path_and_leaving_starts_afresh() {
    use PathEventKind::*;
    let p = path();
    let mut events = vec![event(Started, None, 0)];
    for (i, (_, step)) in p.steps().enumerate() {
        events.push(event(Done, Some(&step.id), i as u32 + 1));
    }
    let done = progress(&p, &events);
    assert_eq!(done.state, PathState::Complete);
    assert_eq!(done.completed_at, Some(at(p.steps().count() as u32)));
    assert_eq!(done.next, None);

    events.push(event(Left, None, 40));
    assert_eq!(progress(&p, &events).state, PathState::NotStarted);
    events.push(event(Started, None, 41));
    let again = progress(&p, &events);
    assert_eq!(again.state, PathState::Active);
    assert!(again.done.is_empty());
    assert_eq!(again.started_at, Some(at(41)));
}

#[test]
fn today_suggests_the_next_step_only_while_the_path_is_active() {
    let path = path();
    let catalogue = tend_core::content::catalogue().expect("catalogue");
    let none_yet = progress(&path, &[]);
    assert_eq!(next_step(&path, &none_yet, &catalogue), None);

    let started = [event(PathEventKind::Started, None, 0)];
    let next = next_step(&path, &progress(&path, &started), &catalogue).expect("a first step");
    let first = &path.weeks[0].steps[0];
    assert_eq!(next.week, 1);
    assert_eq!(&next.step, first);
    assert_eq!(
        Some(next.title.as_str()),
        catalogue.get(&first.exercise).map(|e| e.title.as_str())
    );

    let paused = [
        event(PathEventKind::Started, None, 0),
        event(PathEventKind::Paused, None, 1),
    ];
    assert_eq!(
        next_step(&path, &progress(&path, &paused), &catalogue),
        None
    );
}
