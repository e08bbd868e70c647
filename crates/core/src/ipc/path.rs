//! The guided path.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PathView {
    pub path: crate::path::GuidedPath,
    pub progress: crate::path::Progress,
    /// The exercises' titles by id, for naming the steps.
    pub exercise_titles: Vec<(String, String)>,
    /// The questionnaires at the start and the end, side by side, as the
    /// shell wrote them (`screen_html::path_compare`); shown once the path
    /// is complete.
    pub compare: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathActionRequest {
    pub kind: crate::path::PathEventKind,
    /// The step, for done and undone.
    pub step: Option<String>,
    /// The journal entry a writing step was done in.
    pub entry: Option<i64>,
}
