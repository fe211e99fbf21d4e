//! Where a plan's quarters fall: a plan runs twelve months from the first day of its start
//! month, in four quarters of three calendar months each.

use chrono::{Datelike, Months, NaiveDate};

/// The first and last day of quarter `q` (1–4) of a plan starting on `start`.
pub fn quarter_range(start: NaiveDate, q: u8) -> (NaiveDate, NaiveDate) {
    let first = start + Months::new(3 * u32::from(q - 1));
    let next = first + Months::new(3);
    (first, next.pred_opt().unwrap_or(next))
}

/// The last day of a plan starting on `start`.
pub fn plan_end(start: NaiveDate) -> NaiveDate {
    quarter_range(start, 4).1
}

/// Which quarter (1–4) of the plan `day` falls in, if any.
pub fn quarter_of(start: NaiveDate, day: NaiveDate) -> Option<u8> {
    (1..=4).find(|&q| {
        let (a, b) = quarter_range(start, q);
        a <= day && day <= b
    })
}

/// "Mar–May 2026" or "Dec 2026–Feb 2027": how a quarter's months are written in titles.
pub fn month_span(first: NaiveDate, last: NaiveDate) -> String {
    if first.year() == last.year() {
        format!(
            "{}–{} {}",
            first.format("%b"),
            last.format("%b"),
            last.year()
        )
    } else {
        format!("{}–{}", first.format("%b %Y"), last.format("%b %Y"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_plan_starting_in_march_runs_to_the_end_of_february() {
        let start = d(2026, 3, 1);
        assert_eq!(quarter_range(start, 1), (d(2026, 3, 1), d(2026, 5, 31)));
        assert_eq!(quarter_range(start, 2), (d(2026, 6, 1), d(2026, 8, 31)));
        assert_eq!(quarter_range(start, 3), (d(2026, 9, 1), d(2026, 11, 30)));
        assert_eq!(quarter_range(start, 4), (d(2026, 12, 1), d(2027, 2, 28)));
        assert_eq!(plan_end(d(2027, 3, 1)), d(2028, 2, 29), "leap year");
    }

    #[test]
    fn days_map_to_their_quarter_and_the_edges_are_inclusive() {
        let start = d(2026, 3, 1);
        assert_eq!(quarter_of(start, d(2026, 2, 28)), None);
        assert_eq!(quarter_of(start, d(2026, 3, 1)), Some(1));
        assert_eq!(quarter_of(start, d(2026, 5, 31)), Some(1));
        assert_eq!(quarter_of(start, d(2026, 6, 1)), Some(2));
        assert_eq!(quarter_of(start, d(2027, 2, 28)), Some(4));
        assert_eq!(quarter_of(start, d(2027, 3, 1)), None);
    }

    #[test]
    fn month_spans_read_naturally() {
        assert_eq!(month_span(d(2026, 3, 1), d(2026, 5, 31)), "Mar–May 2026");
        assert_eq!(
            month_span(d(2026, 12, 1), d(2027, 2, 28)),
            "Dec 2026–Feb 2027"
        );
    }
}
