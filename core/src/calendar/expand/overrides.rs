//! RECURRENCE-ID overrides (RFC 5545 §3.8.4.4). An override is one occurrence: it replaces
//! the slot of its own UID's series at its RECURRENCE-ID (an RRULE or RDATE on it is not
//! expanded). With RANGE=THISANDFUTURE it also changes every later occurrence: their start
//! moves by as much as the override moved its own, and they take its length and properties.
//! An override whose master is not in the file stands alone at its RECURRENCE-ID.

use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarParameterName, ICalendarProperty,
};
use chrono::{NaiveDateTime, TimeDelta};

use super::super::event::date_value;
use super::super::tz::{Zone, Zones};
use super::series::{Series, Slot, Slots};
use super::timing::{place, read_timing, value_time, Length, Timing};
use super::{Expansion, Note};

/// The slot an override replaces: its RECURRENCE-ID as a UTC instant and as wall time.
struct RecurrenceSlot {
    utc: i64,
    local: NaiveDateTime,
    zone: Zone,
    all_day: bool,
}

/// An override that could be read.
struct Override {
    comp: u32,
    slot: RecurrenceSlot,
    timing: Timing,
    this_and_future: bool,
}

/// Applies the overrides of one UID to `slots` (its master's, or empty without one);
/// returns how many were read, for the budget.
pub(super) fn apply(
    cal: &ICalendar,
    overrides: &[u32],
    master: Option<&Series>,
    zones: &Zones<'_>,
    slots: &mut Slots,
    out: &mut Expansion,
) -> usize {
    let mut read: Vec<Override> = overrides
        .iter()
        .filter_map(|&o| read_override(&cal.components[o as usize], o, master, zones, out))
        .collect();
    read.sort_by_key(|o| o.slot.utc);
    if let Some(series) = master {
        // In RECURRENCE-ID order, so that a later range wins for the slots after it.
        for o in read.iter().filter(|o| o.this_and_future) {
            shift_later(o, series, slots);
        }
    }
    for o in &read {
        if let Some(span) = o.timing.place() {
            slots.insert(o.slot.utc, Slot { span, comp: o.comp });
        }
    }
    read.len()
}

fn read_override(
    c: &ICalendarComponent,
    id: u32,
    master: Option<&Series>,
    zones: &Zones<'_>,
    out: &mut Expansion,
) -> Option<Override> {
    let series_zone =
        master.map_or_else(|| zones.default_zone().clone(), |s| s.timing.zone.clone());
    let skip = |out: &mut Expansion, why: String| {
        out.notes.push(Note {
            comp: id,
            skipped: true,
            message: format!("skipped: {why}"),
        })
    };
    let Some(slot) = recurrence_slot(c, id, &series_zone, zones) else {
        skip(
            out,
            "its RECURRENCE-ID (the occurrence it changes) could not be read".into(),
        );
        return None;
    };
    let fallback = Timing {
        local: slot.local,
        zone: slot.zone.clone(),
        all_day: slot.all_day,
        length: master.map_or(
            Length {
                days: i64::from(slot.all_day),
                secs: 0,
            },
            |s| s.timing.length,
        ),
    };
    let timing = match read_timing(c, id, zones, Some(fallback), &mut out.notes) {
        Ok(t) => t,
        Err(why) => {
            skip(out, why);
            return None;
        }
    };
    if c.property(&ICalendarProperty::Rrule).is_some()
        || c.property(&ICalendarProperty::Rdate).is_some()
    {
        out.notes.push(Note {
            comp: id,
            skipped: false,
            message: "its repeat rule (RRULE or RDATE) was ignored: an event with a \
                      RECURRENCE-ID changes one occurrence of its series"
                .into(),
        });
    }
    Some(Override {
        comp: id,
        this_and_future: this_and_future(c),
        slot,
        timing,
    })
}

fn recurrence_slot(
    c: &ICalendarComponent,
    id: u32,
    series_zone: &Zone,
    zones: &Zones<'_>,
) -> Option<RecurrenceSlot> {
    let (e, p) = date_value(c, &ICalendarProperty::RecurrenceId)?;
    let (local, zone) = value_time(p, e.tz_id(), series_zone, zones, id)?;
    Some(RecurrenceSlot {
        utc: zone.to_utc(local)?,
        local,
        zone,
        all_day: !p.has_time(),
    })
}

fn this_and_future(c: &ICalendarComponent) -> bool {
    c.property(&ICalendarProperty::RecurrenceId)
        .and_then(|e| e.parameter(&ICalendarParameterName::Range))
        .is_some()
}

/// Every slot of the series after `o`'s own, moved in wall-clock time by as much as `o`
/// moved its occurrence, with `o`'s length and properties. Computed from the series' own
/// slots, so that of two ranges the later one replaces, not adds to, the earlier one's move.
fn shift_later(o: &Override, series: &Series, slots: &mut Slots) {
    // Wall time in the override's own zone, so a move across a DST change keeps the hour.
    let zone = &o.timing.zone;
    let Some(was) = zone.to_local(o.slot.utc) else {
        return;
    };
    let moved: TimeDelta = o.timing.local - was;
    for (&key, original) in series.slots.range(o.slot.utc + 1..) {
        let Some(local) = zone.to_local(original.span.start) else {
            continue;
        };
        if let Some(span) = place(zone, local + moved, o.timing.length) {
            slots.insert(key, Slot { span, comp: o.comp });
        }
    }
}
