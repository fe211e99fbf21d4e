//! Plan, competency and dashboard reads on a 10-year journal: `cargo bench -p waypoint-core
//! --bench growth`. The standard is "commands return in milliseconds at 50,000 entries"; the
//! dashboard (the first screen) is held to p95 < 25 ms, the other reads to < 10 ms.

mod common;

use std::time::Duration;

use chrono::NaiveDate;
use common::{generated_store, last_day, percentiles};
use criterion::{criterion_group, criterion_main, Criterion};
use waypoint_core::competency::RatingInput;
use waypoint_core::plan::NewPlan;
use waypoint_core::search::EntryQuery;
use waypoint_core::Store;

const ENTRIES: usize = 50_000;

/// A plan in its third quarter with 1,000 evidence links, and two years of monthly reviews.
fn growth_store() -> (tempfile::TempDir, Store, i64, i64) {
    let (dir, mut store) = generated_store(ENTRIES);
    let today: NaiveDate = last_day();
    let plan = store
        .create_plan(
            &NewPlan {
                start_month: "2026-03".into(),
                title: None,
            },
            today,
        )
        .expect("plan");
    let milestones: Vec<i64> = plan
        .quarters
        .iter()
        .flat_map(|q| q.milestones.iter().map(|m| m.id))
        .collect();
    let entries = store
        .find_entries(&EntryQuery {
            limit: 1000,
            ..Default::default()
        })
        .expect("entries");
    for (i, hit) in entries.items.iter().enumerate() {
        store
            .link_evidence(milestones[i % milestones.len()], hit.entry.id, today)
            .expect("link");
    }
    let ids: Vec<i64> = store
        .competency_overview()
        .expect("overview")
        .competencies
        .iter()
        .map(|c| c.competency.id)
        .collect();
    for month in 0..24u32 {
        let ratings: Vec<RatingInput> = ids
            .iter()
            .enumerate()
            .map(|(i, &id)| RatingInput {
                competency_id: id,
                rating: 1 + ((i as u32 + month) % 5) as i64,
                note: "steady".into(),
            })
            .collect();
        let day =
            NaiveDate::from_ymd_opt(2024 + (month / 12) as i32, 1 + month % 12, 15).expect("date");
        store.record_self_review(&ratings, day).expect("review");
    }
    let entry = entries.items[0].entry.id;
    (dir, store, plan.id, entry)
}

fn growth_benches(c: &mut Criterion) {
    let (_dir, store, plan_id, entry_id) = growth_store();
    let today = last_day();
    percentiles("dashboard, 50,000 entries", Some(25.0), || {
        store
            .dashboard(today.and_hms_opt(9, 0, 0).unwrap())
            .expect("dashboard");
    });
    percentiles("competency overview", Some(10.0), || {
        store.competency_overview().expect("overview");
    });
    percentiles("open the plan (1,000 evidence links)", Some(10.0), || {
        store.plan(plan_id, today).expect("plan");
    });
    percentiles("suggest prompts", Some(10.0), || {
        store.suggest_prompts(today).expect("prompts");
    });
    percentiles("milestones an entry supports", Some(10.0), || {
        store.milestones_for_entry(entry_id, today).expect("refs");
    });

    let mut group = c.benchmark_group("growth");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    group.bench_function("dashboard", |b| {
        b.iter(|| {
            store
                .dashboard(today.and_hms_opt(9, 0, 0).unwrap())
                .expect("dashboard")
        })
    });
    group.bench_function("competency_overview", |b| {
        b.iter(|| store.competency_overview().expect("overview"))
    });
    group.bench_function("plan", |b| {
        b.iter(|| store.plan(plan_id, today).expect("plan"))
    });
    group.finish();
}

criterion_group!(benches, growth_benches);
criterion_main!(benches);
