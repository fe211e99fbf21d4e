//! What every benchmark needs: a generated journal on a real file, and percentile printing
//! (targets are stated as p95, which Criterion does not print).

#![allow(dead_code)] // each bench uses a different subset

use std::time::{Duration, Instant};

use std::fmt::Write;

use chrono::{Days, NaiveDate};
use waypoint_core::sample_data;
use waypoint_core::time::SteppingClock;
use waypoint_core::Store;

pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid date")
}

/// A store on a new file in `dir`, its stamps from a clock that starts on [`last_day`].
pub fn open(dir: &std::path::Path) -> Store {
    let start = last_day().and_hms_opt(20, 0, 0).expect("time").and_utc();
    Store::open_in_dir(dir, Box::new(SteppingClock::starting_at(start))).expect("open store")
}

pub fn generated_store(count: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open(dir.path());
    let started = Instant::now();
    store
        .create_entries(&sample_data::journal(42, count, last_day()), last_day())
        .expect("insert generated entries");
    println!(
        "setup: {count} entries generated and inserted in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    (dir, store)
}

/// The median and the 95th percentile of a timed case, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub p50: f64,
    pub p95: f64,
}

/// Times `f` over 300 runs (or as many as fit in 10 s, at least 20, so a slow case cannot
/// hold a run up for an hour) and prints p50/p95/max, the figures the targets are written in;
/// returns the p95 in milliseconds.
pub fn percentiles(label: &str, target_ms: Option<f64>, f: impl FnMut()) -> f64 {
    timings(label, target_ms, f).p95
}

/// [`percentiles`], returning the median too.
pub fn timings(label: &str, target_ms: Option<f64>, mut f: impl FnMut()) -> Timing {
    let started = Instant::now();
    let mut samples: Vec<Duration> = Vec::new();
    while samples.len() < 300 && (samples.len() < 20 || started.elapsed().as_secs() < 10) {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = ms(samples[samples.len() * 95 / 100]);
    let verdict = match target_ms {
        Some(t) if p95 <= t => format!("  (target < {t} ms: met)"),
        Some(t) => format!("  (target < {t} ms: MISSED)"),
        None => String::new(),
    };
    println!(
        "p95 {label:<44} p50 {:>7.3} ms  p95 {:>7.3} ms  max {:>7.3} ms{verdict}",
        ms(samples[samples.len() / 2]),
        p95,
        ms(samples[samples.len() - 1]),
    );
    Timing {
        p50: ms(samples[samples.len() / 2]),
        p95,
    }
}

/// Weekly series (Mon–Fri, 08:00–18:00 slots, two attendees each) starting at the window's
/// start, enough of them for `target` occurrences inside the four-year import window.
pub fn weekly_calendar(target: usize, today: NaiveDate) -> String {
    let weeks = 4 * 52;
    let series = target.div_ceil(weeks);
    let start = today - Days::new(3 * 365);
    let mut s = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Waypoint//bench//EN\r\n");
    for i in 0..series {
        let day = start + Days::new((i % 5) as u64);
        let hour = 8 + (i / 5) % 10;
        let _ = write!(
            s,
            "BEGIN:VEVENT\r\nUID:bench-{i}@waypoint.test\r\nDTSTAMP:20240101T000000Z\r\n\
             DTSTART;TZID=Europe/Berlin:{d}T{hour:02}0000\r\nDTEND;TZID=Europe/Berlin:{d}T{hour:02}4500\r\n\
             RRULE:FREQ=WEEKLY\r\nSUMMARY:Series {i}\r\nORGANIZER:mailto:me@corp.example\r\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@corp.example\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:p{i}@corp.example\r\n\
             END:VEVENT\r\n",
            d = day.format("%Y%m%d"),
        );
    }
    s.push_str("END:VCALENDAR\r\n");
    s
}
