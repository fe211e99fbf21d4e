//! Calendar import: a real `.ics` export (Google, Outlook, Apple) becomes stored occurrences
//! inside a window, with every flag the meeting metrics need (cancelled, all-day, free,
//! attendees and their answers). Deciding what counts as a meeting is left to the metrics.
//!
//! The pipeline, one concern per file: `source` (size cap, decoding, line map) → `parse`
//! (calcard's parser loop) → `expand` (occurrences in UTC, with `tz` for zones and `event`
//! for the fields) → `store` (one transaction). Everything before `store` is pure, so a file
//! that fails never touches the database.

mod event;
mod expand;
mod parse;
mod source;
mod store;
mod types;
mod tz;

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use sha2::{Digest, Sha256};

pub use types::{
    CalendarSource, ImportIssue, ImportOptions, ImportReport, StoredEvent, MAX_FILE_BYTES,
};

use crate::error::{Error, Result};
use event::EventInfo;
use expand::{Budget, Limit, Window};

/// The fields an occurrence takes from its VEVENT, shared by every occurrence of a series
/// (a busy calendar has hundreds of thousands of occurrences but a few thousand events).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Fields {
    pub summary: String,
    pub all_day: bool,
    pub cancelled: bool,
    pub free: bool,
    pub organizer: String,
    /// "address=PARTSTAT address=PARTSTAT"
    pub attendees: String,
}

impl Fields {
    fn of(i: EventInfo) -> Fields {
        Fields {
            summary: i.summary.unwrap_or_default(),
            all_day: i.all_day,
            cancelled: i.cancelled,
            free: i.free,
            organizer: i.organizer.unwrap_or_default(),
            attendees: i
                .attendees
                .iter()
                .map(|(a, p)| format!("{a}={p}"))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// One occurrence as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub uid: Rc<str>,
    pub recurrence_id: i64,
    pub start: i64,
    pub end: i64,
    pub series: bool,
    pub fields: Rc<Fields>,
}

/// A file read and expanded, ready to be written.
pub(crate) struct Prepared {
    pub rows: Vec<Row>,
    pub issues: Vec<ImportIssue>,
    pub events: u32,
    pub truncated: Vec<String>,
    pub sha256: String,
}

/// Issues kept per import; a damaged file can have thousands, and the first ones say enough.
const MAX_ISSUES: usize = 200;

/// Reads and expands a file under `catch_unwind`: calcard showed no panic in 600,000 fuzzed
/// inputs, but a panic here must become an error naming the file, never a crash of the app.
pub(crate) fn prepare_guarded(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Prepared> {
    match catch_unwind(AssertUnwindSafe(|| prepare(name, bytes, opts))) {
        Ok(result) => result,
        Err(_) => Err(Error::invalid(format!(
            "{name} could not be read: the calendar reader stopped on something in this file it \
             cannot handle. Nothing was changed. Export the calendar again; if this keeps \
             happening, please report it with the file."
        ))),
    }
}

fn not_a_calendar(name: &str, outline: &[source::Begin]) -> Error {
    if outline.iter().any(|b| b.kind == "VCARD") {
        return Error::invalid(format!(
            "{name} is a contacts file (vCard), not a calendar. Export the calendar as .ics from \
             Google Calendar, Outlook or Apple Calendar and import that."
        ));
    }
    Error::invalid(format!(
        "{name} is not an iCalendar file (it has no BEGIN:VCALENDAR line). Export the calendar \
         as .ics from Google Calendar, Outlook or Apple Calendar and import that file."
    ))
}

fn limit_error(name: &str, limit: Limit) -> Error {
    let what = match limit {
        Limit::Generated => {
            "its repeating events add up to more than 20 million repetitions".to_string()
        }
        Limit::Occurrences => format!(
            "it has more than {} million occurrences inside the import window",
            expand::MAX_OCCURRENCES / 1_000_000
        ),
        Limit::Time => "expanding its repeating events took too long".to_string(),
    };
    Error::invalid(format!(
        "{name} was not imported: {what}. Nothing was changed. Export a shorter date range, or \
         only the calendar you need, and import that."
    ))
}

fn issue_text(i: &ImportIssue) -> String {
    let mut s = String::new();
    if let Some(l) = i.line {
        s.push_str(&format!("line {l}"));
    }
    if let Some(u) = &i.uid {
        let short: String = u.chars().take(40).collect();
        s.push_str(&format!(
            "{}(UID {short})",
            if s.is_empty() { "" } else { " " }
        ));
    }
    if s.is_empty() {
        i.message.clone()
    } else {
        format!("{s}: {}", i.message)
    }
}

fn prepare(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Prepared> {
    opts.check()?;
    source::check_size(name, bytes.len() as u64)?;
    let text = source::decode(bytes);
    let outline = source::outline(&text);
    if !outline.iter().any(|b| b.kind == "VCALENDAR") {
        return Err(not_a_calendar(name, &outline));
    }
    let parsed = parse::parse(&text, &outline);
    if parsed.calendars.is_empty() {
        return Err(Error::invalid(format!(
            "{name} has a BEGIN:VCALENDAR line but no calendar could be read from it. The file \
             looks damaged: export the calendar again."
        )));
    }
    let (from, to) = opts.window_utc();
    let window = Window::new(from, to);
    let mut budget = Budget::new();
    let mut rows = Vec::new();
    let mut seen: HashSet<(Rc<str>, i64)> = HashSet::new();
    let mut issues = Vec::new();
    let mut truncated = Vec::new();
    let (mut events, mut skipped) = (0usize, 0usize);

    for cal in &parsed.calendars {
        let comps = &cal.ical.components;
        let zones = tz::Zones::new(&cal.ical, opts.user_tz);
        let exp = expand::expand(&cal.ical, &cal.complete, &zones, &window, &mut budget)
            .map_err(|l| limit_error(name, l))?;
        events += exp.vevents;
        skipped += exp.skipped;
        let uid_of = |id: u32| {
            comps
                .get(id as usize)
                .and_then(|c| c.uid())
                .map(str::to_string)
        };
        let line_of = |id: u32| cal.lines.get(id as usize).copied().flatten();
        let mut infos: HashMap<u32, EventInfo> = HashMap::new();
        let mut info = |id: u32| {
            infos
                .entry(id)
                .or_insert_with(|| event::read(&comps[id as usize]))
                .clone()
        };
        // (component, its master) -> the fields all its occurrences share
        let mut fields: HashMap<(u32, Option<u32>), Rc<Fields>> = HashMap::new();
        let mut duplicates: HashSet<Rc<str>> = HashSet::new();
        for o in exp.occurrences {
            if !seen.insert((o.uid.clone(), o.recurrence_id)) {
                // The same UID in two VCALENDARs of one file: keep the first.
                if duplicates.insert(o.uid.clone()) {
                    issues.push(ImportIssue {
                        line: line_of(o.comp),
                        uid: Some(o.uid.to_string()),
                        message: "an event with this UID was already read from an earlier \
                                  calendar in the file; this copy was ignored"
                            .into(),
                    });
                }
                continue;
            }
            let shared = fields
                .entry((o.comp, o.master))
                .or_insert_with(|| {
                    let mut i = info(o.comp);
                    if let Some(m) = o.master {
                        i = i.over(&info(m));
                    }
                    Rc::new(Fields::of(i))
                })
                .clone();
            rows.push(Row {
                uid: o.uid,
                recurrence_id: o.recurrence_id,
                start: o.start,
                end: o.end,
                series: o.series,
                fields: shared,
            });
        }
        for n in exp.notes {
            issues.push(ImportIssue {
                line: line_of(n.comp),
                uid: uid_of(n.comp),
                message: n.message,
            });
        }
        for u in zones.take_unknown() {
            let events = if u.events == 1 {
                "1 event".to_string()
            } else {
                format!("{} events", u.events)
            };
            issues.push(ImportIssue {
                line: line_of(u.first_comp),
                uid: uid_of(u.first_comp),
                message: format!(
                    "unknown time zone \"{}\" ({events}): its times were read as {} ({})",
                    u.name, u.read_as, u.why
                ),
            });
        }
        for id in exp.truncated {
            let c = &comps[id as usize];
            let label = info(id)
                .summary
                .filter(|s| !s.is_empty())
                .or_else(|| c.uid().map(str::to_string))
                .unwrap_or_else(|| format!("the series at line {}", line_of(id).unwrap_or(0)));
            issues.push(ImportIssue {
                line: line_of(id),
                uid: uid_of(id),
                message: format!(
                    "this series repeats more than {} times; later occurrences were left out",
                    expand::MAX_PER_SERIES
                ),
            });
            truncated.push(label);
        }
        if cal.complete.first() == Some(&false) && events > skipped {
            issues.push(ImportIssue {
                line: cal.lines.first().copied().flatten(),
                uid: None,
                message: "the calendar has no END:VCALENDAR, so the file may be cut off; the \
                          complete events were imported"
                    .into(),
            });
        }
    }
    if events == 0 {
        // An empty calendar is almost always a damaged or wrong export, and importing it
        // would remove every occurrence of an earlier import under the same name.
        return Err(Error::invalid(format!(
            "{name} contains no events (no BEGIN:VEVENT). Nothing was changed. Export the \
             calendar again, with its events, from Google Calendar, Outlook or Apple Calendar."
        )));
    }
    if skipped == events {
        issues.sort_by_key(|i| i.line.unwrap_or(u32::MAX));
        let first: Vec<String> = issues.iter().take(3).map(issue_text).collect();
        let more = if issues.len() > 3 {
            format!(" (and {} more)", issues.len() - 3)
        } else {
            String::new()
        };
        return Err(Error::invalid(format!(
            "None of the {events} events in {name} could be read — {}{more}. Nothing was \
             changed. The file looks damaged: export the calendar again.",
            first.join("; ")
        )));
    }
    for s in parsed.strays {
        issues.push(ImportIssue {
            line: s.line,
            uid: None,
            message: s.message,
        });
    }
    if parsed.more_strays > 0 {
        issues.push(ImportIssue {
            line: None,
            uid: None,
            message: format!(
                "{} more lines outside any calendar were ignored",
                parsed.more_strays
            ),
        });
    }
    issues.sort_by_key(|i| i.line.unwrap_or(u32::MAX));
    if issues.len() > MAX_ISSUES {
        let more = issues.len() - MAX_ISSUES + 1;
        issues.truncate(MAX_ISSUES - 1);
        issues.push(ImportIssue {
            line: None,
            uid: None,
            message: format!("{more} more problems were found and are not listed"),
        });
    }
    let sha256 = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Prepared {
        rows,
        issues,
        events: events.min(u32::MAX as usize) as u32,
        truncated,
        sha256,
    })
}

/// "line 34 (UID abc): message", for command-line output.
pub fn describe_issue(issue: &ImportIssue) -> String {
    issue_text(issue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_errors_name_the_file_and_say_nothing_changed() {
        for limit in [Limit::Generated, Limit::Occurrences, Limit::Time] {
            let e = limit_error("work.ics", limit);
            assert_eq!(e.kind, crate::ErrorKind::InvalidInput);
            assert!(
                e.message.starts_with("work.ics was not imported: "),
                "{}",
                e.message
            );
            assert!(e.message.contains("Nothing was changed"), "{}", e.message);
        }
        assert!(limit_error("a.ics", Limit::Occurrences)
            .message
            .contains("more than 1 million occurrences"));
    }

    #[test]
    fn issues_read_as_line_uid_message() {
        let i = ImportIssue {
            line: Some(34),
            uid: Some("abc".into()),
            message: "skipped: it has no start time (DTSTART)".into(),
        };
        assert_eq!(
            describe_issue(&i),
            "line 34 (UID abc): skipped: it has no start time (DTSTART)"
        );
        let bare = ImportIssue {
            line: None,
            uid: None,
            message: "m".into(),
        };
        assert_eq!(describe_issue(&bare), "m");
    }
}
