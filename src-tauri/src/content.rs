//! The content built into Tend (exercises, questionnaires, helplines, the
//! guided path), parsed and checked once per language, the first time that
//! language is spoken, and lent by reference to every command after that.

use tend_core::content::Content;
use tend_core::per_language::PerLanguage;
use tend_core::{ApiError, ErrorCode};

/// Each language's content, once loaded; kept for the life of the app.
static LOADED: PerLanguage<Content> = PerLanguage::new();

/// Parses the content in the system's language on a thread of its own,
/// while the window and its webview are still being made: most people
/// speak it, and Today's first view waits for it.
pub(crate) fn load_early() {
    let lang = crate::language::system_language();
    std::thread::spawn(move || {
        let _ = content_in(&lang);
    });
}

/// The content in the language spoken now; an error only if this build
/// shipped a broken file, which the tests rule out.
pub(crate) fn content() -> Result<&'static Content, ApiError> {
    content_in(&tend_core::words::language())
}

fn content_in(lang: &str) -> Result<&'static Content, ApiError> {
    LOADED.get_or_make(lang, || {
        #[cfg(feature = "test-switches")]
        let loaded = if lang == crate::pseudo::TAG {
            crate::pseudo::content()
        } else {
            Content::load_in(lang)
        };
        #[cfg(not(feature = "test-switches"))]
        let loaded = Content::load_in(lang);
        loaded.map_err(|e| ApiError::new(ErrorCode::Internal, e))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_content_loads_in_every_language() {
        for lang in tend_core::words::available() {
            let content = super::content_in(&lang).unwrap();
            assert!(content.catalogue.exercises.len() >= 12, "{lang}");
            assert_eq!(content.measures.measures.len(), 3);
            assert!(content.helplines.country("GB").is_some());
        }
    }
}
