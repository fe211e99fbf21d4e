//! Where the user was: the section of the app and the entry and document open in it, kept per
//! journal (in its settings) so the app reopens there. What is reopened is checked against
//! the journal as it is now: an entry or document since trashed or deleted is not.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Problems, Result};
use crate::store::Store;

const KEY: &str = "place";

/// A section of the app, as the sidebar lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    #[default]
    Home,
    Journal,
    Documents,
    Plan,
    Competencies,
    Workload,
    Review,
    Data,
    Trash,
}

/// The section shown, and what the journal and the documents had open (each keeps its own
/// while another section is shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct Place {
    pub section: Section,
    pub entry_id: Option<i64>,
    pub document_id: Option<i64>,
}

impl Store {
    /// Remembers where the user is. An id that is not in the journal is refused.
    pub fn remember_place(&mut self, place: &Place) -> Result<Place> {
        let mut problems = Problems::default();
        if let Some(id) = place.entry_id {
            if self.entry(id).is_err() {
                problems.add(
                    "entry_id",
                    format!("There is no entry {id} in this journal to reopen."),
                );
            }
        }
        if let Some(id) = place.document_id {
            if self.document(id).is_err() {
                problems.add(
                    "document_id",
                    format!("There is no document {id} in this journal to reopen."),
                );
            }
        }
        problems.finish()?;
        self.write_setting(KEY, place)?;
        Ok(*place)
    }

    /// Where to reopen the app: the place last remembered, without what has since gone to
    /// the trash or been deleted. A journal never opened before opens at home.
    pub fn place_to_reopen(&self) -> Result<Place> {
        let mut place: Place = self.read_setting(KEY)?;
        if let Some(id) = place.entry_id {
            if !self.entry(id).is_ok_and(|e| e.deleted_at.is_none()) {
                place.entry_id = None;
            }
        }
        if let Some(id) = place.document_id {
            if !self.document(id).is_ok_and(|d| d.deleted_at.is_none()) {
                place.document_id = None;
            }
        }
        Ok(place)
    }
}
