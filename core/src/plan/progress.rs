//! Progress maths and the overdue rule, in one place so the plan view, the dashboard and the
//! progress review always agree.

use chrono::NaiveDate;

use super::types::{MilestoneStatus, Progress};

/// Open (not started or in progress) with a target date before `today`. A milestone due today
/// is not overdue yet.
pub fn is_overdue(status: MilestoneStatus, target: Option<NaiveDate>, today: NaiveDate) -> bool {
    status.is_open() && target.is_some_and(|t| t < today)
}

/// Tallies milestones given as (status, overdue).
pub fn tally(items: impl IntoIterator<Item = (MilestoneStatus, bool)>) -> Progress {
    let mut p = Progress::default();
    for (status, overdue) in items {
        p.total += 1;
        match status {
            MilestoneStatus::NotStarted => p.not_started += 1,
            MilestoneStatus::InProgress => p.in_progress += 1,
            MilestoneStatus::Done => p.done += 1,
            MilestoneStatus::Skipped => p.skipped += 1,
        }
        p.overdue += u32::from(overdue);
    }
    let counted = p.total - p.skipped;
    // Rounded down, so 100% means every counted milestone is done.
    p.percent = (p.done * 100).checked_div(counted).unwrap_or(0);
    p
}

/// Adds quarter tallies into a year's.
pub fn sum(parts: impl IntoIterator<Item = Progress>) -> Progress {
    let mut p = Progress::default();
    for q in parts {
        p.total += q.total;
        p.done += q.done;
        p.in_progress += q.in_progress;
        p.not_started += q.not_started;
        p.skipped += q.skipped;
        p.overdue += q.overdue;
    }
    p.percent = (p.done * 100).checked_div(p.total - p.skipped).unwrap_or(0);
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use MilestoneStatus::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn overdue_means_open_and_past_its_date() {
        let today = d(6, 10);
        assert!(is_overdue(NotStarted, Some(d(6, 9)), today));
        assert!(is_overdue(InProgress, Some(d(1, 1)), today));
        assert!(!is_overdue(NotStarted, Some(today), today), "due today");
        assert!(!is_overdue(NotStarted, None, today), "no date");
        assert!(!is_overdue(Done, Some(d(1, 1)), today));
        assert!(!is_overdue(Skipped, Some(d(1, 1)), today));
    }

    #[test]
    fn skipped_milestones_are_left_out_of_the_percentage_but_counted() {
        let p = tally([
            (Done, false),
            (Done, false),
            (Skipped, false),
            (InProgress, true),
            (NotStarted, false),
        ]);
        assert_eq!(
            (p.total, p.done, p.skipped, p.in_progress, p.not_started),
            (5, 2, 1, 1, 1)
        );
        assert_eq!(p.overdue, 1);
        assert_eq!(p.percent, 50, "2 of the 4 not skipped");
    }

    #[test]
    fn percent_rounds_down_and_survives_empty_and_all_skipped() {
        assert_eq!(
            tally([(Done, false), (NotStarted, false), (NotStarted, false)]).percent,
            33
        );
        assert_eq!(tally([]).percent, 0);
        assert_eq!(tally([(Skipped, false)]).percent, 0);
        assert_eq!(tally([(Done, false), (Done, false)]).percent, 100);
    }

    #[test]
    fn a_year_is_the_sum_of_its_quarters() {
        let q1 = tally([(Done, false), (Skipped, false)]);
        let q2 = tally([(NotStarted, true), (Done, false), (Done, false)]);
        let y = sum([q1, q2]);
        assert_eq!((y.total, y.done, y.skipped, y.overdue), (5, 3, 1, 1));
        assert_eq!(y.percent, 75);
    }
}
