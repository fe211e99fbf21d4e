//! The days of jrnl's plain-text journal as its `timeformat` writes them: `2021-03-30` (its
//! default, `%F`), `2021/03/30`, `30.03.2021`, or `03/30/2021` and `30/03/2021`. For the last
//! two, the file's own days tell which comes first (a 13th or later); when none does, it asks
//! for the JSON export, whose days are never ambiguous.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// The day at the start of a stamp, as written (`30.03.2021` of `30.03.2021 09:00`).
pub(super) fn token(stamp: &str) -> Option<&str> {
    let token = stamp.split([' ', 'T']).next()?;
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let signs = token
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'));
    ((8..=10).contains(&token.len()) && digits >= 6 && signs).then_some(token)
}

/// `a/b/yyyy`: which of `a` and `b` is the month.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum SlashOrder {
    MonthFirst,
    DayFirst,
}

fn slash_parts(token: &str) -> Option<(u32, u32)> {
    let mut parts = token.split('/');
    let (a, b, year) = (parts.next()?, parts.next()?, parts.next()?);
    (year.len() == 4 && parts.next().is_none()).then_some(())?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// How the file's `a/b/yyyy` days are ordered (none when it has none), or why it cannot be told.
pub(super) fn slash_order(tokens: &[String]) -> Result<Option<SlashOrder>> {
    let slashed: Vec<(&String, (u32, u32))> = tokens
        .iter()
        .filter_map(|t| slash_parts(t).map(|p| (t, p)))
        .collect();
    let Some((example, _)) = slashed.first() else {
        return Ok(None);
    };
    let day_first = slashed.iter().any(|(_, (a, _))| *a > 12);
    let month_first = slashed.iter().any(|(_, (_, b))| *b > 12);
    match (month_first, day_first) {
        (true, false) => Ok(Some(SlashOrder::MonthFirst)),
        (false, true) => Ok(Some(SlashOrder::DayFirst)),
        (both, _) => Err(Error::invalid(format!(
            "This jrnl journal writes its days like \"{example}\", and its days {}. Export it with `jrnl --export json --file journal.json` and import that: its dates are never ambiguous.",
            if both {
                "disagree on whether the month or the day comes first"
            } else {
                "never show whether the month or the day comes first"
            }
        ))),
    }
}

/// The day a token writes, or none when it is not one (`2025-02-30`).
pub(super) fn day(token: &str, order: Option<SlashOrder>) -> Option<NaiveDate> {
    let slash = match order {
        Some(SlashOrder::DayFirst) => "%d/%m/%Y",
        _ => "%m/%d/%Y",
    };
    ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", slash]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(token, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn each_written_form_gives_its_day() {
        assert_eq!(token("2021-03-30 09:00:00 AM"), Some("2021-03-30"));
        assert_eq!(token("Mon 30 Mar"), None);
        assert_eq!(day("2021/03/30", None), d(2021, 3, 30));
        assert_eq!(day("30.03.2021", None), d(2021, 3, 30));
        assert_eq!(day("03/04/2021", Some(SlashOrder::DayFirst)), d(2021, 4, 3));
        assert_eq!(
            day("03/04/2021", Some(SlashOrder::MonthFirst)),
            d(2021, 3, 4)
        );
        assert_eq!(day("2025-02-30", None), None);
    }

    #[test]
    fn the_file_s_own_days_tell_the_order_or_it_is_asked_for() {
        let order = |t: &[&str]| slash_order(&t.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(
            order(&["03/04/2021", "30/04/2021"]).unwrap(),
            Some(SlashOrder::DayFirst)
        );
        assert_eq!(
            order(&["03/04/2021", "04/30/2021"]).unwrap(),
            Some(SlashOrder::MonthFirst)
        );
        assert_eq!(order(&["2021-03-04"]).unwrap(), None);
        let e = order(&["03/04/2021", "05/06/2021"]).unwrap_err();
        assert!(e.message.contains("never show") && e.message.contains("jrnl --export json"));
        assert!(order(&["13/04/2021", "04/13/2021"])
            .unwrap_err()
            .message
            .contains("disagree"));
    }
}
