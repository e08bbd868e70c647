//! A language's plural rules, as CLDR writes them, for choosing a
//! message's variant by a number.

use super::number;

/// The names of the plural forms, as Fluent knows them.
pub(super) const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A language's plural rules for counting (cardinal), as Unicode's CLDR
/// writes them: one line per form, `one: i = 1 and v = 0`, in the order
/// they are tried; a number no rule takes is `other`.
#[derive(Debug, Default)]
pub struct Plurals {
    rules: Vec<(String, Vec<Vec<Relation>>)>,
}

/// `operand [% modulus] (= | !=) ranges`.
#[derive(Debug)]
struct Relation {
    operand: char,
    modulus: Option<u64>,
    equal: bool,
    ranges: Vec<(u64, u64)>,
}

impl Plurals {
    /// Reads rules such as `few: i = 2..4 and v = 0`, one form per line
    /// (or apart by `;`); `#` begins a comment, and `@` CLDR's samples.
    pub fn parse(text: &str) -> Result<Plurals, String> {
        let bad = |line: &str| format!("a plural rule that does not read: {line:?}");
        let mut rules = Vec::new();
        let lines = text
            .lines()
            .flat_map(|line| line.split('#').next().unwrap_or_default().split(';'));
        for line in lines {
            let line = line.split('@').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let (form, condition) = line.split_once(':').ok_or_else(|| bad(line))?;
            let form = form.trim();
            if !PLURAL_FORMS.contains(&form) || form == "other" {
                return Err(bad(line));
            }
            let mut any = Vec::new();
            for all in condition.split(" or ") {
                let mut relations = Vec::new();
                for relation in all.split(" and ") {
                    relations.push(Relation::parse(relation).ok_or_else(|| bad(line))?);
                }
                any.push(relations);
            }
            rules.push((form.to_owned(), any));
        }
        Ok(Plurals { rules })
    }

    /// The form of `n`: the first rule it meets, else `other`.
    pub fn category(&self, n: f64) -> &str {
        let operands = Operands::of(n);
        self.rules
            .iter()
            .find(|(_, any)| any.iter().any(|all| all.iter().all(|r| r.holds(&operands))))
            .map_or("other", |(form, _)| form.as_str())
    }
}

impl Relation {
    fn parse(text: &str) -> Option<Relation> {
        let (left, equal, right) = match text.split_once("!=") {
            Some((left, right)) => (left, false, right),
            None => {
                let (left, right) = text.split_once('=')?;
                (left, true, right)
            }
        };
        let mut left = left.split_whitespace();
        let operand = left.next()?;
        let operand = match operand {
            "n" | "i" | "v" | "w" | "f" | "t" | "c" | "e" => operand.chars().next()?,
            _ => return None,
        };
        let modulus = match (left.next(), left.next(), left.next()) {
            (None, _, _) => None,
            (Some("%" | "mod"), Some(m), None) => Some(m.parse().ok().filter(|m| *m > 0)?),
            _ => return None,
        };
        let mut ranges = Vec::new();
        for item in right.split(',') {
            let item = item.trim();
            let (low, high) = item.split_once("..").unwrap_or((item, item));
            ranges.push((low.trim().parse().ok()?, high.trim().parse().ok()?));
        }
        Some(Relation {
            operand,
            modulus,
            equal,
            ranges,
        })
    }

    fn holds(&self, o: &Operands) -> bool {
        let inside = if self.operand == 'n' {
            // n may have a fraction: it is in a range only if whole.
            let n = match self.modulus {
                #[allow(clippy::cast_precision_loss)]
                Some(m) => o.n % m as f64,
                None => o.n,
            };
            #[allow(clippy::cast_precision_loss)]
            self.ranges
                .iter()
                .any(|(low, high)| n.fract() == 0.0 && *low as f64 <= n && n <= *high as f64)
        } else {
            let value = match self.operand {
                'i' => o.i,
                'v' => o.v,
                'w' => o.w,
                'f' => o.f,
                't' => o.t,
                _ => 0,
            };
            let value = self.modulus.map_or(value, |m| value % m);
            self.ranges
                .iter()
                .any(|(low, high)| *low <= value && value <= *high)
        };
        inside == self.equal
    }
}

/// CLDR's operands of a number written as Rust writes an `f64`: `n` its
/// absolute value, `i` its whole part, `v` and `w` how many digits its
/// fraction has with and without trailing zeros, `f` and `t` those digits.
struct Operands {
    n: f64,
    i: u64,
    v: u64,
    w: u64,
    f: u64,
    t: u64,
}

impl Operands {
    fn of(n: f64) -> Operands {
        let n = n.abs();
        let written = number(n);
        let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
        let trimmed = fraction.trim_end_matches('0');
        let digits = |s: &str| s.parse::<u64>().unwrap_or(0);
        Operands {
            n,
            // As intl_pluralrules takes a whole number: saturated, so
            // beyond u64 (or infinite) it is u64's largest.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            i: if fraction.is_empty() {
                n as u64
            } else {
                digits(whole)
            },
            v: fraction.len() as u64,
            w: trimmed.len() as u64,
            f: digits(fraction),
            t: digits(trimmed),
        }
    }
}
