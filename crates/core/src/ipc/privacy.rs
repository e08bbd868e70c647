//! The privacy lock.

use serde::{Deserialize, Serialize};

/// A passcode, or the recovery key, as typed; wiped when dropped.
#[allow(missing_debug_implementations)] // it holds a secret
#[derive(Serialize, Deserialize)]
pub struct Secret {
    pub text: crate::secret::SecretText,
    /// The text is the recovery key, not the passcode.
    pub recovery: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyView {
    pub lock_on: bool,
    /// Minutes without use before Tend locks itself.
    pub idle_minutes: u32,
    /// The fewest characters a passcode may have.
    pub min_passcode: usize,
}

/// The choices for locking after a while without use, in minutes.
pub const IDLE_MINUTES: [u32; 4] = [2, 5, 15, 30];
