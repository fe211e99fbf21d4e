//! When one component starts and how long it lasts: DTSTART, then DTEND or DURATION, by
//! RFC 5545 §3.6.1 and §3.8.5.3; an override inherits what it leaves out.

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendarComponent, ICalendarDuration, ICalendarProperty, ICalendarValue,
};
use chrono::{NaiveDateTime, TimeDelta};

use super::super::event::date_value;
use super::super::tz::{Zone, Zones};
use super::Note;

/// Length of each occurrence: nominal days (wall clock, for all-day events and DURATION
/// days) plus exact seconds (RFC 5545 §3.8.5.3: DTEND gives an exact duration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Length {
    pub days: i64,
    pub secs: i64,
}

impl Length {
    const ZERO: Length = Length { days: 0, secs: 0 };
}

/// When an event starts and how long it lasts. An override that leaves out DTSTART starts
/// at its RECURRENCE-ID; one without DTEND or DURATION lasts as long as its series'
/// occurrences, so the same type serves as its fallback.
#[derive(Debug, Clone)]
pub(super) struct Timing {
    pub local: NaiveDateTime,
    pub zone: Zone,
    pub all_day: bool,
    pub length: Length,
}

/// A start and end in UTC seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub start: i64,
    pub end: i64,
}

/// A wall time in `zone` with `length` added, as UTC.
pub(super) fn place(zone: &Zone, local: NaiveDateTime, length: Length) -> Option<Span> {
    let start = zone.to_utc(local)?;
    let end = if length.days == 0 {
        start
    } else {
        zone.to_utc(local.checked_add_signed(TimeDelta::days(length.days))?)?
    };
    Some(Span {
        start,
        end: (end + length.secs).max(start),
    })
}

impl Timing {
    pub(super) fn place(&self) -> Option<Span> {
        place(&self.zone, self.local, self.length)
    }
}

pub(super) fn naive(p: &PartialDateTime) -> Option<NaiveDateTime> {
    p.to_date_time().map(|d| d.date_time)
}

/// A date-time value's wall time and zone: its own offset (`…Z` is UTC, whatever TZID says),
/// else its TZID, else `otherwise` (RFC 5545 §3.3.5; RDATE, EXDATE, RECURRENCE-ID and DTEND
/// take the start's zone when they name none).
pub(super) fn value_time(
    p: &PartialDateTime,
    tzid: Option<&str>,
    otherwise: &Zone,
    zones: &Zones<'_>,
    id: u32,
) -> Option<(NaiveDateTime, Zone)> {
    let zone = match (Zone::of_value(p), tzid) {
        (Some(z), _) => z,
        (None, Some(name)) => zones.named(name, id),
        (None, None) => otherwise.clone(),
    };
    Some((naive(p)?, zone))
}

pub(super) fn duration_length(d: &ICalendarDuration, all_day: bool) -> Length {
    let secs = d.hours as i64 * 3600 + d.minutes as i64 * 60 + d.seconds as i64;
    let days = d.weeks as i64 * 7 + d.days as i64;
    if d.neg {
        Length::ZERO
    } else if all_day || secs == 0 {
        Length { days, secs }
    } else {
        // A timed DURATION such as P1DT2H is mostly written as hours; keep it exact.
        Length {
            days: 0,
            secs: days * 86_400 + secs,
        }
    }
}

/// The start and zone of a component, or why it has none. `fallback` is what an override
/// inherits (its RECURRENCE-ID slot, its series' length).
pub(super) fn read_timing(
    c: &ICalendarComponent,
    id: u32,
    zones: &Zones<'_>,
    fallback: Option<Timing>,
    notes: &mut Vec<Note>,
) -> Result<Timing, String> {
    let Some((e, p)) = date_value(c, &ICalendarProperty::Dtstart) else {
        return match fallback {
            Some(f) => Ok(f),
            None if c.property(&ICalendarProperty::Dtstart).is_some() => {
                Err("its start (DTSTART) could not be read".into())
            }
            None => Err("it has no start time (DTSTART)".into()),
        };
    };
    let local = naive(p).ok_or("its start (DTSTART) is not a valid date")?;
    let all_day = !p.has_time();
    let zone = if all_day && e.tz_id().is_none() {
        zones.default_zone().clone()
    } else {
        zones.of(p, e.tz_id(), id)
    };
    let mut t = Timing {
        local,
        zone,
        all_day,
        length: Length::ZERO,
    };
    t.length = read_length(c, id, &t, zones, fallback.map(|f| f.length), notes);
    Ok(t)
}

/// DTEND, else DURATION, else what an override inherits, else RFC 5545 §3.6.1's default:
/// a date lasts the day, a date-time has no length (calcard would stretch it to 23:59:59).
fn read_length(
    c: &ICalendarComponent,
    id: u32,
    start: &Timing,
    zones: &Zones<'_>,
    inherited: Option<Length>,
    notes: &mut Vec<Note>,
) -> Length {
    let mut note = |message: &str| {
        notes.push(Note {
            comp: id,
            skipped: false,
            message: message.into(),
        })
    };
    if let Some((e, p)) = date_value(c, &ICalendarProperty::Dtend) {
        let Some((end, end_zone)) = value_time(p, e.tz_id(), &start.zone, zones, id) else {
            note("its end (DTEND) could not be read; it was read as having no length");
            return Length::ZERO;
        };
        if start.all_day {
            return Length {
                days: (end.date() - start.local.date()).num_days().max(1),
                secs: 0,
            };
        }
        let secs = match (start.zone.to_utc(start.local), end_zone.to_utc(end)) {
            (Some(s), Some(e)) => e - s,
            _ => 0,
        };
        if secs < 0 {
            note("it ends (DTEND) before it starts; it was read as having no length");
        }
        return Length {
            days: 0,
            secs: secs.max(0),
        };
    }
    if let Some(ICalendarValue::Duration(d)) = c
        .property(&ICalendarProperty::Duration)
        .and_then(|e| e.values.first())
    {
        return duration_length(d, start.all_day);
    }
    match inherited {
        Some(length) => length,
        None if start.all_day => Length { days: 1, secs: 0 },
        None => Length::ZERO,
    }
}
