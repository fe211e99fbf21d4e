//! Occurrences of every VEVENT inside the window. The only caller of calcard's
//! `expand_dates`, so calcard can be upgraded (or replaced) behind this file.
//!
//! calcard 0.3.14 gets several things wrong (see the B1–B7 regression tests): it matches
//! overrides by (SEQUENCE, RECURRENCE-ID) across the whole file, shares one instance limit
//! between all series, compares UNTIL with floating times, expands `DTSTART:…Z` series in the
//! default zone, skips EXDATE for RDATEs and drops or rejects times in DST gaps and overlaps.
//! So it is used for one thing only, the RRULE arithmetic, on a single series at a time in
//! floating (wall-clock) time, which is how RFC 5545 defines recurrence. Everything else is
//! done here: each wall time becomes UTC by RFC 5545's gap/overlap rules (tz.rs), RDATE and
//! EXDATE are applied by instant, and RECURRENCE-ID overrides replace the slot of their own
//! UID's series.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;
use std::time::{Duration, Instant};

use calcard::common::timezone::Tz as CalTz;
use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarDuration, ICalendarEntry,
    ICalendarFrequency, ICalendarParameterName, ICalendarPeriod, ICalendarProperty,
    ICalendarRecurrenceRule, ICalendarValue,
};
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta, Timelike};

use super::event::{date_value, synthetic_uid};
use super::tz::{Zone, Zones};

/// Instances calcard may generate for one series, from its DTSTART (before the window
/// too). Daily from 1972 fits; a series that reaches it is reported as truncated.
pub(crate) const MAX_PER_SERIES: usize = 20_000;
/// Instances generated for the whole file, inside and outside the window.
const MAX_GENERATED: usize = 20_000_000;
/// Occurrences kept inside the window for the whole file: some 4,800 a week over four years,
/// far beyond one person's calendar, and about 350 MB and 6 s to import.
pub(crate) const MAX_OCCURRENCES: usize = 1_000_000;
/// A last guard against a hang; real exports take a few seconds at most.
const TIME_BUDGET: Duration = Duration::from_secs(120);

/// The import window, plus a bound on local wall times (any zone is within ±14 h of UTC).
pub(crate) struct Window {
    pub from: i64,
    pub to: i64,
    local_start: NaiveDateTime,
    local_end: NaiveDateTime,
}

impl Window {
    pub(crate) fn new(from: i64, to: i64) -> Self {
        let local = |t: i64, days: i64| {
            chrono::DateTime::from_timestamp(t, 0)
                .and_then(|d| d.naive_utc().checked_add_signed(TimeDelta::days(days)))
        };
        Window {
            from,
            to,
            local_start: local(from, -2).unwrap_or(NaiveDateTime::MIN),
            local_end: local(to, 2).unwrap_or(NaiveDateTime::MAX),
        }
    }

    fn contains(&self, start: i64, end: i64) -> bool {
        start < self.to && (end > self.from || start >= self.from)
    }
}

/// Why an expansion stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    Generated,
    Occurrences,
    Time,
}

pub(crate) struct Budget {
    generated: usize,
    pub(crate) kept: usize,
    started: Instant,
}

impl Budget {
    pub(crate) fn new() -> Self {
        Budget {
            generated: 0,
            kept: 0,
            started: Instant::now(),
        }
    }

    fn spend(&mut self, generated: usize, kept: usize) -> Result<(), Limit> {
        self.generated += generated;
        self.kept += kept;
        if self.generated > MAX_GENERATED {
            Err(Limit::Generated)
        } else if self.kept > MAX_OCCURRENCES {
            Err(Limit::Occurrences)
        } else if self.started.elapsed() > TIME_BUDGET {
            Err(Limit::Time)
        } else {
            Ok(())
        }
    }
}

/// One occurrence inside the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Occurrence {
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
    pub occurrences: Vec<Occurrence>,
    pub notes: Vec<Note>,
    /// Series masters cut at `MAX_PER_SERIES`.
    pub truncated: Vec<u32>,
    /// VEVENT components in the calendar, and how many were left out entirely.
    pub vevents: usize,
    pub skipped: usize,
}

/// Length of each occurrence: nominal days (wall clock, for all-day events and DURATION
/// days) plus exact seconds (RFC 5545 §3.8.5.3: DTEND gives an exact duration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Length {
    days: i64,
    secs: i64,
}

/// When an event starts and how long it lasts.
#[derive(Debug, Clone)]
struct Timing {
    local: NaiveDateTime,
    zone: Zone,
    all_day: bool,
    length: Length,
}

fn place(zone: &Zone, local: NaiveDateTime, length: Length) -> Option<(i64, i64)> {
    let start = zone.to_utc(local)?;
    let end = if length.days == 0 {
        start
    } else {
        zone.to_utc(local.checked_add_signed(TimeDelta::days(length.days))?)?
    };
    Some((start, (end + length.secs).max(start)))
}

fn naive(p: &PartialDateTime) -> Option<NaiveDateTime> {
    p.to_date_time().map(|d| d.date_time)
}

fn duration_length(d: &ICalendarDuration, all_day: bool) -> Length {
    let secs = d.hours as i64 * 3600 + d.minutes as i64 * 60 + d.seconds as i64;
    let days = d.weeks as i64 * 7 + d.days as i64;
    if d.neg {
        Length { days: 0, secs: 0 }
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

/// What an override leaves out: without DTSTART it starts at its RECURRENCE-ID, and
/// without DTEND or DURATION it lasts as long as the series' occurrences.
struct Fallback {
    local: NaiveDateTime,
    zone: Zone,
    all_day: bool,
    length: Length,
}

fn read_timing(
    c: &ICalendarComponent,
    id: u32,
    zones: &Zones<'_>,
    fallback: Option<Fallback>,
    notes: &mut Vec<Note>,
) -> Result<Timing, String> {
    let inherited = fallback.as_ref().map(|f| f.length);
    let start = match (date_value(c, &ICalendarProperty::Dtstart), fallback) {
        (Some((e, p)), _) => {
            let local = naive(p).ok_or("its start (DTSTART) is not a valid date")?;
            let all_day = !p.has_time();
            let zone = if all_day && e.tz_id().is_none() {
                zones.default_zone().clone()
            } else {
                zones.of(p, e.tz_id(), id)
            };
            Some((local, zone, all_day, e.tz_id()))
        }
        (None, Some(f)) => {
            return Ok(Timing {
                local: f.local,
                zone: f.zone,
                all_day: f.all_day,
                length: f.length,
            })
        }
        (None, None) if c.property(&ICalendarProperty::Dtstart).is_some() => {
            return Err("its start (DTSTART) could not be read".into())
        }
        (None, None) => return Err("it has no start time (DTSTART)".into()),
    };
    let (local, zone, all_day, start_tzid) = start.expect("set above");
    let zero = Length { days: 0, secs: 0 };
    let length = if let Some((e, p)) = date_value(c, &ICalendarProperty::Dtend) {
        match naive(p) {
            None => {
                notes.push(Note {
                    comp: id,
                    skipped: false,
                    message: "its end (DTEND) could not be read; it was read as having no length"
                        .into(),
                });
                zero
            }
            Some(end) if all_day => Length {
                days: (end.date() - local.date()).num_days().max(1),
                secs: 0,
            },
            Some(end) => {
                let end_zone = zones.of(p, e.tz_id().or(start_tzid), id);
                let secs = match (zone.to_utc(local), end_zone.to_utc(end)) {
                    (Some(s), Some(e)) => e - s,
                    _ => 0,
                };
                if secs < 0 {
                    notes.push(Note {
                        comp: id,
                        skipped: false,
                        message:
                            "it ends (DTEND) before it starts; it was read as having no length"
                                .into(),
                    });
                }
                Length {
                    days: 0,
                    secs: secs.max(0),
                }
            }
        }
    } else if let Some(ICalendarValue::Duration(d)) = c
        .property(&ICalendarProperty::Duration)
        .and_then(|e| e.values.first())
    {
        duration_length(d, all_day)
    } else if let Some(length) = inherited {
        length
    } else if all_day {
        // RFC 5545 §3.6.1: a date without an end lasts the day; a date-time without one
        // has no length (calcard would stretch it to 23:59:59).
        Length { days: 1, secs: 0 }
    } else {
        zero
    };
    Ok(Timing {
        local,
        zone,
        all_day,
        length,
    })
}

fn strip_zone(p: &PartialDateTime) -> PartialDateTime {
    let mut p = p.clone();
    (p.tz_hour, p.tz_minute, p.tz_minus) = (None, None, false);
    p
}

fn set_local(p: &mut PartialDateTime, n: NaiveDateTime) {
    (p.year, p.month, p.day) = (
        u16::try_from(n.year()).ok(),
        Some(n.month() as u8),
        Some(n.day() as u8),
    );
    (p.hour, p.minute, p.second) = (
        Some(n.hour() as u8),
        Some(n.minute() as u8),
        Some(n.second() as u8),
    );
    (p.tz_hour, p.tz_minute, p.tz_minus) = (None, None, false);
}

fn entry(name: ICalendarProperty, value: ICalendarValue) -> ICalendarEntry {
    ICalendarEntry {
        name,
        params: Vec::new(),
        values: vec![value],
    }
}

/// The wall-clock start of every RRULE instance, from calcard run on this series alone
/// (so no other series can take its limit or its overrides). `Ok(.., true)` when cut at
/// `MAX_PER_SERIES`.
fn rule_starts(
    start: &PartialDateTime,
    rule: &ICalendarRecurrenceRule,
    t: &Timing,
    win: &Window,
) -> Result<(Vec<NaiveDateTime>, bool), String> {
    if t.local > win.local_end {
        return Ok((Vec::new(), false));
    }
    let mut rule = rule.clone();
    if let Some(u) = rule.until.as_mut() {
        if let (true, Some(d)) = (u.has_zone(), u.to_date_time()) {
            // calcard compares UNTIL with floating times, so a UTC UNTIL must first become
            // this series' wall time (else the last instance is lost or one is added). For
            // all-day series the UTC date is meant (Google writes …T235959Z).
            let utc = d.date_time.and_utc().timestamp()
                - d.offset.map_or(0, |o| o.local_minus_utc() as i64);
            let local = if t.all_day {
                Some(d.date_time)
            } else {
                t.zone.to_local(utc)
            };
            if let Some(local) = local {
                set_local(u, local);
            }
        } else if !u.has_time() && !t.all_day {
            // A date UNTIL on a timed series includes that whole day.
            if let Some(day) = u.to_date_time() {
                set_local(
                    u,
                    day.date_time
                        .date()
                        .and_hms_opt(23, 59, 59)
                        .unwrap_or_default(),
                );
            }
        }
    }
    // Bound the work: an open-ended rule (or one ending after the window) stops there.
    if rule.count.is_none() {
        let ends_later = rule
            .until
            .as_ref()
            .and_then(naive)
            .is_none_or(|u| u > win.local_end);
        if ends_later {
            let mut u = PartialDateTime::default();
            set_local(&mut u, win.local_end);
            if t.all_day {
                (u.hour, u.minute, u.second) = (None, None, None);
            }
            rule.until = Some(u);
        }
    }
    let until = rule.until.as_ref().and_then(naive);
    if until.is_some_and(|u| u < win.local_start) {
        return Ok((Vec::new(), false)); // ended before the window
    }
    // A series without COUNT that began long before the window (a daily stand-up since
    // 2015) is expanded from just before the window, so the per-series cap is spent where
    // it matters. Moving DTSTART by whole periods keeps the phase (weekday, INTERVAL, week
    // start); only DAILY and WEEKLY periods have a fixed length in days.
    let mut first = strip_zone(start);
    let period = match rule.freq {
        ICalendarFrequency::Daily => 1,
        ICalendarFrequency::Weekly => 7,
        _ => 0,
    } * i64::from(rule.interval.unwrap_or(1).max(1));
    let behind = (win.local_start - t.local).num_days();
    if rule.count.is_none() && period > 0 && behind > period {
        let moved = t.local + TimeDelta::days(behind / period * period);
        set_local(&mut first, moved);
        if t.all_day {
            (first.hour, first.minute, first.second) = (None, None, None);
        }
    }
    let mut root = ICalendarComponent::new(ICalendarComponentType::VCalendar);
    root.component_ids = vec![1];
    let mut event = ICalendarComponent::new(ICalendarComponentType::VEvent);
    event.entries = vec![
        entry(
            ICalendarProperty::Dtstart,
            ICalendarValue::PartialDateTime(Box::new(first)),
        ),
        entry(
            ICalendarProperty::Rrule,
            ICalendarValue::RecurrenceRule(Box::new(rule)),
        ),
    ];
    let mini = ICalendar {
        components: vec![root, event],
    };
    let expanded = mini.expand_dates(CalTz::Floating, MAX_PER_SERIES);
    if let Some(e) = expanded.errors.first() {
        return Err(format!(
            "its repeat rule (RRULE) could not be used ({})",
            e.error
        ));
    }
    let truncated = expanded.events.len() >= MAX_PER_SERIES;
    Ok((
        expanded
            .events
            .iter()
            .map(|e| e.start.naive_local())
            .collect(),
        truncated,
    ))
}

/// A date-time value of RDATE/EXDATE/RECURRENCE-ID: its wall time and zone (its own offset
/// or TZID, else the series' zone, as RFC 5545 requires them to match DTSTART).
fn value_time(
    p: &PartialDateTime,
    tzid: Option<&str>,
    series: &Zone,
    zones: &Zones<'_>,
    id: u32,
) -> Option<(NaiveDateTime, Zone)> {
    let zone = match (Zone::of_value(p), tzid) {
        (Some(z), _) => z,
        (None, Some(name)) => zones.named(name, id),
        (None, None) => series.clone(),
    };
    Some((naive(p)?, zone))
}

/// One RDATE value: a start (with the series' length) or a PERIOD with its own end.
fn rdate_instance(
    v: &ICalendarValue,
    tzid: Option<&str>,
    t: &Timing,
    zones: &Zones<'_>,
    id: u32,
) -> Option<(i64, i64)> {
    match v {
        ICalendarValue::PartialDateTime(p) => {
            let (local, zone) = value_time(p, tzid, &t.zone, zones, id)?;
            place(&zone, local, t.length)
        }
        ICalendarValue::Period(ICalendarPeriod::Range { start, end }) => {
            let (a, za) = value_time(start, tzid, &t.zone, zones, id)?;
            let (b, zb) = value_time(end, tzid, &t.zone, zones, id)?;
            let (a, b) = (za.to_utc(a)?, zb.to_utc(b)?);
            Some((a, b.max(a)))
        }
        ICalendarValue::Period(ICalendarPeriod::Duration { start, duration }) => {
            let (local, zone) = value_time(start, tzid, &t.zone, zones, id)?;
            place(&zone, local, duration_length(duration, t.all_day))
        }
        _ => None,
    }
}

/// Instances of one master (or orphan override), keyed by the UTC instant of their slot.
struct Series {
    timing: Timing,
    slots: BTreeMap<i64, (i64, i64, u32)>,
    generated: usize,
}

fn expand_series(
    c: &ICalendarComponent,
    id: u32,
    zones: &Zones<'_>,
    win: &Window,
    fallback: Option<Fallback>,
    out: &mut Expansion,
) -> Option<Series> {
    let t = match read_timing(c, id, zones, fallback, &mut out.notes) {
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
    let mut starts = vec![t.local]; // DTSTART is always the first instance (RFC 5545 §3.8.5.3)
    if let Some(e) = c.property(&ICalendarProperty::Rrule) {
        let dtstart = date_value(c, &ICalendarProperty::Dtstart).map(|(_, p)| p);
        match (e.values.first(), dtstart) {
            (Some(ICalendarValue::RecurrenceRule(rule)), Some(p)) => {
                match rule_starts(p, rule, &t, win) {
                    Ok((more, truncated)) => {
                        starts.extend(more);
                        if truncated {
                            out.truncated.push(id);
                        }
                    }
                    Err(why) => out.notes.push(Note {
                        comp: id,
                        skipped: false,
                        message: format!("{why}; only its first occurrence was imported"),
                    }),
                }
            }
            _ => out.notes.push(Note {
                comp: id,
                skipped: false,
                message: "its repeat rule (RRULE) could not be read; only its first occurrence \
                          was imported"
                    .into(),
            }),
        }
    }
    let mut slots = BTreeMap::new();
    let mut generated = starts.len();
    for local in starts {
        if let Some((s, e)) = place(&t.zone, local, t.length) {
            slots.insert(s, (s, e, id));
        }
    }
    // RDATE: extra instances, each in its own zone (calcard drops those in a DST gap).
    for e in c.properties(&ICalendarProperty::Rdate) {
        for v in &e.values {
            generated += 1;
            if let Some((s, e)) = rdate_instance(v, e.tz_id(), &t, zones, id) {
                slots.insert(s, (s, e, id));
            }
        }
    }
    // EXDATE: applied to every instance, RDATEs included (calcard skips those).
    for e in c.properties(&ICalendarProperty::Exdate) {
        if e.values.iter().all(|v| v.as_partial_date_time().is_none()) {
            out.notes.push(Note {
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
                // A date EXDATE on a timed series removes that local day's instance.
                let day: NaiveDate = local.date();
                slots.retain(|&u, _| t.zone.to_local(u).is_none_or(|l| l.date() != day));
            }
        }
    }
    Some(Series {
        timing: t,
        slots,
        generated,
    })
}

/// RECURRENCE-ID as a UTC instant: the slot it replaces.
fn recurrence_slot(
    o: &ICalendarComponent,
    id: u32,
    series_zone: &Zone,
    zones: &Zones<'_>,
) -> Option<(i64, NaiveDateTime, Zone, bool)> {
    let (e, p) = date_value(o, &ICalendarProperty::RecurrenceId)?;
    let (local, zone) = value_time(p, e.tz_id(), series_zone, zones, id)?;
    Some((zone.to_utc(local)?, local, zone, !p.has_time()))
}

fn has_range(o: &ICalendarComponent) -> bool {
    o.property(&ICalendarProperty::RecurrenceId)
        .is_some_and(|e| e.parameter(&ICalendarParameterName::Range).is_some())
}

#[derive(Default)]
struct Group {
    master: Option<u32>,
    overrides: Vec<u32>,
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
    // Group by UID, in file order: one master (no RECURRENCE-ID) and its overrides.
    let mut order: Vec<Rc<str>> = Vec::new();
    let mut groups: HashMap<Rc<str>, Group> = HashMap::new();
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
        let g = groups.entry(uid.clone()).or_insert_with(|| {
            order.push(uid.clone());
            Group::default()
        });
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

    for uid in order {
        let g = &groups[&uid];
        let master = g.master.and_then(|m| {
            expand_series(&cal.components[m as usize], m, zones, win, None, &mut out)
                .map(|s| (m, s))
        });
        let series = g
            .master
            .is_some_and(|m| cal.components[m as usize].is_recurrent())
            || !g.overrides.is_empty();
        let mut generated = 0;
        // key: UTC slot (the recurrence id) -> (start, end, component)
        let mut slots: BTreeMap<i64, (i64, i64, u32)> = BTreeMap::new();
        if let Some((_, s)) = &master {
            generated += s.generated;
            slots.clone_from(&s.slots);
        }
        for &o in &g.overrides {
            let oc = &cal.components[o as usize];
            let series_zone = master.as_ref().map_or_else(
                || zones.default_zone().clone(),
                |(_, s)| s.timing.zone.clone(),
            );
            let Some((rid, rid_local, rid_zone, rid_all_day)) =
                recurrence_slot(oc, o, &series_zone, zones)
            else {
                out.notes.push(Note {
                    comp: o,
                    skipped: true,
                    message:
                        "skipped: its RECURRENCE-ID (the occurrence it changes) could not be read"
                            .into(),
                });
                continue;
            };
            if has_range(oc) {
                out.notes.push(Note {
                    comp: o,
                    skipped: false,
                    message: "RANGE=THISANDFUTURE: only this occurrence was changed, not the ones \
                              after it"
                        .into(),
                });
            }
            let fallback = Fallback {
                local: rid_local,
                zone: rid_zone,
                all_day: rid_all_day,
                length: master.as_ref().map_or(
                    Length {
                        days: i64::from(rid_all_day),
                        secs: 0,
                    },
                    |(_, s)| s.timing.length,
                ),
            };
            if master.is_some() {
                // A changed or cancelled occurrence replaces its slot in its own series.
                match read_timing(oc, o, zones, Some(fallback), &mut out.notes) {
                    Ok(t) => {
                        if let Some((s, e)) = place(&t.zone, t.local, t.length) {
                            slots.insert(rid, (s, e, o));
                        }
                        generated += 1;
                    }
                    Err(why) => out.notes.push(Note {
                        comp: o,
                        skipped: true,
                        message: format!("skipped: {why}"),
                    }),
                }
            } else if let Some(s) = expand_series(oc, o, zones, win, Some(fallback), &mut out) {
                // No master in the file (an export of a date range often leaves it out):
                // the override stands alone, keyed by its RECURRENCE-ID, and its own RDATEs
                // by their start.
                generated += s.generated;
                let own = s.timing.zone.to_utc(s.timing.local);
                for (k, v) in s.slots {
                    let key = if Some(k) == own { rid } else { k };
                    slots.entry(key).or_insert(v);
                }
            }
        }
        let mut kept = 0;
        for (key, (start, end, comp)) in slots {
            if !win.contains(start, end) {
                continue;
            }
            kept += 1;
            out.occurrences.push(Occurrence {
                uid: uid.clone(),
                recurrence_id: if series { key } else { 0 },
                start,
                end,
                comp,
                master: master.as_ref().map(|(m, _)| *m).filter(|&m| m != comp),
                series,
            });
        }
        budget.spend(generated, kept)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
            .unwrap()
            .and_utc()
            .timestamp()
    }

    fn run_with(body: &str, complete: Option<Vec<bool>>) -> (Expansion, Vec<(i64, i64, i64)>) {
        let text = format!("BEGIN:VCALENDAR\nVERSION:2.0\n{body}END:VCALENDAR\n");
        let cal = ICalendar::parse(&text).expect("calendar");
        let zones = Zones::new(&cal, chrono_tz::Europe::Berlin);
        let win = Window::new(utc("2024-01-01 00:00"), utc("2025-01-01 00:00"));
        let complete = complete.unwrap_or_else(|| vec![true; cal.components.len()]);
        let exp = expand(&cal, &complete, &zones, &win, &mut Budget::new()).expect("expand");
        let times = exp
            .occurrences
            .iter()
            .map(|o| (o.start, o.end, o.recurrence_id))
            .collect();
        (exp, times)
    }

    fn run(body: &str) -> (Expansion, Vec<(i64, i64, i64)>) {
        run_with(body, None)
    }

    #[test]
    fn a_series_starting_in_a_dst_gap_is_not_lost() {
        // calcard rejects such a DTSTART (InvalidDtStart) and loses the whole series.
        let (_, t) = run(
            "BEGIN:VEVENT\nUID:g\nDTSTART;TZID=Europe/Berlin:20240331T023000\n\
                          DURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\n",
        );
        let (a, b) = (utc("2024-03-31 01:30"), utc("2024-04-07 00:30"));
        assert_eq!(t, vec![(a, a + 3600, a), (b, b + 3600, b)]);
    }

    #[test]
    fn date_until_and_date_exdate_on_a_timed_series_mean_whole_days() {
        let (_, t) = run("BEGIN:VEVENT\nUID:d\nDTSTART;TZID=Europe/Berlin:20240902T100000\n\
                          RRULE:FREQ=DAILY;UNTIL=20240905\nEXDATE;VALUE=DATE:20240903\nEND:VEVENT\n");
        let starts: Vec<i64> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            starts,
            vec![
                utc("2024-09-02 08:00"),
                utc("2024-09-04 08:00"),
                utc("2024-09-05 08:00")
            ]
        );
    }

    #[test]
    fn lengths_follow_rfc_5545_and_overrides_inherit_what_they_leave_out() {
        let (_, t) = run(
            "BEGIN:VEVENT\nUID:point\nDTSTART:20240902T100000Z\nEND:VEVENT\n\
                          BEGIN:VEVENT\nUID:day\nDTSTART;VALUE=DATE:20240910\nEND:VEVENT\n",
        );
        assert_eq!(t[0], (utc("2024-09-02 10:00"), utc("2024-09-02 10:00"), 0));
        assert_eq!(t[1], (utc("2024-09-09 22:00"), utc("2024-09-10 22:00"), 0));
        // An override with only a RECURRENCE-ID and a new summary: same slot, same length.
        let (exp, t) = run("BEGIN:VEVENT\nUID:s\nDTSTART:20240902T100000Z\nDTEND:20240902T104500Z\n\
                            RRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\n\
                            BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20240909T100000Z\nSUMMARY:x\nEND:VEVENT\n\
                            BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20240902T100000Z\n\
                            DTSTART:20240902T120000Z\nEND:VEVENT\n");
        let (a, b) = (utc("2024-09-02 10:00"), utc("2024-09-09 10:00"));
        assert_eq!(t, vec![(a + 7200, a + 7200 + 2700, a), (b, b + 2700, b)]);
        assert_eq!((exp.occurrences[0].comp, exp.occurrences[1].comp), (3, 2));
        assert_eq!(exp.occurrences[1].master, Some(1));
    }

    #[test]
    fn cut_off_and_duplicate_events_are_skipped_with_a_note() {
        let body = "BEGIN:VEVENT\nUID:a\nDTSTART:20240902T100000Z\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:a\nDTSTART:20240903T100000Z\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:b\nDTSTART:20240904T100000Z\nEND:VEVENT\n";
        let (exp, t) = run_with(body, Some(vec![false, true, true, false]));
        assert_eq!(
            t,
            vec![(utc("2024-09-02 10:00"), utc("2024-09-02 10:00"), 0)]
        );
        assert_eq!((exp.vevents, exp.skipped), (3, 2));
        let note = |comp: u32| exp.notes.iter().find(|n| n.comp == comp).expect("note");
        assert!(note(2).skipped && note(2).message.contains("same UID"));
        assert!(note(3).skipped && note(3).message.contains("cut off"));
    }

    #[test]
    fn budgets_stop_runaway_files() {
        let mut b = Budget::new();
        assert_eq!(b.spend(MAX_GENERATED, MAX_OCCURRENCES), Ok(()));
        assert_eq!(b.spend(1, 0), Err(Limit::Generated));
        let mut b = Budget::new();
        assert_eq!(b.spend(0, MAX_OCCURRENCES + 1), Err(Limit::Occurrences));
    }

    #[test]
    fn an_orphan_override_stands_alone_at_its_recurrence_id() {
        let (exp, t) = run("BEGIN:VEVENT\nUID:o\nRECURRENCE-ID:20240909T100000Z\n\
                            DTSTART:20240910T100000Z\nDTEND:20240910T110000Z\nEND:VEVENT\n");
        let s = utc("2024-09-10 10:00");
        assert_eq!(t, vec![(s, s + 3600, utc("2024-09-09 10:00"))]);
        assert!(exp.occurrences[0].series && exp.notes.is_empty());
    }
}
