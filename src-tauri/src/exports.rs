//! Where exports from the app go: a `Waypoint` folder in the user's Documents folder (the
//! platform's, else `~/Documents`), so an export is one click and easy to find again.

use std::path::PathBuf;

use waypoint_core::export::{self, ExportFormat};
use waypoint_core::roi::Currency;
use waypoint_core::{Error, Result, Store};

pub fn folder() -> PathBuf {
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|home| home.join("Documents")))
        .unwrap_or_else(std::env::temp_dir)
        .join("Waypoint")
}

/// Writes document `id` into [`folder`], named after its title and never over another file;
/// answers the path written.
pub fn to_folder(store: &Store, id: i64, format: ExportFormat) -> Result<String> {
    let doc = store.document(id)?;
    let folder = folder();
    std::fs::create_dir_all(&folder).map_err(|e| {
        Error::invalid(format!(
            "The exports folder {} could not be made: {e}. Check that your Documents folder can be written to.",
            folder.display()
        ))
    })?;
    let path = export::suggested_path(&folder, &doc.title, format, |p| p.exists());
    export::write(&doc, format, &path, &Currency::default())?;
    Ok(path.display().to_string())
}
