//! What the shell holds while it runs: the journal, or why it could not be
//! opened. A journal that failed to open stays failed: the app shows why
//! and never creates a new one in its place. The one way out is the user
//! choosing a backup, which puts it back and opens it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;
use tend_core::ApiError;
use tend_journal::{DataKey, Journal};

#[derive(Debug)]
pub(crate) struct AppState {
    folder: PathBuf,
    journal: Mutex<Result<Journal, ApiError>>,
    /// When a command last used the journal: the idle lock counts from it.
    last_use: Mutex<Instant>,
    /// The data key while the user has unlocked the journal, kept so a
    /// damaged locked journal can still be swapped for one of its
    /// (equally locked) backups; dropped, and wiped, by Hide now.
    key: Mutex<Option<DataKey>>,
}

/// What every command gets while the lock keeps the journal closed.
pub(crate) fn locked_error() -> ApiError {
    ApiError::said(
        tend_core::ErrorCode::Locked,
        tend_core::Said::new("open-error-locked"),
    )
}

fn open(folder: &Path) -> Result<Journal, ApiError> {
    Journal::open(folder).map_err(|e| ApiError::from(&e))
}

impl AppState {
    pub(crate) fn open(folder: PathBuf) -> AppState {
        AppState {
            journal: Mutex::new(open(&folder)),
            folder,
            last_use: Mutex::new(Instant::now()),
            key: Mutex::new(None),
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
        self.touch();
        self.with_journal_quietly(f)
    }

    /// As `with_journal`, for the shell's own timers: it does not count
    /// as the user using Tend.
    pub(crate) fn with_journal_quietly<T>(
        &self,
        f: impl FnOnce(&mut Journal) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        match &mut *self.lock() {
            Ok(journal) => f(journal),
            Err(e) => Err(e.clone()),
        }
    }

    /// Notes that the user is using Tend now.
    pub(crate) fn touch(&self) {
        *self.last_use.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
    }

    /// How long since the user last used Tend.
    pub(crate) fn idle_for(&self) -> std::time::Duration {
        self.last_use
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
    }

    /// Opens the locked journal with what the user typed.
    pub(crate) fn unlock(&self, secret: tend_journal::Secret<'_>) -> Result<(), ApiError> {
        let mut slot = self.lock();
        if slot.is_ok() {
            return Ok(());
        }
        let key = tend_journal::unlock(&self.folder, secret).map_err(ApiError::from)?;
        *self.key.lock().unwrap_or_else(|p| p.into_inner()) = Some(key.clone());
        *slot = Journal::open_locked(&self.folder, key).map_err(|e| ApiError::from(&e));
        self.touch();
        slot.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    /// Closes a locked journal at once; returns whether it did. A journal
    /// without the lock stays open (there is nothing to hide it behind).
    pub(crate) fn lock_now(&self) -> bool {
        let mut slot = self.lock();
        let locked = tend_journal::is_locked(&self.folder);
        if locked {
            // Dropping the journal closes it and wipes its key.
            *slot = Err(locked_error());
            *self.key.lock().unwrap_or_else(|p| p.into_inner()) = None;
        }
        locked
    }

    /// Closes the journal, runs `replace` on the closed folder, and opens
    /// the journal again, whatever `replace` did.
    pub(crate) fn reopen_after<T>(
        &self,
        replace: impl FnOnce(&Path, Option<&DataKey>) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut slot = self.lock();
        // Dropping the journal closes it, so its file can be moved.
        *slot = Err(ApiError::new(
            tend_core::ErrorCode::Internal,
            "the journal is being replaced",
        ));
        let key = self.key.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let result = replace(&self.folder, key.as_ref());
        *slot = match key {
            Some(key) if tend_journal::is_locked(&self.folder) => {
                Journal::open_locked(&self.folder, key).map_err(|e| ApiError::from(&e))
            }
            _ => open(&self.folder),
        };
        result
    }
}
