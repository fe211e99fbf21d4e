//! Whether the journal file is whole: SQLite's own integrity check (which also checks the
//! full-text indexes' structure) and FTS5's check of each index against its content, for the
//! crash test now and for the check after an unclean shutdown.

use std::path::Path;

use super::{DbKey, Store};
use crate::error::{Error, Result};
use crate::paths::DATABASE_FILE;
use crate::time::Clock;

/// Whether the last session ended without closing the journal: closing the last connection
/// removes the WAL, so one still there means a crash, a power cut or a kill (or another
/// Waypoint has it open now).
pub fn ended_uncleanly(data_dir: &Path) -> bool {
    data_dir.join(format!("{DATABASE_FILE}-wal")).exists()
}

/// The full-text indexes, each checked against the rows it indexes.
const INDEXES: [&str; 2] = ["entries_fts", "documents_fts"];

impl Store {
    /// Opens the journal in `data_dir` (with `key` when it is encrypted) as the app starts or
    /// unlocks: after an unclean end it is quick-checked first, and a damaged one is an error
    /// (the file is left as it is).
    pub fn open_at_start(
        data_dir: &Path,
        key: Option<DbKey>,
        clock: Box<dyn Clock>,
    ) -> Result<Self> {
        let unclean = ended_uncleanly(data_dir);
        let store = match key {
            Some(key) => Self::open_in_dir_with_key(data_dir, key, clock)?,
            None => Self::open_in_dir(data_dir, clock)?,
        };
        if unclean {
            store.quick_check()?;
        }
        Ok(store)
    }

    /// SQLite's quick check (the structure of every page, in well under a second on a
    /// ten-year journal); a damaged file is an error that says what was found.
    pub fn quick_check(&self) -> Result<()> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check(5)")?;
        let found: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|line| line != "ok")
            .collect();
        if found.is_empty() {
            return Ok(());
        }
        Err(Error::storage(format!(
            "The journal {} is damaged ({}). It is kept as it is; restore a backup.",
            self.path.display(),
            found.join("; ")
        )))
    }

    /// Every problem found, in SQLite's words; none when the file is whole.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let mut problems: Vec<String> = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|line| line != "ok")
            .collect();
        for index in INDEXES {
            // rank 1: compare the index with the content it was built from, not only its shape.
            let checked = self.conn.execute(
                &format!("INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)"),
                [],
            );
            if let Err(e) = checked {
                problems.push(format!("{index}: {e}"));
            }
        }
        Ok(problems)
    }
}

#[cfg(test)]
mod tests {
    use crate::journal::EntryDraft;
    use crate::store::Store;
    use crate::time::FixedClock;

    #[test]
    fn a_whole_file_has_no_problems_and_an_index_out_of_step_is_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open_in_dir(
            dir.path(),
            Box::new(FixedClock(chrono::DateTime::UNIX_EPOCH)),
        )
        .unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let draft = EntryDraft {
            title: "Whole".into(),
            body: "words".into(),
            ..Default::default()
        };
        s.create_entry(&draft, day).unwrap();
        assert_eq!(s.integrity_problems().unwrap(), Vec::<String>::new());
        // A row in the index that no entry has.
        s.conn
            .execute("INSERT INTO entries_fts (rowid, title, body, tags_text) VALUES (999, 'ghost', '', '')", [])
            .unwrap();
        let problems = s.integrity_problems().unwrap();
        assert!(
            problems.iter().any(|p| p.starts_with("entries_fts")),
            "{problems:?}"
        );
    }
}
