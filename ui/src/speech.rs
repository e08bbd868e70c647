//! Spoken guidance through the webview's own speech engine (in WebKitGTK,
//! Flite or speech-dispatcher; on other platforms the system's voices).
//! Nothing is downloaded: if the platform has no voice, the player says so
//! and keeps the chime.

use tend_core::speech::{SpeechPrefs, pick_voice};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn engine() -> Option<SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
}

/// The engine's voices as `(name, language tag)`, in its order. Engines
/// fill the list a moment after the page asks, so callers ask again on
/// `voiceschanged`.
pub(crate) fn voices() -> Vec<(String, String)> {
    engine()
        .map(|e| {
            e.get_voices()
                .iter()
                .filter_map(|v| v.dyn_into_voice())
                .map(|v| (v.name(), v.lang()))
                .collect()
        })
        .unwrap_or_default()
}

trait IntoVoice {
    fn dyn_into_voice(self) -> Option<SpeechSynthesisVoice>;
}

impl IntoVoice for wasm_bindgen::JsValue {
    fn dyn_into_voice(self) -> Option<SpeechSynthesisVoice> {
        use wasm_bindgen::JsCast;
        self.dyn_into::<SpeechSynthesisVoice>().ok()
    }
}

/// Runs `then` whenever the engine's list of voices changes.
pub(crate) fn on_voices_changed(then: impl Fn() + 'static) -> Option<VoicesWatch> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let engine = engine()?;
    let closure = Closure::<dyn Fn()>::new(then);
    engine.set_onvoiceschanged(Some(closure.as_ref().unchecked_ref()));
    Some(VoicesWatch {
        engine,
        _closure: closure,
    })
}

/// Keeps the `voiceschanged` handler alive; dropping it removes it.
pub(crate) struct VoicesWatch {
    engine: SpeechSynthesis,
    _closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for VoicesWatch {
    fn drop(&mut self) {
        self.engine.set_onvoiceschanged(None);
    }
}

/// Speaks one step, after stopping whatever was being said. Returns false
/// when there is no engine or no voice for the practice's language.
pub(crate) fn say(text: &str, lang: &str, prefs: &SpeechPrefs) -> bool {
    let Some(engine) = engine() else {
        return false;
    };
    let all = engine.get_voices();
    let listed = voices();
    let Some((name, _)) = pick_voice(&listed, prefs.voice.as_ref(), lang) else {
        return false;
    };
    let voice = all
        .iter()
        .filter_map(|v| v.dyn_into_voice())
        .find(|v| &v.name() == name);
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(lang);
    utterance.set_voice(voice.as_ref());
    utterance.set_rate(prefs.rate.factor());
    utterance.set_volume(prefs.volume.factor());
    engine.cancel();
    engine.speak(&utterance);
    true
}

/// Holds the voice mid-sentence, or lets it go on. Only a sentence being
/// spoken is held: WebKit marks an idle engine as paused and never clears
/// it, which would leave it saying it is paused after Resume.
pub(crate) fn hold(paused: bool) {
    if let Some(engine) = engine() {
        if paused && engine.speaking() {
            engine.pause();
        } else if !paused && engine.paused() {
            engine.resume();
        }
    }
}

/// Stops speaking at once and forgets what was queued.
pub(crate) fn hush() {
    if let Some(engine) = engine() {
        engine.cancel();
    }
}
