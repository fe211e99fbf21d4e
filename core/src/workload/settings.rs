//! Working hours, time zone, the owner's addresses and the warning thresholds: the settings
//! the meeting-load metrics depend on. Stored as JSON in the settings table.

use chrono::NaiveTime;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Problems, Result};
use crate::store::Store;

/// The numbers behind each warning signal; every one is the user's to change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct SignalThresholds {
    /// Meetings above this share of working hours ...
    pub meeting_share_percent: u32,
    /// ... for this many weeks in a row.
    pub meeting_share_weeks: u32,
    /// Focus time under this many hours a week ...
    pub focus_hours: f64,
    /// ... for this many weeks in a row.
    pub focus_weeks: u32,
    /// Stress at or above this (1–10) ...
    pub stress_level: u8,
    /// ... in this many check-ins in a row.
    pub stress_checkins: u32,
    /// After-hours meeting time rising this many weeks in a row.
    pub after_hours_weeks: u32,
}

impl Default for SignalThresholds {
    fn default() -> Self {
        Self {
            meeting_share_percent: 50,
            meeting_share_weeks: 3,
            focus_hours: 10.0,
            focus_weeks: 4,
            stress_level: 7,
            stress_checkins: 3,
            after_hours_weeks: 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct WorkSettings {
    /// IANA name, e.g. "Europe/Berlin"; empty means the computer's zone.
    pub time_zone: String,
    /// ISO weekdays, 1 = Monday … 7 = Sunday.
    pub work_days: Vec<u8>,
    /// "HH:MM", local time.
    pub day_start: String,
    pub day_end: String,
    /// The user's own calendar addresses: their declines drop a meeting, and they do not
    /// count as "another attendee".
    pub owner_addresses: Vec<String>,
    /// Offer a daily check-in besides the weekly one.
    pub daily_checkins: bool,
    pub thresholds: SignalThresholds,
}

impl Default for WorkSettings {
    fn default() -> Self {
        Self {
            time_zone: String::new(),
            work_days: vec![1, 2, 3, 4, 5],
            day_start: "09:00".into(),
            day_end: "17:00".into(),
            owner_addresses: Vec::new(),
            daily_checkins: false,
            thresholds: SignalThresholds::default(),
        }
    }
}

/// Settings parsed for computing: the zone resolved, times parsed, addresses lower-cased.
#[derive(Debug, Clone)]
pub struct WorkRules {
    pub tz: Tz,
    pub work_days: Vec<u8>,
    pub day_start: NaiveTime,
    pub day_end: NaiveTime,
    pub owners: Vec<String>,
    pub thresholds: SignalThresholds,
}

fn time(s: &str, what: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| {
        Error::invalid(format!(
            "The {what} \"{s}\" is not a time. Write it as HH:MM in 24-hour time, for example 09:00."
        ))
    })
}

/// Parses an IANA zone name; empty means the computer's zone, `system`.
pub fn zone(name: &str, system: Tz) -> Result<Tz> {
    if name.trim().is_empty() {
        return Ok(system);
    }
    name.trim().parse::<Tz>().map_err(|_| {
        Error::invalid(format!(
            "\"{name}\" is not a time zone Waypoint knows. Use an IANA name such as Europe/Berlin, \
             America/New_York or Asia/Tokyo."
        ))
    })
}

impl WorkSettings {
    /// Checks every field and returns what the metrics use; an empty zone is `system`, the
    /// zone the computer is set to.
    pub fn rules(&self, system: Tz) -> Result<WorkRules> {
        let mut p = Problems::default();
        let tz = p.check("time_zone", zone(&self.time_zone, system));
        let day_start = p.check(
            "day_start",
            time(&self.day_start, "start of the working day"),
        );
        let day_end = p.check("day_end", time(&self.day_end, "end of the working day"));
        if let (Some(start), Some(end)) = (day_start, day_end) {
            if end <= start {
                p.add("day_end", format!(
                    "The working day ends ({}) before it starts ({}). Working hours must be within one day.",
                    self.day_end, self.day_start
                ));
            }
        }
        let mut work_days = self.work_days.clone();
        work_days.sort_unstable();
        work_days.dedup();
        if work_days.is_empty() || work_days.iter().any(|d| !(1..=7).contains(d)) {
            p.add(
                "work_days",
                "Choose at least one working day (Monday to Sunday).",
            );
        }
        let mut owners = Vec::new();
        for a in &self.owner_addresses {
            let lower = a.trim().to_lowercase();
            let a = lower.trim_start_matches("mailto:").to_string();
            if a.is_empty() {
                continue;
            }
            if !a.contains('@') || a.contains(char::is_whitespace) {
                p.add("owner_addresses", format!(
                    "\"{a}\" is not an email address. Give the addresses your calendar invites use, one per line."
                ));
            }
            owners.push(a);
        }
        let t = &self.thresholds;
        if !(1..=100).contains(&t.meeting_share_percent)
            || !(1..=10).contains(&t.stress_level)
            || !(0.0..=80.0).contains(&t.focus_hours)
            || [
                t.meeting_share_weeks,
                t.focus_weeks,
                t.stress_checkins,
                t.after_hours_weeks,
            ]
            .iter()
            .any(|n| !(1..=26).contains(n))
        {
            p.add(
                "thresholds",
                "A warning threshold is out of range: shares are 1–100%, stress 1–10, focus 0–80 hours, and runs 1–26 weeks or check-ins.",
            );
        }
        p.finish()?;
        let (Some(tz), Some(day_start), Some(day_end)) = (tz, day_start, day_end) else {
            unreachable!("finish() returns the problem of every field that failed");
        };
        Ok(WorkRules {
            tz,
            work_days,
            day_start,
            day_end,
            owners,
            thresholds: t.clone(),
        })
    }
}

const KEY: &str = "work";

impl Store {
    pub fn work_settings(&self) -> Result<WorkSettings> {
        self.read_setting(KEY)
    }

    /// Saves the settings after checking them; a rejected change writes nothing.
    pub fn save_work_settings(&mut self, s: &WorkSettings) -> Result<WorkSettings> {
        // The zone only needs to parse here; an empty one is always valid.
        s.rules(Tz::UTC)?;
        self.write_setting(KEY, s)?;
        self.work_settings()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_mon_to_fri_nine_to_five() {
        let r = WorkSettings::default().rules(Tz::UTC).unwrap();
        assert_eq!(r.work_days, vec![1, 2, 3, 4, 5]);
        assert_eq!(r.day_start, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        assert_eq!(r.day_end, NaiveTime::from_hms_opt(17, 0, 0).unwrap());
    }

    #[test]
    fn bad_settings_say_what_to_fix() {
        let bad = |f: fn(&mut WorkSettings)| {
            let mut s = WorkSettings::default();
            f(&mut s);
            s.rules(Tz::UTC).unwrap_err().message
        };
        assert!(bad(|s| s.time_zone = "Mars/Olympus".into()).contains("IANA"));
        assert!(bad(|s| s.day_start = "9am".into()).contains("HH:MM"));
        assert!(bad(|s| s.day_end = "08:00".into()).contains("before it starts"));
        assert!(bad(|s| s.work_days = vec![]).contains("working day"));
        assert!(bad(|s| s.owner_addresses = vec!["me at work".into()]).contains("not an email"));
        assert!(bad(|s| s.thresholds.stress_level = 11).contains("threshold"));
        let mut ok = WorkSettings {
            owner_addresses: vec!["MAILTO:Me@Example.com".into()],
            ..Default::default()
        };
        ok.time_zone = "America/New_York".into();
        assert_eq!(ok.rules(Tz::UTC).unwrap().owners, vec!["me@example.com"]);
    }
}
