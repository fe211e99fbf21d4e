//! Time, in one place: the zone the user lives in, today, wall time to UTC, weeks, and the
//! stamps written on records.
//!
//! The core never reads the clock or the environment (an invariant, checked by
//! `core/tests/it/invariants.rs`): the shell reads them once per call and passes them in —
//! `today` to every rule that depends on the date, a [`Clock`] to the store for record stamps.
//! So every rule is tested on fixed dates, in any zone.

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat,
    TimeDelta, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use serde::Serialize;
use specta::Type;

/// Where record stamps (`created_at`, `updated_at`, ...) come from. The shell gives the store
/// the system clock; tests give it a fixed one.
pub trait Clock: Send {
    fn now(&self) -> DateTime<Utc>;
}

/// A clock that always says the same instant (tests, imports replayed at a known time).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

/// A clock that starts at a known instant and moves one millisecond each time it is read:
/// deterministic like [`FixedClock`], yet every write gets a later stamp than the one before.
#[derive(Debug)]
pub struct SteppingClock(std::cell::Cell<DateTime<Utc>>);

impl SteppingClock {
    pub fn starting_at(at: DateTime<Utc>) -> Self {
        Self(std::cell::Cell::new(at))
    }
}

impl Clock for SteppingClock {
    fn now(&self) -> DateTime<Utc> {
        let at = self.0.get();
        self.0.set(at + TimeDelta::milliseconds(1));
        at
    }
}

/// A stepping clock its owner can move while the store holds it (a clone shares the time):
/// for tests and benchmarks that write a history, each record on the day it belongs to.
#[derive(Debug, Clone)]
pub struct MovableClock(std::sync::Arc<std::sync::Mutex<DateTime<Utc>>>);

impl MovableClock {
    pub fn starting_at(at: DateTime<Utc>) -> Self {
        Self(std::sync::Arc::new(std::sync::Mutex::new(at)))
    }

    /// From now on, stamps are from `at` on.
    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }
}

impl Clock for MovableClock {
    fn now(&self) -> DateTime<Utc> {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let at = *t;
        *t = at + TimeDelta::milliseconds(1);
        at
    }
}

/// A record stamp: RFC 3339 in UTC with milliseconds, so text order is time order.
pub fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The user's zone from what the shell read: `TZ` when it names an IANA zone (a leading `:`
/// allowed, as POSIX does), else the operating system's setting, else UTC.
pub fn zone_from(tz_variable: Option<&str>, system_setting: Option<&str>) -> Tz {
    let parse = |s: &str| s.trim().trim_start_matches(':').parse::<Tz>().ok();
    tz_variable
        .and_then(parse)
        .or_else(|| system_setting.and_then(parse))
        .unwrap_or(Tz::UTC)
}

/// The calendar date at `now` on the user's wall clock.
pub fn today(now: DateTime<Utc>, zone: Tz) -> NaiveDate {
    now.with_timezone(&zone).date_naive()
}

/// A day written as the UI and the command line send it (`YYYY-MM-DD`), or an error naming it.
pub fn parse_day(text: &str) -> crate::Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| crate::Error::invalid(format!("\"{text}\" is not a date (YYYY-MM-DD).")))
}

/// The Monday of the week `day` is in (weeks run Monday to Sunday, ISO 8601).
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The part of the day a greeting speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
}

/// Morning from 05:00, afternoon from 12:00, evening from 18:00 until 05:00: someone still up
/// at two is having a late evening, not an early morning.
pub fn part_of_day(at: NaiveTime) -> PartOfDay {
    match at.hour() {
        5..=11 => PartOfDay::Morning,
        12..=17 => PartOfDay::Afternoon,
        _ => PartOfDay::Evening,
    }
}

/// The Sunday that ends the week `day` is in.
pub fn week_end(day: NaiveDate) -> NaiveDate {
    week_start(day) + Days::new(6)
}

/// The Monday `weeks` weeks after the week `day` is in (before it, when negative). Far
/// outside chrono's range it stays on the week it was asked from.
pub fn week_moved(day: NaiveDate, weeks: i32) -> NaiveDate {
    let monday = week_start(day);
    monday
        .checked_add_signed(chrono::TimeDelta::weeks(i64::from(weeks)))
        .unwrap_or(monday)
}

/// How many weeks the week of `day` lies after the week of `today`: 0 this week, -1 last week.
pub fn weeks_from(today: NaiveDate, day: NaiveDate) -> i32 {
    let days = (week_start(day) - week_start(today)).num_days();
    i32::try_from(days / 7).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX })
}

/// The UTC instants (seconds) a wall time stands for in some zone: none in a DST gap, two
/// in an overlap. Zones the core evaluates itself (a calendar file's own VTIMEZONE) give
/// theirs through this too, so there is one DST rule for every kind of zone.
pub type Candidates = Vec<i64>;

/// The one DST rule (RFC 5545 §3.3.5): a wall time that occurs twice is the first instant;
/// a wall time in a gap is read with the offset in effect before the gap (02:30 on the
/// March change in Berlin is 01:30 UTC, the instant 03:30 CEST names; in a 30-minute gap,
/// as on Lord Howe Island, 02:15 becomes 02:45). `None` only when no time within a day
/// before exists, which no real zone has.
pub fn resolve_wall(
    local: NaiveDateTime,
    candidates: impl Fn(NaiveDateTime) -> Candidates,
) -> Option<i64> {
    if let Some(first) = candidates(local).into_iter().min() {
        return Some(first);
    }
    // Walk back in quarter hours (gaps are 30 minutes to a day, Samoa 2011) to a time that
    // exists; its offset is the one before the gap.
    for step in 1..=4 * 26 {
        let earlier = local.checked_sub_signed(TimeDelta::minutes(15 * step))?;
        if let Some(u) = candidates(earlier).into_iter().max() {
            let offset_before = earlier.and_utc().timestamp() - u;
            return Some(local.and_utc().timestamp() - offset_before);
        }
    }
    None
}

/// The instants a wall time stands for in an IANA zone.
pub fn candidates(zone: Tz, local: NaiveDateTime) -> Candidates {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(d) => vec![d.timestamp()],
        LocalResult::Ambiguous(a, b) => vec![a.timestamp(), b.timestamp()],
        LocalResult::None => vec![],
    }
}

/// A wall time in an IANA zone as a UTC instant (seconds), by [`resolve_wall`]'s rule.
pub fn wall_to_utc(zone: Tz, local: NaiveDateTime) -> i64 {
    resolve_wall(local, |l| candidates(zone, l)).unwrap_or_else(|| local.and_utc().timestamp())
}

/// [Monday 00:00, next Monday 00:00) of the week starting `monday`, in UTC seconds: 167 or
/// 169 hours long in a week with a DST change.
pub fn week_span(monday: NaiveDate, zone: Tz) -> (i64, i64) {
    let at = |d: NaiveDate| wall_to_utc(zone, d.and_time(chrono::NaiveTime::MIN));
    (at(monday), at(monday + Days::new(7)))
}

/// Wall times and instants written as "YYYY-MM-DD HH:MM", for the tests of every module that
/// converts between them.
#[cfg(test)]
pub(crate) mod testing {
    use chrono::NaiveDateTime;

    pub(crate) fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    /// `s` read as UTC, in seconds.
    pub(crate) fn utc(s: &str) -> i64 {
        local(s).and_utc().timestamp()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{local, utc};
    use super::*;

    #[test]
    fn gaps_take_the_offset_before_and_overlaps_the_first_instant() {
        let berlin = chrono_tz::Europe::Berlin;
        // Spring gap: 02:30 does not exist on 2026-03-29; read at +01:00.
        assert_eq!(
            wall_to_utc(berlin, local("2026-03-29 02:30")),
            utc("2026-03-29 01:30")
        );
        assert_eq!(
            wall_to_utc(berlin, local("2026-03-29 02:30")),
            wall_to_utc(berlin, local("2026-03-29 03:30"))
        );
        // Autumn overlap: 02:30 happens twice on 2026-10-25; the first is at +02:00.
        assert_eq!(
            wall_to_utc(berlin, local("2026-10-25 02:30")),
            utc("2026-10-25 00:30")
        );
    }

    #[test]
    fn the_day_turns_to_morning_at_five_afternoon_at_noon_and_evening_at_six() {
        let at = |h: u32, m: u32| part_of_day(NaiveTime::from_hms_opt(h, m, 0).unwrap());
        assert_eq!(at(2, 0), PartOfDay::Evening);
        assert_eq!(at(4, 59), PartOfDay::Evening);
        assert_eq!(at(5, 0), PartOfDay::Morning);
        assert_eq!(at(8, 0), PartOfDay::Morning);
        assert_eq!(at(12, 0), PartOfDay::Afternoon);
        assert_eq!(at(17, 59), PartOfDay::Afternoon);
        assert_eq!(at(18, 0), PartOfDay::Evening);
        assert_eq!(at(23, 59), PartOfDay::Evening);
    }

    #[test]
    fn weeks_step_from_monday_to_monday_across_the_year_and_are_counted_from_today() {
        let day = |s: &str| parse_day(s).unwrap();
        // Thursday 31 December 2026: its week began on Monday 28 December.
        assert_eq!(week_moved(day("2026-12-31"), 0), day("2026-12-28"));
        assert_eq!(week_moved(day("2026-12-31"), 1), day("2027-01-04"));
        assert_eq!(week_moved(day("2026-12-31"), -2), day("2026-12-14"));
        assert_eq!(week_end(day("2026-12-28")), day("2027-01-03"));
        // Across 29 February 2028 and the DST change (dates, not instants: no hour is lost).
        assert_eq!(week_moved(day("2028-02-28"), 1), day("2028-03-06"));
        assert_eq!(week_moved(day("2027-03-28"), 1), day("2027-03-29"));
        assert_eq!(week_moved(NaiveDate::MAX, 1), week_start(NaiveDate::MAX));
        let sunday = day("2026-11-29");
        assert_eq!(weeks_from(sunday, day("2026-11-23")), 0);
        assert_eq!(weeks_from(sunday, day("2026-11-22")), -1);
        assert_eq!(weeks_from(sunday, day("2026-11-30")), 1);
        assert_eq!(weeks_from(day("2026-11-30"), day("2027-01-04")), 5);
    }

    #[test]
    fn a_thirty_minute_gap_moves_by_thirty_minutes() {
        // Lord Howe Island goes from +10:30 to +11:00 at 02:00 on 2026-10-04.
        let lh = chrono_tz::Australia::Lord_Howe;
        let in_gap = wall_to_utc(lh, local("2026-10-04 02:15"));
        // Read at +10:30 (the offset before): 15:45 UTC the day before = 02:45 at +11:00.
        assert_eq!(in_gap, utc("2026-10-03 15:45"));
        assert_eq!(in_gap, wall_to_utc(lh, local("2026-10-04 02:45")));
    }

    #[test]
    fn chatham_and_st_johns_keep_their_odd_offsets() {
        let chatham = chrono_tz::Pacific::Chatham;
        // +13:45 in December (daylight time).
        assert_eq!(
            wall_to_utc(chatham, local("2026-12-02 09:00")),
            utc("2026-12-01 19:15")
        );
        let st_johns = chrono_tz::America::St_Johns;
        // −03:30 in December.
        assert_eq!(
            wall_to_utc(st_johns, local("2026-12-02 09:00")),
            utc("2026-12-02 12:30")
        );
    }

    #[test]
    fn today_is_the_users_date_not_utcs() {
        let late = DateTime::parse_from_rfc3339("2026-12-31T23:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            today(late, chrono_tz::UTC),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        assert_eq!(
            today(late, chrono_tz::Pacific::Chatham),
            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
        );
        assert_eq!(
            today(late, chrono_tz::America::St_Johns),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
    }

    #[test]
    fn weeks_start_on_monday_and_dst_weeks_have_their_real_length() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(week_start(d("2028-02-29")), d("2028-02-28"));
        assert_eq!(week_start(d("2026-12-06")), d("2026-11-30"));
        assert_eq!(week_start(d("2026-11-30")), d("2026-11-30"));
        let berlin = chrono_tz::Europe::Berlin;
        let (a, b) = week_span(d("2026-10-19"), berlin);
        assert_eq!(b - a, 169 * 3600);
        let (a, b) = week_span(d("2026-03-23"), berlin);
        assert_eq!(b - a, 167 * 3600);
    }

    #[test]
    fn the_zone_comes_from_tz_then_the_system_then_utc() {
        assert_eq!(
            zone_from(Some(":Pacific/Chatham"), Some("Europe/Berlin")),
            chrono_tz::Pacific::Chatham
        );
        assert_eq!(
            zone_from(Some("not a zone"), Some("America/St_Johns")),
            chrono_tz::America::St_Johns
        );
        assert_eq!(zone_from(None, None), chrono_tz::UTC);
    }

    #[test]
    fn stamps_sort_as_time_does() {
        let t = DateTime::parse_from_rfc3339("2026-02-03T04:05:06.789Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(stamp(t), "2026-02-03T04:05:06.789Z");
    }
}
