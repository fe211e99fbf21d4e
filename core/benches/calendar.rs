//! Calendar import and weekly metrics: `cargo bench -p waypoint-core --bench calendar`.
//!
//! Target (issue 4): importing a 10,000-occurrence calendar and computing a year of weekly
//! metrics together take under 1 s in a release build.

mod common;

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use common::percentiles;
use criterion::{criterion_group, criterion_main, Criterion};
use waypoint_core::calendar::ImportOptions;
use waypoint_core::workload::WorkSettings;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

fn calendar_benches(c: &mut Criterion) {
    let ics = common::weekly_calendar(10_000, today());
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
