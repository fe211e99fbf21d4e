//! Check-ins: meeting hours, stress, energy and imposter feeling for a week (or a day), in
//! a few keystrokes. One per period: saving again replaces it, so history has one value each.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Problems, Result};
use crate::journal::columns::{parse_date, parse_time};
use crate::plan::validate as text_rules;
use crate::store::Store;
use crate::time::week_start;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CheckInPeriod {
    Week,
    Day,
}

impl CheckInPeriod {
    fn as_str(self) -> &'static str {
        match self {
            CheckInPeriod::Week => "week",
            CheckInPeriod::Day => "day",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckIn {
    pub id: i64,
    pub period: CheckInPeriod,
    /// The Monday of the week, or the day.
    pub period_start: NaiveDate,
    pub meeting_hours: Option<f64>,
    pub stress: u8,
    pub energy: u8,
    pub imposter: u8,
    pub note: String,
    pub updated_at: DateTime<Utc>,
}

/// What the check-in form sends. Numbers are wide so 0 or 11 gets a specific message, and
/// optional so an empty field is reported with the others.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Type)]
pub struct CheckInDraft {
    pub period: CheckInPeriod,
    /// `YYYY-MM-DD`; any day of the week for a weekly check-in.
    pub date: String,
    #[serde(default)]
    pub meeting_hours: Option<f64>,
    #[serde(default)]
    pub stress: Option<i64>,
    #[serde(default)]
    pub energy: Option<i64>,
    #[serde(default)]
    pub imposter: Option<i64>,
    #[serde(default)]
    pub note: String,
}

pub const MAX_NOTE_CHARS: usize = 1000;

fn scale(v: Option<i64>, max: i64, what: &str, meaning: &str) -> Result<u8> {
    match v {
        Some(v) if (1..=max).contains(&v) => Ok(v as u8),
        Some(v) => Err(Error::invalid(format!(
            "{what} is {v}; give a number from 1 to {max} ({meaning})."
        ))),
        None => Err(Error::invalid(format!(
            "{what} is missing: give a number from 1 to {max} ({meaning})."
        ))),
    }
}

/// A check-in draft that passed every rule.
struct Checked {
    start: NaiveDate,
    hours: Option<f64>,
    stress: u8,
    energy: u8,
    imposter: u8,
    note: String,
}

/// Checks every field at once, so the user sees each problem beside its field.
fn checked(d: &CheckInDraft, today: NaiveDate) -> Result<Checked> {
    let mut p = Problems::default();
    let day = p.check("date", checkin_date(&d.date, today));
    let stress = p.check(
        "stress",
        scale(d.stress, 10, "Stress", "1 calm, 10 overwhelmed"),
    );
    let energy = p.check(
        "energy",
        scale(d.energy, 10, "Energy", "1 drained, 10 full of energy"),
    );
    let imposter = p.check(
        "imposter",
        scale(
            d.imposter,
            5,
            "The imposter feeling",
            "1 not at all, 5 all the time",
        ),
    );
    let hours = p.check("meeting_hours", meeting_hours(d.meeting_hours));
    let note = p.check(
        "note",
        text_rules::note(&d.note, "check-in note", MAX_NOTE_CHARS),
    );
    p.finish()?;
    let (Some(day), Some(stress), Some(energy), Some(imposter), Some(hours), Some(note)) =
        (day, stress, energy, imposter, hours, note)
    else {
        unreachable!("finish() returns the problem of every field that failed");
    };
    Ok(Checked {
        start: match d.period {
            CheckInPeriod::Week => week_start(day),
            CheckInPeriod::Day => day,
        },
        hours,
        stress,
        energy,
        imposter,
        note,
    })
}

fn checkin_date(raw: &str, today: NaiveDate) -> Result<NaiveDate> {
    let day = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "\"{raw}\" is not a date. Write it as YYYY-MM-DD, for example {today}."
        ))
    })?;
    if day > today {
        return Err(Error::invalid(format!(
            "{day} is in the future. Check in for today or an earlier day."
        )));
    }
    Ok(day)
}

fn meeting_hours(h: Option<f64>) -> Result<Option<f64>> {
    match h {
        Some(h) if !(0.0..=168.0).contains(&h) || h.is_nan() => Err(Error::invalid(format!(
            "{h} meeting hours is not possible in a week; give a number from 0 to 168."
        ))),
        other => Ok(other),
    }
}

fn checkin_from(r: &Row<'_>) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        id: r.get(0)?,
        period: if r.get::<_, String>(1)? == "day" {
            CheckInPeriod::Day
        } else {
            CheckInPeriod::Week
        },
        period_start: parse_date(&r.get::<_, String>(2)?)?,
        meeting_hours: r.get(3)?,
        stress: r.get(4)?,
        energy: r.get(5)?,
        imposter: r.get(6)?,
        note: r.get(7)?,
        updated_at: parse_time(&r.get::<_, String>(8)?)?,
    })
}

const COLUMNS: &str =
    "id, period, period_start, meeting_hours, stress, energy, imposter, note, updated_at";

/// Saves the check-in for its period on `conn` (a transaction too), replacing an earlier one
/// for the same period; answers the period's start.
pub(crate) fn save_checkin_in(
    conn: &rusqlite::Connection,
    d: &CheckInDraft,
    today: NaiveDate,
    now: &str,
) -> Result<NaiveDate> {
    let c = checked(d, today)?;
    conn.execute(
        "INSERT INTO checkins (period, period_start, meeting_hours, stress, energy, imposter, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (period, period_start) DO UPDATE SET meeting_hours = excluded.meeting_hours,
            stress = excluded.stress, energy = excluded.energy, imposter = excluded.imposter,
            note = excluded.note, updated_at = excluded.updated_at",
        params![d.period.as_str(), c.start.to_string(), c.hours, c.stress, c.energy, c.imposter, c.note, now],
    )?;
    Ok(c.start)
}

impl Store {
    /// Saves the check-in for its period, replacing an earlier one for the same period.
    pub fn save_checkin(&mut self, d: &CheckInDraft, today: NaiveDate) -> Result<CheckIn> {
        let now = self.now_text();
        let start = save_checkin_in(self.conn(), d, today, &now)?;
        self.checkin(d.period, start)?
            .ok_or_else(|| Error::storage("The check-in could not be read back."))
    }

    /// The check-in of the period that starts on `start`, if any.
    pub fn checkin(&self, period: CheckInPeriod, start: NaiveDate) -> Result<Option<CheckIn>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM checkins WHERE period = ?1 AND period_start = ?2"),
                params![period.as_str(), start.to_string()],
                checkin_from,
            )
            .optional()?)
    }

    /// Check-ins whose period starts in [from, to], oldest first.
    pub fn checkins_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM checkins WHERE period_start BETWEEN ?1 AND ?2 ORDER BY period_start, period"
        ))?;
        let rows = stmt.query_map(params![from.to_string(), to.to_string()], checkin_from)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
