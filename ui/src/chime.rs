//! A soft chime made in the page with the Web Audio API: no sound file is
//! shipped or fetched.

use web_sys::{AudioContext, OscillatorType};

thread_local! {
    static CONTEXT: std::cell::RefCell<Option<AudioContext>> = const { std::cell::RefCell::new(None) };
}

/// Pitch of the chime, in hertz: a gentle tone in the middle of the range.
const PITCH: f32 = 528.0;
/// Peak loudness, 0 to 1: quiet enough for a shared office.
const PEAK: f32 = 0.12;
/// How long the tone takes to fade, in seconds.
const FADE: f64 = 1.4;

/// Plays one chime. Sound is a nicety: if the system has no audio, nothing
/// happens and the practice goes on.
pub(crate) fn chime() {
    CONTEXT.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = AudioContext::new().ok();
        }
        if let Some(ctx) = cell.as_ref() {
            let _ = play(ctx);
        }
    });
}

fn play(ctx: &AudioContext) -> Result<(), wasm_bindgen::JsValue> {
    let now = ctx.current_time();
    let tone = ctx.create_oscillator()?;
    tone.set_type(OscillatorType::Sine);
    tone.frequency().set_value_at_time(PITCH, now)?;
    let volume = ctx.create_gain()?;
    volume.gain().set_value_at_time(0.0, now)?;
    volume
        .gain()
        .linear_ramp_to_value_at_time(PEAK, now + 0.03)?;
    volume
        .gain()
        .exponential_ramp_to_value_at_time(0.001, now + FADE)?;
    tone.connect_with_audio_node(&volume)?;
    volume.connect_with_audio_node(&ctx.destination())?;
    tone.start()?;
    tone.stop_with_when(now + FADE + 0.1)?;
    Ok(())
}
