//! The period week by week, against recency bias: how much was journaled, checked in, written
//! and done in each week, so the early months are as visible as the last one.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::period::Period;
use super::types::TimelineWeek;
use crate::time::week_start;

/// The days things happened on, by kind.
pub(super) struct Marks<'a> {
    pub entries: &'a [NaiveDate],
    pub checkins: &'a [NaiveDate],
    pub documents: &'a [NaiveDate],
    pub milestones_done: &'a [NaiveDate],
}

/// One row per week from the week of `period.from` to that of `period.to`; a week's level is
/// its share of the busiest week's activity, in quarters (1–4), 0 when nothing happened.
pub(super) fn timeline(period: &Period, marks: &Marks<'_>) -> Vec<TimelineWeek> {
    let mut weeks: BTreeMap<NaiveDate, TimelineWeek> = BTreeMap::new();
    let mut monday = week_start(period.from);
    while monday <= period.to {
        weeks.insert(
            monday,
            TimelineWeek {
                week_start: monday,
                entries: 0,
                checkins: 0,
                documents: 0,
                milestones_done: 0,
                level: 0,
            },
        );
        monday = monday + Days::new(7);
    }
    let mut count = |days: &[NaiveDate], field: fn(&mut TimelineWeek) -> &mut u32| {
        for d in days.iter().filter(|d| period.contains(**d)) {
            if let Some(w) = weeks.get_mut(&week_start(*d)) {
                *field(w) += 1;
            }
        }
    };
    count(marks.entries, |w| &mut w.entries);
    count(marks.checkins, |w| &mut w.checkins);
    count(marks.documents, |w| &mut w.documents);
    count(marks.milestones_done, |w| &mut w.milestones_done);
    let total = |w: &TimelineWeek| w.entries + w.checkins + w.documents + w.milestones_done;
    let busiest = weeks.values().map(total).max().unwrap_or(0);
    weeks
        .into_values()
        .map(|mut w| {
            let t = total(&w);
            w.level = if t == 0 {
                0
            } else {
                (4 * t).div_ceil(busiest) as u8
            };
            w
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_day;

    #[test]
    fn weeks_run_monday_first_and_levels_are_quarters_of_the_busiest() {
        let d = |s: &str| parse_day(s).unwrap();
        let period = Period::new(d("2026-01-01"), d("2026-01-31")).unwrap();
        let entries = [
            d("2026-01-01"),
            d("2026-01-02"),
            d("2026-01-03"),
            d("2026-01-20"),
            d("2025-12-31"),
        ];
        let done = [d("2026-01-04")];
        let weeks = timeline(
            &period,
            &Marks {
                entries: &entries,
                checkins: &[],
                documents: &[],
                milestones_done: &done,
            },
        );
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0].week_start, d("2025-12-29"));
        // The 31st of December is outside the period, though in its first week.
        assert_eq!(
            (weeks[0].entries, weeks[0].milestones_done, weeks[0].level),
            (3, 1, 4)
        );
        assert_eq!((weeks[3].entries, weeks[3].level), (1, 1));
        assert_eq!(weeks[1].level, 0);
    }
}
