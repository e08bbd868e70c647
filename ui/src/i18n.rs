//! The UI's sentences: the Fluent lookup lives in tend-core, which the
//! exported summary shares.

pub(crate) use tend_core::words::{t, tr};
