//! A questionnaire's form: which questionnaire it is, and her answer to
//! each item, one of the answers the questionnaire offers.

use super::{Fields, refused};
use crate::ipc::ApiError;
use crate::measure::Measure;

/// The fields' names, as the markup writes them.
pub mod field {
    /// Which questionnaire, by its id (hidden).
    pub const MEASURE: &str = "measure";

    /// The name of item `n`'s answers, counted from 1.
    pub fn item(n: usize) -> String {
        format!("item-{n}")
    }
}

/// Which questionnaire the form is, by the id its hidden field holds; the
/// caller finds it among those offered to her.
pub fn measure_of(fields: &[(String, String)]) -> Result<&str, ApiError> {
    let mut found = fields.iter().filter(|(n, _)| n == field::MEASURE);
    match (found.next(), found.next()) {
        (Some((_, id)), None) => Ok(id.as_str()),
        _ => Err(refused("the form names no one questionnaire".to_owned())),
    }
}

/// Her answer to each item, in order; none for an item she has not
/// answered yet. A value the questionnaire does not offer, an item it
/// does not have, or an item answered twice refuses the whole form.
pub fn read_measure(
    fields: &[(String, String)],
    sent: bool,
    measure: &Measure,
) -> Result<Vec<Option<u8>>, ApiError> {
    if !sent {
        return Err(refused("a questionnaire is sent by its button".to_owned()));
    }
    let names: Vec<String> = (1..=measure.items.len()).map(field::item).collect();
    let mut known: Vec<&str> = names.iter().map(String::as_str).collect();
    known.push(field::MEASURE);
    let fields = Fields::new(fields, &known)?;
    if fields.required(field::MEASURE)? != measure.id {
        return Err(refused("the form is another questionnaire's".to_owned()));
    }
    names
        .iter()
        .map(|name| match fields.optional(name)? {
            None => Ok(None),
            Some(value) => measure
                .answers
                .iter()
                .find(|a| a.value.to_string() == value)
                .map(|a| Some(a.value))
                .ok_or_else(|| refused(format!("{value:?} is not an answer to {name}"))),
        })
        .collect()
}
