//! The user's data out of Waypoint and back in: everything as one JSON file (`json`), which a
//! new, empty journal takes back exactly; a folder of Markdown files other tools open
//! (`markdown_folder`); entries from the journals people leave (`incoming`, with one reader per
//! tool: `jrnl`, `dayone`, `markdown_notes`, `daylio`).

mod daylio;
pub mod dayone;
pub mod incoming;
mod jrnl;
mod jrnl_days;
pub mod json;
mod markdown_folder;
pub mod markdown_notes;

pub use daylio::MoodValues;
pub use incoming::{ImportPreview, ImportRequest, ImportSource, IncomingFile};

pub use json::{FORMAT, VERSION};

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};

/// The two ways to take everything out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Everything {
    /// One JSON file, which a new journal takes back exactly.
    Json,
    /// A folder of Markdown files with front matter.
    Markdown,
}

/// A file's bytes as text (UTF-8, a byte-order mark dropped), or why not, naming `what`.
pub fn decode_text(bytes: &[u8], what: &str) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        Error::invalid(format!(
            "The {what} is not text (invalid UTF-8 at byte {}); choose the file the other app exported.",
            e.utf8_error().valid_up_to()
        ))
    })
}
