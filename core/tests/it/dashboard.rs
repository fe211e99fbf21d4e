//! The home dashboard and the prompt library on a real database file.

use crate::common::*;
use waypoint_core::competency::RatingInput;
use waypoint_core::journal::EntryKind;
use waypoint_core::plan::{MilestoneStatus, NewPlan};
use waypoint_core::prompts::PromptDraft;
use waypoint_core::time::PartOfDay;
use waypoint_core::ErrorKind;

#[test]
fn a_new_journal_has_an_empty_but_useful_dashboard() {
    let mut t = store();
    let dash = t
        .store
        .dashboard(d("2026-11-24").and_hms_opt(8, 30, 0).unwrap())
        .unwrap();
    assert_eq!(dash.part_of_day, PartOfDay::Morning);
    assert!(dash.plan.is_none() && dash.quarter.is_none());
    assert!(
        dash.next_up.is_empty() && dash.overdue.is_empty() && dash.retrospectives_due.is_empty()
    );
    assert_eq!((dash.entry_count, dash.days_since_last_entry), (0, None));
    assert_eq!(dash.radar.len(), 9, "the default IC senior profile");
    assert!(dash.radar.iter().all(|a| a.latest.is_none()));
    // Prompts from the default target's competencies, even before any plan or rating, which
    // do not speak of "your" target before the user chose one.
    assert_eq!(dash.prompts.len(), 5);
    assert!(
        dash.prompts
            .iter()
            .all(|p| p.reason.starts_with("Until you choose a target level: ")),
        "{:?}",
        dash.prompts
    );
    let chosen = t.store.competency_profile().unwrap();
    t.store.save_competency_profile(&chosen).unwrap();
    let dash = t
        .store
        .dashboard(d("2026-11-24").and_hms_opt(8, 30, 0).unwrap())
        .unwrap();
    assert!(dash
        .prompts
        .iter()
        .all(|p| p.reason.starts_with("From your target level: ")));
}

#[test]
fn the_dashboard_follows_the_plan_the_journal_and_the_reviews() {
    let mut t = store();
    let plan = t
        .store
        .create_plan(
            &NewPlan {
                start_month: "2026-03".into(),
                title: None,
            },
            d("2026-03-01"),
        )
        .unwrap();
    let q1 = &plan.quarters[0].milestones;
    t.store
        .set_milestone_status(q1[0].id, MilestoneStatus::Done, d("2026-03-01"))
        .unwrap();
    t.store
        .set_milestone_status(q1[1].id, MilestoneStatus::Skipped, d("2026-03-01"))
        .unwrap();
    t.store
        .create_entry(
            &dated(
                "Board meeting notes",
                "",
                "2026-06-08",
                EntryKind::MeetingNote,
                &[],
            ),
            today(),
        )
        .unwrap();
    t.store
        .create_entry(
            &dated(
                "Planned ahead",
                "",
                "2026-07-01",
                EntryKind::Reflection,
                &[],
            ),
            today(),
        )
        .unwrap();
    let o = t.store.competency_overview().unwrap();
    let coaching = o
        .competencies
        .iter()
        .find(|c| c.competency.name == "Coaching")
        .unwrap();
    t.store
        .record_self_review(
            &[RatingInput {
                competency_id: coaching.competency.id,
                rating: 2,
                note: String::new(),
            }],
            d("2026-06-01"),
        )
        .unwrap();

    let today = d("2026-06-10");
    let dash = t
        .store
        .dashboard(today.and_hms_opt(21, 0, 0).unwrap())
        .unwrap();
    let q = dash.quarter.as_ref().expect("inside the plan");
    assert_eq!((q.number, q.focus.as_str()), (2, "Strategic thinking"));
    assert_eq!(q.milestones.len(), 4);
    assert_eq!(dash.plan.as_ref().unwrap().progress.done, 1);
    // Q1 ended with two open milestones: they are overdue, and its retrospective is due.
    let overdue: Vec<_> = dash.overdue.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(
        overdue,
        ["Learn the P&L", "Present a feature using business metrics"]
    );
    assert_eq!(dash.retrospectives_due.len(), 1);
    assert_eq!(
        (
            dash.retrospectives_due[0].quarter,
            dash.retrospectives_due[0].ended_on
        ),
        (1, d("2026-05-31"))
    );
    assert_eq!(dash.next_up.len(), 3);
    assert!(dash.next_up.iter().all(|m| m.quarter == 2 && !m.overdue));
    // Days since the last entry ignore the future-dated one.
    assert_eq!(dash.last_entry_on, Some(d("2026-06-08")));
    assert_eq!(dash.days_since_last_entry, Some(2));
    assert_eq!(dash.entry_count, 2);
    let axis = dash.radar.iter().find(|a| a.name == "Coaching").unwrap();
    assert_eq!(axis.latest, Some(2));
    assert_eq!(dash.last_review_on, Some(d("2026-06-01")));
    // Prompts: three from Q2's focus, then the weakest rated competency.
    assert_eq!(dash.prompts.len(), 4);
    assert!(dash.prompts[..3]
        .iter()
        .all(|p| p.reason == "Q2 focus: Strategic thinking"));
    assert_eq!(
        dash.prompts[3].reason,
        "Your lowest rating: Coaching (2 of 5)"
    );
    assert_eq!(dash.prompts[3].tags, vec!["coaching"]);

    // Writing the retrospective clears the reminder.
    t.store.start_retrospective(plan.id, 1, today).unwrap();
    let dash = t
        .store
        .dashboard(today.and_hms_opt(21, 0, 0).unwrap())
        .unwrap();
    assert!(dash.retrospectives_due.is_empty());
    assert_eq!(dash.entry_count, 3);
    assert_eq!(
        dash.days_since_last_entry,
        Some(2),
        "the retrospective is dated the quarter's end, before the latest entry"
    );
}

#[test]
fn the_prompt_library_is_editable_and_hidden_prompts_are_not_offered() {
    let mut t = store();
    let today = d("2026-04-01");
    t.store
        .create_plan(
            &NewPlan {
                start_month: "2026-03".into(),
                title: None,
            },
            today,
        )
        .unwrap();
    let prompts = t.store.list_prompts().unwrap();
    let q1: Vec<_> = prompts.iter().filter(|p| p.quarter == Some(1)).collect();
    assert_eq!(q1.len(), 5);
    assert!(prompts.iter().filter(|p| p.competency_id.is_some()).count() >= 32);
    assert!(prompts.iter().all(|p| p.builtin && !p.hidden));

    // Hide every built-in Q1 prompt and add one of our own: only ours is offered for Q1.
    for p in &q1 {
        t.store.set_prompt_hidden(p.id, true).unwrap();
    }
    let list = t
        .store
        .add_prompt(&PromptDraft {
            quarter: Some(1),
            competency_id: None,
            text: "Who decides the budget?".into(),
        })
        .unwrap();
    let mine = list
        .iter()
        .find(|p| p.text == "Who decides the budget?")
        .unwrap();
    assert!(!mine.builtin);
    let offered = t.store.suggest_prompts(today).unwrap();
    let from_q1: Vec<_> = offered
        .iter()
        .filter(|s| s.reason.starts_with("Q1"))
        .collect();
    assert_eq!(from_q1.len(), 1);
    assert_eq!(from_q1[0].prompt_id, mine.id);

    let list = t
        .store
        .update_prompt(mine.id, "Who really decides the budget?")
        .unwrap();
    assert!(list
        .iter()
        .any(|p| p.id == mine.id && p.text == "Who really decides the budget?"));

    let before = dump(&t);
    assert!(t
        .store
        .add_prompt(&PromptDraft {
            quarter: Some(1),
            competency_id: Some(1),
            text: "x".into()
        })
        .is_err());
    assert!(t
        .store
        .add_prompt(&PromptDraft {
            quarter: None,
            competency_id: None,
            text: "x".into()
        })
        .is_err());
    assert!(t
        .store
        .add_prompt(&PromptDraft {
            quarter: Some(9),
            competency_id: None,
            text: "x".into()
        })
        .is_err());
    assert!(t
        .store
        .update_prompt(mine.id, "  ")
        .unwrap_err()
        .message
        .contains("empty"));
    assert_eq!(
        t.store.set_prompt_hidden(99999, true).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(dump(&t), before);
}
