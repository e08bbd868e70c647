//! What the shell holds while it runs: the journal, or why it could not be
//! opened. A journal that failed to open stays failed for this run: the app
//! shows why and never tries to create a new one in its place.

use std::path::PathBuf;
use std::sync::Mutex;
use tend_core::ApiError;
use tend_journal::Journal;

#[derive(Debug)]
pub(crate) struct AppState {
    journal: Result<Mutex<Journal>, ApiError>,
}

impl AppState {
    pub(crate) fn open(folder: PathBuf) -> AppState {
        AppState {
            journal: Journal::open(&folder)
                .map(Mutex::new)
                .map_err(|e| ApiError::from(&e)),
        }
    }

    /// Runs `f` with the open journal, or returns why there is none.
    pub(crate) fn with_journal<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let journal = self.journal.as_ref().map_err(Clone::clone)?;
        // A panic while holding the lock cannot leave a half-done write
        // behind (every write is one transaction), so a poisoned lock is
        // safe to take over.
        let mut guard = journal
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut guard)
    }
}
