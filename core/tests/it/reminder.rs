//! The weekly check-in reminder: due from the user's day, and on the desktop once a week at
//! the user's time while the week has no check-in. Days are pinned (the week of Monday
//! 2026-11-23); times are the user's wall clock, as the shell passes them in.

use chrono::NaiveDateTime;
use waypoint_core::workload::{CheckInDraft, CheckInPeriod, ReminderSettings};
use waypoint_core::ErrorKind;

use crate::common::{d, dump, store};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("a YYYY-MM-DD HH:MM time")
}

fn tuesdays_at_half_past_nine() -> ReminderSettings {
    ReminderSettings {
        desktop: true,
        weekday: 2,
        time: "09:30".into(),
    }
}

fn weekly(date: &str) -> CheckInDraft {
    CheckInDraft {
        period: CheckInPeriod::Week,
        date: date.into(),
        meeting_hours: Some(10.0),
        stress: Some(4),
        energy: Some(6),
        imposter: Some(2),
        note: String::new(),
    }
}

#[test]
fn desktop_reminders_are_off_until_the_user_turns_them_on_and_friday_is_the_day() {
    let t = store();
    let s = t.store.reminder_settings().unwrap();
    assert_eq!(s, ReminderSettings::default());
    assert!(!s.desktop);
    assert_eq!((s.weekday, s.time.as_str()), (5, "16:00"));
    assert_eq!(t.store.next_reminder(at("2026-11-27 17:00")).unwrap(), None);
}

#[test]
fn the_next_reminder_is_this_weeks_moment_then_now_once_it_passed_then_next_weeks() {
    let mut t = store();
    t.store
        .save_reminder_settings(&tuesdays_at_half_past_nine())
        .unwrap();
    // Monday: Tuesday morning is next.
    assert_eq!(
        t.store.next_reminder(at("2026-11-23 10:00")).unwrap(),
        Some(at("2026-11-24 09:30"))
    );
    // The moment passed with the app closed: as soon as it runs.
    assert_eq!(
        t.store.next_reminder(at("2026-11-26 08:15")).unwrap(),
        Some(at("2026-11-26 08:15"))
    );
    // Shown: not again this week.
    t.store.reminder_shown(at("2026-11-26 08:15")).unwrap();
    assert_eq!(
        t.store.next_reminder(at("2026-11-26 08:16")).unwrap(),
        Some(at("2026-12-01 09:30"))
    );
    // Late on Sunday it is still that week; on Monday the new week's moment comes.
    assert_eq!(
        t.store.next_reminder(at("2026-11-29 23:59")).unwrap(),
        Some(at("2026-12-01 09:30"))
    );
    assert_eq!(
        t.store.next_reminder(at("2026-11-30 00:00")).unwrap(),
        Some(at("2026-12-01 09:30"))
    );
}

#[test]
fn a_week_that_has_its_check_in_gets_no_reminder() {
    let mut t = store();
    t.store
        .save_reminder_settings(&tuesdays_at_half_past_nine())
        .unwrap();
    t.store
        .save_checkin(&weekly("2026-11-24"), d("2026-11-24"))
        .unwrap();
    assert_eq!(
        t.store.next_reminder(at("2026-11-25 12:00")).unwrap(),
        Some(at("2026-12-01 09:30"))
    );
}

#[test]
fn the_weekly_check_in_is_due_from_the_chosen_day() {
    let mut t = store();
    let rules = t
        .store
        .work_settings()
        .unwrap()
        .rules(chrono_tz::Tz::UTC)
        .unwrap();
    let due = |s: &waypoint_core::Store, day: &str| s.checkin_due(d(day), &rules).unwrap().due;
    assert!(!due(&t.store, "2026-11-26"), "Thursday, by default not yet");
    assert!(due(&t.store, "2026-11-27"), "Friday, by default");
    t.store
        .save_reminder_settings(&tuesdays_at_half_past_nine())
        .unwrap();
    assert!(
        !due(&t.store, "2026-11-23"),
        "Monday, before the chosen Tuesday"
    );
    assert!(due(&t.store, "2026-11-24"), "the chosen Tuesday");
    assert!(due(&t.store, "2026-11-29"), "and until the week ends");
}

#[test]
fn a_day_and_a_time_that_are_not_are_refused_each_by_its_field_and_change_nothing() {
    let mut t = store();
    let before = dump(&t);
    let e = t
        .store
        .save_reminder_settings(&ReminderSettings {
            desktop: true,
            weekday: 9,
            time: "25:00".into(),
        })
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    let fields: Vec<&str> = e.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["weekday", "time"]);
    assert!(
        e.problems[0].message.contains("Monday (1) to Sunday (7)"),
        "{e:?}"
    );
    assert!(e.problems[1].message.contains("HH:MM"), "{e:?}");
    assert_eq!(dump(&t), before);
}
