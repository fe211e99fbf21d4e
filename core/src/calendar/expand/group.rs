//! VEVENTs grouped by UID, in file order: one master (no RECURRENCE-ID) and its overrides.

use std::collections::HashMap;
use std::rc::Rc;

use calcard::icalendar::{ICalendar, ICalendarComponentType};

use super::super::event::synthetic_uid;
use super::{Expansion, Note};

#[derive(Default)]
pub(super) struct Group {
    pub uid: Rc<str>,
    pub master: Option<u32>,
    pub overrides: Vec<u32>,
}

/// The groups of one VCALENDAR. `complete[id]` is false for components cut off by the end
/// of the file: those are reported and left out rather than read half-way, as is a second
/// master with the same UID.
pub(super) fn by_uid(cal: &ICalendar, complete: &[bool], out: &mut Expansion) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<Rc<str>, usize> = HashMap::new();
    let mut lookalikes: HashMap<String, usize> = HashMap::new();
    for (i, c) in cal.components.iter().enumerate() {
        if c.component_type != ICalendarComponentType::VEvent {
            continue;
        }
        let id = i as u32;
        out.vevents += 1;
        if !complete.get(i).copied().unwrap_or(true) {
            out.notes.push(Note {
                comp: id,
                skipped: true,
                message: "skipped: the event is cut off (no END:VEVENT) — the file looks \
                          truncated; export the calendar again"
                    .into(),
            });
            continue;
        }
        let uid: Rc<str> = match c.uid().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => u.into(),
            None => {
                // Events that look the same (same start, summary, organizer) are told apart
                // by their order among themselves only, which another event cannot shift.
                let base = synthetic_uid(c);
                let n = lookalikes.entry(base.clone()).or_insert(0);
                *n += 1;
                if *n == 1 {
                    base.into()
                } else {
                    format!("{base}-{n}").into()
                }
            }
        };
        let at = *index.entry(uid.clone()).or_insert_with(|| {
            groups.push(Group {
                uid,
                ..Group::default()
            });
            groups.len() - 1
        });
        let g = &mut groups[at];
        if c.is_recurrence_override() {
            g.overrides.push(id);
        } else if g.master.is_none() {
            g.master = Some(id);
        } else {
            out.notes.push(Note {
                comp: id,
                skipped: true,
                message: "skipped: an earlier event in the file has the same UID (and no \
                          RECURRENCE-ID); the first one was imported"
                    .into(),
            });
        }
    }
    groups
}
