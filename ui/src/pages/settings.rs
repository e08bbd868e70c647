//! Settings: the language, then the shell's form of her own choices (when
//! the day ends, colours, text size, who she cares for), each change saved
//! at once and announced; the way to reminders and the privacy lock, the
//! country of her helplines, backups and what she has exported.

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use crate::route::Route;
use yew::prelude::*;

#[function_component]
pub(crate) fn SettingsPage() -> Html {
    html! {
        <>
            <PageHeading text={t("settings-title")} />
            <FromShell part={Part::Language} />
            <FromShell part={Part::Settings} />

            <p><a href={Route::Reminders.href()}>{ t("settings-reminders-link") }</a></p>
            <p><a href={Route::Privacy.href()}>{ t("settings-privacy-link") }</a></p>

            <FromShell part={Part::Country} />

            <section aria-labelledby="settings-backups">
                <h2 id="settings-backups">{ t("settings-backups") }</h2>
                <p>{ t("settings-backups-intro") }</p>
                <FromShell part={Part::Backups(false)} />
            </section>

            <section aria-labelledby="settings-exports">
                <h2 id="settings-exports">{ t("settings-exports") }</h2>
                <p>{ t("settings-exports-intro") }</p>
                <FromShell part={Part::ExportLog} />
                <p><a href={Route::Export.href()}>{ t("settings-export-link") }</a></p>
            </section>

            <p><a href={Route::About.href()}>{ t("settings-about") }</a></p>
        </>
    }
}
