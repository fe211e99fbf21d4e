//! The ROI calculator (issue 10): a five-year model with low and high cases, from its JSON to
//! every figure and the sentence. Target: p95 under 1 ms. `cargo bench -p waypoint-core --bench roi`.

mod common;

use common::percentiles;
use criterion::{criterion_group, criterion_main, Criterion};
use waypoint_core::roi::{report, Currency, RoiModel};

fn roi_benches(c: &mut Criterion) {
    let inputs = serde_json::json!({
        "one_off": {"people": 4, "weeks": 12, "cost_per_person_week": 4500, "other": 30000},
        "running_per_month": 2500,
        "benefits_per_month": {"revenue": 12000, "costs_saved": 4000, "hours_saved": 120, "hourly_rate": 75},
        "ramp_up_months": 6,
        "horizon_months": 60,
        "annual_discount_rate": 0.12,
        "scenarios": {"low": 0.6, "high": 1.4}
    });
    let currency = Currency::default();
    let run = || {
        report(
            &RoiModel::from_json(&inputs).expect("a valid model"),
            &currency,
        )
    };
    percentiles(
        "ROI model, 60 months with low and high cases",
        Some(1.0),
        || {
            assert!(run().irr_monthly.is_some());
        },
    );
    c.bench_function("roi_60_months", |b| b.iter(run));
}

criterion_group!(benches, roi_benches);
criterion_main!(benches);
