//! The page index.html came with, before the UI: a calm empty frame, or
//! her Today as the shell painted it (`src-tauri/src/first_page.rs`),
//! whose links work before this code has loaded. The UI takes its place.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

thread_local! {
    /// Whether index.html's frame has gone: done once.
    static BOOT_ENDED: Cell<bool> = const { Cell::new(false) };
    /// The link she had focused in the Today the shell painted, by its
    /// `href`, to be focused again in the UI's own Today.
    static FOCUSED_IN_BOOT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Takes away index.html's frame and says the page is no longer busy.
pub(crate) fn end_boot() {
    if BOOT_ENDED.with(|ended| ended.replace(true)) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(frame) = document.get_element_by_id("boot") {
        // The shell may have painted her Today there (`first_page`), whose
        // links work before this code has loaded: a link she moved to by
        // keyboard is where her focus stays.
        let focused = document
            .active_element()
            .filter(|active| frame.contains(Some(active)))
            .and_then(|active| active.get_attribute("href"));
        FOCUSED_IN_BOOT.with(|kept| *kept.borrow_mut() = focused);
        frame.remove();
    }
    if let Some(body) = document.body() {
        let _ = body.remove_attribute("aria-busy");
    }
}

/// Focuses again, in the UI's own window, the link she had focused in the
/// one the shell painted, if she is still on Today (a link she followed
/// opened its own screen, whose heading has her focus).
pub(crate) fn focus_as_before_boot() {
    let Some(href) = FOCUSED_IN_BOOT.with(|kept| kept.borrow_mut().take()) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_today = document
        .location()
        .and_then(|l| l.hash().ok())
        .is_none_or(|hash| hash.is_empty() || hash == "#/");
    if !on_today {
        return;
    }
    let Ok(links) = document.query_selector_all("#app a[href]") else {
        return;
    };
    let same = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|link| link.get_attribute("href").as_deref() == Some(href.as_str()));
    if let Some(link) = same {
        let _ = link.focus();
    }
}
