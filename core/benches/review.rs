//! The progress review: `cargo bench -p waypoint-core --bench review`.
//!
//! Targets (issue 11, release build): the review of one heavy year (a plan, 1,000 entries,
//! 50 documents, 52 check-ins, a 10,000-occurrence calendar) under 100 ms; of ten such years
//! under 500 ms; the HTML export of the year under 200 ms.

mod common;

use std::time::Instant;

use chrono::{Datelike, Days, Months, NaiveDate};
use common::{last_day, percentiles, weekly_calendar};
use waypoint_core::calendar::ImportOptions;
use waypoint_core::documents::{DocumentDraft, DocumentKind};
use waypoint_core::export::ExportFormat;
use waypoint_core::plan::{MilestoneStatus, NewPlan};
use waypoint_core::review::{review_file, Include, Period};
use waypoint_core::roi::Currency;
use waypoint_core::sample_data;
use waypoint_core::time::MovableClock;
use waypoint_core::workload::{CheckInDraft, CheckInPeriod, WorkSettings};
use waypoint_core::Store;

const YEARS: u64 = 10;

const BRIEF: &str = "## Bottom line\n\nI recommend caching the pricing API: p95 latency falls by 38%.\n\n```roi\n{\"one_off\": {\"people\": 2, \"weeks\": 6, \"cost_per_person_week\": 5000}, \"benefits_per_month\": {\"costs_saved\": 9000}, \"horizon_months\": 24, \"annual_discount_rate\": 0.10}\n```\n\n## Options\n\nDo nothing, or cache. Onboarding fell from 10 days to 3 days.\n";

/// Ten heavy years ending on [`last_day`]: 1,000 entries a year, a plan a year with a third of
/// its milestones done, 50 documents and 52 weekly check-ins a year, and the calendar.
fn ten_years(dir: &std::path::Path) -> Store {
    let noon = |d: NaiveDate| d.and_hms_opt(12, 0, 0).expect("noon").and_utc();
    let clock = MovableClock::starting_at(noon(last_day()));
    let mut s = Store::open_in_dir(dir, Box::new(clock.clone())).expect("store");
    let started = Instant::now();
    s.create_entries(
        &sample_data::journal(42, 1000 * YEARS as usize, last_day()),
        last_day(),
    )
    .expect("entries");
    for y in 0..YEARS {
        let first = last_day() - Months::new(12 * (y as u32 + 1)) + Days::new(1);
        let month = first.format("%Y-%m").to_string();
        let plan = s
            .create_plan(
                &NewPlan {
                    start_month: month,
                    title: Some(format!("Plan {}", first.year())),
                },
                first,
            )
            .expect("plan");
        for (i, q) in plan.quarters.iter().enumerate() {
            s.set_milestone_status(
                q.milestones[0].id,
                MilestoneStatus::Done,
                q.start + Days::new(20 + i as u64),
            )
            .expect("done");
        }
        for k in 0..50u64 {
            clock.set(noon(first + Days::new(k * 7)));
            s.create_document_with(&DocumentDraft {
                kind: if k % 2 == 0 {
                    DocumentKind::Brief
                } else {
                    DocumentKind::Writeup
                },
                title: format!("Document {y}-{k}"),
                body: BRIEF.into(),
            })
            .expect("document");
        }
        for w in 0..52u64 {
            s.save_checkin(
                &CheckInDraft {
                    period: CheckInPeriod::Week,
                    date: (first + Days::new(w * 7)).to_string(),
                    meeting_hours: Some(12.0),
                    stress: Some(4 + (w % 5) as i64),
                    energy: Some(6),
                    imposter: Some(3),
                    note: "A week.".into(),
                },
                last_day(),
            )
            .expect("check-in");
        }
    }
    clock.set(noon(last_day()));
    let rules = WorkSettings {
        time_zone: "Europe/Berlin".into(),
        ..Default::default()
    }
    .rules(chrono_tz::UTC)
    .expect("rules");
    let report = s
        .import_calendar(
            "bench.ics",
            weekly_calendar(10_000, last_day()).as_bytes(),
            &ImportOptions::around(last_day(), rules.tz),
        )
        .expect("calendar");
    println!(
        "setup: {YEARS} heavy years ({} entries, {} documents, {} occurrences) in {:.1} s",
        1000 * YEARS,
        50 * YEARS,
        report.added,
        started.elapsed().as_secs_f64()
    );
    s
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = ten_years(dir.path());
    let rules = WorkSettings {
        time_zone: "Europe/Berlin".into(),
        ..Default::default()
    }
    .rules(chrono_tz::UTC)
    .expect("rules");
    let year = Period::new(last_day() - Months::new(12) + Days::new(1), last_day()).expect("year");
    let decade =
        Period::new(last_day() - Months::new(120) + Days::new(1), last_day()).expect("decade");
    let both = Include {
        journal: true,
        checkins: true,
    };
    let review = |p: Period, i: Include| {
        store
            .review(p, i, last_day(), &rules, &Currency::default())
            .expect("review")
    };
    let r = review(year, Include::default());
    println!(
        "the year: {} entries, {} documents, {} check-ins, {} milestones done, {} weeks with hours",
        r.entry_count,
        r.documents.len(),
        r.workload.checkin_count,
        r.plan.progress.done,
        r.workload.weeks_with_hours
    );
    assert!(
        r.entry_count >= 990 && r.documents.len() >= 50 && r.workload.checkin_count >= 50,
        "a heavy year"
    );
    percentiles("review of one heavy year", Some(100.0), || {
        review(year, Include::default());
    });
    percentiles(
        "review of one heavy year, private sections in",
        Some(100.0),
        || {
            review(year, both);
        },
    );
    percentiles("review of ten heavy years", Some(500.0), || {
        review(decade, Include::default());
    });
    let full = review(year, both);
    percentiles("HTML export of the heavy year", Some(200.0), || {
        review_file(&full, ExportFormat::Html).expect("html");
    });
    percentiles("Markdown export of the heavy year", None, || {
        review_file(&full, ExportFormat::Md).expect("md");
    });
}
