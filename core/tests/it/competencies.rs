//! Competencies on a real database file: the framework by track and level, dated self-reviews
//! with history, evidence from tags, the radar, gaps, custom competencies, and bad input.

use crate::common::*;
use waypoint_core::competency::{
    CompetencyDraft, CompetencyOverview, CompetencyProfile, Level, RatingInput, Track,
};
use waypoint_core::{ErrorKind, Store};

fn id_of(o: &CompetencyOverview, name: &str) -> i64 {
    o.competencies
        .iter()
        .find(|c| c.competency.name == name)
        .unwrap_or_else(|| panic!("no competency {name}"))
        .competency
        .id
}

fn relevant_names(o: &CompetencyOverview) -> Vec<&str> {
    o.competencies
        .iter()
        .filter(|c| c.relevant)
        .map(|c| c.competency.name.as_str())
        .collect()
}

fn rate(id: i64, rating: i64) -> RatingInput {
    RatingInput {
        competency_id: id,
        rating,
        note: String::new(),
    }
}

fn profile(s: &mut Store, track: Track, level: Level) -> CompetencyOverview {
    s.save_competency_profile(&CompetencyProfile {
        track,
        target_level: level,
        target_rating: 4,
    })
    .unwrap();
    s.competency_overview().unwrap()
}

#[test]
fn the_track_and_level_choose_the_relevant_competencies() {
    let mut t = store();
    let o = t.store.competency_overview().unwrap();
    assert_eq!(o.profile, CompetencyProfile::default());
    assert_eq!(
        relevant_names(&o),
        [
            "Strategic thinking",
            "Resource allocation",
            "Coaching",
            "Cross-functional collaboration",
            "Translating technical to business",
            "Business metrics",
            "Product strategy",
            "Articulating technical decisions in business terms",
            "Customer needs"
        ]
    );
    assert_eq!(o.radar.len(), 9);

    let staff = profile(&mut t.store, Track::Ic, Level::StaffPrincipal);
    let names = relevant_names(&staff);
    assert!(names.contains(&"Executive communication") && names.contains(&"Business metrics"));
    assert_eq!(
        names
            .iter()
            .filter(|n| **n == "Resource allocation")
            .count(),
        1,
        "listed once"
    );
    assert!(!names.contains(&"Culture building"));

    let mgr = profile(&mut t.store, Track::Management, Level::Manager);
    let names = relevant_names(&mgr);
    assert!(names.contains(&"Culture building") && names.contains(&"Coaching"));
    assert!(!names.contains(&"Business metrics"));
    // The others are still there, after the relevant ones.
    assert_eq!(mgr.competencies.len(), 16);
    assert!(!mgr.competencies.last().unwrap().relevant);
}

#[test]
fn reviews_keep_history_and_the_radar_compares_latest_with_previous() {
    let mut t = store();
    let o = t.store.competency_overview().unwrap();
    let (st, coach, metrics) = (
        id_of(&o, "Strategic thinking"),
        id_of(&o, "Coaching"),
        id_of(&o, "Business metrics"),
    );
    t.store
        .record_self_review(
            &[
                rate(st, 2),
                RatingInput {
                    competency_id: coach,
                    rating: 3,
                    note: "Mentoring Sam".into(),
                },
            ],
            d("2026-03-05"),
        )
        .unwrap();
    t.store
        .record_self_review(&[rate(st, 3), rate(metrics, 1)], d("2026-06-02"))
        .unwrap();
    let o = t.store.competency_overview().unwrap();
    assert_eq!(o.review_count, 2);
    assert_eq!(
        (o.last_review_on, o.previous_review_on),
        (Some(d("2026-06-02")), Some(d("2026-03-05")))
    );

    let axis = |id: i64| o.radar.iter().find(|a| a.competency_id == id).unwrap();
    assert_eq!((axis(st).latest, axis(st).previous), (Some(3), Some(2)));
    assert_eq!(
        (axis(coach).latest, axis(coach).previous),
        (Some(3), None),
        "not re-rated"
    );
    assert_eq!(
        (axis(metrics).latest, axis(metrics).previous),
        (Some(1), None)
    );

    let s = o
        .competencies
        .iter()
        .find(|c| c.competency.id == st)
        .unwrap();
    let hist: Vec<_> = s.history.iter().map(|p| (p.rated_on, p.rating)).collect();
    assert_eq!(hist, [(d("2026-03-05"), 2), (d("2026-06-02"), 3)]);
    let c = o
        .competencies
        .iter()
        .find(|c| c.competency.id == coach)
        .unwrap();
    assert_eq!(c.history[0].note, "Mentoring Sam");

    // Same-day reviews are separate points too; nothing is overwritten.
    t.store
        .record_self_review(&[rate(st, 4)], d("2026-06-02"))
        .unwrap();
    let o = t.store.competency_overview().unwrap();
    let s = o
        .competencies
        .iter()
        .find(|c| c.competency.id == st)
        .unwrap();
    assert_eq!(
        s.history.iter().map(|p| p.rating).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert_eq!((s.latest, s.previous), (Some(4), Some(3)));
}

#[test]
fn tagged_entries_count_as_evidence_and_gaps_list_the_weakest_first() {
    let mut t = store();
    let o = t.store.competency_overview().unwrap();
    let coach = id_of(&o, "Coaching");
    let metrics = id_of(&o, "Business metrics");
    let st = id_of(&o, "Strategic thinking");
    add(&mut t.store, "Paired with a new hire", "", &["coaching"]);
    add(
        &mut t.store,
        "1:1 on career goals",
        "",
        &["coaching", "other"],
    );
    let trashed = add(&mut t.store, "Draft", "", &["coaching"]);
    t.store.trash_entry(trashed.id).unwrap();
    add(&mut t.store, "Looked at churn", "", &["business-metrics"]);

    t.store
        .record_self_review(
            &[rate(coach, 2), rate(metrics, 2), rate(st, 4)],
            d("2026-06-02"),
        )
        .unwrap();
    let o = t.store.competency_overview().unwrap();
    let ev = |id: i64| {
        o.competencies
            .iter()
            .find(|c| c.competency.id == id)
            .unwrap()
            .evidence_count
    };
    assert_eq!(
        (ev(coach), ev(metrics), ev(st)),
        (2, 1, 0),
        "trashed entries do not count"
    );

    // Both rated 2; metrics has less evidence, so it is the bigger gap. Strategic thinking
    // meets the target (4) and is not a gap; unrated ones follow.
    assert_eq!(o.gaps[0].name, "Business metrics");
    assert_eq!(
        o.gaps[0].summary,
        "Rated 2 of 5, target 4 · 1 entry of evidence"
    );
    assert_eq!(o.gaps[1].name, "Coaching");
    assert!(o.gaps.iter().all(|g| g.competency_id != st));
    assert!(o.gaps[2..].iter().all(|g| g.latest.is_none()));
    assert_eq!(o.gaps.len(), 9 - 1);
}

#[test]
fn users_add_their_own_competencies_and_archive_any() {
    let mut t = store();
    let c = t
        .store
        .add_competency(&CompetencyDraft {
            name: "Stakeholder management".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(c.tag, "stakeholder-management");
    add(
        &mut t.store,
        "Weekly sync with sales",
        "",
        &["stakeholder-management"],
    );
    let o = profile(&mut t.store, Track::Management, Level::Manager);
    let s = o
        .competencies
        .iter()
        .find(|s| s.competency.id == c.id)
        .unwrap();
    assert!(s.relevant, "custom competencies apply on every track");
    assert_eq!(s.evidence_count, 1);

    t.store
        .update_competency(c.id, "Stakeholders", "Keeping everyone informed")
        .unwrap();
    t.store.set_competency_archived(c.id, true).unwrap();
    let o = t.store.competency_overview().unwrap();
    let s = o
        .competencies
        .iter()
        .find(|s| s.competency.id == c.id)
        .unwrap();
    assert_eq!(s.competency.name, "Stakeholders");
    assert!(s.competency.archived);
    assert!(o.radar.iter().all(|a| a.competency_id != c.id));
    assert!(o.gaps.iter().all(|g| g.competency_id != c.id));
}

#[test]
fn bad_ratings_and_profiles_get_specific_errors_and_change_nothing() {
    let mut t = store();
    let o = t.store.competency_overview().unwrap();
    let st = id_of(&o, "Strategic thinking");
    let coach = id_of(&o, "Coaching");
    t.store
        .record_self_review(&[rate(st, 3)], d("2026-03-01"))
        .unwrap();
    let before = dump(&t);

    let today = d("2026-06-01");
    for (bad, expect) in [
        (vec![rate(st, 4), rate(coach, 6)], "\"Coaching\" is 6"),
        (vec![rate(st, 0)], "from 1"),
        (vec![rate(st, -3)], "is -3"),
        (vec![rate(st, 3), rate(st, 4)], "rated twice"),
        (vec![], "no ratings"),
    ] {
        let err = t.store.record_self_review(&bad, today).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert!(
            err.message.contains(expect),
            "{} (wanted {expect})",
            err.message
        );
    }
    let long_note = RatingInput {
        competency_id: st,
        rating: 3,
        note: "x".repeat(501),
    };
    assert!(t.store.record_self_review(&[long_note], today).is_err());
    assert_eq!(
        t.store
            .record_self_review(&[rate(9999, 3)], today)
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );

    let wrong = CompetencyProfile {
        track: Track::Ic,
        target_level: Level::Manager,
        target_rating: 4,
    };
    assert!(t
        .store
        .save_competency_profile(&wrong)
        .unwrap_err()
        .message
        .contains("management track"));
    let rating = CompetencyProfile {
        target_rating: 0,
        ..Default::default()
    };
    assert!(t.store.save_competency_profile(&rating).is_err());
    let dup = CompetencyDraft {
        name: "coaching".into(),
        ..Default::default()
    };
    assert!(t
        .store
        .add_competency(&dup)
        .unwrap_err()
        .message
        .contains("already uses"));
    let bad_tag = CompetencyDraft {
        name: "Finance".into(),
        tag: "has space".into(),
        ..Default::default()
    };
    assert!(t.store.add_competency(&bad_tag).is_err());

    t.store.set_competency_archived(coach, true).unwrap();
    let err = t
        .store
        .record_self_review(&[rate(coach, 3)], today)
        .unwrap_err();
    assert!(err.message.contains("archived"), "{}", err.message);
    t.store.set_competency_archived(coach, false).unwrap();

    assert_eq!(
        dump(&t),
        before,
        "a rejected review or profile wrote nothing"
    );
}
