//! One week's meeting load, from its calendar occurrences and the working hours. Weeks run
//! Monday 00:00 to the next Monday 00:00 in the user's zone, so a DST week has 167 or 169 hours.

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use specta::Type;

use super::classify::{classify, Occurrence, OccurrenceKind};
use super::intervals::{clip, intersect, subtract, total, union, Span};
use super::settings::WorkRules;
use crate::time::{wall_to_utc, week_span};

/// Free time inside working hours counts as focus time in blocks of at least this long.
pub const FOCUS_BLOCK_SECS: i64 = 2 * 3600;
/// Meetings closer than this follow each other "back to back".
pub const BACK_TO_BACK_GAP_SECS: i64 = 10 * 60;

/// The recurring series that took the most meeting time in a week.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SeriesLoad {
    pub summary: String,
    pub hours: f64,
    pub occurrences: u32,
}

/// The calendar side of a week. Hours are exact (seconds / 3600); the UI rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WeekLoad {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    /// Every timed, busy occurrence, overlaps counted once.
    pub busy_hours: f64,
    /// The same for occurrences with at least one other attendee.
    pub meeting_hours: f64,
    /// Busy but alone (busy − meetings).
    pub blocked_hours: f64,
    /// Working hours in the week (the settings' days and hours, in the user's zone).
    pub working_hours: f64,
    /// Meeting time inside working hours ÷ working hours (0–1).
    pub meeting_share: f64,
    /// Free time inside working hours, in blocks of 2 h or more.
    pub focus_hours: f64,
    /// Free time inside working hours, in blocks under 2 h.
    pub fragmented_hours: f64,
    /// Runs of two or more meetings with less than 10 minutes between them.
    pub back_to_back_runs: u32,
    /// Meetings in the longest such run (0 when there is none).
    pub longest_run: u32,
    /// Meeting time outside working hours (evenings, weekends).
    pub after_hours_meeting_hours: f64,
    /// Meetings that start in this week.
    pub meeting_count: u32,
    pub top_series: Option<SeriesLoad>,
}

/// Working hours of the week as instants.
pub fn work_windows(monday: NaiveDate, rules: &WorkRules) -> Vec<Span> {
    (0..7)
        .map(|i| monday + Days::new(i))
        .filter(|d| {
            rules
                .work_days
                .contains(&(d.weekday().number_from_monday() as u8))
        })
        .map(|d| {
            (
                wall_to_utc(rules.tz, d.and_time(rules.day_start)),
                wall_to_utc(rules.tz, d.and_time(rules.day_end)),
            )
        })
        .collect()
}

fn hours(secs: i64) -> f64 {
    secs as f64 / 3600.0
}

/// Runs of meetings with gaps under 10 minutes (overlaps included): (runs of 2+, longest).
fn back_to_back(mut meetings: Vec<Span>) -> (u32, u32) {
    meetings.sort_unstable();
    let (mut runs, mut longest, mut current, mut end) = (0u32, 0u32, 0u32, i64::MIN);
    for (s, e) in meetings {
        if current > 0 && s - end < BACK_TO_BACK_GAP_SECS {
            current += 1;
            end = end.max(e);
        } else {
            if current >= 2 {
                runs += 1;
            }
            current = 1;
            end = e;
        }
        longest = longest.max(current);
    }
    if current >= 2 {
        runs += 1;
    }
    (runs, if longest >= 2 { longest } else { 0 })
}

fn top_series(meetings: &[(&Occurrence, Span)]) -> Option<SeriesLoad> {
    let mut by_uid: HashMap<&str, (i64, u32, &str)> = HashMap::new();
    for (o, span) in meetings.iter().filter(|(o, _)| o.series) {
        let e = by_uid
            .entry(o.uid.as_str())
            .or_insert((0, 0, o.summary.as_str()));
        e.0 += span.1 - span.0;
        e.1 += 1;
    }
    by_uid
        .into_values()
        .max_by(|a, b| a.0.cmp(&b.0).then_with(|| b.2.cmp(a.2)))
        .map(|(secs, n, summary)| SeriesLoad {
            summary: summary.to_string(),
            hours: hours(secs),
            occurrences: n,
        })
}

/// The week's load from occurrences overlapping it (others are ignored).
pub fn week_load(monday: NaiveDate, occurrences: &[Occurrence], rules: &WorkRules) -> WeekLoad {
    let week = week_span(monday, rules.tz);
    let work = union(work_windows(monday, rules));
    let mut busy = Vec::new();
    let mut meetings: Vec<(&Occurrence, Span)> = Vec::new();
    let mut meeting_count = 0;
    for o in occurrences {
        let Some(span) = clip((o.start_utc, o.end_utc), week) else {
            continue;
        };
        match classify(o, &rules.owners) {
            OccurrenceKind::Meeting => {
                busy.push(span);
                meetings.push((o, span));
                meeting_count += u32::from(o.start_utc >= week.0);
            }
            OccurrenceKind::Blocked => busy.push(span),
            OccurrenceKind::Excluded(_) => {}
        }
    }
    let busy = union(busy);
    let meeting_union = union(meetings.iter().map(|(_, s)| *s).collect());
    let meeting_secs = total(&meeting_union);
    let in_work = total(&intersect(&meeting_union, &work));
    let free = subtract(&work, &busy);
    let focus: i64 = free
        .iter()
        .map(|(a, b)| b - a)
        .filter(|&d| d >= FOCUS_BLOCK_SECS)
        .sum();
    let working = total(&work);
    let (runs, longest) = back_to_back(meetings.iter().map(|(_, s)| *s).collect());
    WeekLoad {
        week_start: monday,
        busy_hours: hours(total(&busy)),
        meeting_hours: hours(meeting_secs),
        blocked_hours: hours(total(&busy) - meeting_secs),
        working_hours: hours(working),
        meeting_share: if working > 0 {
            in_work as f64 / working as f64
        } else {
            0.0
        },
        focus_hours: hours(focus),
        fragmented_hours: hours(total(&free) - focus),
        back_to_back_runs: runs,
        longest_run: longest,
        after_hours_meeting_hours: hours(meeting_secs - in_work),
        meeting_count,
        top_series: top_series(&meetings),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workload::settings::WorkSettings;
    use chrono::NaiveTime;
    use chrono_tz::Tz;

    fn rules(tz: &str, owners: &[&str]) -> WorkRules {
        WorkSettings {
            time_zone: tz.into(),
            owner_addresses: owners.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
        .rules(Tz::UTC)
        .unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// A meeting with Ana on `day` from `from` to `to` (local, Europe/Berlin).
    fn meeting(uid: &str, day: &str, from: &str, to: &str) -> Occurrence {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let at = |t: &str| {
            wall_to_utc(
                tz,
                d(day).and_time(NaiveTime::parse_from_str(t, "%H:%M").unwrap()),
            )
        };
        Occurrence {
            uid: uid.into(),
            recurrence_id: 0,
            start_utc: at(from),
            end_utc: at(to),
            summary: uid.into(),
            series: false,
            all_day: false,
            cancelled: false,
            free: false,
            organizer: ME.into(),
            attendees: vec![
                (ME.into(), "ACCEPTED".into()),
                ("ana@corp.example".into(), "ACCEPTED".into()),
            ],
        }
    }

    fn solo(uid: &str, day: &str, from: &str, to: &str) -> Occurrence {
        Occurrence {
            attendees: vec![],
            ..meeting(uid, day, from, to)
        }
    }

    const ME: &str = "me@corp.example";
    const MON: &str = "2026-11-16";

    #[test]
    fn a_hand_worked_week() {
        // Mon: 9–10 and 9:30–11 overlap (2 h), 11:05–12 back to back (0.917 h); 13–14 focus
        // block alone; 18–19 meeting after hours. Tue: 10–11 meeting. Wed–Fri empty.
        let occ = vec![
            meeting("standup", MON, "09:00", "10:00"),
            meeting("review", MON, "09:30", "11:00"),
            meeting("sync", MON, "11:05", "12:00"),
            solo("focus", MON, "13:00", "14:00"),
            meeting("late", MON, "18:00", "19:00"),
            meeting("one-on-one", "2026-11-17", "10:00", "11:00"),
        ];
        let w = week_load(d(MON), &occ, &rules("Europe/Berlin", &[ME]));
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            close(w.meeting_hours, 2.0 + 55.0 / 60.0 + 1.0 + 1.0),
            "{}",
            w.meeting_hours
        );
        assert!(close(w.busy_hours, w.meeting_hours + 1.0));
        assert!(close(w.blocked_hours, 1.0));
        assert!(close(w.working_hours, 40.0));
        assert!(close(w.after_hours_meeting_hours, 1.0));
        assert!(close(w.meeting_share, (2.0 + 55.0 / 60.0 + 1.0) / 40.0));
        assert_eq!(w.meeting_count, 5);
        // 9:00–12:00 (with the 5-minute gap) is one run of three.
        assert_eq!((w.back_to_back_runs, w.longest_run), (1, 3));
        // Free in working hours: Mon 12–13 (1 h, fragmented), 14–17 (3 h focus), the 5 min gap;
        // Tue 9–10 (1 h) and 11–17 (6 h focus); Wed–Fri 3 × 8 h.
        assert!(close(w.focus_hours, 3.0 + 6.0 + 24.0), "{}", w.focus_hours);
        assert!(
            close(w.fragmented_hours, 1.0 + 1.0 + 5.0 / 60.0),
            "{}",
            w.fragmented_hours
        );
    }

    #[test]
    fn the_largest_series_is_summed_by_uid() {
        let mut a1 = meeting("weekly-sync", MON, "10:00", "11:00");
        let mut a2 = meeting("weekly-sync", "2026-11-18", "10:00", "11:00");
        let mut b = meeting("planning", MON, "14:00", "15:30");
        for o in [&mut a1, &mut a2, &mut b] {
            o.series = true;
        }
        let w = week_load(
            d(MON),
            &[a1, a2, b, meeting("single", MON, "16:00", "19:00")],
            &rules("Europe/Berlin", &[ME]),
        );
        let top = w.top_series.unwrap();
        assert_eq!((top.summary.as_str(), top.occurrences), ("weekly-sync", 2));
        assert!((top.hours - 2.0).abs() < 1e-9);
    }

    #[test]
    fn dst_weeks_have_their_real_length_and_local_hours() {
        // EU clocks went back on Sunday 2026-10-25: the week has 169 hours.
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let (a, b) = week_span(d("2026-10-19"), tz);
        assert_eq!(b - a, 169 * 3600);
        // A 09:00 local meeting on the Monday after is 08:00 UTC, the Monday before 07:00 UTC.
        let before = meeting("m", "2026-10-19", "09:00", "10:00");
        let after = meeting("m", "2026-10-26", "09:00", "10:00");
        assert_eq!(before.start_utc % 86400, 7 * 3600);
        assert_eq!(after.start_utc % 86400, 8 * 3600);
        let r = rules("Europe/Berlin", &[ME]);
        let w = week_load(d("2026-10-26"), &[after], &r);
        assert!(
            (w.meeting_share - 1.0 / 40.0).abs() < 1e-9,
            "inside working hours after the change"
        );
        assert!((w.after_hours_meeting_hours).abs() < 1e-9);
        // A time in the spring gap (02:30 on 2026-03-29) is moved forward, not lost.
        let gap = wall_to_utc(tz, d("2026-03-29").and_hms_opt(2, 30, 0).unwrap());
        assert_eq!(
            gap,
            wall_to_utc(tz, d("2026-03-29").and_hms_opt(3, 30, 0).unwrap())
        );
    }

    #[test]
    fn excluded_occurrences_and_other_weeks_do_not_count() {
        let mut declined = meeting("d", MON, "09:00", "10:00");
        declined.attendees[0].1 = "DECLINED".into();
        let next_week = meeting("n", "2026-11-23", "09:00", "10:00");
        let w = week_load(
            d(MON),
            &[declined, next_week],
            &rules("Europe/Berlin", &[ME]),
        );
        assert_eq!(
            (w.meeting_hours, w.busy_hours, w.meeting_count),
            (0.0, 0.0, 0)
        );
        assert!((w.focus_hours - 40.0).abs() < 1e-9);
    }
}
