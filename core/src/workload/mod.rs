//! Meeting load and stress: working-hours settings, check-ins, weekly metrics from imported
//! calendars, the relation between load and stress, and warning signals.

pub mod checkins;
pub mod classify;
pub mod correlation;
mod hours_drift;
pub mod intervals;
mod overview;
pub mod reminder;
pub mod settings;
pub mod signals;
mod stress_year;
pub mod week;

pub(crate) use checkins::save_checkin_in;
pub use checkins::{CheckIn, CheckInDraft, CheckInPeriod};
pub use hours_drift::HoursDrift;
pub use overview::{
    CheckInDue, DayStress, WeekDetail, WeekMetrics, WeekOccurrence, WorkloadOverview,
};
pub use reminder::{ReminderSettings, REMINDER_TEXT, REMINDER_TITLE};
pub use settings::{SignalThresholds, WorkRules, WorkSettings};
pub use stress_year::{
    stress_level, MonthColumn, StressCell, StressStep, StressWeek, StressYear, STRESS_STEPS,
};
