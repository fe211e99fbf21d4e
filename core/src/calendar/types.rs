//! What a calendar import takes and gives back, as it crosses into the app and the command line.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The largest `.ics` file accepted. Real exports of several years are a few MB; this leaves
/// room for busy shared calendars while keeping the parse and the expansion bounded.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;

/// How to read a calendar: the zone for times written without one, and which days to expand
/// recurring events into (`[window_from, window_to)`, local days in `user_tz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    pub user_tz: Tz,
    pub window_from: NaiveDate,
    pub window_to: NaiveDate,
}

impl ImportOptions {
    /// Three years back (enough history for trends) and one year ahead (planned meetings).
    pub fn around(today: NaiveDate, user_tz: Tz) -> Self {
        Self {
            user_tz,
            window_from: today
                .checked_sub_months(Months::new(36))
                .unwrap_or(NaiveDate::MIN),
            window_to: today
                .checked_add_months(Months::new(12))
                .unwrap_or(NaiveDate::MAX),
        }
    }

    /// The window as UTC instants (Unix seconds): local midnights in the user's zone.
    pub(crate) fn window_utc(&self) -> (i64, i64) {
        let at = |d: NaiveDate| {
            let midnight = d.and_hms_opt(0, 0, 0).unwrap_or_default();
            super::tz::Zone::Iana(self.user_tz)
                .to_utc(midnight)
                .unwrap_or_else(|| midnight.and_utc().timestamp())
        };
        (at(self.window_from), at(self.window_to))
    }

    pub(crate) fn check(&self) -> crate::Result<()> {
        if self.window_from >= self.window_to || self.window_from.year() < 1900 {
            return Err(crate::Error::invalid(format!(
                "The calendar window {} to {} is empty or out of range; the start must be \
                 before the end.",
                self.window_from, self.window_to
            )));
        }
        Ok(())
    }
}

/// One problem found in a file: an event skipped, or read with a guess (an unknown time zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ImportIssue {
    /// 1-based line of the event's `BEGIN:VEVENT` (or of the problem) in the file.
    pub line: Option<u32>,
    pub uid: Option<String>,
    pub message: String,
}

/// Local days `[from, to)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct DaySpan {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl CalendarSource {
    /// Whether the calendar covers any day of the week starting on `monday`: a week with the
    /// first or last occurrence in it counts, a week before the first does not.
    pub fn covers_week(&self, monday: NaiveDate) -> bool {
        self.covers
            .is_some_and(|c| c.from < monday + chrono::Days::new(7) && monday < c.to)
    }
}

/// An imported file. Re-importing a file with the same name replaces its occurrences.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CalendarSource {
    pub id: i64,
    pub name: String,
    pub imported_at: DateTime<Utc>,
    pub window_from: NaiveDate,
    pub window_to: NaiveDate,
    /// The days the calendar covers, `[from, to)`: its first occurrence's day to the day after
    /// its last. None when it has no occurrence in the window. Weeks outside every calendar's
    /// coverage have no meeting data (not zero meetings).
    pub covers: Option<DaySpan>,
    /// Occurrences stored for this file (cancelled, free and all-day ones included).
    pub occurrences: u32,
    pub issues: Vec<ImportIssue>,
}

/// What an import did. The counts are occurrences inside the window, except `events`.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportReport {
    pub source: CalendarSource,
    pub added: u32,
    pub updated: u32,
    pub removed: u32,
    pub unchanged: u32,
    /// VEVENT components read from the file (series masters, changed occurrences, broken ones).
    pub events: u32,
    pub cancelled: u32,
    pub all_day: u32,
    pub free: u32,
    /// Summaries of series cut at the per-series cap (occurrences after the cut are missing).
    pub truncated_series: Vec<String>,
}

/// One stored occurrence, with every flag: what counts as a meeting is decided by the metrics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct StoredEvent {
    pub uid: String,
    /// UTC seconds of the occurrence's original slot; 0 for an event that does not repeat.
    pub recurrence_id: i64,
    pub start_utc: i64,
    pub end_utc: i64,
    pub summary: String,
    pub series: bool,
    pub all_day: bool,
    pub cancelled: bool,
    pub free: bool,
    /// Lower-cased address, empty when there is none.
    pub organizer: String,
    /// (lower-cased address, PARTSTAT in upper case; NEEDS-ACTION when the file gives none).
    pub attendees: Vec<(String, String)>,
}
