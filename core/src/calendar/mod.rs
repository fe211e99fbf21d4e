//! Calendar import: a real `.ics` export (Google, Outlook, Apple) becomes stored occurrences
//! inside a window, with every flag the meeting metrics need (cancelled, all-day, free,
//! attendees and their answers). Deciding what counts as a meeting is left to the metrics.
//!
//! The pipeline, one concern per module:
//!
//! - `source`: the size cap, decoding (BOM, UTF-16, UTF-8, else Windows-1252), a line map;
//! - `parse`: calcard's parser loop, one VCALENDAR at a time, with what lies outside them;
//! - `expand`: every VEVENT's occurrences inside the window, in UTC (its own table of
//!   contents lists timing, RRULE, RDATE/EXDATE and overrides);
//! - `tz`: which zone a value is in and how wall time becomes UTC;
//! - `event`: the fields of one VEVENT (summary, status, attendees, ...);
//! - `prepare`: the above run on one file, giving rows and the import report's issues;
//! - `store`: the rows written in one transaction, and the sources the user imported;
//! - `types`: what crosses to the app (options, report, sources, stored events).
//!
//! Everything before `store` is pure, so a file that fails never touches the database.

mod event;
mod expand;
mod parse;
mod prepare;
mod source;
mod store;
mod types;
mod tz;

pub use prepare::describe_issue;
pub(crate) use prepare::prepare;
pub use types::{
    CalendarSource, DaySpan, ImportIssue, ImportOptions, ImportReport, StoredEvent, MAX_FILE_BYTES,
};
