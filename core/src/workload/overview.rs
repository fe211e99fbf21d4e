//! The meeting-load screen in one read: weekly metrics from the imported calendars joined with
//! check-ins, the load–stress relation, warning signals, and whether a check-in is due.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeZone};
use serde::Serialize;
use specta::Type;

use super::checkins::{CheckIn, CheckInPeriod};
use super::classify::{classify, infer_owner, Occurrence, OccurrenceKind};
use super::correlation::{correlate, Correlation};
use super::hours_drift::{half_hours, hours_drift, HoursDrift};
use super::settings::WorkRules;
use super::signals::{evaluate, Signal, SignalInput};
use super::week::{week_load, WeekLoad};
use crate::error::Result;
use crate::store::Store;
use crate::time::{week_end, week_moved, week_span, week_start, weeks_from};

/// The most weeks an overview covers (five years): more would not fit a chart.
pub const MAX_WEEKS: u32 = 260;

/// One week: the calendar's numbers (when an imported calendar covers it) and the check-ins.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WeekMetrics {
    pub week_start: NaiveDate,
    /// The week's Sunday.
    pub week_end: NaiveDate,
    /// None when no imported calendar covers this week.
    pub load: Option<WeekLoad>,
    pub checkin: Option<CheckIn>,
    /// The weekly check-in's stress, else the mean of the week's daily check-ins.
    pub stress: Option<f64>,
    pub energy: Option<f64>,
    /// From the calendar when it covers the week, else as checked in.
    pub meeting_hours: Option<f64>,
    /// The weekly check-in's hours when the calendars now count noticeably different ones.
    pub hours_drift: Option<HoursDrift>,
}

/// Whether the weekly check-in is due, with meeting hours to pre-fill it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckInDue {
    /// Today: the day a check-in made now is for (the UI never asks its own clock).
    pub date: NaiveDate,
    pub week_start: NaiveDate,
    /// From the reminder's day on (Friday unless the user chose another), while this week
    /// has no check-in.
    pub due: bool,
    pub this_week: Option<CheckIn>,
    pub today: Option<CheckIn>,
    pub suggested_meeting_hours: Option<f64>,
    /// This week's check-in hours when the calendars now count noticeably different ones.
    pub hours_drift: Option<HoursDrift>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WorkloadOverview {
    /// Oldest first, ending with the current week.
    pub weeks: Vec<WeekMetrics>,
    pub correlation: Correlation,
    pub signals: Vec<Signal>,
    pub checkin: CheckInDue,
    pub has_calendar: bool,
}

/// One occurrence in the week view, in the user's local time.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WeekOccurrence {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub summary: String,
    pub kind: OccurrenceKind,
    pub series: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WeekDetail {
    pub week: WeekMetrics,
    /// 0 for this week, -1 for last week, 1 for next week.
    pub weeks_from_today: i32,
    pub occurrences: Vec<WeekOccurrence>,
}

/// A day of the year-in-pixels stress calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DayStress {
    pub date: NaiveDate,
    pub stress: u8,
    /// Taken from the week's check-in (no daily one that day).
    pub from_week: bool,
}

fn mean(xs: impl Iterator<Item = u8>) -> Option<f64> {
    let v: Vec<f64> = xs.map(f64::from).collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// The rules with the owner's address inferred from the calendar when the user gave none.
fn with_owner(rules: &WorkRules, occurrences: &[Occurrence]) -> WorkRules {
    let mut r = rules.clone();
    if r.owners.is_empty() {
        r.owners.extend(infer_owner(occurrences));
    }
    r
}

impl Store {
    fn occurrences(&self, from: i64, to: i64) -> Result<Vec<Occurrence>> {
        self.calendar_events_between(from, to)
    }

    /// Whether an imported calendar covers the week of `monday`.
    fn covered(&self, monday: NaiveDate) -> Result<bool> {
        Ok(self
            .calendar_sources()?
            .iter()
            .any(|s| s.covers_week(monday)))
    }

    /// Weekly metrics for the weeks from the one containing `from` to the one containing `to`.
    pub fn weekly_metrics(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        rules: &WorkRules,
    ) -> Result<Vec<WeekMetrics>> {
        let (first, last) = (week_start(from), week_start(to));
        let span = (week_span(first, rules.tz).0, week_span(last, rules.tz).1);
        let occurrences = self.occurrences(span.0, span.1)?;
        let rules = &with_owner(rules, &occurrences);
        let checkins = self.checkins_between(first, last + Days::new(6))?;
        let sources = self.calendar_sources()?;
        let mut weeks = Vec::new();
        let mut monday = first;
        while monday <= last {
            let end = monday + Days::new(7);
            let covered = sources.iter().any(|s| s.covers_week(monday));
            let (a, b) = week_span(monday, rules.tz);
            // Occurrences are sorted by start: only those overlapping this week.
            let here: Vec<Occurrence> = occurrences
                .iter()
                .filter(|o| o.start_utc < b && o.end_utc > a)
                .cloned()
                .collect();
            let load = covered.then(|| week_load(monday, &here, rules));
            let weekly = checkins
                .iter()
                .find(|c| c.period == CheckInPeriod::Week && c.period_start == monday)
                .cloned();
            let daily = || {
                checkins.iter().filter(|c| {
                    c.period == CheckInPeriod::Day
                        && c.period_start >= monday
                        && c.period_start < end
                })
            };
            weeks.push(WeekMetrics {
                week_start: monday,
                week_end: week_end(monday),
                stress: weekly
                    .as_ref()
                    .map(|c| f64::from(c.stress))
                    .or_else(|| mean(daily().map(|c| c.stress))),
                energy: weekly
                    .as_ref()
                    .map(|c| f64::from(c.energy))
                    .or_else(|| mean(daily().map(|c| c.energy))),
                meeting_hours: load
                    .as_ref()
                    .map(|l| l.meeting_hours)
                    .or_else(|| weekly.as_ref().and_then(|c| c.meeting_hours)),
                hours_drift: hours_drift(weekly.as_ref(), load.as_ref().map(|l| l.meeting_hours)),
                load,
                checkin: weekly,
            });
            monday = end;
        }
        Ok(weeks)
    }

    /// The check-in state for today: due from Friday while the week has none.
    pub fn checkin_due(&self, today: NaiveDate, rules: &WorkRules) -> Result<CheckInDue> {
        let monday = week_start(today);
        let this_week = self.checkin(CheckInPeriod::Week, monday)?;
        let suggested = self.calendar_meeting_hours(monday, rules)?;
        Ok(CheckInDue {
            date: today,
            week_start: monday,
            due: this_week.is_none()
                && today.weekday().num_days_from_monday()
                    >= self.checkin_weekday()?.num_days_from_monday(),
            today: self.checkin(CheckInPeriod::Day, today)?,
            hours_drift: hours_drift(this_week.as_ref(), suggested),
            this_week,
            suggested_meeting_hours: suggested.map(half_hours),
        })
    }

    /// The meeting hours the imported calendars count in the week of `monday`, when one covers it.
    pub(super) fn calendar_meeting_hours(
        &self,
        monday: NaiveDate,
        rules: &WorkRules,
    ) -> Result<Option<f64>> {
        if !self.covered(monday)? {
            return Ok(None);
        }
        let (a, b) = week_span(monday, rules.tz);
        let occurrences = self.occurrences(a, b)?;
        Ok(Some(
            week_load(monday, &occurrences, &with_owner(rules, &occurrences)).meeting_hours,
        ))
    }

    /// The last `weeks` weeks up to today's (1 to [`MAX_WEEKS`]), with the relation to stress
    /// and the signals.
    pub fn workload_overview(
        &self,
        today: NaiveDate,
        weeks: u32,
        rules: &WorkRules,
    ) -> Result<WorkloadOverview> {
        let from = week_start(today) - Days::new(7 * u64::from(weeks.clamp(1, MAX_WEEKS) - 1));
        let list = self.weekly_metrics(from, today, rules)?;
        let pairs: Vec<(Option<f64>, Option<f64>)> =
            list.iter().map(|w| (w.meeting_hours, w.stress)).collect();
        // Signals judge completed weeks only: the current week is still filling up.
        let done: Vec<&WeekLoad> = list[..list.len() - 1]
            .iter()
            .filter_map(|w| w.load.as_ref())
            .collect();
        let stress: Vec<u8> = self
            .checkins_between(from - Days::new(366), today)?
            .iter()
            .map(|c| c.stress)
            .collect();
        let signals = evaluate(
            &SignalInput {
                meeting_share: &done.iter().map(|l| l.meeting_share).collect::<Vec<_>>(),
                focus_hours: &done.iter().map(|l| l.focus_hours).collect::<Vec<_>>(),
                after_hours: &done
                    .iter()
                    .map(|l| l.after_hours_meeting_hours)
                    .collect::<Vec<_>>(),
                stress: &stress,
            },
            &rules.thresholds,
        );
        Ok(WorkloadOverview {
            has_calendar: !self.calendar_sources()?.is_empty(),
            correlation: correlate(&pairs),
            signals,
            checkin: self.checkin_due(today, rules)?,
            weeks: list,
        })
    }

    /// The metrics of the week `weeks_later` weeks after the week of `from` (0: that week
    /// itself; before it when negative) and every occurrence in it, in local time, with what
    /// it counted as. The screen steps through weeks by asking for the one after or before.
    pub fn week_detail(
        &self,
        from: NaiveDate,
        weeks_later: i32,
        today: NaiveDate,
        rules: &WorkRules,
    ) -> Result<WeekDetail> {
        let monday = week_moved(from, weeks_later);
        let week = self.weekly_metrics(monday, monday, rules)?.remove(0);
        let (a, b) = week_span(monday, rules.tz);
        let occurrences = self.occurrences(a, b)?;
        let rules = &with_owner(rules, &occurrences);
        let local = |t: i64| {
            rules
                .tz
                .timestamp_opt(t, 0)
                .single()
                .map_or_else(NaiveDateTime::default, |d| d.naive_local())
        };
        let occurrences = occurrences
            .into_iter()
            .map(|o| WeekOccurrence {
                start: local(o.start_utc),
                end: local(o.end_utc),
                kind: classify(&o, &rules.owners),
                summary: o.summary,
                series: o.series,
            })
            .collect();
        Ok(WeekDetail {
            week,
            weeks_from_today: weeks_from(today, monday),
            occurrences,
        })
    }

    /// Stress per day of `year` for the year-in-pixels view: daily check-ins, and the weekly
    /// check-in's stress on the days of its week that have no daily one.
    pub fn stress_days(&self, year: i32) -> Result<Vec<DayStress>> {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
        let checkins = self.checkins_between(first - Days::new(6), last)?;
        let mut days: Vec<DayStress> = Vec::new();
        for c in checkins.iter().filter(|c| c.period == CheckInPeriod::Day) {
            days.push(DayStress {
                date: c.period_start,
                stress: c.stress,
                from_week: false,
            });
        }
        for c in checkins.iter().filter(|c| c.period == CheckInPeriod::Week) {
            for i in 0..7 {
                let date = c.period_start + Days::new(i);
                if date.year() == year && !days.iter().any(|d| d.date == date) {
                    days.push(DayStress {
                        date,
                        stress: c.stress,
                        from_week: true,
                    });
                }
            }
        }
        days.sort_by_key(|d| d.date);
        Ok(days)
    }
}
