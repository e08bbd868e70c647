//! How the page reads the dates and times the shell sends. They come as
//! chrono writes them ("2026-10-01", "07:05:00", "2026-10-01T20:00:00.5"),
//! and only in those forms; chrono's own parser reads far more (any format
//! string) and costs the UI's wasm about 12 KB. The page's types read them
//! through these functions (`#[cfg_attr(target_arch = "wasm32", …)]` on
//! each field); natively, where the journal and imports are read, chrono's
//! parser stays. The tests hold these to what chrono writes.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::de::{Deserialize, Deserializer, Error};

/// The number `text` holds, if it is all ASCII digits.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// "2026-10-01": the year in four digits, or with its sign when it is
/// outside 0 to 9999 ("+10000", "-0001"), then month and day in two.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let (sign, unsigned) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => (0, text),
    };
    let (year, rest) = unsigned.split_once('-')?;
    let (month, day) = rest.split_once('-')?;
    let plain = sign == 0 && year.len() == 4;
    let signed = sign != 0 && year.len() >= 4;
    if !(plain || signed) || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let year = i32::try_from(number(year)?).ok()?;
    let year = if sign < 0 { -year } else { year };
    // A signed year is written only outside 0 to 9999.
    if signed && (0..=9999).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
}

/// "07:05:00", with a fraction of a second after a point when there is
/// one (up to nine digits); a leap second is written as second 60.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let (clock, fraction) = match text.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (text, None),
    };
    let mut parts = clock.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || [h, m, s].iter().any(|p| p.len() != 2) {
        return None;
    }
    let nanos = match fraction {
        None => 0,
        Some(f) if f.len() <= 9 => number(f)? * 10u32.pow(9 - u32::try_from(f.len()).ok()?),
        Some(_) => return None,
    };
    let (second, nanos) = match number(s)? {
        60 => (59, nanos + 1_000_000_000),
        second => (second, nanos),
    };
    NaiveTime::from_hms_nano_opt(number(h)?, number(m)?, second, nanos)
}

/// "2026-10-01T20:00:00", a date and a time.
pub fn parse_datetime(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    Some(parse_date(date)?.and_time(parse_time(time)?))
}

/// One value read by `parse` from a string.
fn read<'de, D: Deserializer<'de>, T>(
    d: D,
    parse: fn(&str) -> Option<T>,
    what: &str,
) -> Result<T, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).ok_or_else(|| D::Error::custom(format!("not a {what}: {text:?}")))
}

struct Date(NaiveDate);
struct Time(NaiveTime);
struct DateTime(NaiveDateTime);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d, parse_date, "date").map(Date)
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d, parse_time, "time").map(Time)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d, parse_datetime, "date and time").map(DateTime)
    }
}

pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(d).map(|v| v.0)
}

pub fn date_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(d).map(|v| v.map(|v| v.0))
}

pub fn time<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    Time::deserialize(d).map(|v| v.0)
}

pub fn dt<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    DateTime::deserialize(d).map(|v| v.0)
}

pub fn dt_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
    Option::<DateTime>::deserialize(d).map(|v| v.map(|v| v.0))
}

/// Quiet hours: from and to, or none.
pub fn times_opt<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<(NaiveTime, NaiveTime)>, D::Error> {
    Option::<(Time, Time)>::deserialize(d).map(|v| v.map(|(a, b)| (a.0, b.0)))
}

/// Entries' days: (id, day) pairs.
pub fn id_dates<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(i64, NaiveDate)>, D::Error> {
    Vec::<(i64, Date)>::deserialize(d).map(|v| v.into_iter().map(|(id, day)| (id, day.0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Timelike};

    /// What serde writes for `value`, without the JSON quotes.
    fn written<T: serde::Serialize>(value: &T) -> String {
        serde_json::to_string(value)
            .expect("json")
            .trim_matches('"')
            .to_owned()
    }

    #[test]
    fn every_day_and_time_chrono_writes_reads_back_the_same() {
        let mut n: u32 = 7;
        let mut next = || {
            n = n.wrapping_mul(1_103_515_245).wrapping_add(12345);
            n
        };
        // Every day of three centuries, then days across chrono's whole
        // range (signed years, year 0, the first and last day it knows).
        let mut days: Vec<NaiveDate> = Vec::new();
        let mut day = NaiveDate::from_ymd_opt(1900, 1, 1).expect("day");
        while day <= NaiveDate::from_ymd_opt(2200, 12, 31).expect("day") {
            days.push(day);
            day += Duration::days(1);
        }
        for year in (-262_143..=262_142)
            .step_by(997)
            .chain([-1, 0, 1, 9999, 10_000])
        {
            days.push(
                NaiveDate::from_ymd_opt(year, 1 + next() % 12, 1 + next() % 28).expect("day"),
            );
        }
        days.extend([NaiveDate::MIN, NaiveDate::MAX]);
        for day in days {
            assert_eq!(parse_date(&written(&day)), Some(day), "{}", written(&day));
            // A time of day for each, with and without fractions, and now
            // and then a leap second.
            let nanos = match next() % 5 {
                0 => 0,
                1 => (next() % 1000) * 1_000_000,
                2 => (next() % 1_000_000) * 1000,
                3 => next() % 1_000_000_000,
                _ => 1_000_000_000 + next() % 1_000_000_000,
            };
            let seconds = if nanos >= 1_000_000_000 {
                86_399
            } else {
                next() % 86_400
            };
            let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos).expect("time");
            assert_eq!(
                parse_time(&written(&time)),
                Some(time),
                "{}",
                written(&time)
            );
            let at = day.and_time(time);
            assert_eq!(parse_datetime(&written(&at)), Some(at), "{}", written(&at));
        }
        assert_eq!(parse_time("00:00:00"), Some(NaiveTime::MIN));
        assert_eq!(
            parse_time("23:59:59.999999999").map(|t| t.nanosecond()),
            Some(999_999_999)
        );
        assert_eq!(
            parse_time("23:59:60").map(|t| t.nanosecond()),
            Some(1_000_000_000)
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "+2026-01-01",
            "-2026-01-01x",
            "+999-01-01",
            "+-0001-01-01",
            "10000-01-01",
            "-0000-01-01",
            "2026-1-01",
            "2026-01-1",
            "26-01-01",
            "2026/01/01",
            "2026-13-01",
            "2026-02-30",
            "+2026-01-01",
            "２０２６-01-01",
            "2026-01-01 ",
            " 2026-01-01",
            "2026-01-01T",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        for bad in [
            "",
            "7:05:00",
            "07:05",
            "07:05:00:00",
            "24:00:00",
            "07:60:00",
            "07:05:00.",
            "07:05:00.1234567890",
            "07:05:00.-1",
            "-7:05:00",
            "07:05:00Z",
            "07:05:61",
            "07:05:60.",
            "07:05:+1",
            "٠٧:05:00",
        ] {
            assert_eq!(parse_time(bad), None, "{bad:?}");
        }
        for bad in [
            "2026-10-01 20:00:00",
            "2026-10-01T",
            "T20:00:00",
            "2026-10-01T20:00",
        ] {
            assert_eq!(parse_datetime(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_helpers_read_what_the_views_hold() {
        #[derive(serde::Deserialize)]
        struct View {
            #[serde(deserialize_with = "date")]
            day: NaiveDate,
            #[serde(deserialize_with = "date_opt")]
            paused: Option<NaiveDate>,
            #[serde(deserialize_with = "times_opt")]
            quiet: Option<(NaiveTime, NaiveTime)>,
            #[serde(deserialize_with = "id_dates")]
            days: Vec<(i64, NaiveDate)>,
            #[serde(deserialize_with = "dt_opt")]
            sent: Option<NaiveDateTime>,
        }
        let v: View = serde_json::from_str(
            r#"{"day":"2026-10-01","paused":null,"quiet":["21:00:00","07:00:00"],
                "days":[[3,"2026-09-30"]],"sent":"2026-10-01T06:00:00"}"#,
        )
        .expect("reads");
        assert_eq!(v.day, NaiveDate::from_ymd_opt(2026, 10, 1).expect("day"));
        assert_eq!(v.paused, None);
        assert_eq!(v.quiet.map(|(a, _)| a.hour()), Some(21));
        assert_eq!(v.days.len(), 1);
        assert!(v.sent.is_some());
        let bad = serde_json::from_str::<View>(
            r#"{"day":"2026-10-1","paused":null,"quiet":null,"days":[],"sent":null}"#,
        );
        assert!(bad.is_err());
    }
}
