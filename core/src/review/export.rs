//! A review out of Waypoint: Markdown with front matter, the HTML page, or the PDF (through the
//! same typst engine as documents), written whole or not at all.

use std::path::Path;

use super::types::Review;
use super::{html, markdown};
use crate::error::Result;
use crate::export::{pdf_bytes, write_file, ExportFormat};
use crate::roi::Currency;

/// The exported file's bytes.
pub fn review_file(r: &Review, format: ExportFormat) -> Result<Vec<u8>> {
    Ok(match format {
        ExportFormat::Md => markdown::file(r).into_bytes(),
        ExportFormat::Html => html::page(r).into_bytes(),
        ExportFormat::Pdf => pdf_bytes(
            &markdown::title(r),
            markdown::meta(r),
            &markdown::body(r),
            &Currency::default(),
        )?,
    })
}

/// Writes the review to `path` in `format`; on failure what was at `path` stays.
pub fn write_review(r: &Review, format: ExportFormat, path: &Path) -> Result<()> {
    write_file(path, &review_file(r, format)?)
}
