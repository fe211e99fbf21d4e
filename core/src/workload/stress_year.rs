//! The year in pixels: every day of a year in week columns (weeks run Monday to Sunday), with
//! the stress checked in for it on a five-step scale from calm to high.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use specta::Type;

use super::overview::DayStress;
use crate::error::Result;
use crate::store::Store;
use crate::time::week_start;

/// Stress 1–10 in five steps: 1–2 calm, 3–4, 5–6, 7–8, 9–10 high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct StressStep {
    pub level: u8,
    pub low: u8,
    pub high: u8,
}

pub const STRESS_STEPS: [StressStep; 5] = [
    StressStep {
        level: 1,
        low: 1,
        high: 2,
    },
    StressStep {
        level: 2,
        low: 3,
        high: 4,
    },
    StressStep {
        level: 3,
        low: 5,
        high: 6,
    },
    StressStep {
        level: 4,
        low: 7,
        high: 8,
    },
    StressStep {
        level: 5,
        low: 9,
        high: 10,
    },
];

/// The step a stress of 1–10 falls in; 0 for a day without a check-in.
pub fn stress_level(stress: Option<u8>) -> u8 {
    stress.map_or(0, |s| s.clamp(1, 10).div_ceil(2))
}

/// One day of the grid.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StressCell {
    pub date: NaiveDate,
    pub stress: Option<u8>,
    /// Taken from the week's check-in (no daily one that day).
    pub from_week: bool,
    /// 0 (no check-in) to 5, see [`STRESS_STEPS`].
    pub level: u8,
}

/// A week column: Monday to Sunday, `None` for the days outside the year.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StressWeek {
    pub monday: NaiveDate,
    pub days: Vec<Option<StressCell>>,
}

/// The column a month's first day falls in, for the month names above the grid.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
pub struct MonthColumn {
    /// 1–12.
    pub month: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StressYear {
    pub year: i32,
    pub weeks: Vec<StressWeek>,
    pub months: Vec<MonthColumn>,
    /// Days with a check-in.
    pub count: u32,
}

/// Lays out `days` (the year's stress, by date) in week columns.
fn layout(year: i32, days: &[DayStress]) -> StressYear {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
    let mut weeks = Vec::new();
    let mut months = Vec::new();
    let mut monday = week_start(first);
    while monday <= last {
        let column = weeks.len() as u32;
        let days = (0..7)
            .map(|i| monday + Days::new(i))
            .map(|date| {
                if date < first || date > last {
                    return None;
                }
                if date.day() == 1 {
                    months.push(MonthColumn {
                        month: date.month(),
                        column,
                    });
                }
                let known = days.iter().find(|d| d.date == date);
                let stress = known.map(|d| d.stress);
                Some(StressCell {
                    date,
                    stress,
                    from_week: known.is_some_and(|d| d.from_week),
                    level: stress_level(stress),
                })
            })
            .collect();
        weeks.push(StressWeek { monday, days });
        monday = monday + Days::new(7);
    }
    StressYear {
        year,
        weeks,
        months,
        count: days.len() as u32,
    }
}

impl Store {
    /// The year in pixels for `year`.
    pub fn stress_year(&self, year: i32) -> Result<StressYear> {
        Ok(layout(year, &self.stress_days(year)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(w: &StressWeek) -> Vec<Option<String>> {
        w.days
            .iter()
            .map(|c| c.as_ref().map(|c| c.date.to_string()))
            .collect()
    }

    #[test]
    fn stress_falls_into_five_steps_from_calm_to_high() {
        let levels: Vec<u8> = (1..=10).map(|s| stress_level(Some(s))).collect();
        assert_eq!(levels, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
        assert_eq!(stress_level(None), 0);
        for step in STRESS_STEPS {
            assert_eq!(stress_level(Some(step.low)), step.level);
            assert_eq!(stress_level(Some(step.high)), step.level);
        }
    }

    #[test]
    fn the_year_is_laid_out_in_monday_first_weeks_every_day_once() {
        // 2026 starts on a Thursday and ends on a Thursday.
        let g = layout(2026, &[]);
        assert_eq!(g.weeks.len(), 53);
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            dates(&g.weeks[0]),
            [
                None,
                None,
                None,
                some("2026-01-01"),
                some("2026-01-02"),
                some("2026-01-03"),
                some("2026-01-04")
            ]
        );
        assert_eq!(
            dates(&g.weeks[52]),
            [
                some("2026-12-28"),
                some("2026-12-29"),
                some("2026-12-30"),
                some("2026-12-31"),
                None,
                None,
                None
            ]
        );
        let all: Vec<_> = g
            .weeks
            .iter()
            .flat_map(|w| w.days.iter().flatten())
            .collect();
        assert_eq!(all.len(), 365);
        assert_eq!(
            g.months.iter().map(|m| m.month).collect::<Vec<_>>(),
            (1..=12).collect::<Vec<_>>()
        );
        assert_eq!(g.months[0].column, 0);
        // 1 March 2026 is a Sunday, in the column of Monday 23 February.
        let march = &g.weeks[g.months[2].column as usize];
        assert_eq!(march.monday, d("2026-02-23"));
        assert_eq!(march.days[6].as_ref().unwrap().date, d("2026-03-01"));
        // A leap year that starts on a Monday has no empty cells at the front.
        let leap = layout(2024, &[]);
        assert_eq!(
            leap.weeks[0].days[0].as_ref().unwrap().date,
            d("2024-01-01")
        );
        assert_eq!(
            leap.weeks
                .iter()
                .flat_map(|w| w.days.iter().flatten())
                .count(),
            366
        );
    }

    #[test]
    fn cells_carry_the_stress_its_step_and_where_it_came_from() {
        let g = layout(
            2026,
            &[
                DayStress {
                    date: d("2026-11-23"),
                    stress: 7,
                    from_week: true,
                },
                DayStress {
                    date: d("2026-11-24"),
                    stress: 3,
                    from_week: false,
                },
            ],
        );
        let cells: Vec<_> = g
            .weeks
            .iter()
            .flat_map(|w| w.days.iter().flatten())
            .filter(|c| c.stress.is_some())
            .map(|c| (c.date.to_string(), c.stress, c.from_week, c.level))
            .collect();
        assert_eq!(
            cells,
            [
                ("2026-11-23".into(), Some(7), true, 4),
                ("2026-11-24".into(), Some(3), false, 2)
            ]
        );
        assert_eq!(g.count, 2);
    }
}
