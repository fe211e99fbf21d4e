//! One series: the slots of a master event (DTSTART, its RRULEs and RDATEs, less its
//! EXDATEs), keyed by the UTC instant each slot stands for (its RECURRENCE-ID).

use std::collections::BTreeMap;

use calcard::icalendar::ICalendarComponent;

use super::super::tz::Zones;
use super::limits::Window;
use super::rdate::{add_rdates, remove_exdates};
use super::rrule::rule_instances;
use super::timing::{place, read_timing, Span, Timing};
use super::{Expansion, Note};

/// One occurrence of a series: when it is and which component's properties it has (the
/// override's, for a changed occurrence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Slot {
    pub span: Span,
    pub comp: u32,
}

/// Slots by the UTC instant of their recurrence id.
pub(super) type Slots = BTreeMap<i64, Slot>;

pub(super) struct Series {
    pub timing: Timing,
    pub slots: Slots,
    /// Instances generated, inside the window or not (for the budget).
    pub generated: usize,
}

/// The series of master component `id`, or `None` (with a note) when it cannot be timed.
pub(super) fn expand_series(
    c: &ICalendarComponent,
    id: u32,
    zones: &Zones<'_>,
    win: &Window,
    out: &mut Expansion,
) -> Option<Series> {
    let t = match read_timing(c, id, zones, None, &mut out.notes) {
        Ok(t) => t,
        Err(why) => {
            out.notes.push(Note {
                comp: id,
                skipped: true,
                message: format!("skipped: {why}"),
            });
            return None;
        }
    };
    // DTSTART is always the first instance (RFC 5545 §3.8.5.3).
    let mut starts = vec![t.local];
    starts.extend(rule_instances(c, id, &t, win, out));
    let mut slots = Slots::new();
    let mut generated = starts.len();
    for local in starts {
        if let Some(span) = place(&t.zone, local, t.length) {
            slots.insert(span.start, Slot { span, comp: id });
        }
    }
    generated += add_rdates(c, id, &t, zones, &mut slots);
    remove_exdates(c, id, &t, zones, &mut slots, &mut out.notes);
    Some(Series {
        timing: t,
        slots,
        generated,
    })
}
