//! The import window and the budgets that stop a runaway file before it takes the machine.

use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta};

/// Instances calcard may generate for one series, from its DTSTART (before the window
/// too). Daily from 1972 fits; a series that reaches it is reported as truncated.
pub(crate) const MAX_PER_SERIES: usize = 20_000;
/// Instances generated for the whole file, inside and outside the window.
const MAX_GENERATED: usize = 20_000_000;
/// Occurrences kept inside the window for the whole file: some 4,800 a week over four years,
/// far beyond one person's calendar, and about 350 MB and 6 s to import.
pub(crate) const MAX_OCCURRENCES: usize = 1_000_000;
/// A last guard against a hang; real exports take a few seconds at most.
const TIME_BUDGET: Duration = Duration::from_secs(120);

/// The import window, plus a bound on local wall times (any zone is within ±14 h of UTC).
pub(crate) struct Window {
    pub from: i64,
    pub to: i64,
    pub(super) local_start: NaiveDateTime,
    pub(super) local_end: NaiveDateTime,
}

impl Window {
    pub(crate) fn new(from: i64, to: i64) -> Self {
        let local = |t: i64, days: i64| {
            chrono::DateTime::from_timestamp(t, 0)
                .and_then(|d| d.naive_utc().checked_add_signed(TimeDelta::days(days)))
        };
        Window {
            from,
            to,
            local_start: local(from, -2).unwrap_or(NaiveDateTime::MIN),
            local_end: local(to, 2).unwrap_or(NaiveDateTime::MAX),
        }
    }

    pub(super) fn contains(&self, start: i64, end: i64) -> bool {
        start < self.to && (end > self.from || start >= self.from)
    }
}

/// Why an expansion stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    Generated,
    Occurrences,
    Time,
}

pub(crate) struct Budget {
    generated: usize,
    pub(crate) kept: usize,
    started: Instant,
}

impl Budget {
    pub(crate) fn new() -> Self {
        Budget {
            generated: 0,
            kept: 0,
            started: Instant::now(),
        }
    }

    pub(super) fn spend(&mut self, generated: usize, kept: usize) -> Result<(), Limit> {
        self.generated += generated;
        self.kept += kept;
        if self.generated > MAX_GENERATED {
            Err(Limit::Generated)
        } else if self.kept > MAX_OCCURRENCES {
            Err(Limit::Occurrences)
        } else if self.started.elapsed() > TIME_BUDGET {
            Err(Limit::Time)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budgets_stop_runaway_files() {
        let mut b = Budget::new();
        assert_eq!(b.spend(MAX_GENERATED, MAX_OCCURRENCES), Ok(()));
        assert_eq!(b.spend(1, 0), Err(Limit::Generated));
        let mut b = Budget::new();
        assert_eq!(b.spend(0, MAX_OCCURRENCES + 1), Err(Limit::Occurrences));
    }
}
