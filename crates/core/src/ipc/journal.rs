//! The journal's search.

use serde::{Deserialize, Serialize};

/// The entries holding every word typed, as the shell wrote their list
/// (`screen_html::entries`), and how many there are, which the page says
/// in its own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Found {
    pub count: usize,
    pub html: String,
}
