//! RDATE and EXDATE, applied by instant: RDATEs in their own zone (calcard drops those in a
//! DST gap), EXDATEs to every instance, RDATEs included (calcard skips those).

use calcard::icalendar::{ICalendarComponent, ICalendarPeriod, ICalendarProperty, ICalendarValue};
use chrono::NaiveDate;

use super::super::tz::Zones;
use super::series::{Slot, Slots};
use super::timing::{duration_length, place, value_time, Span, Timing};
use super::Note;

/// Adds every RDATE of component `id` to `slots`; returns how many values were read.
pub(super) fn add_rdates(
    c: &ICalendarComponent,
    id: u32,
    t: &Timing,
    zones: &Zones<'_>,
    slots: &mut Slots,
) -> usize {
    let mut generated = 0;
    for e in c.properties(&ICalendarProperty::Rdate) {
        for v in &e.values {
            generated += 1;
            if let Some(span) = rdate_instance(v, e.tz_id(), t, zones, id) {
                slots.insert(span.start, Slot { span, comp: id });
            }
        }
    }
    generated
}

/// One RDATE value: a start (with the series' length) or a PERIOD with its own end.
fn rdate_instance(
    v: &ICalendarValue,
    tzid: Option<&str>,
    t: &Timing,
    zones: &Zones<'_>,
    id: u32,
) -> Option<Span> {
    match v {
        ICalendarValue::PartialDateTime(p) => {
            let (local, zone) = value_time(p, tzid, &t.zone, zones, id)?;
            place(&zone, local, t.length)
        }
        ICalendarValue::Period(ICalendarPeriod::Range { start, end }) => {
            let (a, za) = value_time(start, tzid, &t.zone, zones, id)?;
            let (b, zb) = value_time(end, tzid, &t.zone, zones, id)?;
            let (a, b) = (za.to_utc(a)?, zb.to_utc(b)?);
            Some(Span {
                start: a,
                end: b.max(a),
            })
        }
        ICalendarValue::Period(ICalendarPeriod::Duration { start, duration }) => {
            let (local, zone) = value_time(start, tzid, &t.zone, zones, id)?;
            place(&zone, local, duration_length(duration, t.all_day))
        }
        _ => None,
    }
}

/// Removes every instance an EXDATE of component `id` names. A date EXDATE on a timed
/// series removes that local day's instance.
pub(super) fn remove_exdates(
    c: &ICalendarComponent,
    id: u32,
    t: &Timing,
    zones: &Zones<'_>,
    slots: &mut Slots,
    notes: &mut Vec<Note>,
) {
    for e in c.properties(&ICalendarProperty::Exdate) {
        if e.values.iter().all(|v| v.as_partial_date_time().is_none()) {
            notes.push(Note {
                comp: id,
                skipped: false,
                message: "an EXDATE without a readable date was ignored".into(),
            });
        }
        for p in e.values.iter().filter_map(|v| v.as_partial_date_time()) {
            let Some((local, zone)) = value_time(p, e.tz_id(), &t.zone, zones, id) else {
                continue;
            };
            if p.has_time() || t.all_day {
                if let Some(u) = zone.to_utc(local) {
                    slots.remove(&u);
                }
            } else {
                let day: NaiveDate = local.date();
                slots.retain(|&u, _| t.zone.to_local(u).is_none_or(|l| l.date() != day));
            }
        }
    }
}
