//! calcard's parser loop: every VCALENDAR in the file (exports sometimes concatenate
//! several), each with the line of every component, plus what was skipped outside them.

use calcard::icalendar::{ICalendar, ICalendarComponentType};
use calcard::{Entry, Parser};

use super::source::Begin;

/// One VCALENDAR with, per component id, its `BEGIN:` line and whether it was complete.
pub(crate) struct Calendar {
    pub ical: ICalendar,
    pub lines: Vec<Option<u32>>,
    pub complete: Vec<bool>,
}

/// What the parser could not place in a calendar.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Stray {
    pub line: Option<u32>,
    pub message: String,
}

pub(crate) struct Parsed {
    pub calendars: Vec<Calendar>,
    pub strays: Vec<Stray>,
    /// Strays beyond the cap (random bytes give thousands).
    pub more_strays: usize,
    pub vcards: usize,
}

const MAX_STRAYS: usize = 50;

/// Parses leniently (calcard keeps what it can read and drops junk lines), so one bad line
/// never loses the file.
pub(crate) fn parse(text: &str, outline: &[Begin]) -> Parsed {
    let mut reader = Reader {
        out: Parsed {
            calendars: Vec::new(),
            strays: Vec::new(),
            more_strays: 0,
            vcards: 0,
        },
        outline,
        lines: text.split('\n').collect(),
        line_cursor: 0,
        next_begin: 0,
    };
    let mut parser = Parser::new(text);
    loop {
        match parser.entry() {
            Entry::ICalendar(ical) => reader.calendar(ical),
            Entry::VCard(_) => {
                reader.out.vcards += 1;
                reader.next_begin += 1;
            }
            Entry::InvalidLine(text) => reader.invalid_line(&text),
            Entry::UnexpectedComponentEnd { expected, found } => reader.stray(
                None,
                format!(
                    "END:{} where END:{} was expected",
                    found.as_str(),
                    expected.as_str()
                ),
            ),
            Entry::UnterminatedComponent(c) => reader.stray(None, format!("a {c} has no END line")),
            Entry::TooManyComponents => {
                reader.stray(
                    None,
                    "too many components; the rest of the file was not read".into(),
                );
                break;
            }
            Entry::Eof => break,
            // `Entry` is non-exhaustive: a new kind from a calcard upgrade is not a calendar.
            _ => reader.stray(None, "an unknown part of the file was ignored".into()),
        }
    }
    reader.out
}

/// The parser loop's state: what was read, and where in the file it is.
struct Reader<'t> {
    out: Parsed,
    outline: &'t [Begin],
    lines: Vec<&'t str>,
    /// For locating stray lines, which come in file order.
    line_cursor: usize,
    /// Index into `outline` of the next unconsumed BEGIN.
    next_begin: usize,
}

impl Reader<'_> {
    fn stray(&mut self, line: Option<u32>, message: String) {
        if self.out.strays.len() < MAX_STRAYS {
            self.out.strays.push(Stray { line, message });
        } else {
            self.out.more_strays += 1;
        }
    }

    /// A component tree calcard read: a VCALENDAR with the lines of its components, or
    /// something outside any calendar.
    fn calendar(&mut self, ical: ICalendar) {
        let n = ical.components.len();
        // Resynchronise on the root's kind in case a BEGIN line was not a component.
        let root = ical
            .components
            .first()
            .map(|c| c.component_type.as_str().to_ascii_uppercase());
        if let Some(root) = &root {
            let ahead = &self.outline[self.next_begin.min(self.outline.len())..];
            if ahead.first().is_some_and(|b| &b.kind != root) {
                if let Some(k) = ahead.iter().position(|b| &b.kind == root) {
                    self.next_begin += k;
                }
            }
        }
        let span = self.outline.get(self.next_begin..).unwrap_or(&[]);
        let lines: Vec<Option<u32>> = (0..n).map(|k| span.get(k).map(|b| b.line)).collect();
        let complete: Vec<bool> = (0..n)
            .map(|k| span.get(k).is_none_or(|b| b.complete))
            .collect();
        self.next_begin += n;
        if let Some(last) = lines.iter().rev().flatten().next() {
            self.line_cursor = self.line_cursor.max(*last as usize);
        }
        if ical.components.first().map(|c| &c.component_type)
            == Some(&ICalendarComponentType::VCalendar)
        {
            self.out.calendars.push(Calendar {
                ical,
                lines,
                complete,
            });
        } else {
            let line = lines.first().copied().flatten();
            let what = root.as_deref().unwrap_or("component");
            self.stray(line, format!("a {what} outside any VCALENDAR was ignored"));
        }
    }

    /// A line calcard could not read, found in the file after the last one placed.
    fn invalid_line(&mut self, text: &str) {
        let first = text.lines().next().unwrap_or("").trim();
        let from = self.line_cursor.min(self.lines.len());
        let found = self.lines[from..]
            .iter()
            .position(|l| !first.is_empty() && l.trim().starts_with(first))
            .map(|k| from + k);
        if let Some(k) = found {
            self.line_cursor = k + 1;
        }
        let shown: String = first.chars().filter(|c| !c.is_control()).take(60).collect();
        self.stray(
            found.map(|k| (k + 1) as u32),
            format!("text outside any calendar was ignored: \"{shown}\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::source::outline;

    #[test]
    fn several_calendars_get_their_own_lines() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VEVENT\nEND:VCALENDAR\n\
                    junk here\nBEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\nEND:VTIMEZONE\n\
                    BEGIN:VEVENT\nUID:b\n";
        let p = parse(text, &outline(text));
        assert_eq!(p.calendars.len(), 2);
        assert_eq!(p.calendars[0].lines, vec![Some(1), Some(2)]);
        assert_eq!(p.calendars[1].lines, vec![Some(7), Some(8), Some(11)]);
        assert_eq!(p.calendars[1].complete, vec![false, true, false]);
        assert_eq!(
            p.strays,
            vec![Stray {
                line: Some(6),
                message: "text outside any calendar was ignored: \"junk here\"".into()
            }]
        );
    }

    #[test]
    fn random_bytes_give_a_capped_list_and_no_calendar() {
        let text: String = (0..20_000u32)
            .map(|i| {
                if i % 7 == 0 {
                    '\n'
                } else {
                    char::from(b'a' + (i % 26) as u8)
                }
            })
            .collect();
        let p = parse(&text, &outline(&text));
        assert!(p.calendars.is_empty());
        assert_eq!(p.strays.len(), MAX_STRAYS);
        assert!(p.more_strays > 0);
    }
}
