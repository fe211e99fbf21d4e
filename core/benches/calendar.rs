//! Calendar import and weekly metrics: `cargo bench -p waypoint-core --bench calendar`.
//!
//! Target (issue 4): importing a 10,000-occurrence calendar and computing a year of weekly
//! metrics together take under 1 s in a release build.

mod common;

use std::fmt::Write;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use common::percentiles;
use criterion::{criterion_group, criterion_main, Criterion};
use waypoint_core::calendar::ImportOptions;
use waypoint_core::workload::WorkSettings;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

/// Weekly series (Mon–Fri, 08:00–18:00 slots, two attendees each) starting at the window's
/// start, enough of them for `target` occurrences inside the four-year import window.
fn calendar(target: usize) -> String {
    let weeks = 4 * 52;
    let series = target.div_ceil(weeks);
    let start = today() - Days::new(3 * 365);
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

fn calendar_benches(c: &mut Criterion) {
    let ics = calendar(10_000);
    let rules = WorkSettings {
        time_zone: "Europe/Berlin".into(),
        ..Default::default()
    }
    .rules(chrono_tz::UTC)
    .expect("rules");
    let opts = ImportOptions::around(today(), rules.tz);
    let year_ago = today() - Days::new(364);

    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = common::open(dir.path());
    let started = Instant::now();
    let report = store
        .import_calendar("bench.ics", ics.as_bytes(), &opts)
        .expect("import");
    let imported = started.elapsed();
    let weeks = store
        .weekly_metrics(year_ago, today(), &rules)
        .expect("metrics");
    let total = started.elapsed();
    println!(
        "import {} occurrences: {:.0} ms; + a year of weekly metrics ({} weeks): {:.0} ms in all (target < 1000 ms: {})",
        report.added,
        imported.as_secs_f64() * 1000.0,
        weeks.len(),
        total.as_secs_f64() * 1000.0,
        if total < Duration::from_secs(1) { "met" } else { "MISSED" }
    );
    assert!(
        report.added >= 10_000,
        "the calendar has {} occurrences",
        report.added
    );

    percentiles(
        "a year of weekly metrics (10,000 occurrences)",
        Some(200.0),
        || {
            store
                .weekly_metrics(year_ago, today(), &rules)
                .expect("metrics");
        },
    );
    let mut group = c.benchmark_group("calendar");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("import_10k_occurrences_fresh", |b| {
        b.iter(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut store = common::open(dir.path());
            store
                .import_calendar("bench.ics", ics.as_bytes(), &opts)
                .expect("import")
        })
    });
    group.bench_function("reimport_unchanged_10k", |b| {
        b.iter(|| {
            store
                .import_calendar("bench.ics", ics.as_bytes(), &opts)
                .expect("import")
        })
    });
    group.bench_function("year_of_weekly_metrics", |b| {
        b.iter(|| {
            store
                .weekly_metrics(year_ago, today(), &rules)
                .expect("metrics")
        })
    });
    group.finish();
}

criterion_group!(benches, calendar_benches);
criterion_main!(benches);
