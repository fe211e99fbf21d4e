//! Occurrences of every VEVENT inside the window, in UTC.
//!
//! calcard 0.3.14 gets several things wrong (see the B1–B7 regression tests): it matches
//! overrides by (SEQUENCE, RECURRENCE-ID) across the whole file, shares one instance limit
//! between all series, compares UNTIL with floating times, expands `DTSTART:…Z` series in the
//! default zone, skips EXDATE for RDATEs and drops or rejects times in DST gaps and overlaps.
//! So it is used for the RRULE arithmetic only (`rrule`); everything else is done here, one
//! job per file:
//!
//! - `group`: VEVENTs by UID, a master and its overrides;
//! - `timing`: when a component starts and how long it lasts (DTSTART, DTEND, DURATION);
//! - `rrule`: RRULE instances, one series at a time, in wall-clock time;
//! - `rdate`: RDATE and EXDATE, by instant;
//! - `series`: a master's slots, keyed by recurrence id;
//! - `overrides`: RECURRENCE-ID components, including RANGE=THISANDFUTURE;
//! - `limits`: the window and the budgets that stop runaway files.
//!
//! Each wall time becomes UTC by RFC 5545's gap/overlap rules (`tz`).

mod group;
mod limits;
mod overrides;
mod rdate;
mod rrule;
mod series;
mod timing;

#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::rc::Rc;

use calcard::icalendar::ICalendar;

use super::tz::Zones;
pub(crate) use limits::{Budget, Limit, Window, MAX_OCCURRENCES, MAX_PER_SERIES};
use series::{expand_series, Slots};

/// One occurrence of an event inside the window, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Instance {
    pub uid: Rc<str>,
    /// UTC seconds of the original slot; 0 when the event does not repeat.
    pub recurrence_id: i64,
    pub start: i64,
    pub end: i64,
    /// The component whose properties apply (the override for a changed occurrence).
    pub comp: u32,
    /// The series master, when `comp` is an override of it.
    pub master: Option<u32>,
    pub series: bool,
}

/// Something to tell the user about one component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Note {
    pub comp: u32,
    /// The event (or override) was left out, rather than read with a caveat.
    pub skipped: bool,
    pub message: String,
}

#[derive(Debug, Default)]
pub(crate) struct Expansion {
    pub instances: Vec<Instance>,
    pub notes: Vec<Note>,
    /// Series masters cut at `MAX_PER_SERIES`.
    pub truncated: Vec<u32>,
    /// VEVENT components in the calendar, and how many were left out entirely.
    pub vevents: usize,
    pub skipped: usize,
}

/// Expands one VCALENDAR. `complete[id]` is false for components cut off by the end of the
/// file: those are reported and left out rather than read half-way.
pub(crate) fn expand(
    cal: &ICalendar,
    complete: &[bool],
    zones: &Zones<'_>,
    win: &Window,
    budget: &mut Budget,
) -> Result<Expansion, Limit> {
    let mut out = Expansion::default();
    for g in group::by_uid(cal, complete, &mut out) {
        let master = g.master.and_then(|m| {
            expand_series(&cal.components[m as usize], m, zones, win, &mut out).map(|s| (m, s))
        });
        let (mut slots, mut generated) = match &master {
            Some((_, s)) => (s.slots.clone(), s.generated),
            None => (Slots::new(), 0),
        };
        let series = master.as_ref().map(|(_, s)| s);
        generated += overrides::apply(cal, &g.overrides, series, zones, &mut slots, &mut out);
        let repeats = g
            .master
            .is_some_and(|m| cal.components[m as usize].is_recurrent())
            || !g.overrides.is_empty();
        let before = out.instances.len();
        for (key, slot) in slots {
            if !win.contains(slot.span.start, slot.span.end) {
                continue;
            }
            out.instances.push(Instance {
                uid: g.uid.clone(),
                recurrence_id: if repeats { key } else { 0 },
                start: slot.span.start,
                end: slot.span.end,
                comp: slot.comp,
                master: master.as_ref().map(|(m, _)| *m).filter(|&m| m != slot.comp),
                series: repeats,
            });
        }
        budget.spend(generated, out.instances.len() - before)?;
    }
    let skipped: HashSet<u32> = out
        .notes
        .iter()
        .filter(|n| n.skipped)
        .map(|n| n.comp)
        .collect();
    out.skipped = skipped.len();
    Ok(out)
}
