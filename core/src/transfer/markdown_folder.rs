//! Everything readable as a folder of Markdown files, one per entry and per document, each with
//! YAML front matter of flat properties (`tags` a list, dates ISO), so Obsidian and other tools
//! open it as a vault: `journal/2026-03-04 Title.md`, `documents/Title.md`. The folder is built
//! beside the target and renamed into place, so it is there whole or not at all.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::documents::DocumentQuery;
use crate::error::{Error, Result};
use crate::export::{entry_file, markdown_file, suggested_path, ExportFormat};
use crate::store::Store;

fn failed(path: &Path, e: std::io::Error) -> Error {
    Error::invalid_field(
        "out",
        format!(
            "{} could not be written: {e}. Choose a folder you may write to.",
            path.display()
        ),
    )
}

/// Writes `text` to a new file in `folder`, named from `name` and never over one written before.
fn put(folder: &Path, name: &str, text: &str, taken: &mut HashSet<PathBuf>) -> Result<()> {
    let path = suggested_path(folder, name, ExportFormat::Md, |p| taken.contains(p));
    fs::write(&path, text).map_err(|e| failed(&path, e))?;
    taken.insert(path);
    Ok(())
}

impl Store {
    /// Writes the journal's entries and documents (those outside the trash) as Markdown files
    /// into `dir`, which must not exist yet or be empty; answers how many files.
    pub fn export_markdown_folder(&self, dir: &Path) -> Result<u32> {
        if fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some()) {
            return Err(Error::invalid_field(
                "out",
                format!(
                    "{} is not empty; export into a new folder, so nothing there is overwritten.",
                    dir.display()
                ),
            ));
        }
        let name = dir
            .file_name()
            .ok_or_else(|| Error::invalid_field("out", "Give the folder to export into."))?;
        let building = dir.with_file_name(format!(".{}.partial", name.to_string_lossy()));
        let _ = fs::remove_dir_all(&building);
        let (journal, documents) = (building.join("journal"), building.join("documents"));
        for d in [&journal, &documents] {
            fs::create_dir_all(d).map_err(|e| failed(dir, e))?;
        }
        let written = self.write_markdown(&journal, &documents).inspect_err(|_| {
            let _ = fs::remove_dir_all(&building);
        })?;
        fs::rename(&building, dir).map_err(|e| {
            let _ = fs::remove_dir_all(&building);
            failed(dir, e)
        })?;
        Ok(written)
    }

    fn write_markdown(&self, journal: &Path, documents: &Path) -> Result<u32> {
        let mut taken = HashSet::new();
        let mut n = 0;
        let mut stmt = self
            .conn()
            .prepare("SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY entry_date, id")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for id in ids {
            let e = self.entry(id)?;
            let title = if e.title.is_empty() {
                "Untitled"
            } else {
                e.title.as_str()
            };
            put(
                journal,
                &format!("{} {title}", e.entry_date),
                &entry_file(&e),
                &mut taken,
            )?;
            n += 1;
        }
        for s in self.documents(&DocumentQuery::default())? {
            let doc = self.document(s.id)?;
            put(documents, &doc.title, &markdown_file(&doc), &mut taken)?;
            n += 1;
        }
        Ok(n)
    }
}
