//! Settings' own choices: when her day ends, colours, text size, who
//! she cares for and whether the ProQOL 5 is offered.

use super::{Fields, refused, ticked};
use crate::day::DayBoundary;
use crate::ipc::ApiError;
use crate::prefs::{Preferences, Role, TextSize, Theme};
use crate::said::Said;

/// The names of the preferences form's fields, as its markup writes them.
pub mod field {
    pub const DAY_BOUNDARY: &str = "day-boundary";
    pub const THEME: &str = "theme";
    pub const TEXT_SIZE: &str = "text-size";
    pub const ROLE: &str = "caring-for";
    pub const PROFESSIONAL: &str = "professional";
    /// What a ticked checkbox sends.
    pub const ON: &str = "on";
}

/// The day boundaries Settings offers: whole hours from midnight to noon,
/// and the one she has if it is another.
pub fn boundaries(current: DayBoundary) -> Vec<DayBoundary> {
    let mut all: Vec<DayBoundary> = (0..=12).filter_map(|h| DayBoundary::new(h, 0)).collect();
    if !all.contains(&current) {
        all.push(current);
        all.sort_by_key(|b| (b.hour(), b.minute()));
    }
    all
}

/// Reads the preferences form against what is saved: the preferences it
/// asks for, and what to tell her (what changed), or nothing when it
/// changes nothing. Choosing a role also sets whether the ProQOL 5 is
/// offered, as the welcome does.
pub fn read_preferences(
    current: Preferences,
    fields: &[(String, String)],
) -> Result<(Preferences, Vec<Said>), ApiError> {
    use field::*;
    let fields = Fields::new(
        fields,
        &[DAY_BOUNDARY, THEME, TEXT_SIZE, ROLE, PROFESSIONAL],
    )?;
    let boundary = fields.required(DAY_BOUNDARY)?;
    // Each value must be one the form offers, exactly as it writes it: no
    // reading leniently ("6:00", "+100") what the markup never holds.
    let day_boundary = boundaries(current.day_boundary)
        .into_iter()
        .find(|b| b.to_string() == boundary)
        .ok_or_else(|| {
            refused(format!(
                "{boundary:?} is not a day boundary Settings offers"
            ))
        })?;
    let theme = fields.required(THEME)?;
    let theme = Theme::from_id(theme).ok_or_else(|| refused(format!("no theme {theme:?}")))?;
    let size = fields.required(TEXT_SIZE)?;
    let text_size = TextSize::choices()
        .find(|s| s.percent().to_string() == size)
        .ok_or_else(|| refused(format!("no text size {size:?}")))?;
    let role = match fields.optional(ROLE)? {
        None => None,
        Some(id) => Some(Role::from_id(id).ok_or_else(|| refused(format!("no role {id:?}")))?),
    };
    let professional = ticked(&fields, PROFESSIONAL)?;
    let mut next = Preferences {
        day_boundary,
        theme,
        text_size,
        professional,
        role: current.role,
    };
    if let Some(role) = role
        && current.role != Some(role)
    {
        next = next.with_role(role);
    }
    if role.is_none() && current.role.is_some() {
        return Err(refused(
            "a role, once chosen, is changed, never cleared".to_owned(),
        ));
    }
    Ok((next, preferences_said(current, next)))
}

/// What to tell her after `before` became `after`, one sentence for each
/// thing that changed, in the order the form shows them.
fn preferences_said(before: Preferences, after: Preferences) -> Vec<Said> {
    let mut said = Vec::new();
    if after.day_boundary != before.day_boundary {
        said.push(
            Said::new("settings-boundary-saved").with("time", after.day_boundary.to_string()),
        );
    }
    if after.theme != before.theme {
        let theme = Said::new(&format!("theme-{}", after.theme.id()));
        said.push(Said::new("settings-theme-saved").with("theme", theme));
    }
    if after.text_size != before.text_size {
        let percent = u32::from(after.text_size.percent());
        said.push(Said::new("settings-text-size-saved").with("percent", percent));
    }
    if after.role != before.role {
        said.push(Said::new("settings-role-saved"));
    }
    if after.professional != before.professional {
        said.push(Said::new(if after.professional {
            "settings-professional-on"
        } else {
            "settings-professional-off"
        }));
    }
    said
}
