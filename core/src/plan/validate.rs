//! Input rules for plans and milestones. Every rejection says what, where and how to fix it,
//! and is checked before anything is written.

use chrono::{Datelike, NaiveDate};

use super::quarter_dates::plan_end;
use crate::error::{Error, Result};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_NOTE_CHARS: usize = 2000;
pub const MAX_GOALS_BYTES: usize = 64 * 1024;
pub const MAX_MILESTONES_PER_QUARTER: usize = 40;
/// Plans may start in a year from this one ...
pub const MIN_YEAR: i32 = 2000;
/// ... up to this many years after the current one.
pub const MAX_YEARS_AHEAD: i32 = 5;

/// Parses `YYYY-MM` into the first day of that month.
pub fn start_month(s: &str, today: NaiveDate) -> Result<NaiveDate> {
    let s = s.trim();
    let example = format!("{}-{:02}", today.year(), today.month());
    let start = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "\"{s}\" is not a month. Write the month the plan starts in as YYYY-MM, for example {example}."
        ))
    })?;
    let last = today.year() + MAX_YEARS_AHEAD;
    if start.year() < MIN_YEAR || start.year() > last {
        return Err(Error::invalid(format!(
            "A plan can start between {MIN_YEAR} and {last}; {s} is outside that. Check the year."
        )));
    }
    Ok(start)
}

/// A one-line, non-empty name (plan title, milestone title, quarter focus).
pub fn name(raw: &str, what: &str) -> Result<String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(Error::invalid(format!(
            "The {what} is empty. Give it a short name."
        )));
    }
    if t.contains(['\n', '\r']) {
        return Err(Error::invalid(format!(
            "The {what} has a line break; keep it to one line."
        )));
    }
    let n = t.chars().count();
    if n > MAX_TITLE_CHARS {
        return Err(Error::invalid(format!(
            "The {what} is {n} characters long; the limit is {MAX_TITLE_CHARS}. Shorten it."
        )));
    }
    no_control_chars(t, what)?;
    Ok(t.to_string())
}

pub fn note(raw: &str, what: &str, max_chars: usize) -> Result<String> {
    let t = raw.trim();
    let n = t.chars().count();
    if n > max_chars {
        return Err(Error::invalid(format!(
            "The {what} is {n} characters long; the limit is {max_chars}. Shorten it, or write \
             the longer story in a journal entry and link it as evidence."
        )));
    }
    no_control_chars(t, what)?;
    Ok(t.to_string())
}

fn no_control_chars(s: &str, what: &str) -> Result<()> {
    if let Some(c) = s
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(format!(
            "The {what} contains an invisible control character (U+{:04X}); delete it and save again.",
            c as u32
        )));
    }
    Ok(())
}

/// An optional target date, which must fall inside the plan.
pub fn target_date(raw: &str, plan_start: NaiveDate) -> Result<Option<NaiveDate>> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let end = plan_end(plan_start);
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "\"{s}\" is not a valid target date. Write it as YYYY-MM-DD, for example {end}, or leave it empty."
        ))
    })?;
    if date < plan_start || date > end {
        return Err(Error::invalid(format!(
            "The target date {date} is outside this plan, which runs from {plan_start} to {end}. \
             Pick a date inside the plan, or leave it empty."
        )));
    }
    Ok(Some(date))
}

/// A plan's quarters are numbered 1 to this.
pub const LAST_QUARTER: u8 = 4;

pub fn quarter(q: u8) -> Result<u8> {
    if (1..=LAST_QUARTER).contains(&q) {
        Ok(q)
    } else {
        Err(Error::invalid(format!(
            "Quarter {q} does not exist; a plan has quarters 1 to 4."
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn start_months_parse_and_bad_ones_say_how_to_fix_them() {
        let today = d(2026, 11, 24);
        assert_eq!(start_month("2026-03", today).unwrap(), d(2026, 3, 1));
        assert_eq!(start_month(" 2027-1 ", today).unwrap(), d(2027, 1, 1));
        let e = start_month("March", today).unwrap_err();
        assert!(
            e.message.contains("YYYY-MM") && e.message.contains("2026-11"),
            "{}",
            e.message
        );
        assert!(start_month("2026-13", today).is_err());
        let e = start_month("2099-01", today).unwrap_err();
        assert!(e.message.contains("2031"), "{}", e.message);
    }

    #[test]
    fn target_dates_must_fall_inside_the_plan() {
        let start = d(2026, 3, 1);
        assert_eq!(target_date("", start).unwrap(), None);
        assert_eq!(
            target_date("2027-02-28", start).unwrap(),
            Some(d(2027, 2, 28))
        );
        let e = target_date("2027-03-01", start).unwrap_err();
        assert!(
            e.message.contains("outside this plan")
                && e.message.contains("2026-03-01")
                && e.message.contains("2027-02-28"),
            "{}",
            e.message
        );
        assert!(target_date("2026-02-28", start).is_err());
        assert!(target_date("2026-02-30", start)
            .unwrap_err()
            .message
            .contains("YYYY-MM-DD"));
    }

    #[test]
    fn names_are_one_line_and_not_empty() {
        assert_eq!(
            name("  Learn the P&L ", "milestone title").unwrap(),
            "Learn the P&L"
        );
        assert!(name("   ", "milestone title")
            .unwrap_err()
            .message
            .contains("empty"));
        assert!(name("a\nb", "milestone title").is_err());
        assert!(name(&"x".repeat(201), "milestone title").is_err());
        assert!(quarter(0).is_err() && quarter(5).is_err() && quarter(4).is_ok());
    }
}
