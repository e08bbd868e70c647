//! The player's rules: where in an exercise we are, pausing and resuming,
//! stopping early, and the breathing pacer's rhythm. Time comes in as
//! milliseconds from a monotonic clock the caller reads.

use crate::exercise::Length;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    Running,
    Paused,
    Finished,
    StoppedEarly,
}

/// An exercise being played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Player {
    step_ms: Vec<u64>,
    /// Time played before the current run began.
    banked_ms: u64,
    /// When the current run began, while running.
    running_since: Option<u64>,
    state: State,
}

/// Where the player is at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub step: usize,
    pub step_remaining_ms: u64,
    pub played_ms: u64,
    pub remaining_ms: u64,
}

impl Player {
    pub fn start(length: &Length, now_ms: u64) -> Player {
        Player {
            step_ms: length
                .steps
                .iter()
                .map(|s| u64::from(s.seconds) * 1000)
                .collect(),
            banked_ms: 0,
            running_since: Some(now_ms),
            state: State::Running,
        }
    }

    fn total_ms(&self) -> u64 {
        self.step_ms.iter().sum()
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// Time played, never more than the exercise's length.
    pub fn played_ms(&self, now_ms: u64) -> u64 {
        let running = self
            .running_since
            .map_or(0, |since| now_ms.saturating_sub(since));
        (self.banked_ms + running).min(self.total_ms())
    }

    /// Moves the state on to Finished once the whole length has played.
    pub fn tick(&mut self, now_ms: u64) {
        if self.state == State::Running && self.played_ms(now_ms) >= self.total_ms() {
            self.banked_ms = self.total_ms();
            self.running_since = None;
            self.state = State::Finished;
        }
    }

    pub fn pause(&mut self, now_ms: u64) {
        self.tick(now_ms);
        if self.state == State::Running {
            self.banked_ms = self.played_ms(now_ms);
            self.running_since = None;
            self.state = State::Paused;
        }
    }

    pub fn resume(&mut self, now_ms: u64) {
        if self.state == State::Paused {
            self.running_since = Some(now_ms);
            self.state = State::Running;
        }
    }

    /// Pause when running, resume when paused: the space bar.
    pub fn toggle(&mut self, now_ms: u64) {
        match self.state {
            State::Running => self.pause(now_ms),
            State::Paused => self.resume(now_ms),
            State::Finished | State::StoppedEarly => {}
        }
    }

    /// Ends the exercise before its time; what was played is kept.
    pub fn stop(&mut self, now_ms: u64) {
        self.tick(now_ms);
        if matches!(self.state, State::Running | State::Paused) {
            self.banked_ms = self.played_ms(now_ms);
            self.running_since = None;
            self.state = State::StoppedEarly;
        }
    }

    pub fn position(&self, now_ms: u64) -> Position {
        let played = self.played_ms(now_ms);
        let mut start = 0;
        for (step, ms) in self.step_ms.iter().enumerate() {
            if played < start + ms {
                return Position {
                    step,
                    step_remaining_ms: start + ms - played,
                    played_ms: played,
                    remaining_ms: self.total_ms() - played,
                };
            }
            start += ms;
        }
        Position {
            step: self.step_ms.len().saturating_sub(1),
            step_remaining_ms: 0,
            played_ms: played,
            remaining_ms: 0,
        }
    }
}

/// Breathing in or out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Breath {
    In,
    Out,
}

/// The pacer's default: 7 breaths a minute, about 3.4 s in and 5.1 s out.
/// Slow enough to soothe, quick enough that someone anxious does not feel
/// short of air; slower rhythms are there for those who like them.
pub const DEFAULT_BREATHS_PER_MINUTE: f64 = 7.0;

/// The rhythms she can choose, breaths a minute, slowest first. The
/// quickest (10, a breath every 6 s) is close to an ordinary resting pace.
pub const BREATH_RATES: [f64; 5] = [5.0, 6.0, 7.0, 8.0, 10.0];

/// The out-breath's share of each breath: a little longer than the in-breath.
const OUT_SHARE: f64 = 0.6;

/// Where the pacer is `elapsed_ms` into its run: in or out, and how far
/// through that half (0 to 1).
pub fn pacer(elapsed_ms: u64, breaths_per_minute: f64) -> (Breath, f64) {
    let bpm = breaths_per_minute.clamp(3.0, 12.0);
    let cycle = 60_000.0 / bpm;
    let elapsed = elapsed_ms as f64;
    // The remainder by whole cycles, not by a float `%`, which would put
    // a C library's remainder in the page for this one line. Rounding may
    // leave it a hair outside the cycle: the end of one breath and the
    // start of the next look the same.
    // (`max` and `min`, not `clamp`, which would panic on a NaN rate.)
    let t = (elapsed - (elapsed / cycle).floor() * cycle)
        .max(0.0)
        .min(cycle);
    let inhale = cycle * (1.0 - OUT_SHARE);
    if t < inhale {
        (Breath::In, t / inhale)
    } else {
        (Breath::Out, (t - inhale) / (cycle - inhale))
    }
}

/// Whether the system asks for reduced motion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    Full,
    Reduced,
}

/// What the pacer shows at a moment: the word, how far through the breath
/// (for the thin line), and the circle's size, which is `None` when motion
/// is reduced: then nothing grows or shrinks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PacerView {
    pub breath: Breath,
    pub progress: f64,
    pub circle_scale: Option<f64>,
}

/// The smallest the circle gets, as a share of its full size.
const SMALLEST: f64 = 0.6;

pub fn pacer_view(elapsed_ms: u64, breaths_per_minute: f64, motion: Motion) -> PacerView {
    let (breath, progress) = pacer(elapsed_ms, breaths_per_minute);
    let grown = match breath {
        Breath::In => SMALLEST + (1.0 - SMALLEST) * progress,
        Breath::Out => 1.0 - (1.0 - SMALLEST) * progress,
    };
    PacerView {
        breath,
        progress,
        circle_scale: (motion == Motion::Full).then_some(grown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::Step;

    fn length(steps: &[u32]) -> Length {
        Length {
            seconds: steps.iter().sum(),
            steps: steps
                .iter()
                .map(|s| Step {
                    text: "x".into(),
                    seconds: *s,
                    pacer: false,
                })
                .collect(),
        }
    }

    #[test]
    fn steps_follow_the_clock() {
        let p = Player::start(&length(&[10, 20]), 1_000);
        assert_eq!(p.position(1_000).step, 0);
        assert_eq!(p.position(10_999).step, 0);
        assert_eq!(p.position(11_000).step, 1);
        assert_eq!(p.position(11_000).remaining_ms, 20_000);
        assert_eq!(p.position(99_000).remaining_ms, 0);
    }

    #[test]
    fn pause_holds_the_place_and_resume_continues_from_it() {
        let mut p = Player::start(&length(&[30]), 0);
        p.pause(12_000);
        assert_eq!(p.state(), State::Paused);
        assert_eq!(
            p.played_ms(500_000),
            12_000,
            "time does not pass while paused"
        );
        p.resume(500_000);
        assert_eq!(p.played_ms(503_000), 15_000);
        p.toggle(504_000);
        assert_eq!(p.state(), State::Paused);
        p.toggle(600_000);
        assert_eq!(p.state(), State::Running);
    }

    #[test]
    fn it_finishes_at_its_length_and_not_before() {
        let mut p = Player::start(&length(&[10, 20]), 0);
        p.tick(29_999);
        assert_eq!(p.state(), State::Running);
        p.tick(30_000);
        assert_eq!(p.state(), State::Finished);
        p.toggle(31_000);
        assert_eq!(
            p.state(),
            State::Finished,
            "a finished exercise cannot be resumed"
        );
    }

    #[test]
    fn stopping_early_keeps_what_was_played() {
        let mut p = Player::start(&length(&[60]), 0);
        p.stop(20_000);
        assert_eq!(p.state(), State::StoppedEarly);
        assert_eq!(p.played_ms(90_000), 20_000);
        let mut late = Player::start(&length(&[60]), 0);
        late.stop(61_000);
        assert_eq!(
            late.state(),
            State::Finished,
            "stopping after the end counts as finished"
        );
    }

    #[test]
    fn with_reduced_motion_the_circle_stays_still_and_the_words_go_on() {
        let rate = DEFAULT_BREATHS_PER_MINUTE;
        for t in (0..30_000).step_by(700) {
            let full = pacer_view(t, rate, Motion::Full);
            let still = pacer_view(t, rate, Motion::Reduced);
            assert_eq!(still.circle_scale, None);
            assert_eq!((still.breath, still.progress), (full.breath, full.progress));
            let scale = full.circle_scale.unwrap();
            assert!((SMALLEST..=1.0).contains(&scale), "{scale}");
        }
        assert!(
            pacer_view(0, rate, Motion::Full).circle_scale.unwrap() < 0.61,
            "a breath starts small"
        );
    }

    #[test]
    fn the_pacer_breathes_out_longer_than_in_at_an_easy_seven_a_minute() {
        let cycle = (60_000.0 / DEFAULT_BREATHS_PER_MINUTE) as u64;
        assert_eq!(pacer(0, DEFAULT_BREATHS_PER_MINUTE).0, Breath::In);
        let inhale_ms = (0..cycle)
            .take_while(|t| pacer(*t, DEFAULT_BREATHS_PER_MINUTE).0 == Breath::In)
            .count();
        let exhale_ms = cycle as usize - inhale_ms;
        assert!(
            exhale_ms > inhale_ms,
            "out {exhale_ms} ms, in {inhale_ms} ms"
        );
        // Long enough to soothe, short enough not to feel starved of air.
        assert!(
            (3_000..=4_000).contains(&inhale_ms),
            "in-breath {inhale_ms} ms"
        );
        assert_eq!(
            pacer(cycle + 10, DEFAULT_BREATHS_PER_MINUTE).0,
            Breath::In,
            "it repeats"
        );
        let (_, progress) = pacer(inhale_ms as u64 / 2, DEFAULT_BREATHS_PER_MINUTE);
        assert!((0.45..0.55).contains(&progress));
    }

    #[test]
    fn every_rhythm_on_offer_leaves_room_to_breathe() {
        assert!(BREATH_RATES.contains(&DEFAULT_BREATHS_PER_MINUTE));
        assert!(BREATH_RATES.is_sorted_by(|a, b| a < b));
        for rate in BREATH_RATES {
            let cycle = 60_000.0 / rate;
            let inhale = cycle * (1.0 - OUT_SHARE);
            // No in-breath longer than about five seconds, and the quickest
            // choice near an ordinary resting pace.
            assert!(inhale <= 5_000.0, "{rate} a minute: in for {inhale} ms");
        }
        assert!(BREATH_RATES[BREATH_RATES.len() - 1] >= 10.0);
    }

    #[test]
    fn the_pacer_keeps_time_with_a_float_remainder_over_an_hour() {
        // The remainder by whole cycles agrees with `%` at every moment of
        // an hour, at every rhythm offered, to far below a pixel.
        for bpm in [3.0, 4.5, 5.5, 6.0, 7.0, 10.0, 12.0] {
            let cycle = 60_000.0 / f64::clamp(bpm, 3.0, 12.0);
            let inhale = cycle * (1.0 - OUT_SHARE);
            for ms in (0..3_600_000_u64).step_by(7) {
                let t = (ms as f64) % cycle;
                let (breath, progress) = pacer(ms, bpm);
                let at = match breath {
                    Breath::In => progress * inhale,
                    Breath::Out => inhale + progress * (cycle - inhale),
                };
                // At a cycle's edge the end of one breath is the next's start.
                let apart = [-cycle, 0.0, cycle]
                    .iter()
                    .map(|k| (at - t + k).abs())
                    .fold(f64::INFINITY, f64::min);
                assert!(apart < 1e-6, "{bpm}/min at {ms} ms: {at} against {t}");
            }
        }
    }

    #[test]
    fn a_rate_that_is_no_number_does_not_stop_the_pacer() {
        for rate in [f64::NAN, f64::INFINITY, -1.0, 0.0] {
            let _ = pacer_view(12_345, rate, Motion::Full);
        }
    }
}
