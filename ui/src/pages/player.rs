//! The player: an optional rating before, the steps with a timer and a
//! breathing pacer, pause and resume, "stop or switch to grounding" always
//! in reach, and an optional rating after. Space pauses; Escape stops.

use super::PageHeading;
use super::practise::{length_label, use_practice};
use crate::i18n::{t, tr};
use crate::ipc::invoke;
use crate::route::{InPage, Route};
use crate::shared::Shared;
use std::cell::Cell;
use std::rc::Rc;
use tend_core::checkin::MAX_RATING;
use tend_core::exercise::{Exercise, GROUNDING};
use tend_core::ipc::SaveSession;
use tend_core::ipc::SaveSpeech;
use tend_core::player::{
    BREATH_RATES, Breath, DEFAULT_BREATHS_PER_MINUTE, Motion, Player, State, pacer_view,
};
use tend_core::practice::{Feeling, SessionRecord};
use tend_core::speech::{SpeechPrefs, SpeechRate, VoiceName, Volume, spoken_by_default};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// How often the player reads the clock: a new step starts within a
/// quarter second. The page itself is redrawn once a second, with its timer.
const TICK_MS: u64 = 250;

/// How often the pacer's circle moves: on the page's own redraw each
/// second, and once between, when only the circle is painted.
const PACER_STEP_MS: u64 = 500;

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

#[derive(Properties, PartialEq)]
pub(crate) struct PlayerProps {
    pub(crate) id: String,
    pub(crate) seconds: u32,
}

#[function_component]
pub(crate) fn PlayerPage(props: &PlayerProps) -> Html {
    match use_practice() {
        None => html! { <p>{ t("loading") }</p> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message }</p> },
        Some(Ok(view)) => match view.catalogue.get(&props.id) {
            Some(e) if e.length(props.seconds).is_some() => {
                let grounding = view.catalogue.get(GROUNDING).cloned();
                let (speech, lang) = (view.speech.clone(), view.catalogue.lang.clone());
                html! { <Flow key={format!("{}-{}", props.id, props.seconds)} exercise={e.clone()} seconds={props.seconds} {grounding} {speech} {lang} /> }
            }
            _ => {
                html! { <><PageHeading text={t("player-missing")} /><p>{ t("player-missing-help") }</p></> }
            }
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Before,
    Playing,
    After { finished: bool },
}

#[derive(Properties, PartialEq)]
struct FlowProps {
    exercise: Exercise,
    seconds: u32,
    grounding: Option<Exercise>,
    /// The remembered voice, pace and volume.
    speech: SpeechPrefs,
    /// The practice's language, for the voice.
    lang: String,
}

#[function_component]
fn Flow(props: &FlowProps) -> Html {
    let shared = use_context::<Shared>();
    let stage = use_state(|| Stage::Before);
    let before = use_state(|| Feeling { calm: 5, kind: 5 });
    let rated_before = use_state(|| false);
    let after = use_state(|| Feeling { calm: 5, kind: 5 });
    let note = use_state(String::new);
    let rate = use_state(|| DEFAULT_BREATHS_PER_MINUTE);
    // Read by the ticker, so a Cell rather than state.
    let chime_on = use_memo((), |_| Rc::new(Cell::new(false)));
    let chime_shown = use_state(|| false);
    // Spoken guidance: on for eyes-closed practices unless she turns it off.
    let spoken = use_state(|| spoken_by_default(&props.exercise));
    let speech = use_state(|| props.speech.clone());
    let voices = use_state(crate::speech::voices);
    // Said once, when the platform turns out to have no voice.
    let no_voice = use_state(|| false);
    {
        let voices = voices.clone();
        use_effect_with((), move |_| {
            let watch =
                crate::speech::on_voices_changed(move || voices.set(crate::speech::voices()));
            move || drop(watch)
        });
    }
    let player = use_mut_ref(|| None::<Player>);
    // When Start was pressed, for the session's start time.
    let started = use_mut_ref(|| None::<u64>);
    let clock = use_state(now_ms);
    let saving = use_state(|| false);
    let error = use_state(|| None::<String>);
    let player_node = use_node_ref();
    // Once playing, keys go to the player, so Space and Escape work even
    // though the Start button that had focus is gone.
    {
        let node = player_node.clone();
        use_effect_with(*stage == Stage::Playing, move |playing| {
            if *playing && let Some(el) = node.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let length = props
        .exercise
        .length(props.seconds)
        .cloned()
        .unwrap_or_else(|| props.exercise.lengths[0].clone());

    // Speaks a step; the first time there is no voice, says so and lets
    // the chime mark the steps instead.
    let say: Rc<dyn Fn(&str)> = {
        let (prefs, lang, no_voice) = ((*speech).clone(), props.lang.clone(), no_voice.clone());
        let (chime_on, chime_shown) = ((*chime_on).clone(), chime_shown.clone());
        let on = *spoken;
        Rc::new(move |text: &str| {
            if on && !*no_voice && !crate::speech::say(text, &lang, &prefs) {
                no_voice.set(true);
                chime_on.set(true);
                chime_shown.set(true);
            }
        })
    };

    // The ticker runs only while playing, and stops when the page goes.
    {
        let (player, clock, stage) = (player.clone(), clock.clone(), stage.clone());
        let chime_on = (*chime_on).clone();
        let (say, texts) = (
            say.clone(),
            length
                .steps
                .iter()
                .map(|s| s.text.clone())
                .collect::<Vec<_>>(),
        );
        use_effect_with(*stage == Stage::Playing, move |playing| {
            let alive = Rc::new(Cell::new(true));
            if *playing {
                let alive = alive.clone();
                spawn_local(async move {
                    let mut last_step = 0;
                    // What the page shows: the step, and the time played in
                    // seconds. The page is redrawn only when that changes.
                    // Each redraw costs a whole frame when WebKit renders in
                    // software, so the pacer paints its circle alone between
                    // (measured: BENCHMARKS.md, the pacer's CPU).
                    let mut shown = (0, 0);
                    while alive.get() {
                        yew::platform::time::sleep(std::time::Duration::from_millis(TICK_MS)).await;
                        if !alive.get() {
                            break;
                        }
                        let now = now_ms();
                        let (finished, step, second) =
                            player.borrow_mut().as_mut().map_or((false, 0, 0), |p| {
                                p.tick(now);
                                let pos = p.position(now);
                                (p.state() == State::Finished, pos.step, pos.played_ms / 1000)
                            });
                        if chime_on.get() && (finished || step != last_step) {
                            crate::chime::chime();
                        }
                        if !finished
                            && step != last_step
                            && let Some(text) = texts.get(step)
                        {
                            say(text);
                        }
                        last_step = step;
                        if finished {
                            stage.set(Stage::After { finished: true });
                            break;
                        }
                        if (step, second) != shown {
                            shown = (step, second);
                            clock.set(now);
                        }
                    }
                });
            }
            move || {
                alive.set(false);
                crate::speech::hush();
            }
        });
    }

    let start = {
        let (player, stage, clock, rated_before) = (
            player.clone(),
            stage.clone(),
            clock.clone(),
            rated_before.clone(),
        );
        let length = length.clone();
        let started = started.clone();
        let say = say.clone();
        Callback::from(move |rate_first: bool| {
            rated_before.set(rate_first);
            let now = now_ms();
            *started.borrow_mut() = Some(now);
            *player.borrow_mut() = Some(Player::start(&length, now));
            clock.set(now);
            stage.set(Stage::Playing);
            if let Some(first) = length.steps.first() {
                say(&first.text);
            }
        })
    };
    let toggle = {
        let (player, clock) = (player.clone(), clock.clone());
        Callback::from(move |_: ()| {
            let now = now_ms();
            if let Some(p) = player.borrow_mut().as_mut() {
                p.toggle(now);
                crate::speech::hold(p.state() == State::Paused);
            }
            clock.set(now);
        })
    };
    let stop = {
        let (player, stage) = (player.clone(), stage.clone());
        Callback::from(move |_: ()| {
            let now = now_ms();
            crate::speech::hush();
            let finished = player.borrow_mut().as_mut().is_some_and(|p| {
                p.stop(now);
                p.state() == State::Finished
            });
            stage.set(Stage::After { finished });
        })
    };

    // Saves the session, then goes to `next`.
    let save = {
        let (player, before, rated_before, note, saving, error) = (
            player.clone(),
            before.clone(),
            rated_before.clone(),
            note.clone(),
            saving.clone(),
            error.clone(),
        );
        let (exercise, seconds) = (props.exercise.id.clone(), props.seconds);
        let shared = shared.clone();
        let started = started.clone();
        Callback::from(
            move |(after, finished, next): (Option<Feeling>, bool, Route)| {
                if *saving {
                    return;
                }
                saving.set(true);
                let played = player
                    .borrow()
                    .as_ref()
                    .map_or(0, |p| p.played_ms(now_ms()) / 1000)
                    as u32;
                // Held to a day, the most a record may claim, so a player
                // left open overnight still saves.
                let since_start = started
                    .borrow()
                    .map_or(0, |at| now_ms().saturating_sub(at) / 1000)
                    .min(24 * 3600);
                let record = SessionRecord {
                    exercise: exercise.clone(),
                    seconds_since_start: u32::try_from(since_start).unwrap_or(u32::MAX),
                    seconds_offered: seconds,
                    seconds_played: played.min(seconds),
                    finished,
                    before: rated_before.then_some(*before),
                    after,
                    note: (*note).clone(),
                };
                let (saving, error, shared) = (saving.clone(), error.clone(), shared.clone());
                spawn_local(async move {
                    match invoke::<SaveSession>(&record).await {
                        Ok(_) => {
                            if let Some(shared) = &shared {
                                shared.announce.emit(t("player-saved"));
                            }
                            next.go();
                        }
                        Err(e) => {
                            error.set(Some(super::error_text(&e)));
                            saving.set(false);
                        }
                    }
                });
            },
        )
    };

    // Remembers a change of voice, pace or volume.
    let set_speech = {
        let (speech, error) = (speech.clone(), error.clone());
        Callback::from(move |next: SpeechPrefs| {
            speech.set(next.clone());
            let error = error.clone();
            spawn_local(async move {
                if let Err(e) = invoke::<SaveSpeech>(&next).await {
                    error.set(Some(super::error_text(&e)));
                }
            });
        })
    };

    let e = &props.exercise;
    let title = e.title.clone();
    let body = match *stage {
        Stage::Before => html! {
            <>
                <p class="subtitle">{ length_label(props.seconds) }{ " · " }{ &e.summary }</p>
                <ul class="cautions">{ for e.cautions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                <h2>{ t("player-before") }</h2>
                { feeling_scales(&ScalesProps { id: "before", value: *before, on_change: { let b = before.clone(); Callback::from(move |f| b.set(f)) } }) }
                <label class="choice">
                    <input type="checkbox" checked={*chime_shown} onchange={{
                        let (cell, shown) = ((*chime_on).clone(), chime_shown.clone());
                        Callback::from(move |ev: Event| {
                            let on = ev.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked());
                            cell.set(on);
                            shown.set(on);
                        })
                    }} />
                    { t("player-chime") }
                </label>
                <label class="choice">
                    <input type="checkbox" id="speak" checked={*spoken} onchange={{
                        let spoken = spoken.clone();
                        Callback::from(move |ev: Event| {
                            spoken.set(ev.target_dyn_into::<HtmlInputElement>().is_some_and(|i| i.checked()));
                        })
                    }} />
                    { t("player-speak") }
                </label>
                if *spoken {
                    { speech_choices(&SpeechProps { prefs: (*speech).clone(), voices: (*voices).clone(), on_change: set_speech.clone() }) }
                }
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                <div class="actions">
                    <button class="button" onclick={start.reform(|_| true)}>{ t("player-start") }</button>
                    <button class="button quiet" onclick={start.reform(|_| false)}>{ t("player-start-unrated") }</button>
                </div>
            </>
        },
        Stage::Playing => {
            let now = *clock;
            let p = player.borrow().clone();
            let Some(p) = p else { return html! {} };
            let pos = p.position(now);
            let step = &length.steps[pos.step.min(length.steps.len() - 1)];
            let step_elapsed = u64::from(step.seconds) * 1000 - pos.step_remaining_ms;
            let paused = p.state() == State::Paused;
            let remaining = pos.remaining_ms.div_ceil(1000);
            let onkeydown = {
                let (toggle, stop) = (toggle.clone(), stop.clone());
                Callback::from(move |ev: KeyboardEvent| {
                    let on_control = ev.target_dyn_into::<HtmlElement>().is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "BUTTON" | "INPUT" | "SELECT" | "A")
                    });
                    match ev.key().as_str() {
                        " " if !on_control => {
                            ev.prevent_default();
                            toggle.emit(());
                        }
                        "Escape" => {
                            ev.prevent_default();
                            stop.emit(());
                        }
                        _ => {}
                    }
                })
            };
            html! {
                <div class="player" ref={player_node.clone()} tabindex="-1" aria-label={t("player-region")} role="region" {onkeydown}>
                    <p class="step" aria-live="polite" data-step={pos.step.to_string()}>{ &step.text }</p>
                    <p class="timer">
                        { tr("player-step-of", &[("n", (pos.step + 1).into()), ("total", length.steps.len().into())]) }
                        { " · " }
                        { tr("player-left", &[("time", format!("{}:{:02}", remaining / 60, remaining % 60).into())]) }
                    </p>
                    <progress max={(length.seconds * 1000).to_string()} value={pos.played_ms.to_string()} aria-label={t("player-progress")}></progress>
                    if *no_voice {
                        <p role="status">{ t("speech-none") }</p>
                    }
                    if step.pacer {
                        <Pacer elapsed_ms={step_elapsed} at_ms={now} running={!paused} rate={*rate} />
                        <div class="field">
                            <label for="rate">{ t("player-rate") }</label>
                            <select id="rate" onchange={{
                                let rate = rate.clone();
                                Callback::from(move |ev: Event| {
                                    // Chosen by its place in the list: no number is
                                    // read from text (nor its parser carried).
                                    let chosen = ev.target_dyn_into::<HtmlSelectElement>()
                                        .and_then(|s| s.value().parse::<usize>().ok())
                                        .and_then(|i| BREATH_RATES.get(i).copied());
                                    if let Some(v) = chosen {
                                        rate.set(v);
                                    }
                                })
                            }}>
                                { for BREATH_RATES.iter().enumerate().map(|(i, r)| html! {
                                    <option value={i.to_string()} selected={(*r - *rate).abs() < 0.01}>{ tr("player-rate-option", &[("n", format!("{r}").into())]) }</option>
                                }) }
                            </select>
                        </div>
                    }
                    if paused {
                        <p>{ t("player-paused") }</p>
                    }
                    <div class="actions">
                        <button class="button" onclick={toggle.reform(|_| ())}>
                            { t(if paused { "player-resume" } else { "player-pause" }) }
                        </button>
                    </div>
                    <div class="actions escape" role="group" aria-label={t("player-stop-or-switch")}>
                        <button class="button quiet" onclick={stop.reform(|_| ())}>{ t("player-stop") }</button>
                        if let Some(g) = props.grounding.as_ref().filter(|g| g.id != e.id) {
                            <button class="button quiet" onclick={{
                                let (save, player, g) = (save.clone(), player.clone(), g.clone());
                                Callback::from(move |_| {
                                    if let Some(p) = player.borrow_mut().as_mut() {
                                        p.stop(now_ms());
                                    }
                                    let seconds = g.lengths.iter().map(|l| l.seconds).min().unwrap_or(60);
                                    save.emit((None, false, Route::Play { id: g.id.clone(), seconds }));
                                })
                            }}>{ tr("player-switch", &[("title", g.title.clone().into())]) }</button>
                        }
                    </div>
                    <p class="hint">{ t("player-keys") }</p>
                </div>
            }
        }
        Stage::After { finished } => html! {
            <>
                <p role="status">{ t(if finished { "player-finished" } else { "player-stopped" }) }</p>
                <h2>{ t("player-after") }</h2>
                { feeling_scales(&ScalesProps { id: "after", value: *after, on_change: { let a = after.clone(); Callback::from(move |f| a.set(f)) } }) }
                <div class="field">
                    <label for="session-note">{ t("player-note") }</label>
                    <input type="text" id="session-note" maxlength="280" value={(*note).clone()}
                        oninput={{ let note = note.clone(); Callback::from(move |ev: InputEvent| {
                            note.set(ev.target_dyn_into::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default());
                        }) }} />
                </div>
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message }</p>
                }
                <div class="actions">
                    <button class="button" disabled={*saving} onclick={{ let a = *after; save.reform(move |_| (Some(a), finished, Route::Practise)) }}>{ t("player-save") }</button>
                    <button class="button quiet" disabled={*saving} onclick={save.reform(move |_| (None, finished, Route::Practise))}>{ t("player-save-unrated") }</button>
                </div>
            </>
        },
    };
    html! {
        <>
            <PageHeading text={title} />
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PacerProps {
    /// How far into the step the player was at `at_ms`.
    elapsed_ms: u64,
    /// The page clock when `elapsed_ms` was read.
    at_ms: u64,
    /// False while paused: the circle holds still.
    running: bool,
    rate: f64,
}

/// A soft circle that grows on the in-breath and shrinks on the out-breath,
/// with the word inside. With reduced motion, style.css shows the word and
/// a thin line that fills through each breath instead of the moving circle.
///
/// The size and the line's length go through the CSSOM: the CSP rightly
/// blocks style attributes, which WebKit keeps but never applies. It moves
/// in steps, twice a second, without CSS transitions, which would repaint
/// at the screen's rate.
#[function_component]
fn Pacer(props: &PacerProps) -> Html {
    let circle = use_node_ref();
    let line = use_node_ref();
    let words = (use_node_ref(), use_node_ref());
    // Read once a render, not every frame: asking the page for a media
    // query can make it work out its styles again.
    let motion = system_motion();
    let basis = use_mut_ref(|| (0_u64, 0_u64, false, DEFAULT_BREATHS_PER_MINUTE, motion));
    *basis.borrow_mut() = (
        props.elapsed_ms,
        props.at_ms,
        props.running,
        props.rate,
        motion,
    );
    // What was last written, so an unchanged value is not written again.
    let written = use_mut_ref(|| (String::new(), String::new()));
    let paint = {
        let (circle, line, basis) = (circle.clone(), line.clone(), basis.clone());
        let (words, written) = (words.clone(), written.clone());
        Rc::new(move || {
            let (elapsed, at, running, rate, motion) = *basis.borrow();
            let since = if running {
                now_ms().saturating_sub(at)
            } else {
                0
            };
            let view = pacer_view(elapsed + since, rate, motion);
            let mut written = written.borrow_mut();
            // In steps of a fortieth (5 px on the full circle), so the page
            // repaints a few times a second, not ten.
            if let (Some(el), Some(scale)) = (circle.cast::<HtmlElement>(), view.circle_scale) {
                let value = format!("scale({:.3})", (scale * 40.0).round() / 40.0);
                if value != written.0 {
                    let _ = el.style().set_property("transform", &value);
                    written.0 = value;
                }
            }
            if let Some(el) = line.cast::<HtmlElement>() {
                let value = format!("{:.0}%", (view.progress * 40.0).round() * 2.5);
                if value != written.1 {
                    let _ = el.style().set_property("width", &value);
                    written.1 = value;
                }
            }
            // The word follows the breath between the page's redraws.
            let word = t(if view.breath == Breath::In {
                "pacer-in"
            } else {
                "pacer-out"
            });
            for node in [&words.0, &words.1] {
                if let Some(el) = node.cast::<HtmlElement>()
                    && el.text_content().as_deref() != Some(word.as_str())
                {
                    el.set_text_content(Some(&word));
                }
            }
        })
    };
    {
        let paint = paint.clone();
        use_effect(move || paint());
    }
    // Between the page's redraws (each whole second), the circle alone
    // moves on the half second: two frames a second in all.
    {
        let basis = basis.clone();
        use_effect_with(props.running, move |running| {
            let alive = Rc::new(Cell::new(*running));
            if *running {
                let alive = alive.clone();
                spawn_local(async move {
                    while alive.get() {
                        let (elapsed, at, ..) = *basis.borrow();
                        let played = elapsed + now_ms().saturating_sub(at);
                        let wait = ((PACER_STEP_MS + 1000 - played % 1000) % 1000).max(1);
                        yew::platform::time::sleep(std::time::Duration::from_millis(wait)).await;
                        if alive.get() {
                            paint();
                        }
                    }
                });
            }
            move || alive.set(false)
        });
    }

    let view = pacer_view(props.elapsed_ms, props.rate, motion);
    let word = t(if view.breath == Breath::In {
        "pacer-in"
    } else {
        "pacer-out"
    });
    html! {
        <div class="pacer" aria-hidden="true">
            if view.circle_scale.is_some() {
                <div class="pacer-circle" ref={circle}></div>
                <span class="pacer-word" ref={words.0.clone()}>{ word.clone() }</span>
            }
            <div class="pacer-still">
                <span ref={words.1.clone()}>{ word }</span>
                <div class="pacer-line"><div ref={line}></div></div>
            </div>
        </div>
    }
}

struct SpeechProps {
    prefs: SpeechPrefs,
    /// The engine's voices as (name, language tag).
    voices: Vec<(String, String)>,
    on_change: Callback<SpeechPrefs>,
}

/// The voice, its pace and its volume, remembered for every practice.
fn speech_choices(props: &SpeechProps) -> Html {
    let prefs = props.prefs.clone();
    let select = |id: &'static str,
                  label: &'static str,
                  options: Html,
                  apply: fn(&mut SpeechPrefs, &str)| {
        let (prefs, on_change) = (prefs.clone(), props.on_change.clone());
        let onchange = Callback::from(move |ev: Event| {
            if let Some(value) = ev.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()) {
                let mut next = prefs.clone();
                apply(&mut next, &value);
                on_change.emit(next);
            }
        });
        html! {
            <div class="field">
                <label for={id}>{ t(label) }</label>
                <select id={id} {onchange}>{ options }</select>
            </div>
        }
    };
    let chosen = prefs.voice.as_ref().map(VoiceName::as_str);
    let voices = html! {
        <>
            <option value="" selected={chosen.is_none()}>{ t("speech-voice-default") }</option>
            { for props.voices.iter().map(|(name, lang)| html! {
                // The system's own name for a voice, not ours to translate.
                <option value={name.clone()} selected={chosen == Some(name.as_str())} translate="no">{ format!("{name} ({lang})") }</option>
            }) }
        </>
    };
    let rates = html! {
        { for SpeechRate::choices().map(|r| html! {
            <option value={r.percent().to_string()} selected={r == prefs.rate}>{ tr("speech-rate-option", &[("n", r.percent().into())]) }</option>
        }) }
    };
    let volumes = html! {
        { for Volume::choices().map(|v| html! {
            <option value={v.percent().to_string()} selected={v == prefs.volume}>{ tr("speech-volume-option", &[("n", v.percent().into())]) }</option>
        }) }
    };
    html! {
        <fieldset class="speech">
            <legend>{ t("speech-legend") }</legend>
            { select("voice", "speech-voice", voices, |p, v| p.voice = VoiceName::new(v)) }
            { select("speech-rate", "speech-rate", rates, |p, v| {
                if let Some(r) = v.parse().ok().and_then(SpeechRate::new) { p.rate = r; }
            }) }
            { select("speech-volume", "speech-volume", volumes, |p, v| {
                if let Some(r) = v.parse().ok().and_then(Volume::new) { p.volume = r; }
            }) }
        </fieldset>
    }
}

/// What the system asks for now. style.css also hides the circle under
/// reduced motion, so a change mid-practice takes effect at once.
fn system_motion() -> Motion {
    let reduced = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|q| q.matches());
    if reduced {
        Motion::Reduced
    } else {
        Motion::Full
    }
}

struct ScalesProps {
    id: &'static str,
    value: Feeling,
    on_change: Callback<Feeling>,
}

/// The two player ratings: how calm, how kind to myself, 0 to 10.
fn feeling_scales(props: &ScalesProps) -> Html {
    let value = props.value;
    let slider = |which: &'static str, current: u8, set: fn(Feeling, u8) -> Feeling| {
        let id = format!("{}-{which}", props.id);
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |ev: InputEvent| {
            if let Some(v) = ev
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| i.value().parse::<u8>().ok())
            {
                on_change.emit(set(value, v.min(MAX_RATING)));
            }
        });
        html! {
            <div class="rating">
                <label for={id.clone()}>{ t(&format!("feeling-{which}")) }</label>
                <div class="rating-row">
                    <input type="range" id={id.clone()} min="0" max={MAX_RATING.to_string()} step="1"
                        value={current.to_string()} aria-valuetext={tr("checkin-value", &[("value", current.into())])} {oninput} />
                    <output for={id} aria-hidden="true">{ current }</output>
                </div>
            </div>
        }
    };
    html! {
        <>
            { slider("calm", value.calm, |f, v| Feeling { calm: v, ..f }) }
            { slider("kind", value.kind, |f, v| Feeling { kind: v, ..f }) }
        </>
    }
}
