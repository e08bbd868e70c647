//! The content built into Tend (exercises, questionnaires, helplines, the
//! guided path), parsed and checked once, at start, and lent by reference
//! to every command after that.

use std::sync::LazyLock;
use tend_core::content::Content;
use tend_core::{ApiError, ErrorCode};

static CONTENT: LazyLock<Result<Content, String>> = LazyLock::new(Content::load);

/// The content; an error only if this build shipped a broken file, which
/// the tests rule out.
pub(crate) fn content() -> Result<&'static Content, ApiError> {
    CONTENT
        .as_ref()
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.clone()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_content_loads() {
        let content = super::content().unwrap();
        assert!(content.catalogue.exercises.len() >= 12);
        assert_eq!(content.measures.measures.len(), 3);
        assert!(content.helplines.country("GB").is_some());
    }
}
