//! Something made once per language and kept for the life of the program:
//! the shell's parsed messages, its parsed content.

use std::collections::BTreeMap;
use std::sync::{Mutex, RwLock};

/// Each language's `T`, made the first time any thread asks for it and
/// lent by reference to every thread after; a second asker while one is
/// being made waits for it rather than making it again.
pub struct PerLanguage<T: 'static> {
    made: RwLock<BTreeMap<String, &'static T>>,
    making: Mutex<()>,
}

impl<T: 'static> std::fmt::Debug for PerLanguage<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PerLanguage")
    }
}

impl<T: 'static> Default for PerLanguage<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: 'static> PerLanguage<T> {
    pub const fn new() -> Self {
        Self {
            made: RwLock::new(BTreeMap::new()),
            making: Mutex::new(()),
        }
    }

    fn made(&self, lang: &str) -> Option<&'static T> {
        self.made.read().ok().and_then(|m| m.get(lang).copied())
    }

    /// `lang`'s `T`, made by `make` if no thread has made it yet.
    pub fn get_or_make<E>(
        &self,
        lang: &str,
        make: impl FnOnce() -> Result<T, E>,
    ) -> Result<&'static T, E> {
        if let Some(made) = self.made(lang) {
            return Ok(made);
        }
        let _making = self.making.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(made) = self.made(lang) {
            return Ok(made);
        }
        let leaked: &'static T = Box::leak(Box::new(make()?));
        self.set(lang, leaked);
        Ok(leaked)
    }

    /// Puts `value` in as `lang`'s from now on.
    pub fn replace(&self, lang: &str, value: T) {
        self.set(lang, Box::leak(Box::new(value)));
    }

    fn set(&self, lang: &str, value: &'static T) {
        if let Ok(mut map) = self.made.write() {
            map.insert(lang.to_owned(), value);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::PerLanguage;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn each_language_is_made_once_for_every_thread() {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        static CACHE: PerLanguage<String> = PerLanguage::new();
        let threads: Vec<_> = (0..8)
            .map(|i| {
                std::thread::spawn(move || {
                    let lang = if i % 2 == 0 { "cs" } else { "en-GB" };
                    CACHE
                        .get_or_make(lang, || {
                            MADE.fetch_add(1, Ordering::SeqCst);
                            Ok::<_, ()>(format!("{lang}'s"))
                        })
                        .unwrap()
                        .as_ptr() as usize
                })
            })
            .collect();
        let got: Vec<usize> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        assert_eq!(MADE.load(Ordering::SeqCst), 2);
        assert!(got.iter().step_by(2).all(|p| *p == got[0]));
        assert_eq!(CACHE.get_or_make("cs", || Err(())).unwrap(), "cs's");
        assert!(
            CACHE
                .get_or_make("de", || Err::<String, _>("none"))
                .is_err()
        );
        CACHE.replace("cs", "again".to_owned());
        assert_eq!(CACHE.get_or_make("cs", || Err(())).unwrap(), "again");
    }
}
