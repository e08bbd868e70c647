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

/// The questionnaires, as published: in British English, each marked with
/// the language of its wording.
pub fn measures() -> Result<Measures, String> {
    let mut measures: Measures = parsed(
        include_str!("../../../assets/measures/en-GB.json"),
        "measures",
        Measures::validate,
    )?;
    let lang = measures.lang.clone();
    for measure in &mut measures.measures {
        measure.lang.clone_from(&lang);
    }
    Ok(measures)
}

/// The helplines by country.
pub fn helplines() -> Result<Helplines, String> {
    parsed(
        include_str!("../../../assets/support/helplines.json"),
        "helplines",
        Helplines::validate,
    )
}

/// The helplines with `lang`'s wording of their descriptions where it has
/// one (`assets/support/words/<lang>.json`); the rest as their sources
/// were read, in English.
#[cfg(not(target_arch = "wasm32"))]
pub fn helplines_in(lang: &str) -> Result<Helplines, String> {
    let english = helplines()?;
    let Some((_, text)) = crate::built_in::HELPLINE_WORDS
        .iter()
        .find(|(tag, _)| *tag == lang)
    else {
        return Ok(english);
    };
    let words: crate::helpline_words::HelplineWords =
        serde_json::from_str(text).map_err(|e| format!("the {lang} helpline words: {e}"))?;
    if words.lang != lang {
        return Err(format!(
            "the {lang} helpline words say they are {}",
            words.lang
        ));
    }
    english.with_words(&words)
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

/// The text of `folder`'s file for `lang`, or British English's when the
/// language has none.
#[cfg(not(target_arch = "wasm32"))]
fn in_language(table: &[(&'static str, &'static str)], lang: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(tag, _)| *tag == lang)
        .or_else(|| table.iter().find(|(tag, _)| *tag == crate::words::FALLBACK))
        .map(|(_, text)| *text)
}

/// The exercises in `lang` (British English where it has none), checked,
/// and held to the same exercises, lengths and steps as British English.
#[cfg(not(target_arch = "wasm32"))]
pub fn catalogue_in(lang: &str) -> Result<Catalogue, String> {
    let english = catalogue()?;
    let text = in_language(crate::built_in::EXERCISES, lang)
        .ok_or_else(|| format!("no exercises for {lang}"))?;
    let ours: Catalogue = parsed(text, "exercise", Catalogue::validate)?;
    same_shape(&english, &ours).map_err(|why| format!("the {lang} exercises differ: {why}"))?;
    Ok(ours)
}

/// Whether a translated catalogue has the same exercises, lengths, steps,
/// seconds and flags as British English: only words may differ.
#[cfg(not(target_arch = "wasm32"))]
fn same_shape(english: &Catalogue, ours: &Catalogue) -> Result<(), String> {
    if english.exercises.len() != ours.exercises.len() {
        return Err("a different number of exercises".to_owned());
    }
    for (a, b) in english.exercises.iter().zip(&ours.exercises) {
        let shape = |e: &crate::exercise::Exercise| {
            let lengths: Vec<(u32, Vec<(u32, bool)>)> = e
                .lengths
                .iter()
                .map(|l| {
                    (
                        l.seconds,
                        l.steps.iter().map(|s| (s.seconds, s.pacer)).collect(),
                    )
                })
                .collect();
            (e.id.clone(), e.flags, e.alternative.clone(), lengths)
        };
        if shape(a) != shape(b) {
            return Err(format!("{} has another shape", a.id));
        }
    }
    Ok(())
}

/// The guided path in `lang` (British English where it has none), checked
/// against the exercises and questionnaires, with the same steps.
#[cfg(not(target_arch = "wasm32"))]
fn path_in(lang: &str, catalogue: &Catalogue, measures: &Measures) -> Result<GuidedPath, String> {
    let english = path_for(catalogue, measures)?;
    let text = in_language(crate::built_in::PATHS, lang)
        .ok_or_else(|| format!("no guided path for {lang}"))?;
    let ours: GuidedPath = parsed(text, "path", |p: &GuidedPath| {
        p.validate(catalogue, measures)
    })?;
    let steps = |p: &GuidedPath| -> Vec<_> { p.steps().map(|(w, s)| (w, s.clone())).collect() };
    if steps(&english) != steps(&ours) || english.id != ours.id {
        return Err(format!("the {lang} guided path has other steps"));
    }
    Ok(ours)
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
    /// The content in `lang`: exercises and the path in her language where
    /// it has them; questionnaires only ever as published (British
    /// English here); helplines as their sources give them.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load_in(lang: &str) -> Result<Content, String> {
        let catalogue = catalogue_in(lang)?;
        let measures = measures()?;
        let path = path_in(lang, &catalogue, &measures)?;
        Ok(Content {
            catalogue,
            measures,
            helplines: helplines_in(lang)?,
            path,
        })
    }

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
