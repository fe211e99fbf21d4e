//! Meeting load and stress over the period: the weekly figures, their averages, the warning
//! signals that held in any week of it (judged as the workload screen judged them that week),
//! and the load–stress relation. Ratings are private: without the `checkins` section the part
//! keeps the calendar's side and only the number of check-ins.

use chrono::{Days, NaiveDate};

use super::period::Period;
use super::types::{FiredSignal, LoadWeek, WorkloadPart};
use crate::error::Result;
use crate::store::Store;
use crate::workload::correlation::correlate;
use crate::workload::signals::{evaluate, SignalInput};
use crate::workload::{CheckIn, WeekMetrics, WorkRules};

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Every signal that held at the end of some completed week, with how often and when.
fn fired(
    weeks: &[WeekMetrics],
    checkins: &[CheckIn],
    rules: &WorkRules,
    with_stress: bool,
    today: NaiveDate,
) -> Vec<FiredSignal> {
    let mut out: Vec<FiredSignal> = Vec::new();
    let (mut share, mut focus, mut after) = (Vec::new(), Vec::new(), Vec::new());
    for w in weeks.iter().filter(|w| w.week_end < today) {
        if let Some(l) = &w.load {
            share.push(l.meeting_share);
            focus.push(l.focus_hours);
            after.push(l.after_hours_meeting_hours);
        }
        let stress: Vec<u8> = if with_stress {
            checkins
                .iter()
                .filter(|c| c.period_start <= w.week_end)
                .map(|c| c.stress)
                .collect()
        } else {
            Vec::new()
        };
        let input = SignalInput {
            meeting_share: &share,
            focus_hours: &focus,
            after_hours: &after,
            stress: &stress,
        };
        for s in evaluate(&input, &rules.thresholds)
            .into_iter()
            .filter(|s| s.active)
        {
            match out.iter_mut().find(|f| f.id == s.id) {
                Some(f) => {
                    f.weeks += 1;
                    f.last_week = w.week_start;
                }
                None => out.push(FiredSignal {
                    id: s.id,
                    title: s.title,
                    rule: s.rule,
                    weeks: 1,
                    first_week: w.week_start,
                    last_week: w.week_start,
                }),
            }
        }
    }
    out
}

impl Store {
    /// The part and, when check-ins are included, the period's check-ins (oldest first).
    pub(super) fn period_workload(
        &self,
        period: &Period,
        rules: &WorkRules,
        with_checkins: bool,
        today: NaiveDate,
    ) -> Result<(WorkloadPart, Vec<CheckIn>)> {
        let weeks = self.weekly_metrics(period.from, period.to, rules)?;
        // The stress signal counts the check-ins before the period too, as the screen did then.
        let mut checkins = self.checkins_between(period.from - Days::new(366), period.to)?;
        checkins.sort_by_key(|c| (c.period_start, c.id));
        let in_period: Vec<CheckIn> = checkins
            .iter()
            .filter(|c| period.contains(c.period_start))
            .cloned()
            .collect();
        let hours: Vec<(NaiveDate, f64)> = weeks
            .iter()
            .filter_map(|w| Some((w.week_start, w.meeting_hours?)))
            .collect();
        let focus: Vec<f64> = weeks
            .iter()
            .filter_map(|w| Some(w.load.as_ref()?.focus_hours))
            .collect();
        let peak = hours
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let private = |x: Option<f64>| x.filter(|_| with_checkins);
        let stress: Vec<f64> = weeks.iter().filter_map(|w| w.stress).collect();
        let energy: Vec<f64> = weeks.iter().filter_map(|w| w.energy).collect();
        let part = WorkloadPart {
            weeks: weeks
                .iter()
                .map(|w| LoadWeek {
                    week_start: w.week_start,
                    meeting_hours: w.meeting_hours,
                    focus_hours: w.load.as_ref().map(|l| l.focus_hours),
                    stress: private(w.stress),
                    energy: private(w.energy),
                })
                .collect(),
            weeks_with_hours: hours.len() as u32,
            average_meeting_hours: mean(&hours.iter().map(|h| h.1).collect::<Vec<_>>()),
            average_focus_hours: mean(&focus),
            peak_week: peak.map(|p| p.0),
            peak_meeting_hours: peak.map(|p| p.1),
            checkin_count: in_period.len() as u32,
            average_stress: private(mean(&stress)),
            average_energy: private(mean(&energy)),
            signals: fired(&weeks, &checkins, rules, with_checkins, today),
            correlation: with_checkins.then(|| {
                correlate(
                    &weeks
                        .iter()
                        .map(|w| (w.meeting_hours, w.stress))
                        .collect::<Vec<_>>(),
                )
            }),
        };
        Ok((part, if with_checkins { in_period } else { Vec::new() }))
    }
}
