//! A file read and expanded into the rows to store, with every issue the user should hear
//! about: the pure half of an import, so a file that fails never touches the database.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use sha2::{Digest, Sha256};

use super::event::{self, EventInfo};
use super::expand::{self, Budget, Limit, Window};
use super::types::{ImportIssue, ImportOptions};
use super::{parse, source, tz};
use crate::error::{Error, Result};

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

/// Reads and expands a file, unguarded: a panic goes up (the fuzz targets want to see it).
pub(crate) fn prepare(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Prepared> {
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
    let mut read = Read::default();
    for cal in &parsed.calendars {
        let zones = tz::Zones::new(&cal.ical, opts.user_tz);
        let exp = expand::expand(&cal.ical, &cal.complete, &zones, &window, &mut budget)
            .map_err(|l| limit_error(name, l))?;
        read.calendar(cal, exp, &zones);
    }
    read.check_readable(name)?;
    read.strays(&parsed);
    let mut issues = read.issues;
    cap_issues(&mut issues);
    let sha256 = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Prepared {
        rows: read.rows,
        issues,
        events: read.events.min(u32::MAX as usize) as u32,
        truncated: read.truncated,
        sha256,
    })
}

/// What the calendars of one file gave so far.
#[derive(Default)]
struct Read {
    rows: Vec<Row>,
    issues: Vec<ImportIssue>,
    truncated: Vec<String>,
    events: usize,
    skipped: usize,
    /// (UID, recurrence id) already read: a UID in two VCALENDARs keeps its first copy.
    seen: HashSet<(Rc<str>, i64)>,
}

/// One VCALENDAR of the file: its components, their lines and the fields they give.
struct Components<'a> {
    cal: &'a parse::Calendar,
    infos: HashMap<u32, EventInfo>,
}

impl Components<'_> {
    fn uid(&self, id: u32) -> Option<String> {
        let c = self.cal.ical.components.get(id as usize)?;
        c.uid().map(str::to_string)
    }

    fn line(&self, id: u32) -> Option<u32> {
        self.cal.lines.get(id as usize).copied().flatten()
    }

    fn info(&mut self, id: u32) -> EventInfo {
        let comps = &self.cal.ical.components;
        self.infos
            .entry(id)
            .or_insert_with(|| event::read(&comps[id as usize]))
            .clone()
    }

    fn issue(&self, id: u32, message: String) -> ImportIssue {
        ImportIssue {
            line: self.line(id),
            uid: self.uid(id),
            message,
        }
    }
}

impl Read {
    fn calendar(&mut self, cal: &parse::Calendar, exp: expand::Expansion, zones: &tz::Zones<'_>) {
        let mut comps = Components {
            cal,
            infos: HashMap::new(),
        };
        self.events += exp.vevents;
        self.skipped += exp.skipped;
        self.rows_of(exp.instances, &mut comps);
        for n in exp.notes {
            self.issues.push(comps.issue(n.comp, n.message));
        }
        for u in zones.take_unknown() {
            let events = if u.events == 1 {
                "1 event".to_string()
            } else {
                format!("{} events", u.events)
            };
            let message = format!(
                "unknown time zone \"{}\" ({events}): its times were read as {} ({})",
                u.name, u.read_as, u.why
            );
            self.issues.push(comps.issue(u.first_comp, message));
        }
        for id in exp.truncated {
            let label = comps
                .info(id)
                .summary
                .filter(|s| !s.is_empty())
                .or_else(|| comps.uid(id))
                .unwrap_or_else(|| format!("the series at line {}", comps.line(id).unwrap_or(0)));
            let message = format!(
                "this series repeats more than {} times; later occurrences were left out",
                expand::MAX_PER_SERIES
            );
            self.issues.push(comps.issue(id, message));
            self.truncated.push(label);
        }
        if cal.complete.first() == Some(&false) && self.events > self.skipped {
            self.issues.push(ImportIssue {
                line: cal.lines.first().copied().flatten(),
                uid: None,
                message: "the calendar has no END:VCALENDAR, so the file may be cut off; the \
                          complete events were imported"
                    .into(),
            });
        }
    }

    /// Stored rows for the instances, each with the fields of its component over its
    /// master's, shared by every instance of the same (component, master).
    fn rows_of(&mut self, instances: Vec<expand::Instance>, comps: &mut Components<'_>) {
        let mut fields: HashMap<(u32, Option<u32>), Rc<Fields>> = HashMap::new();
        let mut duplicates: HashSet<Rc<str>> = HashSet::new();
        for o in instances {
            if !self.seen.insert((o.uid.clone(), o.recurrence_id)) {
                if duplicates.insert(o.uid.clone()) {
                    self.issues.push(ImportIssue {
                        line: comps.line(o.comp),
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
                    let mut i = comps.info(o.comp);
                    if let Some(m) = o.master {
                        i = i.over(&comps.info(m));
                    }
                    Rc::new(Fields::of(i))
                })
                .clone();
            self.rows.push(Row {
                uid: o.uid,
                recurrence_id: o.recurrence_id,
                start: o.start,
                end: o.end,
                series: o.series,
                fields: shared,
            });
        }
    }

    /// A file with no events, or none that could be read, is refused: importing it would
    /// remove every occurrence of an earlier import under the same name.
    fn check_readable(&mut self, name: &str) -> Result<()> {
        let events = self.events;
        if events == 0 {
            return Err(Error::invalid(format!(
                "{name} contains no events (no BEGIN:VEVENT). Nothing was changed. Export the \
                 calendar again, with its events, from Google Calendar, Outlook or Apple Calendar."
            )));
        }
        if self.skipped < events {
            return Ok(());
        }
        self.issues.sort_by_key(|i| i.line.unwrap_or(u32::MAX));
        let first: Vec<String> = self.issues.iter().take(3).map(issue_text).collect();
        let more = if self.issues.len() > 3 {
            format!(" (and {} more)", self.issues.len() - 3)
        } else {
            String::new()
        };
        Err(Error::invalid(format!(
            "None of the {events} events in {name} could be read — {}{more}. Nothing was \
             changed. The file looks damaged: export the calendar again.",
            first.join("; ")
        )))
    }

    fn strays(&mut self, parsed: &parse::Parsed) {
        for s in &parsed.strays {
            self.issues.push(ImportIssue {
                line: s.line,
                uid: None,
                message: s.message.clone(),
            });
        }
        if parsed.more_strays > 0 {
            self.issues.push(ImportIssue {
                line: None,
                uid: None,
                message: format!(
                    "{} more lines outside any calendar were ignored",
                    parsed.more_strays
                ),
            });
        }
    }
}

/// Sorted by line, and at most `MAX_ISSUES`, the last saying how many more there were.
fn cap_issues(issues: &mut Vec<ImportIssue>) {
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
