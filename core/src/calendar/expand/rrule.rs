//! RRULE instances: calcard's recurrence arithmetic, run on one series at a time in floating
//! (wall-clock) time, which is how RFC 5545 defines recurrence. The only caller of calcard's
//! `expand_dates`, so calcard can be upgraded (or replaced) behind this file.

use calcard::common::timezone::Tz as CalTz;
use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarFrequency,
    ICalendarProperty, ICalendarRecurrenceRule, ICalendarValue,
};
use chrono::{Datelike, NaiveDateTime, TimeDelta, Timelike};

use super::super::event::date_value;
use super::limits::{Window, MAX_PER_SERIES};
use super::timing::{naive, Timing};
use super::{Expansion, Note};

/// The wall-clock starts of every RRULE of component `id` (after DTSTART, which is always
/// the first instance). Several RRULEs (RFC 2445 allowed them; RFC 5545 does not) give the
/// union of their instances, and the import report says so.
pub(super) fn rule_instances(
    c: &ICalendarComponent,
    id: u32,
    t: &Timing,
    win: &Window,
    out: &mut Expansion,
) -> Vec<NaiveDateTime> {
    let rules: Vec<_> = c.properties(&ICalendarProperty::Rrule).collect();
    if rules.len() > 1 {
        out.notes.push(Note {
            comp: id,
            skipped: false,
            message: format!(
                "it has {} repeat rules (RRULE); the occurrences of all of them were imported",
                rules.len()
            ),
        });
    }
    let dtstart = date_value(c, &ICalendarProperty::Dtstart).map(|(_, p)| p);
    let mut starts = Vec::new();
    let mut cut = false;
    for e in rules {
        let (Some(ICalendarValue::RecurrenceRule(rule)), Some(p)) = (e.values.first(), dtstart)
        else {
            out.notes.push(Note {
                comp: id,
                skipped: false,
                message: "its repeat rule (RRULE) could not be read; only its first occurrence \
                          was imported"
                    .into(),
            });
            continue;
        };
        match rule_starts(p, rule, t, win) {
            Ok((more, truncated)) => {
                starts.extend(more);
                cut |= truncated;
            }
            Err(why) => out.notes.push(Note {
                comp: id,
                skipped: false,
                message: format!("{why}; only its first occurrence was imported"),
            }),
        }
    }
    if cut {
        out.truncated.push(id);
    }
    starts
}

/// The wall-clock start of every instance of one RRULE. `Ok(.., true)` when cut at
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
    let rule = bounded(rule, t, win);
    if rule
        .until
        .as_ref()
        .and_then(naive)
        .is_some_and(|u| u < win.local_start)
    {
        return Ok((Vec::new(), false)); // ended before the window
    }
    let first = first_start(start, &rule, t, win);
    let mini = one_series(first, rule);
    let expanded = mini.expand_dates(CalTz::Floating, MAX_PER_SERIES);
    if let Some(e) = expanded.errors.first() {
        return Err(format!(
            "its repeat rule (RRULE) could not be used ({})",
            e.error
        ));
    }
    let truncated = expanded.events.len() >= MAX_PER_SERIES;
    let starts = expanded
        .events
        .iter()
        .map(|e| e.start.naive_local())
        .collect();
    Ok((starts, truncated))
}

/// The rule with UNTIL in this series' wall time, and ending at the window's end when it
/// would run past it (or forever).
fn bounded(rule: &ICalendarRecurrenceRule, t: &Timing, win: &Window) -> ICalendarRecurrenceRule {
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
                let last = day.date_time.date().and_hms_opt(23, 59, 59);
                set_local(u, last.unwrap_or_default());
            }
        }
    }
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
    rule
}

/// DTSTART, or for a series without COUNT that began long before the window (a daily
/// stand-up since 2015) a start just before the window, so the per-series cap is spent where
/// it matters. Moving DTSTART by whole periods keeps the phase (weekday, INTERVAL, week
/// start); only DAILY and WEEKLY periods have a fixed length in days.
fn first_start(
    start: &PartialDateTime,
    rule: &ICalendarRecurrenceRule,
    t: &Timing,
    win: &Window,
) -> PartialDateTime {
    let mut first = start.clone();
    (first.tz_hour, first.tz_minute, first.tz_minus) = (None, None, false);
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
    first
}

/// A calendar holding only this series, so no other series can take its instance limit or
/// its overrides.
fn one_series(first: PartialDateTime, rule: ICalendarRecurrenceRule) -> ICalendar {
    let entry = |name, value| ICalendarEntry {
        name,
        params: Vec::new(),
        values: vec![value],
    };
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
    ICalendar {
        components: vec![root, event],
    }
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
