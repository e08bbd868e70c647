//! The user's preferences: when the day ends, how Tend looks, how large its
//! text is, and whether they care for others at work.

use crate::day::DayBoundary;
use serde::{Deserialize, Serialize};

/// How Tend is coloured. `System` follows the light or dark choice of the
/// operating system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrast,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "high_contrast",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// Text size as a percentage of Tend's base size, on top of the system's
/// own setting: 100 to 200, in steps of 25.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct TextSize(u16);

impl TextSize {
    pub const DEFAULT: TextSize = TextSize(100);
    pub const STEP: u16 = 25;
    pub const MIN: u16 = 100;
    pub const MAX: u16 = 200;

    pub fn new(percent: u16) -> Option<TextSize> {
        let valid =
            (Self::MIN..=Self::MAX).contains(&percent) && percent.is_multiple_of(Self::STEP);
        valid.then_some(TextSize(percent))
    }

    pub fn percent(self) -> u16 {
        self.0
    }

    /// Every size a user can pick, smallest first.
    pub fn choices() -> impl Iterator<Item = TextSize> {
        (Self::MIN..=Self::MAX)
            .step_by(usize::from(Self::STEP))
            .map(TextSize)
    }
}

impl Default for TextSize {
    fn default() -> Self {
        TextSize::DEFAULT
    }
}

impl From<TextSize> for u16 {
    fn from(size: TextSize) -> u16 {
        size.0
    }
}

impl TryFrom<u16> for TextSize {
    type Error = String;

    fn try_from(percent: u16) -> Result<Self, Self::Error> {
        TextSize::new(percent)
            .ok_or_else(|| format!("a text size is 100 to 200 in steps of 25, not {percent}"))
    }
}

/// Who she cares for: the role chooses the framing words throughout
/// ("between visits" or "between tasks") and whether the ProQOL 5, a
/// measure for those who help others in their work, is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Caring for someone close: a partner, a parent, a child.
    FamilyCarer,
    /// A health or care professional.
    Professional,
    /// Both at once.
    Both,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::FamilyCarer, Role::Professional, Role::Both];

    pub fn id(self) -> &'static str {
        match self {
            Role::FamilyCarer => "family_carer",
            Role::Professional => "professional",
            Role::Both => "both",
        }
    }

    pub fn from_id(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Whether she helps others in her work (the ProQOL 5 is offered).
    pub fn at_work(self) -> bool {
        self != Role::FamilyCarer
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub day_boundary: DayBoundary,
    pub theme: Theme,
    pub text_size: TextSize,
    /// A health or care professional: the ProQOL 5 is offered too.
    #[serde(default)]
    pub professional: bool,
    /// Who she cares for, once she has said; none until then.
    #[serde(default)]
    pub role: Option<Role>,
}

impl Preferences {
    /// Sets the role and, with it, whether the ProQOL 5 is offered.
    pub fn with_role(self, role: Role) -> Preferences {
        Preferences {
            role: Some(role),
            professional: role.at_work(),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sizes_run_from_100_to_200_in_quarters() {
        let all: Vec<u16> = TextSize::choices().map(TextSize::percent).collect();
        assert_eq!(all, [100, 125, 150, 175, 200]);
        assert!(TextSize::new(90).is_none());
        assert!(TextSize::new(210).is_none());
        assert!(TextSize::new(110).is_none());
        assert!(serde_json::from_str::<TextSize>("300").is_err());
        assert_eq!(
            serde_json::from_str::<TextSize>("150").unwrap().percent(),
            150
        );
    }

    #[test]
    fn a_role_sets_whether_the_proqol_is_offered() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(role));
            let p = Preferences::default().with_role(role);
            assert_eq!(p.professional, role != Role::FamilyCarer);
            assert_eq!(p.role, Some(role));
        }
        assert_eq!(Role::from_id("nurse"), None);
        let old: Preferences = serde_json::from_str(
            r#"{"day_boundary":"04:00","theme":"system","text_size":100,"professional":true}"#,
        )
        .unwrap();
        assert_eq!(old.role, None, "a journal from before roles reads");
    }

    #[test]
    fn themes_round_trip_by_id() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_id(theme.id()), Some(theme));
        }
        assert_eq!(
            serde_json::to_string(&Theme::HighContrast).unwrap(),
            "\"high_contrast\""
        );
    }
}
