//! The progress review on a generated year whose answers are known: one entry a week (every
//! 13th starred, with a figure), a plan with two milestones done, one skipped and one in
//! progress, two self-reviews, three documents (one from the year before), and a weekly
//! check-in with three stressful weeks in March. Private text is planted to prove it stays out.

use chrono::{DateTime, Days, NaiveDate, Utc};
use waypoint_core::competency::RatingInput;
use waypoint_core::documents::{DocumentDraft, DocumentKind};
use waypoint_core::journal::EntryKind;
use waypoint_core::plan::{MilestoneStatus, NewPlan};
use waypoint_core::review::{Include, Period, Review, SourceKind};
use waypoint_core::roi::Currency;
use waypoint_core::time::MovableClock;
use waypoint_core::workload::{CheckInDraft, CheckInPeriod, WorkRules, WorkSettings};
use waypoint_core::Store;

use crate::common::*;

/// Words that appear only in private places: a journal entry that is not starred, a check-in note.
pub const PRIVATE_ENTRY_WORD: &str = "zanzibarquux";
pub const CHECKIN_NOTE_WORD: &str = "quokkablue";

/// Noon UTC of `day`, for the clock that stamps the records.
fn noon(day: &str) -> DateTime<Utc> {
    d(day).and_hms_opt(12, 0, 0).unwrap().and_utc()
}

pub struct Year {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    /// The competencies of the default profile, in framework order.
    pub relevant: Vec<(i64, String, String)>,
    pub done_first: i64,
}

pub const YEAR_TODAY: &str = "2027-01-15";

pub fn rules() -> WorkRules {
    WorkSettings {
        time_zone: "UTC".into(),
        ..Default::default()
    }
    .rules(chrono_tz::UTC)
    .unwrap()
}

pub fn year_period() -> Period {
    Period::new(d("2026-01-01"), d("2026-12-31")).unwrap()
}

fn wednesday(k: u64) -> NaiveDate {
    d("2026-01-07") + Days::new(7 * k)
}

/// The generated year (see the module's comment).
pub fn year() -> Year {
    let dir = tempfile::tempdir().unwrap();
    let clock = MovableClock::starting_at(noon("2025-10-01"));
    let mut s = Store::open_in_dir(dir.path(), Box::new(clock.clone())).unwrap();
    let today = d(YEAR_TODAY);
    let o = s.competency_overview().unwrap();
    let relevant: Vec<(i64, String, String)> = o
        .competencies
        .iter()
        .filter(|c| c.relevant)
        .map(|c| {
            (
                c.competency.id,
                c.competency.name.clone(),
                c.competency.tag.clone(),
            )
        })
        .collect();
    let top_tag = relevant[0].2.clone();

    // Written the year before: outside the period.
    s.create_document_with(&DocumentDraft {
        kind: DocumentKind::Note,
        title: "Old note".into(),
        body: "Saved €5k in 2025.".into(),
    })
    .unwrap();
    let mut entry_ids = Vec::new();
    for k in 0..52u64 {
        let starred = k % 13 == 0;
        let body = if starred {
            format!("Week {k}. We cut build time by 40% for every team.")
        } else {
            format!("Week {k} went by.")
        };
        let tags: Vec<&str> = if k % 4 == 0 {
            vec![top_tag.as_str()]
        } else {
            vec![]
        };
        let day = wednesday(k).to_string();
        let e = s
            .create_entry_starred(
                &dated(
                    &format!("Week {k}"),
                    &body,
                    &day,
                    EntryKind::Reflection,
                    &tags,
                ),
                starred,
                today,
            )
            .unwrap();
        entry_ids.push(e.id);
    }
    let private_body = format!("Worried about the {PRIVATE_ENTRY_WORD} reorg.");
    for (title, body, day) in [
        ("Private worry", private_body.as_str(), "2026-08-19"),
        ("Before", "Outside.", "2025-12-20"),
        ("After", "Outside.", "2027-01-05"),
    ] {
        s.create_entry(&dated(title, body, day, EntryKind::Reflection, &[]), today)
            .unwrap();
    }
    let trashed = s
        .create_entry(
            &dated("Trashed", "Gone.", "2026-05-05", EntryKind::Reflection, &[]),
            today,
        )
        .unwrap();
    s.trash_entry(trashed.id).unwrap();

    clock.set(noon("2026-03-05"));
    let body = "## Bottom line\n\nCaching the pricing API cuts p95 latency by 38%.\n\n```roi\n{\"one_off\": {\"people\": 2, \"weeks\": 6, \"cost_per_person_week\": 5000}, \"benefits_per_month\": {\"costs_saved\": 9000}, \"horizon_months\": 24, \"annual_discount_rate\": 0.10}\n```\n";
    let brief = s
        .create_document_with(&DocumentDraft {
            kind: DocumentKind::Brief,
            title: "Cache the pricing API".into(),
            body: body.into(),
        })
        .unwrap();
    clock.set(noon("2026-06-15"));
    let writeup = s
        .create_document_with(&DocumentDraft {
            kind: DocumentKind::Writeup,
            title: "Onboarding in three days".into(),
            body: "Onboarding fell from 10 days to 3 days.".into(),
        })
        .unwrap();
    s.set_document_tags(writeup.id, std::slice::from_ref(&top_tag))
        .unwrap();

    let plan = s
        .create_plan(
            &NewPlan {
                start_month: "2026-01".into(),
                title: None,
            },
            d("2026-01-02"),
        )
        .unwrap();
    let q = |n: usize, i: usize| plan.quarters[n].milestones[i].id;
    s.set_milestone_status(q(0, 0), MilestoneStatus::Done, d("2026-03-10"))
        .unwrap();
    s.set_milestone_status(q(1, 0), MilestoneStatus::Done, d("2026-05-20"))
        .unwrap();
    let m = plan.quarters[0].milestones[1].clone();
    s.update_milestone(
        m.id,
        &waypoint_core::plan::MilestoneDraft {
            title: m.title.clone(),
            target_date: m.target_date.map(|t| t.to_string()).unwrap_or_default(),
            status: MilestoneStatus::Skipped,
            status_note: "Deprioritised after the reorg".into(),
        },
        d("2026-03-01"),
    )
    .unwrap();
    s.set_milestone_status(q(2, 0), MilestoneStatus::InProgress, d("2026-07-01"))
        .unwrap();
    s.link_evidence(q(0, 0), entry_ids[0], today).unwrap();
    s.link_evidence(q(0, 0), entry_ids[1], today).unwrap();
    s.link_document(q(0, 0), brief.id, today).unwrap();

    let rate = |id: i64, rating: i64| RatingInput {
        competency_id: id,
        rating,
        note: String::new(),
    };
    s.record_self_review(
        &relevant.iter().map(|c| rate(c.0, 5)).collect::<Vec<_>>(),
        d("2025-06-01"),
    )
    .unwrap();
    s.record_self_review(
        &relevant.iter().map(|c| rate(c.0, 2)).collect::<Vec<_>>(),
        d("2026-02-01"),
    )
    .unwrap();
    let last: Vec<RatingInput> = relevant
        .iter()
        .enumerate()
        .map(|(i, c)| rate(c.0, [4, 1].get(i).copied().unwrap_or(3)))
        .collect();
    s.record_self_review(&last, d("2026-11-01")).unwrap();

    for k in 0..52u64 {
        let monday = d("2026-01-05") + Days::new(7 * k);
        let note = if k == 30 {
            format!("Felt {CHECKIN_NOTE_WORD} all week")
        } else {
            String::new()
        };
        s.save_checkin(
            &CheckInDraft {
                period: CheckInPeriod::Week,
                date: monday.to_string(),
                meeting_hours: Some(10.0 + (k % 5) as f64),
                stress: Some(if (10..=12).contains(&k) { 8 } else { 4 }),
                energy: Some(6),
                imposter: Some(3),
                note,
            },
            today,
        )
        .unwrap();
    }
    Year {
        _dir: dir,
        store: s,
        relevant,
        done_first: q(0, 0),
    }
}

pub fn review_of(y: &Year, include: Include) -> Review {
    y.store
        .review(
            year_period(),
            include,
            d(YEAR_TODAY),
            &rules(),
            &Currency::default(),
        )
        .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_plan_part_counts_the_years_milestones_by_status_with_evidence() {
    let y = year();
    let r = review_of(&y, Include::default());
    let p = &r.plan.progress;
    assert_eq!((p.done, p.skipped, p.in_progress), (2, 1, 1));
    assert_eq!(p.percent, 200 / (p.total - 1));
    assert_eq!(r.plan.done[0].id, y.done_first);
    assert_eq!(r.plan.done[0].done_on, Some(d("2026-03-10")));
    let evidence: Vec<(SourceKind, NaiveDate)> = r.plan.done[0]
        .evidence
        .iter()
        .map(|e| (e.kind, e.date))
        .collect();
    assert_eq!(
        evidence,
        [
            (SourceKind::Entry, d("2026-01-07")),
            (SourceKind::Entry, d("2026-01-14")),
            (SourceKind::Document, d("2026-03-05")),
        ]
    );
    assert_eq!(
        r.plan.skipped[0].status_note,
        "Deprioritised after the reorg"
    );
    let overdue = r.open.iter().filter(|o| o.reason == "overdue").count() as u32;
    assert_eq!(overdue, p.overdue);
    assert!(r
        .open
        .iter()
        .any(|o| o.reason == "skipped" && o.detail.contains("reorg")));
}

#[test]
fn competencies_change_from_the_first_to_the_last_review_in_the_period() {
    let y = year();
    let r = review_of(&y, Include::default());
    let c = &r.competencies;
    assert_eq!(
        (c.review_count, c.first_review_on, c.last_review_on),
        (2, Some(d("2026-02-01")), Some(d("2026-11-01")))
    );
    assert_eq!(c.changes.len(), y.relevant.len());
    let top = &c.changes[0];
    assert_eq!(
        (top.first, top.last, top.change, top.gap),
        (Some(2), Some(4), Some(2), Some(0))
    );
    // 13 of the weekly entries and the writeup carry its tag.
    assert_eq!((top.entries, top.documents), (13, 1));
    let fell = &c.changes[1];
    assert_eq!((fell.change, fell.gap), (Some(-1), Some(3)));
    assert!(c.changes[2..]
        .iter()
        .all(|x| x.change == Some(1) && x.gap == Some(1)));
    let n = y.relevant.len();
    // One item per competency below the target, saying also that it has no evidence.
    let below: Vec<_> = r
        .open
        .iter()
        .filter(|o| o.reason == "below_target")
        .collect();
    assert_eq!(below.len(), n - 1);
    assert!(below
        .iter()
        .all(|o| o.detail.contains("No entry or document tagged")));
    assert!(!r.open.iter().any(|o| o.title == y.relevant[0].1));
    assert!(
        r.bottom_line[1].contains(&format!("{} competencies rose and 1 fell", n - 1)),
        "{}",
        r.bottom_line[1]
    );
    assert!(
        r.bottom_line[1].contains(&format!("{} (2 → 4)", y.relevant[0].1)),
        "{}",
        r.bottom_line[1]
    );
}

#[test]
fn documents_journal_and_highlights_are_those_of_the_period() {
    let y = year();
    let r = review_of(&y, Include::default());
    let titles: Vec<&str> = r.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Cache the pricing API", "Onboarding in three days"]
    );
    let brief = &r.documents[0];
    assert_eq!(brief.roi.len(), 1);
    assert!(
        brief.roi[0].npv > 0.0 && brief.roi[0].summary.contains("pays back"),
        "{:?}",
        brief.roi
    );
    assert_eq!(
        brief.impact.as_deref(),
        Some("Caching the pricing API cuts p95 latency by 38%.")
    );
    assert_eq!(r.entry_count, 53);
    let starred: Vec<NaiveDate> = r.highlights.iter().map(|h| h.entry_date).collect();
    assert_eq!(
        starred,
        [wednesday(0), wednesday(13), wednesday(26), wednesday(39)]
    );
    assert!(r
        .highlights
        .iter()
        .all(|h| h.impact.as_deref() == Some("We cut build time by 40% for every team.")));
    assert!(r.journal.is_empty() && r.checkins.is_empty());
    assert_eq!(r.bottom_line[2], "You wrote 2 documents and 53 journal entries (4 starred); meetings averaged 11.9 hours a week over 52 weeks.");
}

#[test]
fn the_workload_part_keeps_ratings_private_unless_checkins_are_included() {
    let y = year();
    let r = review_of(&y, Include::default());
    let w = &r.workload;
    assert_eq!((w.weeks_with_hours, w.checkin_count), (52, 52));
    assert!(close(w.average_meeting_hours.unwrap(), 621.0 / 52.0));
    assert_eq!(
        (w.peak_week, w.peak_meeting_hours),
        (Some(d("2026-02-02")), Some(14.0))
    );
    assert_eq!((w.average_stress, w.correlation.is_some()), (None, false));
    assert!(w
        .weeks
        .iter()
        .all(|x| x.stress.is_none() && x.energy.is_none()));
    assert!(w.signals.iter().all(|s| s.id != "stress"));

    let r = review_of(
        &y,
        Include {
            journal: false,
            checkins: true,
        },
    );
    let w = &r.workload;
    assert!(close(
        w.average_stress.unwrap(),
        (3.0 * 8.0 + 49.0 * 4.0) / 52.0
    ));
    assert!(w.correlation.is_some());
    let stress: Vec<_> = w.signals.iter().filter(|s| s.id == "stress").collect();
    assert_eq!(stress.len(), 1);
    assert_eq!(
        (stress[0].weeks, stress[0].first_week),
        (1, d("2026-03-30"))
    );
    assert_eq!(r.checkins.len(), 52);
    assert!(r.checkins[30].note.contains(CHECKIN_NOTE_WORD));
}

#[test]
fn the_private_journal_appears_only_when_included() {
    let y = year();
    let r = review_of(
        &y,
        Include {
            journal: true,
            checkins: false,
        },
    );
    assert_eq!(r.journal.len(), 49);
    assert!(r
        .journal
        .iter()
        .any(|e| e.excerpt.contains(PRIVATE_ENTRY_WORD)));
    assert_eq!(r.sections_excluded, ["checkins"]);
}

#[test]
fn the_front_page_and_talking_points_lead_with_evidence_and_figures() {
    let y = year();
    let r = review_of(&y, Include::default());
    let sources: Vec<SourceKind> = r.stories.iter().map(|s| s.source).collect();
    assert_eq!(
        sources,
        [
            SourceKind::Milestone,
            SourceKind::Document,
            SourceKind::Entry,
            SourceKind::Entry,
            SourceKind::Entry
        ]
    );
    assert_eq!(
        r.stories[0].detail,
        "Done 10 Mar 2026 · 3 pieces of evidence"
    );
    assert_eq!(r.stories[2].date, wednesday(39));
    assert_eq!(r.bottom_line.len(), 3);
    assert_eq!(r.talking_points.len(), 7, "{:#?}", r.talking_points);
    assert!(
        r.talking_points[0].ends_with("(Mar 2026), backed by 3 pieces of evidence."),
        "{}",
        r.talking_points[0]
    );
    assert!(r.talking_points[2].starts_with(&format!("I grew in {}: from 2 to 4", y.relevant[0].1)));
    assert!(r.talking_points[4].starts_with("I made the business case in “Cache the pricing API”"));
}

#[test]
fn the_timeline_shows_every_week_of_the_period() {
    let y = year();
    let r = review_of(&y, Include::default());
    let t = &r.timeline;
    assert_eq!(t.len(), 53);
    assert_eq!(t[0].week_start, d("2025-12-29"));
    let sum = |f: fn(&waypoint_core::review::TimelineWeek) -> u32| t.iter().map(f).sum::<u32>();
    assert_eq!(
        (
            sum(|w| w.entries),
            sum(|w| w.checkins),
            sum(|w| w.documents),
            sum(|w| w.milestones_done)
        ),
        (53, 52, 2, 2)
    );
    assert_eq!(t[0].level, 0, "nothing in the week of New Year");
    assert!(t[1..].iter().all(|w| w.level >= 1));
}

#[test]
fn a_period_without_data_is_an_empty_review_not_an_error() {
    let y = year();
    let empty = Period::new(d("2030-01-01"), d("2030-03-31")).unwrap();
    let r = y
        .store
        .review(
            empty,
            Include::default(),
            d(YEAR_TODAY),
            &rules(),
            &Currency::default(),
        )
        .unwrap();
    assert!(!r.has_data);
    assert_eq!(r.entry_count, 0);
    assert!(r.stories.is_empty() && r.talking_points.is_empty());
    assert_eq!(r.bottom_line[0], "No plan milestones fall in this period.");
    assert_eq!(r.timeline.len(), 13);
}
