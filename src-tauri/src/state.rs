//! What the shell holds while it runs: the journal, or why it could not be
//! opened. A journal that failed to open stays failed: the app shows why
//! and never creates a new one in its place. The one way out is the user
//! choosing a backup, which puts it back and opens it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use tend_core::ApiError;
use tend_journal::Journal;

#[derive(Debug)]
pub(crate) struct AppState {
    folder: PathBuf,
    journal: Mutex<Result<Journal, ApiError>>,
}

fn open(folder: &Path) -> Result<Journal, ApiError> {
    Journal::open(folder).map_err(|e| ApiError::from(&e))
}

impl AppState {
    pub(crate) fn open(folder: PathBuf) -> AppState {
        AppState {
            journal: Mutex::new(open(&folder)),
            folder,
        }
    }

    pub(crate) fn folder(&self) -> &Path {
        &self.folder
    }

    fn lock(&self) -> MutexGuard<'_, Result<Journal, ApiError>> {
        // A panic while holding the lock cannot leave a half-done write
        // behind (every write is one transaction), so a poisoned lock is
        // safe to take over.
        self.journal
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the open journal, or returns why there is none.
    pub(crate) fn with_journal<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        match &mut *self.lock() {
            Ok(journal) => f(journal),
            Err(e) => Err(e.clone()),
        }
    }

    /// Closes the journal, runs `replace` on the closed folder, and opens
    /// the journal again, whatever `replace` did.
    pub(crate) fn reopen_after<T>(
        &self,
        replace: impl FnOnce(&Path) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut slot = self.lock();
        // Dropping the journal closes it, so its file can be moved.
        *slot = Err(ApiError::new(
            tend_core::ErrorCode::Internal,
            "the journal is being replaced",
        ));
        let result = replace(&self.folder);
        *slot = open(&self.folder);
        result
    }
}
