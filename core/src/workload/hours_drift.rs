//! A weekly check-in's meeting hours against what the calendars count now. The check-in keeps
//! what the user said when they checked in; when calendars imported later (or changed events)
//! count differently, the screen says so and offers to update the check-in.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;
use specta::Type;

use super::checkins::{CheckIn, CheckInPeriod};
use super::settings::WorkRules;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::time::week_start;

/// Check-ins are pre-filled to the half hour; a smaller difference is that rounding, not news.
const NOTICEABLE_HOURS: f64 = 0.5;

/// The hours a check-in recorded and what the calendars count now, when they differ.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct HoursDrift {
    /// As the user checked in.
    pub checked_in: f64,
    /// What the imported calendars count now, to the half hour (what updating would save).
    pub calendar: f64,
}

/// Hours to the half hour, as a check-in is pre-filled.
pub fn half_hours(h: f64) -> f64 {
    (h * 2.0).round() / 2.0
}

/// The drift between a weekly check-in and the calendar's meeting hours for its week: none
/// when either is missing or they agree within the rounding of a pre-filled check-in.
pub fn hours_drift(checkin: Option<&CheckIn>, calendar: Option<f64>) -> Option<HoursDrift> {
    let checked_in = checkin?.meeting_hours?;
    let calendar = calendar?;
    ((checked_in - calendar).abs() >= NOTICEABLE_HOURS).then(|| HoursDrift {
        checked_in,
        calendar: half_hours(calendar),
    })
}

impl Store {
    /// Sets the weekly check-in of the week of `day` to the meeting hours the calendars count
    /// now (to the half hour). Stress, energy, imposter feeling and note are kept.
    pub fn update_checkin_hours(&mut self, day: NaiveDate, rules: &WorkRules) -> Result<CheckIn> {
        let monday = week_start(day);
        if self.checkin(CheckInPeriod::Week, monday)?.is_none() {
            return Err(Error::not_found(format!(
                "There is no check-in for the week of {monday} to update. Check in for that week first."
            )));
        }
        let Some(hours) = self.calendar_meeting_hours(monday, rules)? else {
            return Err(Error::invalid(format!(
                "No imported calendar covers the week of {monday}, so there are no calendar hours to update the check-in with."
            )));
        };
        let now = self.now_text();
        self.conn().execute(
            "UPDATE checkins SET meeting_hours = ?1, updated_at = ?2 WHERE period = 'week' AND period_start = ?3",
            params![half_hours(hours), now, monday.to_string()],
        )?;
        self.checkin(CheckInPeriod::Week, monday)?
            .ok_or_else(|| Error::storage("The check-in could not be read back."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn checked_in(hours: Option<f64>) -> CheckIn {
        CheckIn {
            id: 1,
            period: CheckInPeriod::Week,
            period_start: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            meeting_hours: hours,
            stress: 5,
            energy: 5,
            imposter: 2,
            note: String::new(),
            updated_at: Utc.with_ymd_and_hms(2026, 11, 27, 17, 0, 0).unwrap(),
        }
    }

    #[test]
    fn the_rounding_of_a_prefilled_checkin_is_not_a_drift() {
        // Pre-filled 5.5 from 5.3 calendar hours, or typed 12.3 against 12.25.
        assert_eq!(hours_drift(Some(&checked_in(Some(5.5))), Some(5.3)), None);
        assert_eq!(
            hours_drift(Some(&checked_in(Some(12.3))), Some(12.25)),
            None
        );
        assert_eq!(
            hours_drift(Some(&checked_in(Some(6.0))), Some(5.5)),
            Some(HoursDrift {
                checked_in: 6.0,
                calendar: 5.5
            })
        );
        assert_eq!(
            hours_drift(Some(&checked_in(Some(5.5))), Some(11.2)).map(|d| d.calendar),
            Some(11.0),
            "offered to the half hour"
        );
    }

    #[test]
    fn nothing_to_compare_is_no_drift() {
        assert_eq!(hours_drift(None, Some(4.0)), None);
        assert_eq!(hours_drift(Some(&checked_in(None)), Some(4.0)), None);
        assert_eq!(hours_drift(Some(&checked_in(Some(4.0))), None), None);
    }
}
