//! Where exports from the app go (documents, reviews, everything): a `Waypoint` folder in the user's Documents folder (the
//! platform's, else `~/Documents`), so an export is one click and easy to find again.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use waypoint_core::export::{self, ExportFormat};
use waypoint_core::review::{write_review, Review};
use waypoint_core::roi::Currency;
use waypoint_core::transfer::Everything;
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
    into_folder(&doc.title, format, |path| {
        export::write(&doc, format, path, &Currency::default())
    })
}

/// Writes a review into [`folder`], named after its period; answers the path written.
pub fn review_to_folder(review: &Review, format: ExportFormat) -> Result<String> {
    let name = format!(
        "Progress review {} to {}",
        review.period.from, review.period.to
    );
    into_folder(&name, format, |path| write_review(review, format, path))
}

/// Writes everything (one JSON file, or a folder of Markdown files) into [`folder`], named
/// after `day` and never over another; answers the path written.
pub fn everything_to_folder(store: &Store, format: Everything, day: NaiveDate) -> Result<String> {
    let folder = made_folder()?;
    let (stem, ext) = match format {
        Everything::Json => (format!("Waypoint export {day}"), ".json"),
        Everything::Markdown => (format!("Waypoint notes {day}"), ""),
    };
    let path = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}{ext}")),
            n => folder.join(format!("{stem} ({n}){ext}")),
        })
        .find(|p| !p.exists())
        .expect("an unused name");
    match format {
        Everything::Json => export::write_file(&path, store.export_json()?.as_bytes())?,
        Everything::Markdown => {
            store.export_markdown_folder(&path)?;
        }
    }
    Ok(path.display().to_string())
}

/// The exports folder, made if it is not there.
fn made_folder() -> Result<PathBuf> {
    let folder = folder();
    std::fs::create_dir_all(&folder).map_err(|e| {
        Error::invalid(format!(
            "The exports folder {} could not be made: {e}. Check that your Documents folder can be written to.",
            folder.display()
        ))
    })?;
    Ok(folder)
}

fn into_folder(
    name: &str,
    format: ExportFormat,
    write: impl FnOnce(&Path) -> Result<()>,
) -> Result<String> {
    let folder = made_folder()?;
    let path = export::suggested_path(&folder, name, format, |p| p.exists());
    write(&path)?;
    Ok(path.display().to_string())
}
