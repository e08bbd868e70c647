//! Dates and weekdays in the active language's words and order ("1
//! January 2026", "1. ledna 2026"), the same on the screens, in the
//! documents and from the `tend` command. The month and day names are
//! messages in each language's folder, so no locale data is built in.

use crate::words::{Value, t, tr};
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

fn parts(day: NaiveDate) -> [(&'static str, Value<'static>); 5] {
    [
        ("day", day.day().into()),
        ("month", t(&format!("date-month-{}", day.month())).into()),
        (
            "month-short",
            t(&format!("date-month-short-{}", day.month())).into(),
        ),
        ("year", day.year().to_string().into()),
        ("weekday", weekday(day).into()),
    ]
}

/// "1 January 2026".
pub fn long_date(day: NaiveDate) -> String {
    tr("date-long", &parts(day))
}

/// "Thursday 1 January 2026", with a capital as it begins a heading
/// ("Čtvrtek 1. ledna 2026", where the weekday's name alone is "čtvrtek").
pub fn weekday_long_date(day: NaiveDate) -> String {
    let text = tr("date-weekday-long", &parts(day));
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "1 January".
pub fn day_month(day: NaiveDate) -> String {
    tr("date-day-month", &parts(day))
}

/// "1 Jan", for a chart's axis.
pub fn day_month_short(day: NaiveDate) -> String {
    tr("date-day-month-short", &parts(day))
}

/// "Thursday".
pub fn weekday(day: NaiveDate) -> String {
    t(&format!(
        "date-weekday-{}",
        day.weekday().number_from_monday()
    ))
}

/// "07:05": a time of day as a time field gives it and the reminders'
/// rules keep it; the same in every language.
pub fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Reads "07:05" back, as `clock` writes it and a time field gives it;
/// anything else (seconds too, a sign, a 24th hour) is `None`.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let (hour, minute) = text.split_once(':')?;
    let two_digits = |part: &str| {
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    NaiveTime::from_hms_opt(two_digits(hour)?, two_digits(minute)?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_english_dates_read_as_people_write_them() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        assert_eq!(long_date(day), "1 January 2026");
        assert_eq!(weekday_long_date(day), "Thursday 1 January 2026");
        assert_eq!(day_month(day), "1 January");
        assert_eq!(day_month_short(day), "1 Jan");
        assert_eq!(weekday(day), "Thursday");
    }

    #[test]
    fn every_minute_of_the_day_reads_back_as_it_was_written() {
        for minutes in 0..24 * 60 {
            let time = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default();
            let text = clock(time);
            assert_eq!(text, time.format("%H:%M").to_string());
            assert_eq!(parse_clock(&text), Some(time), "{text}");
        }
    }

    #[test]
    fn a_clock_that_is_not_hours_and_minutes_is_refused() {
        for text in [
            "",
            ":",
            "7:05",
            "07:5",
            "24:00",
            "23:60",
            "+7:05",
            "07:+5",
            "07:05:00",
            "07-05",
            "٠٧:٠٥",
            "07 :05",
            "0a:05",
            "07:05 ",
        ] {
            assert_eq!(parse_clock(text), None, "{text:?}");
        }
    }
}
