//! A WebDriver session on the real app: find, click, press keys, read,
//! run a script, take a screenshot.

use crate::http;
use base64::Engine;
use serde_json::{Value, json};
use std::path::Path;
use std::time::{Duration, Instant};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Keys as WebDriver codes them.
#[derive(Clone, Copy, Debug)]
pub enum Key {
    Tab,
    Enter,
    Escape,
    Space,
    Left,
    Right,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
}

impl Key {
    fn code(self) -> &'static str {
        match self {
            Key::Tab => "\u{E004}",
            Key::Enter => "\u{E007}",
            Key::Escape => "\u{E00C}",
            Key::Space => "\u{E00D}",
            Key::PageUp => "\u{E00E}",
            Key::PageDown => "\u{E00F}",
            Key::End => "\u{E010}",
            Key::Home => "\u{E011}",
            Key::Left => "\u{E012}",
            Key::Up => "\u{E013}",
            Key::Right => "\u{E014}",
            Key::Down => "\u{E015}",
        }
    }
}

/// An element of the page, as WebDriver names it.
#[derive(Clone, Debug)]
pub struct Element(String);

/// One launch of the app. Dropping it closes the app.
#[derive(Debug)]
pub struct Session {
    port: u16,
    id: String,
    closed: bool,
}

impl Session {
    pub(crate) fn new(port: u16, app: &Path) -> Session {
        let caps = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "wry",
                "tauri:options": { "application": app.to_string_lossy() }
            }}
        });
        let reply = http::request(port, "POST", "/session", Some(&caps)).expect("new session");
        let id = reply.body["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("the app did not start: {}", reply.body))
            .to_owned();
        Session {
            port,
            id,
            closed: false,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let path = format!("/session/{}{path}", self.id);
        let reply =
            http::request(self.port, method, &path, body.as_ref()).map_err(|e| e.to_string())?;
        if reply.status >= 400 {
            return Err(format!(
                "{method} {path}: {} {}",
                reply.status, reply.body["value"]
            ));
        }
        Ok(reply.body["value"].clone())
    }

    fn must(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, path, body)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// The first element matching `css`, waiting up to 15 s for it.
    pub fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let found = self.call(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            );
            match found {
                Ok(v) => {
                    if let Some(id) = v[ELEMENT_KEY].as_str() {
                        return Element(id.to_owned());
                    }
                }
                Err(e) if Instant::now() > deadline => panic!("no element {css:?}: {e}"),
                Err(_) => {}
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn text(&self, el: &Element) -> String {
        self.must("GET", &format!("/element/{}/text", el.0), None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn property(&self, el: &Element, name: &str) -> Value {
        self.must("GET", &format!("/element/{}/property/{name}", el.0), None)
    }

    pub fn click(&self, el: &Element) {
        self.must("POST", &format!("/element/{}/click", el.0), Some(json!({})));
    }

    /// Clicks the element `css` finds as it is now: a screen the shell
    /// writes anew after each change may replace the element between
    /// finding and clicking it, so a stale one is found again (a person
    /// clicks what she sees).
    pub fn click_on(&self, css: &str) {
        for _ in 0..5 {
            let el = self.find(css);
            match self.call("POST", &format!("/element/{}/click", el.0), Some(json!({}))) {
                Ok(_) => return,
                Err(e) if e.contains("stale element") => continue,
                Err(e) => panic!("{e}"),
            }
        }
        panic!("{css:?} was written anew five times while being clicked");
    }

    /// Waits until the page's visible text holds `needle`; returns the text.
    pub fn wait_for_text(&self, needle: &str) -> String {
        self.wait_for_text_within(needle, 15)
    }

    /// As `wait_for_text`, waiting up to `seconds`.
    pub fn wait_for_text_within(&self, needle: &str, seconds: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        loop {
            let text = self.page_text();
            if text.contains(needle) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "the page never showed {needle:?}; it shows:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The page's text as it is rendered, one line per block.
    pub fn page_text(&self) -> String {
        let text = self.execute(
            "return document.body ? document.body.innerText : '';",
            json!([]),
        );
        text.as_str().unwrap_or_default().to_owned()
    }

    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.must(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.must(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Presses keys one after another, as a person at a keyboard would:
    /// they go to whatever has focus.
    pub fn press(&self, keys: &[Key]) {
        let codes: Vec<&str> = keys.iter().map(|k| k.code()).collect();
        self.type_codes(&codes);
    }

    /// Types text into whatever has focus, key by key.
    pub fn type_text(&self, text: &str) {
        let chars: Vec<String> = text.chars().map(String::from).collect();
        let codes: Vec<&str> = chars.iter().map(String::as_str).collect();
        self.type_codes(&codes);
    }

    fn type_codes(&self, codes: &[&str]) {
        let mut actions = Vec::new();
        for code in codes {
            actions.push(json!({"type": "keyDown", "value": code}));
            actions.push(json!({"type": "keyUp", "value": code}));
        }
        let body = json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]});
        self.must("POST", "/actions", Some(body));
    }

    /// The focused control's accessible name, as far as the page can tell:
    /// aria-label, else its label's text, else the text of a button, link
    /// or heading. Anything else (the body, a region) has no name here, so
    /// a search never stops on a container that merely holds the words.
    pub fn focused_name(&self) -> String {
        let script = "const e = document.activeElement;
            if (!e || e === document.body) return '';
            const own = /^(BUTTON|A|H1|H2|H3|SUMMARY|OPTION)$/.test(e.tagName) ? e.textContent : '';
            const label = e.getAttribute('aria-label')
                || (e.labels && e.labels.length ? e.labels[0].textContent : '')
                || own || '';
            return label.replace(/\\s+/g, ' ').trim();";
        self.execute(script, json!([]))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Presses Tab until the focused control's name holds `name`.
    pub fn tab_to(&self, name: &str) {
        for _ in 0..200 {
            if self.focused_name().contains(name) {
                return;
            }
            self.press(&[Key::Tab]);
        }
        panic!("Tab never reached a control named {name:?}");
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        self.must(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        );
        // Give the layout a moment to follow the new size.
        std::thread::sleep(Duration::from_millis(300));
    }

    pub fn screenshot(&self, path: &Path) {
        let data = self.must("GET", "/screenshot", None);
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("screenshot is base64");
        assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Closes the app and waits for the session to end.
    pub fn close(mut self) {
        self.end();
    }

    fn end(&mut self) {
        if !self.closed {
            self.closed = true;
            let _ = http::request(self.port, "DELETE", &format!("/session/{}", self.id), None);
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.end();
    }
}
