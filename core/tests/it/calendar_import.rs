//! Calendar import on a real database file: recurrence, overrides, zones, DST, flags,
//! idempotent re-import, bad input, and every real-world fixture. Each expected time below
//! is worked out by hand from the file (UTC = local time minus the zone's offset that day).

use std::path::{Path, PathBuf};

use crate::common::{d, dump, store, TestStore};
use chrono::{NaiveDateTime, TimeZone};
use waypoint_core::calendar::{ImportOptions, ImportReport, StoredEvent, MAX_FILE_BYTES};
use waypoint_core::ErrorKind;

/// [2022-06-01, 2026-06-01) in Berlin: every fixture made for these tests falls inside.
fn opts() -> ImportOptions {
    ImportOptions::around(d("2025-06-01"), chrono_tz::Europe::Berlin)
}

fn utc(s: &str) -> i64 {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
        .expect("date-time")
        .and_utc()
        .timestamp()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ics")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import(d: &mut TestStore, name: &str, text: &str) -> ImportReport {
    d.store
        .import_calendar(name, text.as_bytes(), &opts())
        .unwrap_or_else(|e| panic!("{name}: {}", e.message))
}

fn all(d: &TestStore) -> Vec<StoredEvent> {
    d.store
        .calendar_events_between(i64::MIN, i64::MAX)
        .expect("events")
}

fn of_uid<'a>(events: &'a [StoredEvent], uid: &str) -> Vec<&'a StoredEvent> {
    events.iter().filter(|e| e.uid == uid).collect()
}

fn starts(events: &[&StoredEvent]) -> Vec<i64> {
    events.iter().map(|e| e.start_utc).collect()
}

fn cal(body: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//waypoint tests//EN\r\n{body}END:VCALENDAR\r\n"
    )
    .replace("\r\n", "\n")
    .replace('\n', "\r\n")
}

// --- calcard bugs B1–B7 (files from the research, /tmp/research/bugs) -----------------------

#[test]
fn b1_an_override_with_a_newer_sequence_moves_its_occurrence_without_a_duplicate() {
    let mut d = store();
    let r = d
        .store
        .import_calendar("bug1.ics", &fixture("bug1_sequence.ics"), &opts())
        .unwrap();
    assert_eq!((r.added, r.events), (4, 2));
    let ev = all(&d);
    assert_eq!(
        starts(&ev.iter().collect::<Vec<_>>()),
        vec![
            utc("2024-09-02 08:00"),
            utc("2024-09-09 12:00"),
            utc("2024-09-16 08:00"),
            utc("2024-09-23 08:00")
        ]
    );
    let moved = &ev[1];
    assert_eq!(moved.summary, "Weekly sync (moved)");
    assert_eq!(moved.recurrence_id, utc("2024-09-09 08:00"));
    assert_eq!(moved.end_utc, utc("2024-09-09 13:00"));
    assert!(moved.series);
    // The override lists no attendees: it keeps the series'.
    assert_eq!(moved.attendees.len(), 2);
    assert_eq!(ev[0].recurrence_id, ev[0].start_utc);
}

#[test]
fn b2_one_series_override_never_touches_another_series() {
    let mut d = store();
    d.store
        .import_calendar("bug2.ics", &fixture("bug2_multi_uid.ics"), &opts())
        .unwrap();
    let ev = all(&d);
    let b = of_uid(&ev, "series-b@example.com");
    let a = of_uid(&ev, "series-a@example.com");
    let weekly = vec![
        utc("2024-09-02 08:00"),
        utc("2024-09-09 08:00"),
        utc("2024-09-16 08:00"),
    ];
    assert_eq!(starts(&b), weekly);
    assert!(b.iter().all(|e| e.summary == "B standup"));
    assert_eq!(
        starts(&a),
        vec![
            utc("2024-09-02 08:00"),
            utc("2024-09-09 14:00"),
            utc("2024-09-16 08:00")
        ]
    );
    assert_eq!(a[1].summary, "A review (moved)");
}

#[test]
fn b3_until_in_utc_keeps_the_last_occurrence_and_adds_none() {
    let mut d = store();
    d.store
        .import_calendar("bug3.ics", &fixture("bug3_until.ics"), &opts())
        .unwrap();
    let ev = all(&d);
    // Berlin 10:00 CEST = 08:00Z; UNTIL is exactly the third start.
    assert_eq!(
        starts(&of_uid(&ev, "east@example.com")),
        vec![
            utc("2024-09-02 08:00"),
            utc("2024-09-09 08:00"),
            utc("2024-09-16 08:00")
        ]
    );
    // New York 20:00 EDT = 00:00Z the next day; the third (09-05 00:00Z) is after UNTIL.
    assert_eq!(
        starts(&of_uid(&ev, "west@example.com")),
        vec![utc("2024-09-03 00:00"), utc("2024-09-04 00:00")]
    );
}

#[test]
fn b4_times_in_dst_gaps_and_overlaps_follow_rfc_5545() {
    let mut d = store();
    d.store
        .import_calendar("bug4.ics", &fixture("bug4_dst.ics"), &opts())
        .unwrap();
    let ev = all(&d);
    // 03-24 02:30 CET = 01:30Z; 03-31 02:30 does not exist: read with the offset before the
    // gap (+01:00), 01:30Z; the RDATE 10-27 02:30 happens twice: the first (+02:00), 00:30Z.
    assert_eq!(
        starts(&of_uid(&ev, "gap@example.com")),
        vec![
            utc("2024-03-24 01:30"),
            utc("2024-03-31 01:30"),
            utc("2024-10-27 00:30")
        ]
    );
    // New York 2024-11-03 01:30 happens twice: the first (EDT, -04:00); 02:30 is EST.
    let amb = of_uid(&ev, "ambiguous@example.com");
    assert_eq!(amb.len(), 1);
    assert_eq!(
        (amb[0].start_utc, amb[0].end_utc, amb[0].recurrence_id),
        (utc("2024-11-03 05:30"), utc("2024-11-03 07:30"), 0)
    );
    assert!(!amb[0].series);
}

#[test]
fn b5_an_old_endless_series_does_not_starve_the_others() {
    let mut d = store();
    let r = d
        .store
        .import_calendar("bug5.ics", &fixture("bug5_limit.ics"), &opts())
        .unwrap();
    let ev = all(&d);
    assert_eq!(of_uid(&ev, "weekly@example.com").len(), 10);
    // Daily at 09:00Z from 2022-06-01 to 2026-05-31: 4 years with one 29 February.
    let daily = of_uid(&ev, "old-daily@example.com");
    assert_eq!(daily.len(), 1461);
    assert_eq!(daily[0].start_utc, utc("2022-06-01 09:00"));
    assert_eq!(daily[1460].start_utc, utc("2026-05-31 09:00"));
    assert!(r.truncated_series.is_empty());
}

#[test]
fn b6_exdate_and_overrides_apply_to_rdates_too() {
    let mut d = store();
    d.store
        .import_calendar("bug6.ics", &fixture("bug6_rdate_override.ics"), &opts())
        .unwrap();
    let ev = all(&d);
    assert_eq!(
        ev.iter()
            .map(|e| (e.start_utc, e.cancelled, e.recurrence_id))
            .collect::<Vec<_>>(),
        vec![
            (utc("2024-09-02 08:00"), false, utc("2024-09-02 08:00")),
            (utc("2024-09-05 08:00"), true, utc("2024-09-05 08:00")),
        ]
    );
}

#[test]
fn b7_a_utc_series_stays_in_utc_and_its_exdate_applies() {
    let mut d = store();
    d.store
        .import_calendar("bug7.ics", &fixture("bug7_utc_rrule.ics"), &opts())
        .unwrap();
    assert_eq!(
        starts(&all(&d).iter().collect::<Vec<_>>()),
        vec![utc("2024-09-02 09:00"), utc("2024-09-16 09:00")]
    );
}

#[test]
fn floating_times_use_x_wr_timezone_before_the_users_zone() {
    let mut d = store();
    d.store
        .import_calendar("floating.ics", &fixture("floating_xwr.ics"), &opts())
        .unwrap();
    // 09:00 in New York (EDT, -04:00), although the user is in Berlin.
    assert_eq!(
        starts(&all(&d).iter().collect::<Vec<_>>()),
        vec![utc("2024-09-02 13:00"), utc("2024-09-03 13:00")]
    );
    // Without X-WR-TIMEZONE the user's zone applies: 09:00 CEST = 07:00Z.
    let mut d = store();
    import(
        &mut d,
        "floating2.ics",
        &cal("BEGIN:VEVENT\nUID:f\nDTSTART:20240902T090000\nDTEND:20240902T100000\nEND:VEVENT\n"),
    );
    assert_eq!(all(&d)[0].start_utc, utc("2024-09-02 07:00"));
}

// --- recurrence, zones, DST, flags -----------------------------------------------------------

#[test]
fn a_weekly_series_with_one_moved_and_one_cancelled_occurrence() {
    let mut d = store();
    let r = import(
        &mut d,
        "team.ics",
        &cal("BEGIN:VEVENT\nUID:weekly-1\nSUMMARY:Team sync\n\
              DTSTART;TZID=Europe/Berlin:20240902T100000\nDTEND;TZID=Europe/Berlin:20240902T103000\n\
              RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:weekly-1\nSUMMARY:Team sync (moved to Tuesday)\n\
              RECURRENCE-ID;TZID=Europe/Berlin:20240909T100000\n\
              DTSTART;TZID=Europe/Berlin:20240910T150000\nDTEND;TZID=Europe/Berlin:20240910T153000\n\
              END:VEVENT\n\
              BEGIN:VEVENT\nUID:weekly-1\nSUMMARY:Team sync\nSTATUS:CANCELLED\n\
              RECURRENCE-ID;TZID=Europe/Berlin:20240916T100000\n\
              DTSTART;TZID=Europe/Berlin:20240916T100000\nDTEND;TZID=Europe/Berlin:20240916T103000\n\
              END:VEVENT\n"),
    );
    assert_eq!((r.added, r.events, r.cancelled), (5, 3, 1));
    let ev = all(&d);
    assert_eq!(
        ev.iter()
            .map(|e| (
                e.start_utc,
                e.end_utc - e.start_utc,
                e.cancelled,
                e.recurrence_id
            ))
            .collect::<Vec<_>>(),
        vec![
            (
                utc("2024-09-02 08:00"),
                1800,
                false,
                utc("2024-09-02 08:00")
            ),
            (
                utc("2024-09-10 13:00"),
                1800,
                false,
                utc("2024-09-09 08:00")
            ),
            (utc("2024-09-16 08:00"), 1800, true, utc("2024-09-16 08:00")),
            (
                utc("2024-09-23 08:00"),
                1800,
                false,
                utc("2024-09-23 08:00")
            ),
            (
                utc("2024-09-30 08:00"),
                1800,
                false,
                utc("2024-09-30 08:00")
            ),
        ]
    );
    assert_eq!(ev[1].summary, "Team sync (moved to Tuesday)");
}

#[test]
fn windows_zone_names_resolve_with_or_without_a_vtimezone() {
    let mut d = store();
    let r = import(
        &mut d,
        "outlook.ics",
        &cal("BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n\
              TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n\
              END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n\
              RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n\
              BEGIN:VEVENT\nUID:w1\nDTSTART;TZID=\"W. Europe Standard Time\":20240115T140000\n\
              DTEND;TZID=\"W. Europe Standard Time\":20240115T150000\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:p1\nDTSTART;TZID=Pacific Standard Time:20240715T090000\n\
              DTEND;TZID=Pacific Standard Time:20240715T093000\nEND:VEVENT\n"),
    );
    assert!(r.source.issues.is_empty(), "{:?}", r.source.issues);
    let ev = all(&d);
    assert_eq!(of_uid(&ev, "w1")[0].start_utc, utc("2024-01-15 13:00")); // CET
    assert_eq!(of_uid(&ev, "p1")[0].start_utc, utc("2024-07-15 16:00")); // PDT
}

#[test]
fn a_zone_only_the_file_defines_and_an_unknown_one_are_handled() {
    let mut d = store();
    let r = import(
        &mut d,
        "exchange.ics",
        &cal("BEGIN:VTIMEZONE\nTZID:Customized Time Zone 1\nBEGIN:STANDARD\nDTSTART:16010101T030000\n\
              TZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n\
              BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n\
              RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n\
              BEGIN:VEVENT\nUID:c1\nDTSTART;TZID=Customized Time Zone 1:20240708T090000\n\
              DTEND;TZID=Customized Time Zone 1:20240708T100000\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:c2\nDTSTART;TZID=Customized Time Zone 1:20240108T090000\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:u1\nDTSTART;TZID=Atlantis/Lost:20240708T090000\nEND:VEVENT\n"),
    );
    let ev = all(&d);
    assert_eq!(of_uid(&ev, "c1")[0].start_utc, utc("2024-07-08 13:00")); // -04:00 in July
    assert_eq!(of_uid(&ev, "c2")[0].start_utc, utc("2024-01-08 14:00")); // -05:00 in January
                                                                         // A DTSTART without DTEND or DURATION has no length (RFC 5545 §3.6.1).
    assert_eq!(of_uid(&ev, "c2")[0].end_utc, utc("2024-01-08 14:00"));
    // Unknown: read in the file's only other zone, and said so, with the line.
    assert_eq!(of_uid(&ev, "u1")[0].start_utc, utc("2024-07-08 13:00"));
    assert_eq!(r.source.issues.len(), 1, "{:?}", r.source.issues);
    let issue = &r.source.issues[0];
    assert_eq!((issue.line, issue.uid.as_deref()), (Some(28), Some("u1")));
    assert!(
        issue.message.contains("\"Atlantis/Lost\""),
        "{}",
        issue.message
    );
}

#[test]
fn a_week_across_the_eu_dst_change_keeps_09_00_local() {
    let mut d = store();
    import(
        &mut d,
        "dst.ics",
        &cal("BEGIN:VEVENT\nUID:standup\nSUMMARY:Standup\nDTSTART;TZID=Europe/Berlin:20240328T090000\n\
              DTEND;TZID=Europe/Berlin:20240328T091500\nRRULE:FREQ=DAILY;UNTIL=20240403T070000Z\n\
              END:VEVENT\n"),
    );
    let ev = all(&d);
    // 28–30 March: CET (+01:00) → 08:00Z; from 31 March: CEST (+02:00) → 07:00Z.
    assert_eq!(
        starts(&ev.iter().collect::<Vec<_>>()),
        vec![
            utc("2024-03-28 08:00"),
            utc("2024-03-29 08:00"),
            utc("2024-03-30 08:00"),
            utc("2024-03-31 07:00"),
            utc("2024-04-01 07:00"),
            utc("2024-04-02 07:00"),
            utc("2024-04-03 07:00"),
        ]
    );
    for e in &ev {
        let local = chrono_tz::Europe::Berlin
            .timestamp_opt(e.start_utc, 0)
            .unwrap();
        assert_eq!(local.format("%H:%M").to_string(), "09:00");
        assert_eq!(e.end_utc - e.start_utc, 15 * 60);
    }
}

#[test]
fn all_day_cancelled_transparent_and_busy_free_are_stored_and_flagged() {
    let mut d = store();
    let r = import(
        &mut d,
        "flags.ics",
        &cal(
            "BEGIN:VEVENT\nUID:holiday\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20240903\n\
              DTEND;VALUE=DATE:20240905\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:cancelled\nDTSTART:20240902T080000Z\nDTEND:20240902T090000Z\n\
              STATUS:CANCELLED\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:transparent\nDTSTART:20240902T100000Z\nDTEND:20240902T110000Z\n\
              TRANSP:TRANSPARENT\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:busyfree\nDTSTART:20240902T120000Z\nDTEND:20240902T130000Z\n\
              X-MICROSOFT-CDO-BUSYSTATUS:FREE\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:meeting\nDTSTART:20240902T140000Z\nDTEND:20240902T150000Z\n\
              ORGANIZER:mailto:Boss@Example.com\n\
              ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.com\n\
              ATTENDEE;PARTSTAT=ACCEPTED:mailto:boss@example.com\nEND:VEVENT\n",
        ),
    );
    assert_eq!((r.all_day, r.cancelled, r.free, r.added), (1, 1, 2, 5));
    let ev = all(&d);
    let get = |uid: &str| of_uid(&ev, uid)[0].clone();
    let h = get("holiday");
    // Two whole days, midnight to midnight in Berlin (CEST).
    assert!(h.all_day);
    assert_eq!(
        (h.start_utc, h.end_utc),
        (utc("2024-09-02 22:00"), utc("2024-09-04 22:00"))
    );
    assert!(get("cancelled").cancelled);
    assert!(get("transparent").free && get("busyfree").free);
    let m = get("meeting");
    assert!(!m.free && !m.cancelled && !m.all_day);
    assert_eq!(m.organizer, "boss@example.com");
    assert_eq!(
        m.attendees,
        vec![
            ("me@example.com".to_string(), "DECLINED".to_string()),
            ("boss@example.com".to_string(), "ACCEPTED".to_string())
        ]
    );
    // Only what overlaps the asked range, by start.
    let day = d
        .store
        .calendar_events_between(utc("2024-09-02 09:30"), utc("2024-09-02 12:00"))
        .unwrap();
    assert_eq!(
        day.iter().map(|e| e.uid.as_str()).collect::<Vec<_>>(),
        vec!["transparent"]
    );
}

#[test]
fn events_without_uid_get_the_same_synthetic_uid_on_every_import() {
    let text = cal("BEGIN:VEVENT\nSUMMARY:No UID\nDTSTART:20240902T080000Z\nEND:VEVENT\n");
    let mut d = store();
    import(&mut d, "nouid.ics", &text);
    let uid = all(&d)[0].uid.clone();
    assert!(uid.starts_with("waypoint-"), "{uid}");
    let again = cal(&format!(
        "BEGIN:VEVENT\nUID:other\nDTSTART:20240801T080000Z\nEND:VEVENT\n{}",
        "BEGIN:VEVENT\nSUMMARY:No UID\nDTSTART:20240902T080000Z\nEND:VEVENT\n"
    ));
    let r = import(&mut d, "nouid.ics", &again);
    assert_eq!((r.added, r.unchanged, r.removed), (1, 1, 0));
}

#[test]
fn latin_1_and_utf_16_exports_are_read() {
    let text =
        cal("BEGIN:VEVENT\nUID:z\nSUMMARY:Zürich offsite\nDTSTART:20240902T080000Z\nEND:VEVENT\n");
    let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    for (name, bytes) in [("latin1.ics", latin1), ("utf16.ics", utf16)] {
        let mut d = store();
        d.store.import_calendar(name, &bytes, &opts()).unwrap();
        assert_eq!(all(&d)[0].summary, "Zürich offsite", "{name}");
    }
}

// --- re-import -------------------------------------------------------------------------------

const V1: &str = "BEGIN:VEVENT\nUID:series\nSUMMARY:1:1 with Ana\n\
    DTSTART;TZID=Europe/Berlin:20240902T100000\nDTEND;TZID=Europe/Berlin:20240902T110000\n\
    RRULE:FREQ=WEEKLY;COUNT=6\nEND:VEVENT\n\
    BEGIN:VEVENT\nUID:single\nSUMMARY:Board prep\nDTSTART:20240905T120000Z\nDTEND:20240905T130000Z\n\
    END:VEVENT\n";

#[test]
fn re_importing_the_same_file_changes_nothing() {
    let mut d = store();
    let first = import(&mut d, "work.ics", &cal(V1));
    assert_eq!(
        (first.added, first.updated, first.removed, first.unchanged),
        (7, 0, 0, 0)
    );
    let before = dump(&d);
    let again = import(&mut d, "work.ics", &cal(V1));
    assert_eq!(
        (again.added, again.updated, again.removed, again.unchanged),
        (0, 0, 0, 7)
    );
    assert_eq!(again.source.id, first.source.id);
    assert_eq!(again.source.occurrences, 7);
    // Only the import time of the source changed.
    let after = dump(&d);
    assert_eq!(
        before
            .iter()
            .filter(|l| l.starts_with("calendar_events"))
            .collect::<Vec<_>>(),
        after
            .iter()
            .filter(|l| l.starts_with("calendar_events"))
            .collect::<Vec<_>>()
    );
    assert_eq!(d.store.calendar_sources().unwrap().len(), 1);
}

#[test]
fn re_importing_an_updated_export_moves_removes_and_adds_without_duplicates() {
    let mut d = store();
    import(&mut d, "work.ics", &cal(V1));
    // The next export: 09-16 moved to 14:00, 09-23 deleted (EXDATE), a new event added.
    let v2 = "BEGIN:VEVENT\nUID:series\nSUMMARY:1:1 with Ana\n\
        DTSTART;TZID=Europe/Berlin:20240902T100000\nDTEND;TZID=Europe/Berlin:20240902T110000\n\
        RRULE:FREQ=WEEKLY;COUNT=6\nEXDATE;TZID=Europe/Berlin:20240923T100000\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:series\nSUMMARY:1:1 with Ana\n\
        RECURRENCE-ID;TZID=Europe/Berlin:20240916T100000\n\
        DTSTART;TZID=Europe/Berlin:20240916T140000\nDTEND;TZID=Europe/Berlin:20240916T150000\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:single\nSUMMARY:Board prep\nDTSTART:20240905T120000Z\nDTEND:20240905T130000Z\n\
        END:VEVENT\n\
        BEGIN:VEVENT\nUID:new\nSUMMARY:Offsite\nDTSTART:20240920T080000Z\nDTEND:20240920T160000Z\n\
        END:VEVENT\n";
    let r = import(&mut d, "work.ics", &cal(v2));
    assert_eq!((r.added, r.updated, r.removed, r.unchanged), (1, 1, 1, 5));
    let ev = all(&d);
    assert_eq!(ev.len(), 7);
    let series = of_uid(&ev, "series");
    assert_eq!(
        starts(&series),
        vec![
            utc("2024-09-02 08:00"),
            utc("2024-09-09 08:00"),
            utc("2024-09-16 12:00"),
            utc("2024-09-30 08:00"),
            utc("2024-10-07 08:00"),
        ]
    );
    assert_eq!(series[2].recurrence_id, utc("2024-09-16 08:00"));
    assert_eq!(of_uid(&ev, "new").len(), 1);
    let conn = rusqlite::Connection::open(d.store.path()).unwrap();
    let dupes: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM (SELECT uid, recurrence_id FROM calendar_events
             GROUP BY source_id, uid, recurrence_id HAVING COUNT(*) > 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dupes, 0);
}

#[test]
fn a_failing_import_leaves_the_previous_rows_byte_identical() {
    let mut d = store();
    import(&mut d, "work.ics", &cal(V1));
    let before = dump(&d);
    for bad in [
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        b"just some notes, not a calendar".to_vec(),
        cal("BEGIN:VEVENT\nUID:a\nSUMMARY:no start\nEND:VEVENT\n").into_bytes(),
    ] {
        let e = d
            .store
            .import_calendar("work.ics", &bad, &opts())
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidInput, "{}", e.message);
        assert!(e.message.contains("work.ics"), "{}", e.message);
        assert_eq!(dump(&d), before);
    }
    let e = d
        .store
        .import_calendar(
            "work.ics",
            cal("BEGIN:VEVENT\nUID:a\nEND:VEVENT\n").as_bytes(),
            &opts(),
        )
        .unwrap_err();
    assert!(
        e.message
            .contains("None of the 1 events in work.ics could be read")
            && e.message
                .contains("line 4 (UID a): skipped: it has no start time (DTSTART)"),
        "{}",
        e.message
    );
}

#[test]
fn sources_are_listed_and_removed_with_their_occurrences() {
    let mut d = store();
    let a = import(&mut d, "a.ics", &cal(V1));
    import(
        &mut d,
        "b.ics",
        &cal("BEGIN:VEVENT\nUID:x\nDTSTART:20240902T080000Z\nEND:VEVENT\n"),
    );
    let list = d.store.calendar_sources().unwrap();
    assert_eq!(
        list.iter()
            .map(|s| (s.name.as_str(), s.occurrences))
            .collect::<Vec<_>>(),
        vec![("a.ics", 7), ("b.ics", 1)]
    );
    assert_eq!(list[0].window_from, crate::common::d("2022-06-01"));
    assert_eq!(list[0].window_to, crate::common::d("2026-06-01"));
    d.store.remove_calendar_source(a.source.id).unwrap();
    assert_eq!(all(&d).len(), 1);
    let e = d.store.remove_calendar_source(a.source.id).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
}

// --- bad input -------------------------------------------------------------------------------

#[test]
fn a_file_that_is_not_a_calendar_is_refused_with_what_to_do() {
    let mut d = store();
    for (name, bytes) in [
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe".to_vec(),
        ),
        ("notes.txt", b"Meeting notes\nBEGIN: nothing\n".to_vec()),
        ("empty.ics", Vec::new()),
    ] {
        let e = d.store.import_calendar(name, &bytes, &opts()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidInput);
        assert!(
            e.message
                .contains(&format!("{name} is not an iCalendar file"))
                && e.message
                    .contains("Google Calendar, Outlook or Apple Calendar"),
            "{}",
            e.message
        );
    }
    let e = d
        .store
        .import_calendar("header.ics", cal("").as_bytes(), &opts())
        .unwrap_err();
    assert!(
        e.message.contains("header.ics contains no events"),
        "{}",
        e.message
    );
    let e = d
        .store
        .import_calendar(
            "people.vcf",
            b"BEGIN:VCARD\r\nFN:Ann\r\nEND:VCARD\r\n",
            &opts(),
        )
        .unwrap_err();
    assert!(
        e.message.contains("people.vcf is a contacts file (vCard)"),
        "{}",
        e.message
    );
    assert!(d.store.calendar_sources().unwrap().is_empty());
}

#[test]
fn a_truncated_file_keeps_the_complete_events_and_names_the_cut_line() {
    let text = cal(V1);
    let cut = text.find("SUMMARY:Board prep").unwrap() + 12;
    let mut d = store();
    let r = d
        .store
        .import_calendar("cut.ics", &text.as_bytes()[..cut], &opts())
        .unwrap();
    assert_eq!((r.added, r.events), (6, 2));
    let cut_issue = r
        .source
        .issues
        .iter()
        .find(|i| i.message.contains("cut off (no END:VEVENT)"))
        .expect("an issue for the cut event");
    assert_eq!(cut_issue.line, Some(11)); // its BEGIN:VEVENT
    assert!(r
        .source
        .issues
        .iter()
        .any(|i| i.line == Some(1) && i.message.contains("no END:VCALENDAR")));
    assert!(of_uid(&all(&d), "single").is_empty());
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ics");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(26 * 1024 * 1024).unwrap(); // sparse: nothing to read, only a size
    let mut d = store();
    let e = d.store.import_calendar_file(&path, &opts()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(
        e.message.contains("huge.ics is 26.0 MB") && e.message.contains("25.0 MB"),
        "{}",
        e.message
    );
    let bytes = vec![b' '; MAX_FILE_BYTES + 1];
    let e = d
        .store
        .import_calendar("big.ics", &bytes, &opts())
        .unwrap_err();
    assert!(e.message.contains("big.ics is 25.0 MB"), "{}", e.message);
    let e = d
        .store
        .import_calendar_file(&dir.path().join("missing.ics"), &opts())
        .unwrap_err();
    assert!(e.message.contains("There is no file"), "{}", e.message);
}

#[test]
fn endless_and_runaway_rules_are_bounded_by_the_window_and_the_cap() {
    let mut d = store();
    let started = std::time::Instant::now();
    let r = import(
        &mut d,
        "endless.ics",
        &cal("BEGIN:VEVENT\nUID:daily\nSUMMARY:Daily\nDTSTART:20240101T090000Z\nDTEND:20240101T091500Z\n\
              RRULE:FREQ=DAILY\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:secondly\nSUMMARY:Every second\nDTSTART:20240101T090000Z\n\
              RRULE:FREQ=SECONDLY\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:count\nSUMMARY:Four billion\nDTSTART:20240101T090000Z\n\
              RRULE:FREQ=MINUTELY;COUNT=4000000000\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:never\nSUMMARY:Never matches\nDTSTART:20240101T090000Z\n\
              RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT\n\
              BEGIN:VEVENT\nUID:since-1900\nSUMMARY:Weekdays since 1900\n\
              DTSTART;TZID=Europe/Berlin:19000101T090000\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\n\
              END:VEVENT\n"),
    );
    assert!(started.elapsed().as_secs() < 30);
    let ev = all(&d);
    // 2024-01-01 up to the window's end (2026-06-01 00:00 Berlin = 05-31 22:00Z), inclusive.
    let daily = of_uid(&ev, "daily");
    assert_eq!(daily.len(), 882);
    assert_eq!(daily.last().unwrap().start_utc, utc("2026-05-31 09:00"));
    assert_eq!(of_uid(&ev, "secondly").len(), 20_000);
    assert_eq!(of_uid(&ev, "never").len(), 1); // only its DTSTART
                                               // 125 years of weekdays are far over the cap, but only the window's are expanded:
                                               // 2022-06-01 (a Wednesday) to 2026-05-29 (a Friday), 09:00 in Berlin.
    let old = of_uid(&ev, "since-1900");
    assert_eq!(old.len(), 1043);
    assert_eq!(old[0].start_utc, utc("2022-06-01 07:00"));
    assert_eq!(old.last().unwrap().start_utc, utc("2026-05-29 07:00"));
    assert_eq!(r.truncated_series, vec!["Every second", "Four billion"]);
}

// --- every real-world fixture ----------------------------------------------------------------

fn ics_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ics_files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ics"))
        {
            out.push(path);
        }
    }
}

#[test]
fn every_fixture_imports_or_fails_with_a_specific_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics");
    let mut files = Vec::new();
    ics_files(&root, &mut files);
    files.sort();
    assert!(
        files.len() >= 30,
        "fixtures not found under {}",
        root.display()
    );
    // A wide window so that old fixtures show their events.
    let wide = ImportOptions {
        user_tz: chrono_tz::Europe::Berlin,
        window_from: d("2000-01-01"),
        window_to: d("2030-01-01"),
    };
    let mut d = store();
    let mut table = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let started = std::time::Instant::now();
        match d.store.import_calendar_file(path, &wide) {
            Ok(r) => {
                assert!(started.elapsed().as_secs() < 10, "{name} took too long");
                table.push(format!(
                    "{name}\t{} occurrences\t{} issues\t{}",
                    r.source.occurrences,
                    r.source.issues.len(),
                    r.source
                        .issues
                        .iter()
                        .map(waypoint_core::calendar::describe_issue)
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
            }
            Err(e) => {
                assert_eq!(e.kind, ErrorKind::InvalidInput, "{name}: {}", e.message);
                assert!(e.message.contains(&name), "{name}: {}", e.message);
                table.push(format!("{name}\terror\t{}", e.message));
            }
        }
    }
    println!("{}", table.join("\n"));
    let ev = all(&d);
    // calcard_380: Outlook's quoted "W. Europe Standard Time", 2022-10-29 08:00 CEST.
    assert!(ev.iter().any(|e| e.start_utc == utc("2022-10-29 06:00")));
    // issue_218: "UTC+11" is defined by the file as +11:00: 2017-02-28 23:00 → 12:00Z.
    assert!(ev
        .iter()
        .any(|e| e.uid == "1961094_636238800000000000" && e.start_utc == utc("2017-02-28 12:00")));
    // issue_313: the vendor-prefixed Berlin zone, 2020-04-26 14:00 CEST.
    assert_eq!(
        of_uid(&ev, "libical-evolution@issue-313")[0].start_utc,
        utc("2020-04-26 12:00")
    );
    let big_bad = table
        .iter()
        .find(|l| l.starts_with("big_bad_calendar.ics"))
        .unwrap();
    assert!(big_bad.contains("None of the 20 events"), "{big_bad}");
}
