//! The page's side of a form the shell wrote, in the DOM: what a form's
//! fields hold when it is sent (HTML's own form data, and the button that
//! sent it), and writing an element again around the field she is typing
//! in; the status line a form shows while the shell works on it, and the
//! screen's heading taking focus. `written.rs` drives them.

use tend_core::ipc::FormFields;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlFormElement};
use yew::prelude::*;

/// Writes what is inside `new` into `old`, which stays (yew may hold it as
/// the first node of its part). The field she is typing in, when it is in
/// `old` and `new` has one with its id, stays too, with what she has typed
/// and where her caret is: around it, level by level, everything else is
/// `new`'s.
pub(super) fn write_inside(old: &Element, new: &Element) {
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|f| !f.id().is_empty() && old.contains(Some(f)) && f != old)
        // Only a field she types in: a button, box or choice is written
        // anew (its words or state may have changed) and focused by id.
        .filter(|f| {
            f.tag_name() == "TEXTAREA"
                || f.tag_name() == "INPUT"
                    && !matches!(
                        f.get_attribute("type").as_deref(),
                        Some("checkbox" | "radio" | "submit" | "button" | "hidden")
                    )
        });
    let kept = focused.and_then(|f| {
        let twin = new.query_selector(&format!("[id=\"{}\"]", f.id())).ok()??;
        let path = |from: &Element, top: &Element| {
            let mut path = vec![from.clone()];
            while path.last() != Some(top) {
                path.push(path.last()?.parent_element()?);
            }
            path.reverse();
            Some(path)
        };
        let (old_path, new_path) = (path(&f, old)?, path(&twin, new)?);
        (old_path.len() == new_path.len()).then_some((old_path, new_path))
    });
    let Some((old_path, new_path)) = kept else {
        old.set_inner_html(&new.inner_html());
        return;
    };
    // At each level the child on her control's path stays; its siblings
    // before and after become `new`'s.
    for level in 0..old_path.len() - 1 {
        let (here, stays) = (&old_path[level], &old_path[level + 1]);
        let (there, twin) = (&new_path[level], &new_path[level + 1]);
        while let Some(before) = here.first_child().filter(|c| c != stays.as_ref()) {
            let _ = here.remove_child(&before);
        }
        while let Some(after) = stays.next_sibling() {
            let _ = here.remove_child(&after);
        }
        while let Some(before) = there.first_child().filter(|c| c != twin.as_ref()) {
            let _ = here.insert_before(&before, Some(stays));
        }
        while let Some(after) = twin.next_sibling() {
            let _ = here.append_child(&after);
        }
    }
}

/// The written form a change or a sending came from, with what its fields
/// hold, in the order the page reads them (HTML's own form data: ticked
/// boxes and chosen options only), and the button that sent it last. A
/// change counts only in a form marked `data-live`.
pub(super) fn form_of(event: &Event, sent_by: Option<HtmlElement>) -> Option<(FormFields, String)> {
    let form: HtmlFormElement = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("form[data-form]")
        .ok()??
        .dyn_into()
        .ok()?;
    let sent = event.type_() == "submit";
    if !sent && !form.has_attribute("data-live") {
        return None;
    }
    let name = form.get_attribute("data-form")?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let mut fields = Vec::new();
    for entry in js_sys::try_iter(&data).ok()?? {
        let pair: js_sys::Array = entry.ok()?.unchecked_into();
        // A file is no text: no written form has one.
        if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            fields.push((name, value));
        }
    }
    if let Some(button) = sent_by
        && let Some(name) = button.get_attribute("name")
    {
        fields.push((name, button.get_attribute("value").unwrap_or_default()));
    }
    Some((
        FormFields {
            form: name,
            fields,
            sent,
        },
        // The attribute, not `form.id`, which a field named "id" would hide.
        form.get_attribute("id")?,
    ))
}

/// Says, in the form `id`'s status line (`data-working`, always in the
/// page and empty), what the shell is doing while it works on the form,
/// and empties it again when the answer comes: a line that appears in a
/// live region is read out, where one un-hidden may not be.
pub(super) fn working(id: &str, on: bool) {
    let line = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|form| form.query_selector("[data-working]").ok().flatten());
    if let Some(line) = line {
        let words = line.get_attribute("data-working").filter(|_| on);
        line.set_text_content(words.as_deref());
    }
}

/// Gives focus to the screen's heading.
pub(super) fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}
