//! Expansion tests on minimal calendars: each states one RFC 5545 rule (or a calcard bug it
//! works around) and the occurrences it must give.

use crate::time::testing::utc;
use calcard::icalendar::ICalendar;

use super::super::tz::Zones;
use super::*;

fn run_with(body: &str, complete: Option<Vec<bool>>) -> (Expansion, Vec<(i64, i64, i64)>) {
    let text = format!("BEGIN:VCALENDAR\nVERSION:2.0\n{body}END:VCALENDAR\n");
    let cal = ICalendar::parse(&text).expect("calendar");
    let zones = Zones::new(&cal, chrono_tz::Europe::Berlin);
    let win = Window::new(utc("2024-01-01 00:00"), utc("2025-01-01 00:00"));
    let complete = complete.unwrap_or_else(|| vec![true; cal.components.len()]);
    let exp = expand(&cal, &complete, &zones, &win, &mut Budget::new()).expect("expand");
    let times = exp
        .instances
        .iter()
        .map(|o| (o.start, o.end, o.recurrence_id))
        .collect();
    (exp, times)
}

fn run(body: &str) -> (Expansion, Vec<(i64, i64, i64)>) {
    run_with(body, None)
}

#[test]
fn a_series_starting_in_a_dst_gap_is_not_lost() {
    // calcard rejects such a DTSTART (InvalidDtStart) and loses the whole series.
    let (_, t) = run(
        "BEGIN:VEVENT\nUID:g\nDTSTART;TZID=Europe/Berlin:20240331T023000\n\
                      DURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\n",
    );
    let (a, b) = (utc("2024-03-31 01:30"), utc("2024-04-07 00:30"));
    assert_eq!(t, vec![(a, a + 3600, a), (b, b + 3600, b)]);
}

#[test]
fn date_until_and_date_exdate_on_a_timed_series_mean_whole_days() {
    let (_, t) = run(
        "BEGIN:VEVENT\nUID:d\nDTSTART;TZID=Europe/Berlin:20240902T100000\n\
                      RRULE:FREQ=DAILY;UNTIL=20240905\nEXDATE;VALUE=DATE:20240903\nEND:VEVENT\n",
    );
    let starts: Vec<i64> = t.iter().map(|x| x.0).collect();
    assert_eq!(
        starts,
        vec![
            utc("2024-09-02 08:00"),
            utc("2024-09-04 08:00"),
            utc("2024-09-05 08:00")
        ]
    );
}

#[test]
fn lengths_follow_rfc_5545_and_overrides_inherit_what_they_leave_out() {
    let (_, t) = run(
        "BEGIN:VEVENT\nUID:point\nDTSTART:20240902T100000Z\nEND:VEVENT\n\
                      BEGIN:VEVENT\nUID:day\nDTSTART;VALUE=DATE:20240910\nEND:VEVENT\n",
    );
    assert_eq!(t[0], (utc("2024-09-02 10:00"), utc("2024-09-02 10:00"), 0));
    assert_eq!(t[1], (utc("2024-09-09 22:00"), utc("2024-09-10 22:00"), 0));
    // An override with only a RECURRENCE-ID and a new summary: same slot, same length.
    let (exp, t) = run("BEGIN:VEVENT\nUID:s\nDTSTART:20240902T100000Z\nDTEND:20240902T104500Z\n\
                        RRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20240909T100000Z\nSUMMARY:x\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:s\nRECURRENCE-ID:20240902T100000Z\n\
                        DTSTART:20240902T120000Z\nEND:VEVENT\n");
    let (a, b) = (utc("2024-09-02 10:00"), utc("2024-09-09 10:00"));
    assert_eq!(t, vec![(a + 7200, a + 7200 + 2700, a), (b, b + 2700, b)]);
    assert_eq!((exp.instances[0].comp, exp.instances[1].comp), (3, 2));
    assert_eq!(exp.instances[1].master, Some(1));
}

#[test]
fn cut_off_and_duplicate_events_are_skipped_with_a_note() {
    let body = "BEGIN:VEVENT\nUID:a\nDTSTART:20240902T100000Z\nEND:VEVENT\n\
                BEGIN:VEVENT\nUID:a\nDTSTART:20240903T100000Z\nEND:VEVENT\n\
                BEGIN:VEVENT\nUID:b\nDTSTART:20240904T100000Z\nEND:VEVENT\n";
    let (exp, t) = run_with(body, Some(vec![false, true, true, false]));
    assert_eq!(
        t,
        vec![(utc("2024-09-02 10:00"), utc("2024-09-02 10:00"), 0)]
    );
    assert_eq!((exp.vevents, exp.skipped), (3, 2));
    let note = |comp: u32| exp.notes.iter().find(|n| n.comp == comp).expect("note");
    assert!(note(2).skipped && note(2).message.contains("same UID"));
    assert!(note(3).skipped && note(3).message.contains("cut off"));
}

#[test]
fn an_orphan_override_stands_alone_at_its_recurrence_id() {
    let (exp, t) = run("BEGIN:VEVENT\nUID:o\nRECURRENCE-ID:20240909T100000Z\n\
                        DTSTART:20240910T100000Z\nDTEND:20240910T110000Z\nEND:VEVENT\n");
    let s = utc("2024-09-10 10:00");
    assert_eq!(t, vec![(s, s + 3600, utc("2024-09-09 10:00"))]);
    assert!(exp.instances[0].series && exp.notes.is_empty());
}

#[test]
fn a_this_and_future_override_moves_every_later_occurrence() {
    // RFC 5545 §3.8.4.4: "from this week on" at 14:00 for 30 minutes; a later single
    // override still wins for its own slot.
    let (exp, t) = run("BEGIN:VEVENT\nUID:w\nDTSTART:20240902T100000Z\nDTEND:20240902T110000Z\n\
                        RRULE:FREQ=WEEKLY;COUNT=5\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:w\nRECURRENCE-ID;RANGE=THISANDFUTURE:20240916T100000Z\n\
                        DTSTART:20240916T140000Z\nDTEND:20240916T143000Z\nSUMMARY:moved\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:w\nRECURRENCE-ID:20240930T100000Z\n\
                        DTSTART:20240930T090000Z\nEND:VEVENT\n");
    let slot = |d: &str| utc(&format!("2024-{d} 10:00"));
    let moved = |d: &str| utc(&format!("2024-{d} 14:00"));
    assert_eq!(
        t,
        vec![
            (slot("09-02"), slot("09-02") + 3600, slot("09-02")),
            (slot("09-09"), slot("09-09") + 3600, slot("09-09")),
            (moved("09-16"), moved("09-16") + 1800, slot("09-16")),
            (moved("09-23"), moved("09-23") + 1800, slot("09-23")),
            // Without DTEND the single override keeps the length in effect for its slot.
            (
                slot("09-30") - 3600,
                slot("09-30") - 3600 + 3600,
                slot("09-30")
            ),
        ]
    );
    let comps: Vec<u32> = exp.instances.iter().map(|o| o.comp).collect();
    assert_eq!(comps, vec![1, 1, 2, 2, 3]);
    assert!(exp.instances[3].master == Some(1) && exp.notes.is_empty());
}

#[test]
fn an_override_is_one_occurrence_even_with_a_repeat_rule() {
    // Two overrides without their master, each carrying the series' RRULE: two occurrences
    // (calcard made 233 weekly ones of them), and the report says the rule was ignored.
    let (exp, t) = run("BEGIN:VEVENT\nUID:x\nRECURRENCE-ID:20240902T100000Z\n\
                        DTSTART:20240902T100000Z\nDTEND:20240902T110000Z\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:x\nRECURRENCE-ID:20240909T100000Z\n\
                        DTSTART:20240909T120000Z\nDTEND:20240909T130000Z\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n");
    let (a, b) = (utc("2024-09-02 10:00"), utc("2024-09-09 10:00"));
    assert_eq!(t, vec![(a, a + 3600, a), (b + 7200, b + 10800, b)]);
    assert_eq!(exp.notes.len(), 2);
    assert!(exp
        .notes
        .iter()
        .all(|n| !n.skipped && n.message.contains("RRULE")));
    // With its master, an override's own RRULE adds nothing either.
    let (_, t) = run(
        "BEGIN:VEVENT\nUID:y\nDTSTART:20240902T100000Z\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\n\
                      BEGIN:VEVENT\nUID:y\nRECURRENCE-ID:20240909T100000Z\n\
                      DTSTART:20240909T110000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\n",
    );
    assert_eq!(t.len(), 3);
}

#[test]
fn a_utc_value_is_utc_whatever_its_tzid_and_a_floating_end_takes_the_start_zone() {
    // RFC 5545 §3.3.5: a `Z` value is UTC; the TZID parameter is wrong but changes nothing.
    let (exp, t) = run("BEGIN:VEVENT\nUID:u\nDTSTART;TZID=America/New_York:20240902T120000Z\n\
                        DTEND:20240902T130000\nEND:VEVENT\n\
                        BEGIN:VEVENT\nUID:v\nDTSTART:20240903T120000Z\nDTEND:20240903T130000\nEND:VEVENT\n");
    let (a, b) = (utc("2024-09-02 12:00"), utc("2024-09-03 12:00"));
    assert_eq!(t, vec![(a, a + 3600, 0), (b, b + 3600, 0)]);
    assert!(exp.notes.is_empty(), "{:?}", exp.notes);
}

#[test]
fn several_repeat_rules_give_the_union_of_their_occurrences_and_say_so() {
    let (exp, t) = run("BEGIN:VEVENT\nUID:r\nDTSTART:20240902T100000Z\n\
                        RRULE:FREQ=WEEKLY;COUNT=2\nRRULE:FREQ=DAILY;INTERVAL=2;COUNT=2\nEND:VEVENT\n");
    let starts: Vec<i64> = t.iter().map(|x| x.0).collect();
    assert_eq!(
        starts,
        vec![
            utc("2024-09-02 10:00"),
            utc("2024-09-04 10:00"),
            utc("2024-09-09 10:00")
        ]
    );
    assert_eq!(exp.notes.len(), 1);
    assert!(exp.notes[0].message.contains("2 repeat rules (RRULE)"));
}
