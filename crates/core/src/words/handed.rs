//! The page's messages: none built in; the shell hands over the active
//! language's, and British English's beside them, in the form
//! [`page::compile`] writes, read back by [`page::Messages`].

use super::{Value, page};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

thread_local! {
    /// The languages handed over (the page has one thread).
    static HANDED: RefCell<BTreeMap<String, Rc<page::Messages>>> =
        const { RefCell::new(BTreeMap::new()) };
}

fn messages(lang: &str) -> Option<Rc<page::Messages>> {
    HANDED.with(|handed| handed.borrow().get(lang).cloned())
}

pub(super) fn has(lang: &str) -> bool {
    messages(lang).is_some()
}

pub(super) fn available() -> Vec<String> {
    HANDED.with(|handed| handed.borrow().keys().cloned().collect())
}

pub(super) fn register(lang: &str, text: String) -> Result<(), String> {
    let read = Rc::new(page::Messages::read(text)?);
    HANDED.with(|handed| handed.borrow_mut().insert(lang.to_owned(), read));
    Ok(())
}

pub(super) fn format(
    lang: &str,
    id: &str,
    args: &[(&str, Value<'_>)],
    role: &'static str,
) -> Result<String, String> {
    messages(lang)
        .ok_or_else(|| format!("no messages in {lang}"))?
        .format(id, args, role)
}
