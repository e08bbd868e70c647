//! The benchmark's results as data, `bench/results.tsv` (one line per
//! figure: its key, unit, median, 10th and 90th percentile; with the
//! commit, date and machine measured), and BENCHMARKS.md's table made from
//! it. Only `cargo xtask bench` writes either; a test checks that the
//! table in BENCHMARKS.md is the one the committed results make.

use crate::process::{Fail, project_root};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Where BENCHMARKS.md's latest results begin and end.
pub(crate) const BEGIN: &str =
    "<!-- results: written by `cargo xtask bench` from bench/results.tsv; do not edit by hand -->";
pub(crate) const END: &str = "<!-- end of results -->";

/// What stands between the markers before a first run.
const NOT_YET: &str = "No run of `cargo xtask bench` has been committed yet.\n";

/// One figure's samples, summarised.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Stats {
    pub(crate) unit: String,
    pub(crate) median: f64,
    pub(crate) p10: f64,
    pub(crate) p90: f64,
}

/// One run of the benchmark.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Results {
    pub(crate) commit: String,
    pub(crate) date: String,
    pub(crate) machine: String,
    pub(crate) stats: BTreeMap<String, Stats>,
}

pub(crate) fn results_file() -> PathBuf {
    project_root().join("bench/results.tsv")
}

pub(crate) fn benchmarks_md() -> PathBuf {
    project_root().join("BENCHMARKS.md")
}

impl Results {
    pub(crate) fn to_tsv(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "commit\t{}", self.commit);
        let _ = writeln!(out, "date\t{}", self.date);
        let _ = writeln!(out, "machine\t{}", self.machine);
        for (key, s) in &self.stats {
            let _ = writeln!(
                out,
                "figure\t{key}\t{}\t{}\t{}\t{}",
                s.unit, s.median, s.p10, s.p90
            );
        }
        out
    }

    pub(crate) fn from_tsv(text: &str) -> Result<Results, Fail> {
        let mut results = Results::default();
        for (n, line) in text.lines().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            let bad = || Fail(format!("bench/results.tsv line {}: {line:?}", n + 1));
            match fields[..] {
                ["commit", value] => value.clone_into(&mut results.commit),
                ["date", value] => value.clone_into(&mut results.date),
                ["machine", value] => value.clone_into(&mut results.machine),
                ["figure", key, unit, median, p10, p90] => {
                    let number = |v: &str| v.parse::<f64>().map_err(|_| bad());
                    results.stats.insert(
                        key.to_owned(),
                        Stats {
                            unit: unit.to_owned(),
                            median: number(median)?,
                            p10: number(p10)?,
                            p90: number(p90)?,
                        },
                    );
                }
                [""] => {}
                _ => return Err(bad()),
            }
        }
        Ok(results)
    }
}

/// What stands between the markers for `results`, the table made by `table`.
pub(crate) fn section(results: Option<&Results>, table: impl Fn(&Results) -> String) -> String {
    match results {
        None => NOT_YET.to_owned(),
        Some(r) => format!(
            "Measured {} at commit `{}` on {}.\n\n{}",
            r.date,
            r.commit,
            r.machine,
            table(r)
        ),
    }
}

/// `md` with its results section replaced by `section`.
pub(crate) fn regenerate(md: &str, section: &str) -> Result<String, Fail> {
    let (Some(begin), Some(end)) = (md.find(BEGIN), md.find(END)) else {
        return Err(Fail(
            "BENCHMARKS.md has lost its results markers".to_owned(),
        ));
    };
    let head = &md[..begin + BEGIN.len()];
    let tail = &md[end..];
    Ok(format!("{head}\n{section}{tail}"))
}

/// Whether BENCHMARKS.md shows the committed results as `table` makes
/// them; why not, if not.
pub(crate) fn check(table: impl Fn(&Results) -> String) -> Result<(), Fail> {
    let md = std::fs::read_to_string(benchmarks_md())
        .map_err(|e| Fail(format!("reading BENCHMARKS.md: {e}")))?;
    let results = match std::fs::read_to_string(results_file()) {
        Ok(text) => Some(Results::from_tsv(&text)?),
        Err(_) => None,
    };
    let expected = section(results.as_ref(), table);
    if current(&md) == Some(expected.as_str()) {
        Ok(())
    } else {
        Err(Fail(
            "BENCHMARKS.md's results differ from bench/results.tsv: only `cargo xtask bench` \
             writes them"
                .to_owned(),
        ))
    }
}

/// The section now in `md`, between the markers.
pub(crate) fn current(md: &str) -> Option<&str> {
    let begin = md.find(BEGIN)? + BEGIN.len();
    let end = md.find(END)?;
    md.get(begin..end)
        .map(|s| s.strip_prefix('\n').unwrap_or(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Results {
        let mut r = Results {
            commit: "abc123".into(),
            date: "2026-11-30 19:00 UTC".into(),
            machine: "a test machine".into(),
            ..Results::default()
        };
        r.stats.insert(
            "launch.tend".into(),
            Stats {
                unit: "ms".into(),
                median: 812.5,
                p10: 790.0,
                p90: 840.25,
            },
        );
        r
    }

    #[test]
    fn results_read_back_as_written() {
        let r = sample();
        assert_eq!(Results::from_tsv(&r.to_tsv()).unwrap(), r);
        assert!(Results::from_tsv("figure\tx\tms\tfast\t1\t2\n").is_err());
    }

    #[test]
    fn the_section_between_the_markers_is_replaced_and_nothing_else() {
        let md = format!("# B\n\nbefore\n{BEGIN}\nold table\n{END}\nafter\n");
        let new = regenerate(&md, "new table\n").unwrap();
        assert_eq!(
            new,
            format!("# B\n\nbefore\n{BEGIN}\nnew table\n{END}\nafter\n")
        );
        assert_eq!(current(&new), Some("new table\n"));
        assert!(regenerate("no markers", "x").is_err());
    }
}
