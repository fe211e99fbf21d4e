//! Meeting load and stress on a real database file: check-ins, work settings, and the weekly
//! metrics of a real .ics file worked out by hand (tests/fixtures/ics/team-calendar.ics).

use crate::common::*;
use waypoint_core::calendar::{ImportOptions, ImportReport};
use waypoint_core::workload::{
    CheckInDraft, CheckInPeriod, HoursDrift, WeekMetrics, WorkRules, WorkSettings,
};
use waypoint_core::ErrorKind;

fn checkin(date: &str, stress: i64) -> CheckInDraft {
    CheckInDraft {
        period: CheckInPeriod::Week,
        date: date.into(),
        meeting_hours: Some(12.5),
        stress: Some(stress),
        energy: Some(6),
        imposter: Some(2),
        note: "Busy week".into(),
    }
}

fn berlin() -> WorkRules {
    WorkSettings {
        time_zone: "Europe/Berlin".into(),
        ..Default::default()
    }
    .rules(chrono_tz::UTC)
    .unwrap()
}

const TODAY: &str = "2026-11-27"; // a Friday

fn fixture() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/ics/team-calendar.ics"
    );
    std::fs::read(path).expect("fixture")
}

/// Imports the fixture as the app would on `today`.
fn import_fixture(t: &mut TestStore, today: chrono::NaiveDate, rules: &WorkRules) -> ImportReport {
    t.store
        .import_calendar(
            "team-calendar.ics",
            &fixture(),
            &ImportOptions::around(today, rules.tz),
        )
        .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_weekly_checkin_is_one_per_week_and_saving_again_replaces_it() {
    let mut t = store();
    let today = d(TODAY);
    let first = t
        .store
        .save_checkin(&checkin("2026-11-25", 6), today)
        .unwrap();
    assert_eq!(
        first.period_start,
        d("2026-11-23"),
        "stored under the week's Monday"
    );
    let again = t
        .store
        .save_checkin(&checkin("2026-11-27", 8), today)
        .unwrap();
    assert_eq!(again.id, first.id, "the same week's check-in, replaced");
    assert_eq!(again.stress, 8);
    let all = t.store.checkins_between(d("2026-01-01"), today).unwrap();
    assert_eq!(all.len(), 1);
    // A daily check-in is separate.
    let day = CheckInDraft {
        period: CheckInPeriod::Day,
        ..checkin("2026-11-26", 3)
    };
    t.store.save_checkin(&day, today).unwrap();
    assert_eq!(
        t.store
            .checkins_between(d("2026-01-01"), today)
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn bad_checkins_are_explained_and_change_nothing() {
    let mut t = store();
    let today = d(TODAY);
    t.store
        .save_checkin(&checkin("2026-11-20", 5), today)
        .unwrap();
    let before = dump(&t);
    for (draft, expect) in [
        (checkin("2026-11-20", 11), "Stress is 11"),
        (checkin("2026-11-20", 0), "from 1 to 10"),
        (
            CheckInDraft {
                imposter: Some(6),
                ..checkin("2026-11-20", 5)
            },
            "imposter feeling is 6",
        ),
        (
            CheckInDraft {
                energy: Some(-1),
                ..checkin("2026-11-20", 5)
            },
            "Energy is -1",
        ),
        (
            CheckInDraft {
                meeting_hours: Some(200.0),
                ..checkin("2026-11-20", 5)
            },
            "0 to 168",
        ),
        (checkin("2026-12-24", 5), "in the future"),
        (checkin("next friday", 5), "YYYY-MM-DD"),
        (
            CheckInDraft {
                note: "x".repeat(1001),
                ..checkin("2026-11-20", 5)
            },
            "limit is 1000",
        ),
    ] {
        let err = t.store.save_checkin(&draft, today).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert!(
            err.message.contains(expect),
            "{} (wanted {expect})",
            err.message
        );
    }
    let bad = WorkSettings {
        day_start: "25:00".into(),
        ..Default::default()
    };
    assert!(t.store.save_work_settings(&bad).is_err());
    assert_eq!(dump(&t), before);
}

fn week(weeks: &[WeekMetrics], monday: &str) -> WeekMetrics {
    weeks
        .iter()
        .find(|w| w.week_start == d(monday))
        .cloned()
        .expect("week listed")
}

#[test]
fn the_fixture_calendar_gives_the_hand_worked_week() {
    let mut t = store();
    let rules = berlin();
    let today = d(TODAY);
    import_fixture(&mut t, today, &rules);
    let weeks = t
        .store
        .weekly_metrics(d("2026-11-16"), today, &rules)
        .unwrap();
    assert_eq!(weeks.len(), 2);
    let w = week(&weeks, "2026-11-16");
    let l = w.load.expect("the calendar covers the week");
    // Stand-up 5 × 0.5 h, planning 1.5 h, leadership sync 1.5 h (after hours); the declined
    // vendor demo, the all-day offsite and the solo focus block are not meetings.
    assert!(close(l.meeting_hours, 5.5), "{}", l.meeting_hours);
    assert!(close(l.blocked_hours, 3.0));
    assert!(close(l.busy_hours, 8.5));
    assert!(close(l.after_hours_meeting_hours, 1.5));
    assert!(close(l.meeting_share, 4.0 / 40.0));
    assert!(close(l.focus_hours, 29.5), "{}", l.focus_hours);
    assert!(close(l.fragmented_hours, 3.5), "{}", l.fragmented_hours);
    assert_eq!(l.meeting_count, 7);
    assert_eq!((l.back_to_back_runs, l.longest_run), (1, 2));
    assert_eq!(l.top_series.unwrap().summary, "Team stand-up");
    assert_eq!(w.meeting_hours, Some(l.meeting_hours));

    // Naming the owner changes nothing here, and a re-import changes nothing either.
    let named = WorkSettings {
        time_zone: "Europe/Berlin".into(),
        owner_addresses: vec!["me@corp.example".into()],
        ..Default::default()
    };
    t.store.save_work_settings(&named).unwrap();
    let again = import_fixture(&mut t, today, &rules);
    assert_eq!((again.added, again.removed), (0, 0));
    let w2 = week(
        &t.store
            .weekly_metrics(
                d("2026-11-16"),
                today,
                &named.rules(chrono_tz::UTC).unwrap(),
            )
            .unwrap(),
        "2026-11-16",
    );
    assert!(close(w2.load.unwrap().meeting_hours, 5.5));
}

#[test]
fn the_overview_joins_checkins_prefills_and_explains_missing_data() {
    let mut t = store();
    let rules = berlin();
    let today = d(TODAY);
    let due = t.store.checkin_due(today, &rules).unwrap();
    assert!(due.due, "Friday without a check-in");
    assert_eq!(due.suggested_meeting_hours, None, "no calendar yet");
    import_fixture(&mut t, today, &rules);
    let due = t.store.checkin_due(today, &rules).unwrap();
    assert_eq!(due.suggested_meeting_hours, Some(5.5));
    t.store.save_checkin(&checkin(TODAY, 7), today).unwrap();
    assert!(!t.store.checkin_due(today, &rules).unwrap().due);

    let o = t.store.workload_overview(today, 12, &rules).unwrap();
    assert_eq!(o.weeks.len(), 12);
    assert_eq!(o.weeks.last().unwrap().week_start, d("2026-11-23"));
    assert_eq!(o.weeks.last().unwrap().stress, Some(7.0));
    assert!(o.has_calendar);
    assert!(o.correlation.same_week.is_none());
    assert!(
        o.correlation.summary.contains("1 of the 8 weeks"),
        "{}",
        o.correlation.summary
    );
    // 10% of working hours in meetings: that signal stays quiet; focus is plentiful.
    assert!(o.signals.iter().all(|s| !s.active), "{:?}", o.signals);

    let detail = t
        .store
        .week_detail(d("2026-11-18"), 0, today, &rules)
        .unwrap();
    assert_eq!(detail.week.week_start, d("2026-11-16"));
    assert_eq!(detail.week.week_end, d("2026-11-22"));
    assert_eq!(
        detail.weeks_from_today, -1,
        "last week, seen from Friday 27 November"
    );
    let standups = detail
        .occurrences
        .iter()
        .filter(|o| o.summary == "Team stand-up")
        .count();
    assert_eq!(standups, 5);
    let first = &detail.occurrences[0];
    assert_eq!(
        first.start.format("%a %H:%M").to_string(),
        "Mon 09:30",
        "local time"
    );

    let days = t.store.stress_days(2026).unwrap();
    assert_eq!(days.len(), 7, "the weekly check-in colours its 7 days");
    assert!(days.iter().all(|x| x.from_week && x.stress == 7));
}

#[test]
fn checkin_errors_name_their_field() {
    let mut t = store();
    let today = d(TODAY);
    let field = |s: &mut waypoint_core::Store, draft: CheckInDraft| {
        s.save_checkin(&draft, today).unwrap_err().field
    };
    let ok = checkin("2026-11-20", 5);
    let cases = [
        (checkin("2026-11-20", 11), "stress"),
        (
            CheckInDraft {
                energy: Some(0),
                ..ok.clone()
            },
            "energy",
        ),
        (
            CheckInDraft {
                imposter: Some(6),
                ..ok.clone()
            },
            "imposter",
        ),
        (
            CheckInDraft {
                meeting_hours: Some(-1.0),
                ..ok.clone()
            },
            "meeting_hours",
        ),
        (checkin("2026-12-24", 5), "date"),
        (
            CheckInDraft {
                note: "x".repeat(1001),
                ..ok.clone()
            },
            "note",
        ),
    ];
    for (draft, expected) in cases {
        assert_eq!(field(&mut t.store, draft), Some(expected.to_string()));
    }
    let bad_day = WorkSettings {
        day_end: "08:00".into(),
        ..Default::default()
    };
    let err = t.store.save_work_settings(&bad_day).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("day_end"));
}

#[test]
fn a_checkin_and_the_work_settings_report_every_bad_field_at_once() {
    let mut t = store();
    let bad = CheckInDraft {
        energy: Some(0),
        imposter: Some(6),
        ..checkin("2026-11-20", 11)
    };
    let err = t.store.save_checkin(&bad, d(TODAY)).unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["stress", "energy", "imposter"]);
    assert!(err.problems[0].message.contains("Stress is 11"));

    let bad = WorkSettings {
        day_start: "25:00".into(),
        time_zone: "Mars/Olympus".into(),
        owner_addresses: vec!["me@example.com".into(), "not an address".into()],
        ..Default::default()
    };
    let err = t.store.save_work_settings(&bad).unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["time_zone", "day_start", "owner_addresses"]);
    assert!(err.problems[0].message.contains("Mars/Olympus"));
    assert!(err.problems[1].message.contains("25:00"));
    assert_eq!(t.store.work_settings().unwrap(), WorkSettings::default());
}

#[test]
fn empty_checkin_fields_are_reported_with_the_bad_ones() {
    let mut t = store();
    let bad = CheckInDraft {
        energy: None,
        imposter: None,
        ..checkin("2026-11-20", 11)
    };
    let err = t.store.save_checkin(&bad, d(TODAY)).unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["stress", "energy", "imposter"]);
    assert!(err.problems[1].message.contains("Energy is missing"));
    assert!(t
        .store
        .checkin(CheckInPeriod::Week, d("2026-11-16"))
        .unwrap()
        .is_none());
}

#[test]
fn a_calendar_covers_what_it_spans_and_weeks_before_it_have_no_data() {
    let mut t = store();
    let rules = berlin();
    let today = d(TODAY);
    let report = import_fixture(&mut t, today, &rules);
    // The series start on Monday 6 January 2025 and never end: they run to the window's end.
    let covers = report.source.covers.expect("it has occurrences");
    assert_eq!(covers.from, d("2025-01-06"));
    let window_end = report.source.window_to;
    assert!(covers.to <= window_end && covers.to > window_end - chrono::Days::new(8));
    let weeks = t
        .store
        .weekly_metrics(d("2024-12-23"), d("2025-01-06"), &rules)
        .unwrap();
    // Before the first event: no calendar covers the week (not "no meetings, 40 h focus").
    assert_eq!(week(&weeks, "2024-12-23").load, None);
    assert_eq!(week(&weeks, "2024-12-30").load, None);
    assert_eq!(week(&weeks, "2024-12-30").meeting_hours, None);
    assert!(week(&weeks, "2025-01-06").load.is_some());
    // A calendar with no occurrence in the window covers nothing.
    let old = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n\
               UID:old@t\r\nDTSTAMP:19990101T000000Z\r\nDTSTART:19990104T090000Z\r\n\
               DTEND:19990104T100000Z\r\nSUMMARY:Long ago\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let empty = t
        .store
        .import_calendar(
            "old.ics",
            old.as_bytes(),
            &ImportOptions::around(today, rules.tz),
        )
        .unwrap();
    assert_eq!(empty.source.covers, None);
}

#[test]
fn a_checkin_keeps_its_hours_says_when_the_calendars_differ_and_can_be_updated() {
    let mut t = store();
    let rules = berlin();
    let today = d(TODAY);
    import_fixture(&mut t, today, &rules);
    let prefilled = t.store.checkin_due(today, &rules).unwrap();
    assert_eq!(prefilled.suggested_meeting_hours, Some(5.5));
    let draft = CheckInDraft {
        meeting_hours: prefilled.suggested_meeting_hours,
        ..checkin(TODAY, 7)
    };
    t.store.save_checkin(&draft, today).unwrap();
    let agreed = t.store.week_detail(today, 0, today, &rules).unwrap();
    assert_eq!(
        agreed.week.hours_drift, None,
        "the check-in took the calendar's hours"
    );

    // The user's other account, imported later: a three-hour guild meeting every Tuesday.
    let guild = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/ics/guild-calendar.ics"
    ))
    .expect("fixture");
    t.store
        .import_calendar(
            "guild-calendar.ics",
            &guild,
            &ImportOptions::around(today, rules.tz),
        )
        .unwrap();
    let drift = HoursDrift {
        checked_in: 5.5,
        calendar: 8.5,
    };
    let week = t.store.week_detail(today, 0, today, &rules).unwrap().week;
    assert_eq!(week.hours_drift, Some(drift.clone()));
    assert_eq!(
        week.checkin.as_ref().unwrap().meeting_hours,
        Some(5.5),
        "kept as checked in"
    );
    assert!(
        close(week.meeting_hours.unwrap(), 8.5),
        "the week's figure is the calendars'"
    );
    let due = t.store.checkin_due(today, &rules).unwrap();
    assert_eq!(due.hours_drift, Some(drift.clone()));
    let overview = t.store.workload_overview(today, 4, &rules).unwrap();
    assert_eq!(overview.weeks.last().unwrap().hours_drift, Some(drift));

    let updated = t.store.update_checkin_hours(today, &rules).unwrap();
    assert_eq!(updated.meeting_hours, Some(8.5));
    assert_eq!(
        (
            updated.stress,
            updated.energy,
            updated.imposter,
            updated.note.as_str()
        ),
        (7, 6, 2, "Busy week"),
        "only the hours change"
    );
    let week = t.store.week_detail(today, 0, today, &rules).unwrap().week;
    assert_eq!(week.hours_drift, None);
    assert_eq!(
        t.store.checkin_due(today, &rules).unwrap().hours_drift,
        None
    );
}

#[test]
fn updating_checkin_hours_needs_a_checkin_and_a_calendar() {
    let mut t = store();
    let rules = berlin();
    let today = d(TODAY);
    let none = t.store.update_checkin_hours(today, &rules).unwrap_err();
    assert_eq!(none.kind, ErrorKind::NotFound);
    assert!(
        none.message
            .contains("no check-in for the week of 2026-11-23"),
        "{}",
        none.message
    );

    t.store.save_checkin(&checkin(TODAY, 4), today).unwrap();
    let uncovered = t.store.update_checkin_hours(today, &rules).unwrap_err();
    assert!(
        uncovered.message.contains("No imported calendar covers"),
        "{}",
        uncovered.message
    );
    let kept = t
        .store
        .checkin(CheckInPeriod::Week, d("2026-11-23"))
        .unwrap()
        .unwrap();
    assert_eq!(
        kept.meeting_hours,
        Some(12.5),
        "a refused update changes nothing"
    );
    // Hours typed by hand with no calendar: nothing to compare, so no drift.
    let week = t.store.week_detail(today, 0, today, &rules).unwrap().week;
    assert_eq!(week.hours_drift, None);
}
