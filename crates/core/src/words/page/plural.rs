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
            // n may have a fraction: it is in a range only if whole, and
            // then so is n % m (an infinity is neither).
            let whole = o.n.is_finite() && o.n.fract() == 0.0;
            match self.modulus {
                Some(m) => {
                    let rest = whole_rest(o.n, m);
                    whole
                        && self
                            .ranges
                            .iter()
                            .any(|(low, high)| *low <= rest && rest <= *high)
                }
                #[allow(clippy::cast_precision_loss)]
                None => {
                    whole
                        && self
                            .ranges
                            .iter()
                            .any(|(low, high)| *low as f64 <= o.n && o.n <= *high as f64)
                }
            }
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

/// `n % m` for a whole `n` of at least 0, exact as `f64`'s own `%` is,
/// worked out on integers so the page carries no float remainder.
fn whole_rest(n: f64, m: u64) -> u64 {
    const TWO_TO_64: f64 = 18_446_744_073_709_551_616.0;
    if !n.is_finite() || n < 0.0 || m == 0 {
        return 0;
    }
    if n < TWO_TO_64 {
        // Whole and below 2^64: the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return n as u64 % m;
    }
    // Above 2^64 a whole f64 is its 53-bit mantissa times a power of two.
    let bits = n.to_bits();
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let power = ((bits >> 52) & 0x7ff) - 1075;
    let mut rest = mantissa % m;
    for _ in 0..power {
        // Twice `rest`, less m when that reaches m, without overflowing.
        rest = if rest >= m - rest {
            rest - (m - rest)
        } else {
            rest * 2
        };
    }
    rest
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

#[cfg(test)]
mod tests {
    use super::{Plurals, whole_rest};

    #[test]
    fn the_remainder_on_integers_is_the_float_s_own() {
        let mut numbers: Vec<f64> = (0..=2_000).map(f64::from).collect();
        let mut big = 1.0_f64;
        while big.is_finite() {
            numbers.extend([big, big * 3.0, big * 7.0 + 1.0, big * 1_000_003.0]);
            big *= 2.0;
        }
        numbers.extend([1e19, 1e20, 1e21 + 4_096.0, 1e300, f64::MAX]);
        for n in numbers
            .into_iter()
            .filter(|n| n.is_finite() && n.fract() == 0.0)
        {
            for m in [1, 2, 3, 7, 10, 100, 1_000, 1_000_000, u64::MAX] {
                #[allow(clippy::cast_precision_loss)]
                let theirs = n % m as f64;
                #[allow(clippy::cast_precision_loss)]
                let ours = whole_rest(n, m) as f64;
                // Exact, except where m itself is past what f64 holds.
                if m < (1 << 53) {
                    assert_eq!(ours, theirs, "{n} % {m}");
                }
            }
        }
    }

    #[test]
    fn rules_on_n_with_a_modulus_choose_as_cldr_defines_them() {
        // Lithuanian's rules take `n % 10` and `n % 100`, where n may have a
        // fraction or be past 2^64; the page works the remainder out on
        // integers. The reference is CLDR's definition written out with a
        // float's own `%`, not intl_pluralrules: its Lithuanian (version 7)
        // says "other" for 22, which CLDR's "few" rule covers.
        let lithuanian = Plurals::parse(
            "one: n % 10 = 1 and n % 100 != 11..19\n\
             few: n % 10 = 2..9 and n % 100 != 11..19\n\
             many: f != 0",
        )
        .unwrap();
        let cldr = |n: f64| {
            let n = n.abs();
            let (tens, hundreds) = (n % 10.0, n % 100.0);
            let teen = hundreds.fract() == 0.0 && (11.0..=19.0).contains(&hundreds);
            if tens == 1.0 && !teen {
                "one"
            } else if tens.fract() == 0.0 && (2.0..=9.0).contains(&tens) && !teen {
                "few"
            } else if n.fract() != 0.0 {
                "many"
            } else {
                "other"
            }
        };
        let mut numbers: Vec<f64> = (0..=1200).map(f64::from).collect();
        numbers.extend((0..=400).map(|n| f64::from(n) / 10.0));
        numbers.extend([
            -21.0,
            1e6 + 1.0,
            9_007_199_254_740_993.0,
            18_446_744_073_709_551_615.0,
            18_446_744_073_709_551_616.0,
            1e20 + 65_536.0,
            123_456_789_012_345_678_901.0,
            1e300,
            f64::MAX,
        ]);
        let mut seen = std::collections::BTreeSet::new();
        for n in numbers {
            assert_eq!(lithuanian.category(n), cldr(n), "{n}");
            seen.insert(cldr(n));
        }
        // Every form is reached, so no branch went untested.
        assert_eq!(seen.len(), 4, "{seen:?}");
    }
}
