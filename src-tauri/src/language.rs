//! Which language Tend speaks: the one she chose in Settings, else the
//! best match for the languages the system asks for, else British English.
//! It is set for the whole process, so the screens, the tray, the
//! notifications and the documents change together.

use tend_core::ipc::LanguageView;
use tend_core::words::{self, FALLBACK};

/// The languages the system asks for, most wanted first: GNU's LANGUAGE
/// list, then what the platform says (LC_ALL, LC_MESSAGES and LANG on
/// Linux; the user's languages elsewhere).
fn system_languages() -> Vec<String> {
    let mut asked: Vec<String> = std::env::var("LANGUAGE")
        .map(|list| list.split(':').map(str::to_owned).collect())
        .unwrap_or_default();
    asked.extend(sys_locale::get_locales());
    asked
}

/// The language Tend would speak if she chose none.
pub(crate) fn system_language() -> String {
    words::negotiate(&system_languages(), &words::available())
}

/// Speaks `chosen`, or the system's language; returns the one spoken.
pub(crate) fn apply(chosen: Option<&str>) -> String {
    let lang = chosen.map_or_else(system_language, str::to_owned);
    words::set_language(&lang);
    words::language()
}

/// What the Settings screen and the page need to know.
pub(crate) fn view(chosen: Option<String>) -> LanguageView {
    let active = words::language();
    LanguageView {
        messages: words::page_messages_of(&active).unwrap_or_default(),
        english: (active != FALLBACK)
            .then(|| words::page_messages_of(FALLBACK))
            .flatten(),
        choices: words::available()
            .into_iter()
            .map(|tag| {
                let name = words::tr_in(&tag, "language-name", &[]);
                (tag, name)
            })
            .collect(),
        system: system_language(),
        chosen,
        active,
    }
}
