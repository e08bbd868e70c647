//! Every sentence Tend shows or writes comes from the Fluent file for the
//! user's language (en-GB, the first and for now only one). The screens and
//! the exported summary share this one lookup.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

pub use fluent_bundle::FluentValue;

const EN_GB: &str = include_str!("../../../assets/i18n/en-GB/tend.ftl");

thread_local! {
    static BUNDLE: FluentBundle<FluentResource> = {
        let resource = FluentResource::try_new(EN_GB.to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        let lang = "en-GB".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        // Isolation marks would show up as stray characters in plain text.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    };
}

thread_local! {
    /// Who the words speak to, as a role's id; "other" until she says.
    static ROLE: std::cell::Cell<&'static str> = const { std::cell::Cell::new("other") };
}

/// Chooses the framing words: every message is given `$role`
/// ("family_carer", "professional", "both" or "other"), so a message can
/// say "between visits" to a nurse and "between tasks" to a family carer.
pub fn set_role(role: Option<crate::prefs::Role>) {
    ROLE.with(|r| r.set(role.map_or("other", crate::prefs::Role::id)));
}

/// The message `id`, with `args` filled in. A missing message shows its id,
/// which the end-to-end screenshots and golden files make easy to spot.
pub fn tr(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    BUNDLE.with(|bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("role", ROLE.with(std::cell::Cell::get));
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    })
}

/// The message `id`, without arguments.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::Role;

    #[test]
    fn the_framing_words_follow_the_role() {
        set_role(Some(Role::FamilyCarer));
        assert_eq!(t("practise-between-visits"), "Between tasks");
        assert_eq!(t("tag-hard_visit"), "A hard moment caring");
        for role in [Some(Role::Professional), Some(Role::Both), None] {
            set_role(role);
            assert_eq!(t("practise-between-visits"), "Between visits", "{role:?}");
        }
        // An argument of the caller's own is kept.
        set_role(None);
        assert_eq!(
            tr("help-area-title", &[("area", "Scotland".into())]),
            "Only in Scotland"
        );
    }
}
