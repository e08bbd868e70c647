//! The page the window loads first, `index.html`, with her window already
//! in it: Today in her language, theme and text size, written by tend-core
//! (`screen_html::today_main`, `window_frame`) as the UI writes it, so
//! Today is painted and its links work before the UI's code has loaded.
//! It is written on its own thread from the moment the journal is open;
//! a locked or unreadable journal, one not yet welcomed, or one slower
//! than `WAIT_AT_MOST` gets the page as built, with its calm empty frame.

use crate::clock::local_now;
use crate::state::AppState;
use std::borrow::Cow;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;
use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{AppHandle, Assets, Manager, Wry};
use tend_core::screen_html;

/// How long the first `index.html` waits for her window to be written
/// before it goes with the empty frame instead. It is served on the
/// thread that draws the window, so a slow journal must not hold it.
const WAIT_AT_MOST: Duration = Duration::from_millis(150);

/// Her window, being written since the journal opened; taken by the first
/// `index.html` only (a page loaded again gets the frame, and the UI).
static PREPARED: Mutex<Option<Receiver<Option<Window>>>> = Mutex::new(None);

/// Starts writing her window off the thread that draws it, once the
/// journal is open and her language set.
pub(crate) fn prepare(app: &AppHandle) {
    let (done, prepared) = channel();
    *PREPARED.lock().unwrap_or_else(|p| p.into_inner()) = Some(prepared);
    let app = app.clone();
    std::thread::spawn(move || {
        if let Some(wait) = crate::switches::slow_today() {
            std::thread::sleep(wait);
        }
        let _ = done.send(window(&app));
    });
}

/// The assets as built, and the first `index.html` with her window in it.
pub(crate) struct FirstPage {
    built: Box<dyn Assets<Wry>>,
}

/// Puts `FirstPage` in front of the context's own assets.
pub(crate) fn wrap(context: &mut tauri::Context<Wry>) {
    let built = context.set_assets(Box::new(Nothing));
    context.set_assets(Box::new(FirstPage { built }));
}

impl Assets<Wry> for FirstPage {
    fn setup(&self, app: &tauri::App<Wry>) {
        self.built.setup(app);
    }

    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        let built = self.built.get(key)?;
        if key.as_ref() == "/boot.js" && crate::switches::hold_ui() {
            return Some(Cow::Borrowed(b"export {};\n"));
        }
        if key.as_ref() != "/index.html" {
            return Some(built);
        }
        let prepared = PREPARED.lock().unwrap_or_else(|p| p.into_inner()).take();
        let frame = prepared.and_then(|p| p.recv_timeout(WAIT_AT_MOST).ok().flatten());
        let written = frame.and_then(|frame| {
            screen_html::index_with_window(
                &String::from_utf8_lossy(&built),
                &tend_core::words::language(),
                frame.1,
                &frame.0,
            )
        });
        Some(written.map_or(built, |page| Cow::Owned(page.into_bytes())))
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        self.built.iter()
    }

    fn csp_hashes(&self, html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        self.built.csp_hashes(html_path)
    }
}

/// Her window as HTML, and the preferences that give its look.
type Window = (String, tend_core::Preferences);

/// Today and the frame around it, with her look; `None` when the journal
/// is not open to read, not yet welcomed, or anything fails.
fn window(app: &AppHandle) -> Option<Window> {
    // First, so the content in her language is parsed here even when
    // there is no Today to write (the first command that needs it waits).
    let content = crate::content::content().ok()?;
    let state = app.try_state::<AppState>()?;
    let view = state
        .with_journal_quietly(|journal| crate::today::view(journal, content, local_now()))
        .ok()?;
    if view.welcome {
        return None;
    }
    let frame = tend_core::words::with_role(view.preferences.role, || {
        screen_html::window_frame(&screen_html::today_main(&view))
    });
    Some((frame, view.preferences))
}

/// No assets: what stands in the context for the moment it takes to wrap
/// its own.
struct Nothing;

impl Assets<Wry> for Nothing {
    fn get(&self, _key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        None
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::empty())
    }

    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}
