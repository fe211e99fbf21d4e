//! The weekly check-in reminder on the user's day and time. The weekly check-in is due from
//! that day on while the week has none; with desktop reminders on, the shell shows one
//! notification a week at that time (or as soon as the app runs after it). The core says when
//! the next one is and remembers that it was shown; the shell only keeps time and shows it.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::CheckInPeriod;
use crate::error::{Error, Problems, Result};
use crate::store::Store;
use crate::time::week_start;

/// What the desktop notification says.
pub const REMINDER_TITLE: &str = "Time for your weekly check-in";
pub const REMINDER_TEXT: &str =
    "Four numbers about your week, about ten seconds. It helps you see how meetings and stress move together.";

const KEY: &str = "checkin_reminder";
/// The Monday of the last week a reminder was shown for.
const SHOWN_KEY: &str = "checkin_reminder_shown";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct ReminderSettings {
    /// Also remind with a desktop notification (off until the user turns it on).
    pub desktop: bool,
    /// The day the weekly check-in is due from: ISO weekday, 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// "HH:MM", local time: when on that day the notification comes.
    pub time: String,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            desktop: false,
            weekday: 5,
            time: "16:00".into(),
        }
    }
}

/// The settings checked: the day and the time of day.
struct Slot {
    weekday: Weekday,
    time: NaiveTime,
}

impl ReminderSettings {
    fn slot(&self) -> Result<Slot> {
        let mut p = Problems::default();
        let weekday = p.check("weekday", iso_weekday(self.weekday));
        let time = p.check(
            "time",
            NaiveTime::parse_from_str(self.time.trim(), "%H:%M").map_err(|_| {
                Error::invalid(format!(
                    "\"{}\" is not a time of day. Write it as HH:MM in 24-hour time, for example 16:00.",
                    self.time
                ))
            }),
        );
        p.finish()?;
        match (weekday, time) {
            (Some(weekday), Some(time)) => Ok(Slot { weekday, time }),
            _ => unreachable!("finish() returns the problem of every field that failed"),
        }
    }
}

fn iso_weekday(n: u8) -> Result<Weekday> {
    match n {
        1..=7 => Ok(Weekday::try_from(n - 1).expect("0..=6 is a weekday")),
        _ => Err(Error::invalid(format!(
            "{n} is not a day of the week: choose one from Monday (1) to Sunday (7)."
        ))),
    }
}

/// The moment in the week of `monday` the reminder is for.
fn moment(monday: NaiveDate, slot: &Slot) -> NaiveDateTime {
    let day = monday + Days::new(u64::from(slot.weekday.num_days_from_monday()));
    day.and_time(slot.time)
}

impl Store {
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let s: ReminderSettings = self.read_setting(KEY)?;
        // A stored value this version cannot use (damaged, or from a newer one) is the default.
        Ok(if s.slot().is_ok() {
            s
        } else {
            ReminderSettings::default()
        })
    }

    /// Saves the settings after checking every field; a rejected change writes nothing.
    pub fn save_reminder_settings(&mut self, s: &ReminderSettings) -> Result<ReminderSettings> {
        s.slot()?;
        let clean = ReminderSettings {
            time: s.time.trim().to_string(),
            ..s.clone()
        };
        self.write_setting(KEY, &clean)?;
        self.reminder_settings()
    }

    /// The day the weekly check-in is due from.
    pub(crate) fn checkin_weekday(&self) -> Result<Weekday> {
        Ok(self.reminder_settings()?.slot()?.weekday)
    }

    /// When the next desktop reminder is due, on the wall clock of `now`: this week's moment,
    /// `now` itself once it has passed while the week still has no check-in and no reminder,
    /// else next week's. `None` while desktop reminders are off.
    pub fn next_reminder(&self, now: NaiveDateTime) -> Result<Option<NaiveDateTime>> {
        let settings = self.reminder_settings()?;
        if !settings.desktop {
            return Ok(None);
        }
        let slot = settings.slot()?;
        let monday = week_start(now.date());
        let shown: Option<NaiveDate> = self.read_setting(SHOWN_KEY)?;
        let done = shown == Some(monday) || self.checkin(CheckInPeriod::Week, monday)?.is_some();
        let this_week = moment(monday, &slot);
        Ok(Some(if done {
            moment(monday + Days::new(7), &slot)
        } else {
            this_week.max(now)
        }))
    }

    /// Notes that the reminder for the week of `now` was shown, so it is not shown again.
    pub fn reminder_shown(&mut self, now: NaiveDateTime) -> Result<()> {
        self.write_setting(SHOWN_KEY, &Some(week_start(now.date())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_days_of_the_week_are_iso_numbers() {
        assert_eq!(iso_weekday(1).unwrap(), Weekday::Mon);
        assert_eq!(iso_weekday(5).unwrap(), Weekday::Fri);
        assert_eq!(iso_weekday(7).unwrap(), Weekday::Sun);
        assert!(iso_weekday(0).is_err());
        assert!(iso_weekday(8).is_err());
    }
}
