//! Whether the journal file is whole: SQLite's own integrity check (which also checks the
//! full-text indexes' structure) and FTS5's check of each index against its content, for the
//! crash test now and for the check after an unclean shutdown.

use super::Store;
use crate::error::Result;

/// The full-text indexes, each checked against the rows it indexes.
const INDEXES: [&str; 2] = ["entries_fts", "documents_fts"];

impl Store {
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
