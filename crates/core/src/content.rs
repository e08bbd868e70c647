//! The content built into Tend (exercises, questionnaires, helplines, the
//! guided path), parsed and checked. Tests make sure the shipped files
//! pass; these functions still report a broken build rather than panic.

use crate::exercise::Catalogue;
use crate::measure::Measures;
use crate::path::GuidedPath;
use crate::support::Helplines;

fn parsed<T: serde::de::DeserializeOwned, E: std::fmt::Display>(
    text: &str,
    what: &str,
    validate: impl Fn(&T) -> Result<(), E>,
) -> Result<T, String> {
    let parsed: T =
        serde_json::from_str(text).map_err(|e| format!("the {what} file does not parse: {e}"))?;
    validate(&parsed).map_err(|e| format!("the {what} file breaks a rule: {e}"))?;
    Ok(parsed)
}

/// The exercises, in en-GB.
pub fn catalogue() -> Result<Catalogue, String> {
    parsed(
        include_str!("../../../assets/exercises/en-GB.json"),
        "exercise",
        Catalogue::validate,
    )
}

/// The questionnaires, in en-GB.
pub fn measures() -> Result<Measures, String> {
    parsed(
        include_str!("../../../assets/measures/en-GB.json"),
        "measures",
        Measures::validate,
    )
}

/// The helplines by country.
pub fn helplines() -> Result<Helplines, String> {
    parsed(
        include_str!("../../../assets/support/helplines.json"),
        "helplines",
        Helplines::validate,
    )
}

/// The guided path, checked against the exercises and questionnaires.
pub fn guided_path() -> Result<GuidedPath, String> {
    path_for(&catalogue()?, &measures()?)
}

fn path_for(catalogue: &Catalogue, measures: &Measures) -> Result<GuidedPath, String> {
    parsed(
        include_str!("../../../assets/path/en-GB.json"),
        "path",
        |p: &GuidedPath| p.validate(catalogue, measures),
    )
}

/// Everything built in, each file parsed and checked once.
#[derive(Clone, Debug)]
pub struct Content {
    pub catalogue: Catalogue,
    pub measures: Measures,
    pub helplines: Helplines,
    pub path: GuidedPath,
}

impl Content {
    pub fn load() -> Result<Content, String> {
        let catalogue = catalogue()?;
        let measures = measures()?;
        let path = path_for(&catalogue, &measures)?;
        Ok(Content {
            catalogue,
            measures,
            helplines: helplines()?,
            path,
        })
    }
}
