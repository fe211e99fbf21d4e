//! The list of competencies: reading it, adding the user's own, renaming and archiving.

use rusqlite::{params, Connection, OptionalExtension};

use super::types::{Competency, CompetencyDraft, CompetencyGroup};
use crate::error::{Error, Result};
use crate::journal::validate as entry_rules;
use crate::plan::validate as names;
use crate::store::Store;

pub(crate) fn all(conn: &Connection) -> Result<Vec<Competency>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, description, tag, groups, archived_at IS NOT NULL
         FROM competencies ORDER BY position, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Competency {
            id: r.get(0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            tag: r.get(3)?,
            groups: r
                .get::<_, String>(4)?
                .split_whitespace()
                .filter_map(CompetencyGroup::parse)
                .collect(),
            archived: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// "Stakeholder Management!" → "stakeholder-management": a valid journal tag.
fn tag_from_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let t: String = out
        .trim_end_matches('-')
        .chars()
        .take(entry_rules::MAX_TAG_CHARS)
        .collect();
    t.trim_end_matches('-').to_string()
}

fn exists(conn: &Connection, id: i64) -> Result<()> {
    conn.query_row("SELECT 1 FROM competencies WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .ok_or_else(|| Error::not_found(format!("There is no competency with id {id}.")))
}

impl Store {
    /// Adds the user's own competency; it applies whatever the track and level.
    pub fn add_competency(&mut self, d: &CompetencyDraft) -> Result<Competency> {
        let name = names::name(&d.name, "competency name")?;
        let description = names::note(&d.description, "description", 500)?;
        let tag = if d.tag.trim().is_empty() {
            tag_from_name(&name)
        } else {
            d.tag.clone()
        };
        let tag = entry_rules::tag(&tag)?;
        let clash: Option<String> = self
            .conn()
            .query_row(
                "SELECT name FROM competencies WHERE tag = ?1 OR lower(name) = lower(?2)",
                params![tag, name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = clash {
            return Err(Error::invalid(format!(
                "\"{other}\" already uses this name or the tag #{tag}. Choose another name or tag."
            )));
        }
        let slug = format!("custom-{}", uuid::Uuid::new_v4());
        self.conn().execute(
            "INSERT INTO competencies (slug, name, description, tag, groups, position, created_at)
             VALUES (?1, ?2, ?3, ?4, 'custom', (SELECT COALESCE(MAX(position), 0) + 1 FROM competencies), ?5)",
            params![slug, name, description, tag, self.now_text()],
        )?;
        let id = self.conn().last_insert_rowid();
        all(self.conn())?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Error::storage("The new competency could not be read back."))
    }

    /// Renames a competency or changes its description; its tag (and so its evidence) stays.
    pub fn update_competency(&mut self, id: i64, name: &str, description: &str) -> Result<()> {
        let name = names::name(name, "competency name")?;
        let description = names::note(description, "description", 500)?;
        exists(self.conn(), id)?;
        self.conn().execute(
            "UPDATE competencies SET name = ?2, description = ?3 WHERE id = ?1",
            params![id, name, description],
        )?;
        Ok(())
    }

    /// Archived competencies leave the radar, gaps and reviews; their history is kept.
    pub fn set_competency_archived(&mut self, id: i64, archived: bool) -> Result<()> {
        exists(self.conn(), id)?;
        self.conn().execute(
            "UPDATE competencies SET archived_at = CASE WHEN ?2 THEN COALESCE(archived_at, ?3) END WHERE id = ?1",
            params![id, archived, self.now_text()],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::tag_from_name;

    #[test]
    fn tags_are_derived_from_names() {
        assert_eq!(
            tag_from_name("Stakeholder Management!"),
            "stakeholder-management"
        );
        assert_eq!(tag_from_name("  P&L  fluency "), "p-l-fluency");
        assert!(tag_from_name(&"word ".repeat(30)).len() <= 40);
        assert!(!tag_from_name(&"word ".repeat(30)).ends_with('-'));
    }
}
