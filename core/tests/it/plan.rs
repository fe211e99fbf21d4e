//! The year plan end to end on a real database file: creation from the Strategist Track,
//! editing, progress, overdue, evidence from both sides, retrospectives, and bad input.

use crate::common::*;
use chrono::NaiveDate;
use waypoint_core::journal::EntryKind;
use waypoint_core::plan::{MilestoneDraft, MilestoneStatus, NewPlan, Plan, Step};
use waypoint_core::{ErrorKind, Store};

fn new_plan(start_month: &str) -> NewPlan {
    NewPlan {
        start_month: start_month.into(),
        title: None,
    }
}

fn milestone(plan: &Plan, q: usize, i: usize) -> i64 {
    plan.quarters[q - 1].milestones[i].id
}

fn titles(plan: &Plan, q: usize) -> Vec<&str> {
    plan.quarters[q - 1]
        .milestones
        .iter()
        .map(|m| m.title.as_str())
        .collect()
}

fn set(s: &mut Store, id: i64, status: MilestoneStatus, today: NaiveDate) -> Plan {
    s.set_milestone_status(id, status, today).unwrap()
}

#[test]
fn a_new_plan_is_the_strategist_track_starting_in_the_chosen_month() {
    let mut t = store();
    let today = d("2026-04-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    assert_eq!(plan.title, "Strategist Track 2026–27");
    assert_eq!((plan.start, plan.end), (d("2026-03-01"), d("2027-02-28")));
    assert_eq!(plan.current_quarter, Some(1));
    let focuses: Vec<_> = plan.quarters.iter().map(|q| q.focus.as_str()).collect();
    assert_eq!(
        focuses,
        [
            "Business context",
            "Strategic thinking",
            "Cross-functional leadership",
            "Teaching and influence"
        ]
    );
    assert_eq!(
        titles(&plan, 1),
        [
            "Shadow product",
            "Attend board meetings",
            "Learn the P&L",
            "Present a feature using business metrics"
        ]
    );
    assert!(titles(&plan, 2).contains(&"Write an executive brief"));
    assert!(titles(&plan, 4).contains(&"Present at all-hands"));
    // Seeded milestones are due at the end of their quarter and start not started.
    let q1 = &plan.quarters[0];
    assert!(q1.is_current && !q1.has_ended);
    assert!(
        q1.milestones
            .iter()
            .all(|m| m.target_date == Some(d("2026-05-31"))
                && m.status == MilestoneStatus::NotStarted)
    );
    assert_eq!(plan.progress.total, 14);
    assert_eq!(plan.progress.done, 0);
    // The January plan fits in one calendar year.
    let jan = t.store.create_plan(&new_plan("2027-01"), today).unwrap();
    assert_eq!(jan.title, "Strategist Track 2027");
}

#[test]
fn progress_counts_done_and_shows_skipped_separately_per_quarter_and_year() {
    let mut t = store();
    let today = d("2026-04-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    set(
        &mut t.store,
        milestone(&plan, 1, 0),
        MilestoneStatus::Done,
        today,
    );
    set(
        &mut t.store,
        milestone(&plan, 1, 1),
        MilestoneStatus::Done,
        today,
    );
    set(
        &mut t.store,
        milestone(&plan, 1, 2),
        MilestoneStatus::Skipped,
        today,
    );
    let plan = set(
        &mut t.store,
        milestone(&plan, 2, 0),
        MilestoneStatus::InProgress,
        today,
    );
    let q1 = plan.quarters[0].progress;
    assert_eq!(
        (q1.total, q1.done, q1.skipped, q1.not_started),
        (4, 2, 1, 1)
    );
    assert_eq!(q1.percent, 66, "2 of the 3 not skipped");
    let y = plan.progress;
    assert_eq!((y.total, y.done, y.skipped, y.in_progress), (14, 2, 1, 1));
    assert_eq!(y.percent, 15, "2 of 13");
    // The plan list agrees with the plan.
    let list = t.store.list_plans(today).unwrap();
    assert_eq!(list[0].progress, plan.progress);
}

#[test]
fn open_milestones_past_their_date_are_overdue_and_the_current_quarter_moves() {
    let mut t = store();
    let plan = t
        .store
        .create_plan(&new_plan("2026-03"), d("2026-03-02"))
        .unwrap();
    let done = milestone(&plan, 1, 0);
    set(&mut t.store, done, MilestoneStatus::Done, d("2026-03-02"));
    let skipped = milestone(&plan, 1, 1);
    set(
        &mut t.store,
        skipped,
        MilestoneStatus::Skipped,
        d("2026-03-02"),
    );

    let on_due_day = t.store.plan(plan.id, d("2026-05-31")).unwrap();
    assert_eq!(on_due_day.progress.overdue, 0, "due today is not overdue");

    let later = t.store.plan(plan.id, d("2026-06-01")).unwrap();
    assert_eq!(later.current_quarter, Some(2));
    assert!(later.quarters[1].is_current && !later.quarters[0].is_current);
    assert!(later.quarters[0].has_ended);
    let q1 = &later.quarters[0];
    let overdue: Vec<_> = q1
        .milestones
        .iter()
        .filter(|m| m.overdue)
        .map(|m| m.title.as_str())
        .collect();
    assert_eq!(
        overdue,
        ["Learn the P&L", "Present a feature using business metrics"]
    );
    assert_eq!(later.progress.overdue, 2);
    assert_eq!(
        t.store
            .plan(plan.id, d("2027-03-01"))
            .unwrap()
            .current_quarter,
        None
    );
}

#[test]
fn milestones_can_be_renamed_dated_added_removed_restored_and_reordered() {
    let mut t = store();
    let today = d("2026-04-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    let id = milestone(&plan, 1, 2);
    let plan = t
        .store
        .update_milestone(
            id,
            &MilestoneDraft {
                title: "Learn the P&L with finance".into(),
                target_date: "2026-04-30".into(),
                status: MilestoneStatus::Skipped,
                status_note: "Finance offered a course in Q2 instead".into(),
            },
            today,
        )
        .unwrap();
    let m = &plan.quarters[0].milestones[2];
    assert_eq!(m.title, "Learn the P&L with finance");
    assert_eq!(m.target_date, Some(d("2026-04-30")));
    assert_eq!(m.status_note, "Finance offered a course in Q2 instead");

    let plan = t
        .store
        .add_milestone(plan.id, 1, "Sit in on a sales call", today)
        .unwrap();
    assert_eq!(titles(&plan, 1).last(), Some(&"Sit in on a sales call"));
    let added = plan.quarters[0].milestones[4].id;
    assert_eq!(plan.quarters[0].milestones[4].target_date, None);

    // To the top of Q1, then into Q2 at position 1.
    let plan = t.store.move_milestone(added, 1, 0, today).unwrap();
    assert_eq!(titles(&plan, 1)[0], "Sit in on a sales call");
    let plan = t.store.move_milestone(added, 2, 1, today).unwrap();
    assert_eq!(titles(&plan, 1).len(), 4);
    assert_eq!(titles(&plan, 1)[0], "Shadow product");
    assert_eq!(titles(&plan, 2)[1], "Sit in on a sales call");
    // A position past the end is clamped to the end.
    let plan = t.store.move_milestone(added, 2, 99, today).unwrap();
    assert_eq!(titles(&plan, 2).last(), Some(&"Sit in on a sales call"));

    let plan = t.store.remove_milestone(added, today).unwrap();
    assert!(!titles(&plan, 2).contains(&"Sit in on a sales call"));
    assert_eq!(plan.progress.total, 14);
    let plan = t.store.restore_milestone(added, today).unwrap();
    assert_eq!(titles(&plan, 2).last(), Some(&"Sit in on a sales call"));
    assert_eq!(
        t.store.restore_milestone(added, today).unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn evidence_links_read_from_both_sides_and_follow_the_trash() {
    let mut t = store();
    let today = d("2026-04-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    let shadow = milestone(&plan, 1, 0);
    let board = milestone(&plan, 1, 1);
    let e = t
        .store
        .create_entry(
            &dated(
                "Shadowed the growth PM",
                "Churn is the metric.",
                "2026-04-09",
                EntryKind::Reflection,
                &[],
            ),
            today,
        )
        .unwrap();
    t.store.link_evidence(shadow, e.id, today).unwrap();
    t.store.link_evidence(shadow, e.id, today).unwrap(); // twice is harmless
    let plan = t.store.link_evidence(board, e.id, today).unwrap();
    let ev = &plan.quarters[0].milestones[0].evidence;
    assert_eq!(ev.len(), 1);
    assert_eq!(
        (ev[0].entry_id, ev[0].title.as_str()),
        (e.id, "Shadowed the growth PM")
    );
    let refs = t.store.milestones_for_entry(e.id, today).unwrap();
    let names: Vec<_> = refs.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(names, ["Shadow product", "Attend board meetings"]);
    assert_eq!(refs[0].quarter_focus, "Business context");

    // In the trash the link is hidden; restored, it is back; emptied, it is gone.
    t.store.trash_entry(e.id).unwrap();
    assert!(
        t.store.plan(plan.id, today).unwrap().quarters[0].milestones[0]
            .evidence
            .is_empty()
    );
    let err = t
        .store
        .link_evidence(milestone(&plan, 1, 2), e.id, today)
        .unwrap_err();
    assert!(err.message.contains("trash"), "{}", err.message);
    t.store.restore_entry(e.id).unwrap();
    assert_eq!(
        t.store.plan(plan.id, today).unwrap().quarters[0].milestones[0]
            .evidence
            .len(),
        1
    );

    let plan = t.store.unlink_evidence(board, e.id, today).unwrap();
    assert!(plan.quarters[0].milestones[1].evidence.is_empty());
    t.store.trash_entry(e.id).unwrap();
    t.store.empty_trash().unwrap();
    assert!(t
        .store
        .milestones_for_entry(e.id, today)
        .unwrap()
        .is_empty());
    assert!(
        t.store.plan(plan.id, today).unwrap().quarters[0].milestones[0]
            .evidence
            .is_empty()
    );
}

#[test]
fn documents_are_evidence_too_from_both_sides_and_follow_their_trash() {
    use waypoint_core::documents::DocumentKind;
    let mut t = store();
    let today = d("2026-06-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    // Q2 of the strategist track: "Write an executive brief".
    let brief_milestone = plan.quarters[1]
        .milestones
        .iter()
        .find(|m| m.title.to_lowercase().contains("executive brief"))
        .expect("the Q2 milestone")
        .id;
    let doc = t
        .store
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    t.store
        .link_document(brief_milestone, doc.id, today)
        .unwrap();
    let plan = t
        .store
        .link_document(brief_milestone, doc.id, today)
        .unwrap(); // twice is harmless
    let m = plan.quarters[1]
        .milestones
        .iter()
        .find(|m| m.id == brief_milestone)
        .unwrap();
    assert_eq!(m.documents.len(), 1);
    assert_eq!(
        (m.documents[0].document_id, m.documents[0].kind),
        (doc.id, DocumentKind::Brief)
    );
    assert!(
        m.evidence.is_empty(),
        "entries and documents are kept apart"
    );
    let refs = t.store.milestones_for_document(doc.id, today).unwrap();
    assert_eq!(
        refs.iter().map(|r| r.id).collect::<Vec<_>>(),
        [brief_milestone]
    );

    t.store.trash_document(doc.id).unwrap();
    let docs = |s: &Store| {
        s.plan(plan.id, today).unwrap().quarters[1]
            .milestones
            .iter()
            .find(|m| m.id == brief_milestone)
            .unwrap()
            .documents
            .len()
    };
    assert_eq!(docs(&t.store), 0, "a document in the trash does not count");
    let err = t
        .store
        .link_document(milestone(&plan, 1, 0), doc.id, today)
        .unwrap_err();
    assert!(
        err.message.contains("That document is in the trash"),
        "{}",
        err.message
    );
    t.store.restore_document(doc.id).unwrap();
    assert_eq!(docs(&t.store), 1);
    t.store
        .unlink_document(brief_milestone, doc.id, today)
        .unwrap();
    assert_eq!(docs(&t.store), 0);
    let err = t
        .store
        .link_document(brief_milestone, 999, today)
        .unwrap_err();
    assert!(err.message.contains("There is no document with id 999"));
}

#[test]
fn a_quarter_retrospective_is_a_linked_entry_written_once() {
    let mut t = store();
    let plan = t
        .store
        .create_plan(&new_plan("2026-03"), d("2026-03-02"))
        .unwrap();
    t.store
        .update_quarter(
            plan.id,
            1,
            "Business context",
            "Understand how we make money.\nMeet the CFO.",
            d("2026-03-02"),
        )
        .unwrap();
    set(
        &mut t.store,
        milestone(&plan, 1, 0),
        MilestoneStatus::Done,
        d("2026-03-02"),
    );
    let after = d("2026-06-03");
    let entry = t.store.start_retrospective(plan.id, 1, after).unwrap();
    assert_eq!(entry.kind, EntryKind::QuarterRetrospective);
    assert_eq!(
        entry.entry_date,
        d("2026-05-31"),
        "dated the quarter's last day"
    );
    assert_eq!(
        entry.title,
        "Q1 retrospective: Business context (Mar–May 2026)"
    );
    assert!(
        entry
            .body
            .contains("> Understand how we make money.\n> Meet the CFO."),
        "{}",
        entry.body
    );
    assert!(entry.body.contains("- [x] Shadow product (done)"));
    assert!(entry.body.contains("- [ ] Learn the P&L (not started)"));
    assert_eq!(entry.tags, vec!["retrospective"]);

    let plan = t.store.plan(plan.id, after).unwrap();
    assert_eq!(plan.quarters[0].retrospective_entry_id, Some(entry.id));
    assert_eq!(
        t.store.retrospective_of(entry.id).unwrap(),
        Some((plan.id, 1))
    );
    // Asking again opens the same entry.
    assert_eq!(
        t.store.start_retrospective(plan.id, 1, after).unwrap().id,
        entry.id
    );
    // Trashed, it no longer counts, and a new one can be written.
    t.store.trash_entry(entry.id).unwrap();
    assert_eq!(
        t.store.plan(plan.id, after).unwrap().quarters[0].retrospective_entry_id,
        None
    );
    assert_ne!(
        t.store.start_retrospective(plan.id, 1, after).unwrap().id,
        entry.id
    );
}

#[test]
fn several_plans_one_per_year_and_archived_ones_stay_readable() {
    let mut t = store();
    let today = d("2026-11-24");
    let old = t.store.create_plan(&new_plan("2025-01"), today).unwrap();
    let cur = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    assert_eq!(t.store.current_plan_id(today).unwrap(), Some(cur.id));
    let list = t.store.list_plans(today).unwrap();
    assert_eq!(
        list.iter().map(|p| p.year).collect::<Vec<_>>(),
        [2026, 2025]
    );

    let archived = t.store.set_plan_archived(cur.id, true, today).unwrap();
    assert!(archived.archived);
    assert_eq!(t.store.plan(cur.id, today).unwrap().quarters.len(), 4);
    // With the current plan archived, the latest unarchived one that has started is followed.
    assert_eq!(t.store.current_plan_id(today).unwrap(), Some(old.id));
    assert!(t
        .store
        .milestone_choices(today)
        .unwrap()
        .iter()
        .all(|m| m.plan_id == old.id));
    t.store.set_plan_archived(cur.id, false, today).unwrap();
    assert_eq!(t.store.current_plan_id(today).unwrap(), Some(cur.id));
    let renamed = t
        .store
        .rename_plan(cur.id, "My strategist year", today)
        .unwrap();
    assert_eq!(renamed.title, "My strategist year");
}

#[test]
fn bad_plan_input_gets_a_specific_error_and_changes_nothing() {
    let mut t = store();
    let today = d("2026-04-10");
    let plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    let id = milestone(&plan, 1, 0);
    let e = add(&mut t.store, "An entry", "", &[]);
    let before = dump(&t);

    let err = t
        .store
        .create_plan(&new_plan("2026-07"), today)
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(
        err.message.contains("already a plan for 2026"),
        "{}",
        err.message
    );

    let outside = MilestoneDraft {
        title: "Shadow product".into(),
        target_date: "2027-03-15".into(),
        ..Default::default()
    };
    let err = t.store.update_milestone(id, &outside, today).unwrap_err();
    assert!(
        err.message.contains("outside this plan") && err.message.contains("2027-02-28"),
        "{}",
        err.message
    );

    let empty = MilestoneDraft {
        title: "  ".into(),
        ..Default::default()
    };
    assert!(t
        .store
        .update_milestone(id, &empty, today)
        .unwrap_err()
        .message
        .contains("empty"));
    assert!(t
        .store
        .create_plan(&new_plan("next March"), today)
        .unwrap_err()
        .message
        .contains("YYYY-MM"));
    assert!(t
        .store
        .add_milestone(plan.id, 5, "Q5?", today)
        .unwrap_err()
        .message
        .contains("quarters 1 to 4"));
    assert!(t.store.move_milestone(id, 0, 0, today).is_err());
    assert_eq!(
        t.store.add_milestone(999, 1, "x", today).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(
        t.store.link_evidence(id, 999, today).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(
        t.store.link_evidence(999, e.id, today).unwrap_err().kind,
        ErrorKind::NotFound
    );
    let long_goals = "g".repeat(70 * 1024);
    assert!(t
        .store
        .update_quarter(plan.id, 1, "Business context", &long_goals, today)
        .is_err());
    assert!(t.store.update_quarter(plan.id, 1, "", "", today).is_err());
    let long_note = MilestoneDraft {
        title: "x".into(),
        status_note: "n".repeat(2001),
        ..Default::default()
    };
    assert!(t.store.update_milestone(id, &long_note, today).is_err());

    assert_eq!(dump(&t), before, "a rejected change wrote nothing");
}

#[test]
fn the_plan_view_opens_the_running_plan_else_the_latest_started_else_the_newest() {
    let today = d("2026-11-24");
    // Which of these plans opens first, given the ones that exist (archived in brackets).
    let opens_first = |plans: &[(&str, bool)]| -> Option<String> {
        let mut t = store();
        for (start, archived) in plans {
            let p = t.store.create_plan(&new_plan(start), today).unwrap();
            if *archived {
                t.store.set_plan_archived(p.id, true, today).unwrap();
            }
        }
        let list = t.store.list_plans(today).unwrap();
        assert!(list.iter().filter(|p| p.opens_first).count() <= 1);
        let first = list.into_iter().find(|p| p.opens_first);
        assert_eq!(
            first.as_ref().map(|p| p.id),
            t.store.plan_to_open(today).unwrap()
        );
        first.map(|p| p.start.format("%Y-%m").to_string())
    };
    let all = [
        ("2024-01", false),
        ("2025-12", true),
        ("2026-03", false),
        ("2027-03", false),
    ];
    assert_eq!(opens_first(&all).as_deref(), Some("2026-03"));
    let no_running = [all[0], all[1], all[3]];
    assert_eq!(opens_first(&no_running).as_deref(), Some("2024-01"));
    assert_eq!(opens_first(&[all[3]]).as_deref(), Some("2027-03"));
    assert_eq!(opens_first(&[]), None);
}

#[test]
fn an_untitled_plan_is_named_after_its_years_and_quarters_after_their_months() {
    let today = d("2026-11-24");
    let title = |m: &str| waypoint_core::plan::default_plan_title(m, today);
    assert_eq!(title("2026-01").unwrap(), "Strategist Track 2026");
    assert_eq!(title("2026-03").unwrap(), "Strategist Track 2026–27");
    assert_eq!(title("2031-12").unwrap(), "Strategist Track 2031–32");
    assert_eq!(title("soon").unwrap_err().kind, ErrorKind::InvalidInput);
    let mut t = store();
    let plan = t.store.create_plan(&new_plan("2026-12"), today).unwrap();
    assert_eq!(plan.months, "Dec 2026–Nov 2027");
    assert_eq!(plan.quarters[0].months, "Dec 2026–Feb 2027");
    assert_eq!(plan.quarters[1].months, "Mar–May 2027");
}

/// The titles of each quarter's milestones, in order.
fn layout(plan: &Plan) -> Vec<Vec<String>> {
    let titles =
        |q: &waypoint_core::plan::Quarter| q.milestones.iter().map(|m| m.title.clone()).collect();
    plan.quarters.iter().map(titles).collect()
}

/// A plan whose quarters hold exactly these milestones (the template's removed).
fn plan_of(t: &mut TestStore, quarters: [&[&str]; 4]) -> Plan {
    let today = d("2026-11-24");
    let mut plan = t.store.create_plan(&new_plan("2026-03"), today).unwrap();
    for m in plan.quarters.iter().flat_map(|q| &q.milestones) {
        t.store.remove_milestone(m.id, today).unwrap();
    }
    for (q, titles) in (1u8..).zip(quarters) {
        for title in titles {
            plan = t.store.add_milestone(plan.id, q, title, today).unwrap();
        }
    }
    plan
}

#[test]
fn a_milestone_steps_up_and_down_the_plan_and_across_quarter_edges() {
    let today = d("2026-11-24");
    let mut t = store();
    let plan = plan_of(&mut t, [&["a", "b"], &[], &["c"], &[]]);
    let id = |p: &Plan, title: &str| {
        let all = p.quarters.iter().flat_map(|q| &q.milestones);
        all.clone().find(|m| m.title == title).unwrap().id
    };
    let (a, b, c) = (id(&plan, "a"), id(&plan, "b"), id(&plan, "c"));
    let step = |t: &mut TestStore, m: i64, s: Step| t.store.step_milestone(m, s, today).unwrap();
    let moves: Vec<bool> = [a, b, c]
        .iter()
        .flat_map(|&m| {
            let m = plan
                .quarters
                .iter()
                .flat_map(|q| &q.milestones)
                .find(|x| x.id == m)
                .unwrap();
            [m.can_move_up, m.can_move_down]
        })
        .collect();
    // Only the plan's very first milestone is stuck upwards; none is last in quarter 4.
    assert_eq!(moves, [false, true, true, true, true, true]);

    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // Within a quarter.
    let p = step(&mut t, b, Step::Up);
    assert_eq!(layout(&p), [s(&["b", "a"]), s(&[]), s(&["c"]), s(&[])]);
    let p = step(&mut t, b, Step::Down);
    assert_eq!(layout(&p), [s(&["a", "b"]), s(&[]), s(&["c"]), s(&[])]);
    // At a quarter's edge: to the start of the one after, the end of the one before.
    let p = step(&mut t, b, Step::Down);
    assert_eq!(layout(&p), [s(&["a"]), s(&["b"]), s(&["c"]), s(&[])]);
    let p = step(&mut t, c, Step::Up);
    assert_eq!(layout(&p), [s(&["a"]), s(&["b", "c"]), s(&[]), s(&[])]);
    step(&mut t, c, Step::Down);
    let p = step(&mut t, c, Step::Down);
    assert_eq!(layout(&p), [s(&["a"]), s(&["b"]), s(&[]), s(&["c"])]);
    let last = p.quarters[3].milestones[0].clone();
    assert!(!last.can_move_down && last.can_move_up);

    // The very first and last places refuse, and say why; nothing changes.
    let before = dump(&t);
    let up = t.store.step_milestone(a, Step::Up, today).unwrap_err();
    assert!(up.message.contains("first milestone"), "{}", up.message);
    let down = t.store.step_milestone(c, Step::Down, today).unwrap_err();
    assert!(down.message.contains("last milestone"), "{}", down.message);
    let unknown = t.store.step_milestone(999, Step::Down, today).unwrap_err();
    assert_eq!(unknown.kind, ErrorKind::NotFound);
    assert_eq!(dump(&t), before);
}

#[test]
fn the_new_plan_form_suggests_this_month_in_the_first_year_without_a_plan() {
    let today = d("2026-11-24");
    let mut t = store();
    assert_eq!(t.store.suggested_plan_start(today).unwrap(), "2026-11");
    for start in ["2026-01", "2027-03", "2029-09"] {
        t.store.create_plan(&new_plan(start), today).unwrap();
    }
    assert_eq!(t.store.suggested_plan_start(today).unwrap(), "2028-11");
}

#[test]
fn a_milestone_remembers_the_day_it_was_done_until_it_is_reopened() {
    let mut t = store();
    let plan = t
        .store
        .create_plan(&new_plan("2026-03"), d("2026-03-02"))
        .unwrap();
    let id = milestone(&plan, 1, 0);
    let done_on = |p: &Plan| p.quarters[0].milestones[0].done_on;
    assert_eq!(done_on(&plan), None);

    let p = set(&mut t.store, id, MilestoneStatus::Done, d("2026-04-14"));
    assert_eq!(done_on(&p), Some(d("2026-04-14")));
    // Edited later while still done: the day stays.
    let draft = MilestoneDraft {
        title: "Shadow product for two weeks".into(),
        target_date: String::new(),
        status: MilestoneStatus::Done,
        status_note: "With the payments team.".into(),
    };
    let p = t
        .store
        .update_milestone(id, &draft, d("2026-05-01"))
        .unwrap();
    assert_eq!(done_on(&p), Some(d("2026-04-14")));
    // Reopened, then done again: the new day.
    let p = set(
        &mut t.store,
        id,
        MilestoneStatus::InProgress,
        d("2026-05-02"),
    );
    assert_eq!(done_on(&p), None);
    let p = t
        .store
        .update_milestone(id, &draft, d("2026-05-20"))
        .unwrap();
    assert_eq!(done_on(&p), Some(d("2026-05-20")));
    let p = set(&mut t.store, id, MilestoneStatus::Skipped, d("2026-05-21"));
    assert_eq!(done_on(&p), None, "skipped is not done");
}
