//! Writing an import in one transaction, and reading occurrences back. A re-import of a
//! file with the same name is a diff keyed by (UID, recurrence id): unchanged rows are left
//! alone, changed ones updated, vanished ones removed, so nothing is duplicated.

use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use rusqlite::{params, OptionalExtension, Row as SqlRow};

use super::prepare::{prepare_guarded, Fields, Prepared};
use super::source;
use chrono::NaiveDate;

use super::types::{
    CalendarSource, DaySpan, ImportIssue, ImportOptions, ImportReport, StoredEvent,
};
use crate::error::{Error, Result};
use crate::journal::columns::{parse_date, parse_time};
use crate::store::Store;

/// An occurrence already stored: its times and the (interned) fields, to tell "unchanged"
/// from "updated" without a copy of every string per occurrence.
struct Stored {
    start: i64,
    end: i64,
    series: bool,
    fields: Rc<Fields>,
}

/// The stored occurrences of one source, by (UID, recurrence id).
type StoredRows = HashMap<(Rc<str>, i64), Stored>;

/// What a re-import did to the stored occurrences.
#[derive(Default)]
struct Diff {
    added: usize,
    updated: usize,
    unchanged: usize,
    removed: usize,
}

/// What source `id` holds now. Strings repeat across a series' occurrences: one copy each.
fn stored_rows(tx: &rusqlite::Transaction<'_>, id: i64) -> Result<StoredRows> {
    let mut old = StoredRows::new();
    let mut uids: HashMap<String, Rc<str>> = HashMap::new();
    let mut shared: HashMap<Fields, Rc<Fields>> = HashMap::new();
    let mut stmt = tx.prepare(
        "SELECT uid, recurrence_id, start_utc, end_utc, series, summary, all_day,
                cancelled, free, organizer, attendees
         FROM calendar_events WHERE source_id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let uid: String = r.get(0)?;
        let uid = uids
            .entry(uid.clone())
            .or_insert_with(|| uid.into())
            .clone();
        let f = Fields {
            summary: r.get(5)?,
            all_day: r.get(6)?,
            cancelled: r.get(7)?,
            free: r.get(8)?,
            organizer: r.get(9)?,
            attendees: r.get(10)?,
        };
        let fields = match shared.get(&f) {
            Some(rc) => rc.clone(),
            None => {
                let rc = Rc::new(f.clone());
                shared.insert(f, rc.clone());
                rc
            }
        };
        let stored = Stored {
            start: r.get(2)?,
            end: r.get(3)?,
            series: r.get(4)?,
            fields,
        };
        old.insert((uid, r.get(1)?), stored);
    }
    Ok(old)
}

/// Inserts what is new, updates what changed, leaves what is the same and deletes what the
/// file no longer has.
fn write_rows(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    p: &Prepared,
    mut old: StoredRows,
) -> Result<Diff> {
    let mut diff = Diff::default();
    let mut insert = tx.prepare(
        "INSERT INTO calendar_events (source_id, uid, recurrence_id, start_utc, end_utc,
             summary, series, all_day, cancelled, free, organizer, attendees)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut update = tx.prepare(
        "UPDATE calendar_events SET start_utc = ?4, end_utc = ?5, summary = ?6,
             series = ?7, all_day = ?8, cancelled = ?9, free = ?10, organizer = ?11,
             attendees = ?12
         WHERE source_id = ?1 AND uid = ?2 AND recurrence_id = ?3",
    )?;
    for r in &p.rows {
        let f = &r.fields;
        let values = params![
            id,
            &*r.uid,
            r.recurrence_id,
            r.start,
            r.end,
            f.summary,
            r.series,
            f.all_day,
            f.cancelled,
            f.free,
            f.organizer,
            f.attendees
        ];
        match old.remove(&(r.uid.clone(), r.recurrence_id)) {
            None => {
                insert.execute(values)?;
                diff.added += 1;
            }
            Some(s)
                if (s.start, s.end, s.series) == (r.start, r.end, r.series) && *s.fields == **f =>
            {
                diff.unchanged += 1
            }
            Some(_) => {
                update.execute(values)?;
                diff.updated += 1;
            }
        }
    }
    let mut delete = tx.prepare(
        "DELETE FROM calendar_events WHERE source_id = ?1 AND uid = ?2 AND recurrence_id = ?3",
    )?;
    for (uid, rid) in old.keys() {
        delete.execute(params![id, &**uid, rid])?;
    }
    diff.removed = old.len();
    Ok(diff)
}

/// The local days from the first occurrence's start to the day after the last one's end,
/// inside the window. Cancelled, free and all-day occurrences count: they show the calendar
/// was kept on those days. An open-ended series is expanded to the window's end, so it
/// covers to there.
fn coverage(p: &Prepared, opts: &ImportOptions) -> Option<DaySpan> {
    let day = |utc: i64| {
        chrono::DateTime::from_timestamp(utc, 0)
            .map(|t| t.with_timezone(&opts.user_tz).date_naive())
    };
    let first = p.rows.iter().map(|r| r.start).min()?;
    let last = p.rows.iter().map(|r| r.end.max(r.start + 1) - 1).max()?;
    let from = day(first)?.max(opts.window_from);
    let to = (day(last)? + chrono::Days::new(1)).min(opts.window_to);
    (from < to).then_some(DaySpan { from, to })
}

fn count(n: usize) -> u32 {
    n.min(u32::MAX as usize) as u32
}

fn source_from_row(r: &SqlRow<'_>) -> rusqlite::Result<CalendarSource> {
    let issues: String = r.get(5)?;
    Ok(CalendarSource {
        id: r.get(0)?,
        name: r.get(1)?,
        imported_at: parse_time(&r.get::<_, String>(2)?)?,
        window_from: parse_date(&r.get::<_, String>(3)?)?,
        window_to: parse_date(&r.get::<_, String>(4)?)?,
        covers: match (
            r.get::<_, Option<String>>(7)?,
            r.get::<_, Option<String>>(8)?,
        ) {
            (Some(from), Some(to)) => Some(DaySpan {
                from: parse_date(&from)?,
                to: parse_date(&to)?,
            }),
            _ => None,
        },
        occurrences: r.get::<_, i64>(6)?.clamp(0, u32::MAX as i64) as u32,
        // Issues written by another version that no longer parse are dropped, not fatal.
        issues: serde_json::from_str::<Vec<ImportIssue>>(&issues).unwrap_or_default(),
    })
}

const SOURCE_COLUMNS: &str = "s.id, s.name, s.imported_at, s.window_from, s.window_to, s.issues,
     (SELECT COUNT(*) FROM calendar_events e WHERE e.source_id = s.id), s.covers_from, s.covers_to";

fn attendees_of(text: &str) -> Vec<(String, String)> {
    text.split(' ')
        .filter(|p| !p.is_empty())
        .map(|p| match p.rsplit_once('=') {
            Some((a, s)) => (a.to_string(), s.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect()
}

impl Store {
    /// Imports calendar text under `name` (normally the file name). Re-importing the same name
    /// replaces that calendar's occurrences in one transaction; a file that fails changes
    /// nothing.
    pub fn import_calendar(
        &mut self,
        name: &str,
        bytes: &[u8],
        opts: &ImportOptions,
    ) -> Result<ImportReport> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid(
                "A calendar import needs a name (normally the file name) so that importing it \
                 again replaces it.",
            ));
        }
        let prepared = prepare_guarded(name, bytes, opts)?;
        self.write_import(name, opts, prepared)
    }

    /// Imports an `.ics` file, named after the file. Its size is checked before it is read.
    pub fn import_calendar_file(
        &mut self,
        path: &Path,
        opts: &ImportOptions,
    ) -> Result<ImportReport> {
        let bytes = source::read_file(path)?;
        self.import_calendar(&source::file_name(path), &bytes, opts)
    }

    fn write_import(
        &mut self,
        name: &str,
        opts: &ImportOptions,
        p: Prepared,
    ) -> Result<ImportReport> {
        let covers = coverage(&p, opts);
        let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        let issues = serde_json::to_string(&p.issues)
            .map_err(|e| Error::storage(format!("Could not record the import's issues: {e}")))?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO calendar_sources (name, sha256, imported_at, window_from, window_to, issues,
                 covers_from, covers_to)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256,
                 imported_at = excluded.imported_at, window_from = excluded.window_from,
                 window_to = excluded.window_to, issues = excluded.issues,
                 covers_from = excluded.covers_from, covers_to = excluded.covers_to",
            params![
                name,
                p.sha256,
                now,
                opts.window_from.format("%Y-%m-%d").to_string(),
                opts.window_to.format("%Y-%m-%d").to_string(),
                issues,
                day(covers.map(|c| c.from)),
                day(covers.map(|c| c.to)),
            ],
        )?;
        let id: i64 = tx.query_row(
            "SELECT id FROM calendar_sources WHERE name = ?1",
            [name],
            |r| r.get(0),
        )?;
        let old = stored_rows(&tx, id)?;
        let diff = write_rows(&tx, id, &p, old)?;
        let source = tx.query_row(
            &format!("SELECT {SOURCE_COLUMNS} FROM calendar_sources s WHERE s.id = ?1"),
            [id],
            source_from_row,
        )?;
        tx.commit()?;
        let flagged =
            |f: fn(&Fields) -> bool| count(p.rows.iter().filter(|r| f(&r.fields)).count());
        Ok(ImportReport {
            source,
            added: count(diff.added),
            updated: count(diff.updated),
            removed: count(diff.removed),
            unchanged: count(diff.unchanged),
            events: p.events,
            cancelled: flagged(|r| r.cancelled),
            all_day: flagged(|r| r.all_day),
            free: flagged(|r| r.free),
            truncated_series: p.truncated,
        })
    }

    /// Every imported calendar, by name.
    pub fn calendar_sources(&self) -> Result<Vec<CalendarSource>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {SOURCE_COLUMNS} FROM calendar_sources s ORDER BY s.name COLLATE NOCASE, s.id"
        ))?;
        let rows = stmt.query_map([], source_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removes an imported calendar and its occurrences.
    pub fn remove_calendar_source(&mut self, id: i64) -> Result<()> {
        let name: Option<String> = self
            .conn()
            .query_row(
                "SELECT name FROM calendar_sources WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        if name.is_none() {
            return Err(Error::not_found(format!(
                "There is no imported calendar with id {id}; it may have been removed already."
            )));
        }
        let tx = self.conn_mut().transaction()?;
        tx.execute("DELETE FROM calendar_events WHERE source_id = ?1", [id])?;
        tx.execute("DELETE FROM calendar_sources WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Occurrences overlapping [from, to) in Unix seconds, all flags included, ordered by
    /// start. An occurrence of no length counts when it starts inside the range.
    pub fn calendar_events_between(&self, from_utc: i64, to_utc: i64) -> Result<Vec<StoredEvent>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT uid, recurrence_id, start_utc, end_utc, summary, series, all_day, cancelled,
                    free, organizer, attendees
             FROM calendar_events
             WHERE start_utc < ?2 AND (end_utc > ?1 OR start_utc >= ?1)
             ORDER BY start_utc, end_utc, uid, recurrence_id, source_id",
        )?;
        let rows = stmt.query_map([from_utc, to_utc], |r| {
            Ok(StoredEvent {
                uid: r.get(0)?,
                recurrence_id: r.get(1)?,
                start_utc: r.get(2)?,
                end_utc: r.get(3)?,
                summary: r.get(4)?,
                series: r.get(5)?,
                all_day: r.get(6)?,
                cancelled: r.get(7)?,
                free: r.get(8)?,
                organizer: r.get(9)?,
                attendees: attendees_of(&r.get::<_, String>(10)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attendee_text_round_trips_even_with_equals_in_an_address() {
        assert_eq!(
            attendees_of("a@x.org=ACCEPTED /o=ex/cn=bob=DECLINED"),
            vec![
                ("a@x.org".to_string(), "ACCEPTED".to_string()),
                ("/o=ex/cn=bob".to_string(), "DECLINED".to_string()),
            ]
        );
        assert!(attendees_of("").is_empty());
    }
}
