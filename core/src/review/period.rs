//! The span a review covers: any two days, or one of the presets the Review screen offers
//! (the last plan quarter, the plan's year, the last 6 or 12 months), always worked out from
//! the `today` the caller passes.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Problems, Result};
use crate::plan::PlanSummary;
use crate::time::parse_day;

/// The longest period a review covers: ten years and a few leap days.
pub const MAX_DAYS: i64 = 3660;

/// Both days inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The periods the Review screen offers in one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PeriodPreset {
    /// The plan's last quarter that has ended (without a plan: the last three whole months).
    LastQuarter,
    /// The year of the plan that covers today, or else the latest one.
    PlanYear,
    LastSixMonths,
    LastTwelveMonths,
}

impl Period {
    /// A period from the two days a form or the command line gives, with every problem at once,
    /// each against its field (`from`, `to`).
    pub fn parse(from: &str, to: &str) -> Result<Period> {
        let mut problems = Problems::default();
        let day = |text: &str, which: &str| {
            if text.trim().is_empty() {
                Err(Error::invalid(format!(
                    "Give the {which} day of the period (YYYY-MM-DD)."
                )))
            } else {
                parse_day(text)
            }
        };
        let from = problems.check("from", day(from, "first"));
        let to = problems.check("to", day(to, "last"));
        if let (Some(from), Some(to)) = (from, to) {
            if let Err(e) = Period::new(from, to) {
                problems.add("to", e.message);
            }
        }
        problems.finish_saying("no review was made")?;
        Period::new(from.unwrap_or_default(), to.unwrap_or_default())
    }

    /// A period whose last day is not before its first and which spans at most [`MAX_DAYS`].
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if to < from {
            return Err(Error::invalid_field(
                "to",
                format!(
                    "The period ends ({to}) before it starts ({from}); give the earlier day first."
                ),
            ));
        }
        if (to - from).num_days() >= MAX_DAYS {
            return Err(Error::invalid_field(
                "to",
                "A review covers at most ten years; choose a later first day or an earlier last day.",
            ));
        }
        Ok(Period { from, to })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The preset's period as of `today`, given the user's plans.
    pub fn preset(preset: PeriodPreset, today: NaiveDate, plans: &[PlanSummary]) -> Result<Period> {
        let months_back = |n: u32| {
            let from = today
                .checked_sub_months(Months::new(n))
                .and_then(|d| d.checked_add_days(Days::new(1)))
                .unwrap_or(today);
            Period::new(from, today)
        };
        match preset {
            PeriodPreset::LastSixMonths => months_back(6),
            PeriodPreset::LastTwelveMonths => months_back(12),
            PeriodPreset::PlanYear => {
                let plan = plan_of(today, plans).ok_or_else(no_plan)?;
                Period::new(plan.start, plan.end)
            }
            PeriodPreset::LastQuarter => match plan_of(today, plans) {
                Some(plan) => last_plan_quarter(plan, today),
                None => {
                    let first_of_month = today.with_day0(0).unwrap_or(today);
                    let from = first_of_month
                        .checked_sub_months(Months::new(3))
                        .unwrap_or(first_of_month);
                    Period::new(from, first_of_month.pred_opt().unwrap_or(from))
                }
            },
        }
    }
}

fn no_plan() -> Error {
    Error::invalid("There is no plan yet; make one in Plan, or choose the months to review.")
}

/// The plan that covers today, else the one that ended last before it, else the first.
fn plan_of(today: NaiveDate, plans: &[PlanSummary]) -> Option<&PlanSummary> {
    plans
        .iter()
        .find(|p| p.start <= today && today <= p.end)
        .or_else(|| plans.iter().filter(|p| p.end < today).max_by_key(|p| p.end))
        .or_else(|| plans.iter().min_by_key(|p| p.start))
}

/// The last of the plan's quarters to have ended by `today`; before the first has ended, the
/// first quarter itself (so far).
fn last_plan_quarter(plan: &PlanSummary, today: NaiveDate) -> Result<Period> {
    let quarter = |n: u32| {
        let start = plan.start.checked_add_months(Months::new(3 * n))?;
        let end = start.checked_add_months(Months::new(3))?.pred_opt()?;
        Some((start, end))
    };
    let ended = (0..4).filter_map(quarter).rfind(|(_, end)| *end < today);
    match ended {
        Some((start, end)) => Period::new(start, end),
        None => {
            let (start, end) = quarter(0).ok_or_else(no_plan)?;
            Period::new(start, end.min(today).max(start))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Progress;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    fn plan(start: &str, end: &str) -> PlanSummary {
        PlanSummary {
            id: 1,
            title: "Plan".into(),
            year: day(start).year(),
            start: day(start),
            end: day(end),
            months: String::new(),
            archived: false,
            current_quarter: None,
            progress: Progress::default(),
            opens_first: true,
        }
    }

    #[test]
    fn a_typed_period_reports_every_problem_against_its_field() {
        let e = Period::parse("", "2026-13-01").unwrap_err();
        let fields: Vec<&str> = e.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["from", "to"]);
        assert!(e.problems[0].message.contains("first day"), "{e:?}");
        let e = Period::parse("2026-06-01", "2026-05-31").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("to"));
        assert!(e.message.contains("before it starts"), "{}", e.message);
        assert!(Period::parse("2010-01-01", "2026-01-01").is_err());
        let p = Period::parse(" 2026-01-01", "2026-01-01").unwrap();
        assert_eq!(p.days(), 1);
    }

    #[test]
    fn month_presets_end_today_and_start_the_day_after_the_same_day_months_ago() {
        let today = day("2026-12-07");
        let p = Period::preset(PeriodPreset::LastSixMonths, today, &[]).unwrap();
        assert_eq!((p.from, p.to), (day("2026-06-08"), today));
        let p = Period::preset(PeriodPreset::LastTwelveMonths, day("2028-02-29"), &[]).unwrap();
        assert_eq!((p.from, p.to), (day("2027-03-01"), day("2028-02-29")));
    }

    #[test]
    fn the_last_quarter_is_the_plans_last_ended_one_or_the_last_three_whole_months() {
        let plans = [plan("2026-03-01", "2027-02-28")];
        let p = Period::preset(PeriodPreset::LastQuarter, day("2026-12-07"), &plans).unwrap();
        assert_eq!((p.from, p.to), (day("2026-09-01"), day("2026-11-30")));
        let p = Period::preset(PeriodPreset::LastQuarter, day("2026-04-10"), &plans).unwrap();
        assert_eq!((p.from, p.to), (day("2026-03-01"), day("2026-04-10")));
        let p = Period::preset(PeriodPreset::LastQuarter, day("2026-01-31"), &[]).unwrap();
        assert_eq!((p.from, p.to), (day("2025-10-01"), day("2025-12-31")));
        let p = Period::preset(PeriodPreset::PlanYear, day("2026-12-07"), &plans).unwrap();
        assert_eq!((p.from, p.to), (day("2026-03-01"), day("2027-02-28")));
        let e = Period::preset(PeriodPreset::PlanYear, day("2026-12-07"), &[]).unwrap_err();
        assert!(e.message.contains("no plan"), "{}", e.message);
    }
}
