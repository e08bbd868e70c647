//! The screen for a journal that could not be opened. It names the folder,
//! says that nothing was changed, and, when the journal is damaged, offers
//! the automatic backups: restoring one keeps the damaged file.

use super::{FromShell, PageHeading, Part};
use crate::i18n::t;
use tend_core::{ApiError, ErrorCode};
use yew::prelude::*;

pub(crate) fn journal_unavailable(error: &ApiError) -> Html {
    let reason = match error.code {
        ErrorCode::DataFolderUnwritable => "journal-error-data_folder_unwritable",
        ErrorCode::NotAJournal => "journal-error-not_a_journal",
        ErrorCode::JournalTooNew => "journal-error-journal_too_new",
        ErrorCode::JournalDamaged => "journal-error-journal_damaged",
        _ => "journal-error-internal",
    };
    let folder = error.folder.clone().unwrap_or_default();
    html! {
        <div class="shell">
            <main id="main">
                <PageHeading text={t("journal-error-title")} />
                <div class="error" role="alert">
                    <p>{ t(reason) }<code class="path" data-testid="data-folder">{ folder }</code></p>
                    <p>{ t("journal-error-unchanged") }</p>
                </div>
                if error.code == ErrorCode::DataFolderUnwritable {
                    <p>{ t("journal-error-advice") }</p>
                }
                // A damaged journal can be swapped for a backup; the
                // damaged file is kept beside the backups, never deleted.
                if matches!(error.code, ErrorCode::JournalDamaged | ErrorCode::NotAJournal) {
                    <h2>{ t("journal-error-backups") }</h2>
                    <p>{ t("journal-error-backups-intro") }</p>
                    <FromShell part={Part::Backups(true)} />
                }
            </main>
        </div>
    }
}
