//! Which automatic backups to keep: the newest of each of the last 7 days, of the last 4 ISO
//! weeks and of the last 12 months (a backup may count for all three), so a mistake noticed
//! late can still be undone from a copy a year old while the folder stays small.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

pub const DAILY: usize = 7;
pub const WEEKLY: usize = 4;
pub const MONTHLY: usize = 12;

/// The days of `backups` (one per day) to delete, oldest first.
pub fn to_delete(backups: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = backups.to_vec();
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    let mut keep = BTreeSet::new();
    // Newest first: the first backup seen of a day, week or month is its newest.
    let mut newest_of = |key: fn(&NaiveDate) -> (i32, u32), limit: usize| {
        let mut seen = Vec::new();
        for d in &days {
            let k = key(d);
            if !seen.contains(&k) {
                if seen.len() == limit {
                    break;
                }
                seen.push(k);
                keep.insert(*d);
            }
        }
    };
    newest_of(|d| (d.year(), d.ordinal()), DAILY);
    newest_of(|d| (d.iso_week().year(), d.iso_week().week()), WEEKLY);
    newest_of(|d| (d.year(), d.month()), MONTHLY);
    let mut out: Vec<NaiveDate> = days.into_iter().filter(|d| !keep.contains(d)).collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Days;

    #[test]
    fn a_year_and_a_half_of_daily_backups_keeps_seven_days_four_weeks_twelve_months() {
        let last = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(); // a Monday
        let all: Vec<NaiveDate> = (0..540).map(|i| last - Days::new(i)).collect();
        let gone = to_delete(&all);
        let kept: Vec<NaiveDate> = all.iter().copied().filter(|d| !gone.contains(d)).collect();
        // 7 days (1–7 Dec); the newest of 4 ISO weeks (7 Dec, 6 Dec, 29 Nov, 22 Nov: two new);
        // of 12 months (7 Dec, then 30 Nov, 31 Oct … 31 Jan: eleven new).
        let days: BTreeSet<NaiveDate> = kept.iter().copied().collect();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        for k in [
            d(2026, 12, 1),
            d(2026, 11, 29),
            d(2026, 11, 22),
            d(2026, 11, 30),
            d(2026, 10, 31),
            d(2026, 1, 31),
        ] {
            assert!(days.contains(&k), "{k} kept: {kept:?}");
        }
        assert!(!days.contains(&d(2026, 11, 28)) && !days.contains(&d(2025, 12, 31)));
        assert_eq!(kept.len(), 7 + 2 + 11, "{kept:?}");
    }

    #[test]
    fn a_few_backups_are_all_kept() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
        assert!(to_delete(&[d(1), d(5), d(9)]).is_empty());
        assert!(to_delete(&[]).is_empty());
    }
}
