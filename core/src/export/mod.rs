//! Documents out of Waypoint: Markdown with front matter that other tools read, and a
//! self-contained HTML page (inline CSS and SVG, no scripts, nothing loaded from anywhere,
//! print-ready). The document's Markdown passes through the same sanitiser as the preview;
//! ```roi blocks become their figures and chart. PDF through typst (`pdf/`, the `pdf` feature).
//! Files are written whole or not at all.

mod front_matter;
mod path;
#[cfg(feature = "pdf")]
pub mod pdf;

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::documents::Document;
use crate::error::{Error, Result};
use crate::markdown::{escape_html as escape, render_with_blocks};
use crate::roi::{block_html, Currency, BLOCK_INFO};

pub use front_matter::{entry_file, kind_in_front_matter, markdown_file};
pub use path::suggested_path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Md,
    Html,
    Pdf,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Md => "md",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "md" => Ok(ExportFormat::Md),
            "html" => Ok(ExportFormat::Html),
            "pdf" => Ok(ExportFormat::Pdf),
            other => Err(Error::invalid(format!(
                "\"{other}\" is not an export format; use md, html or pdf."
            ))),
        }
    }
}

/// Where a save dialog pointed: the file, and the format its name asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ExportTarget {
    pub path: std::path::PathBuf,
    pub format: ExportFormat,
}

impl ExportTarget {
    /// The format of the file's extension (`.md`, `.markdown`, `.html`, `.htm`, `.pdf`); a name
    /// with none of those is a PDF and gets `.pdf` added.
    pub fn for_path(path: &Path) -> Self {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let format = match ext.as_str() {
            "md" | "markdown" => Some(ExportFormat::Md),
            "html" | "htm" => Some(ExportFormat::Html),
            "pdf" => Some(ExportFormat::Pdf),
            _ => None,
        };
        match format {
            Some(format) => ExportTarget {
                path: path.to_path_buf(),
                format,
            },
            None => {
                let mut name = path.as_os_str().to_os_string();
                name.push(".pdf");
                ExportTarget {
                    path: name.into(),
                    format: ExportFormat::Pdf,
                }
            }
        }
    }
}

/// The stylesheet every exported page carries inline.
pub const PAGE_CSS: &str = include_str!("page.css");

/// The document's body as the preview shows it: sanitised HTML, ```roi blocks drawn.
pub fn document_html(markdown: &str, currency: &Currency) -> String {
    render_with_blocks(markdown, &mut |info, text, line| {
        (info.split_whitespace().next() == Some(BLOCK_INFO))
            .then(|| block_html(text, line, currency))
    })
}

fn title(doc: &Document) -> &str {
    if doc.title.is_empty() {
        "Untitled"
    } else {
        doc.title.as_str()
    }
}

/// What a page says under the title: "Executive brief · last changed 2026-12-05".
fn meta(doc: &Document) -> String {
    format!(
        "{} · last changed {}",
        doc.kind.label(),
        doc.updated_at.format("%Y-%m-%d")
    )
}

/// A whole page: the title, the kind and the last change, then the body.
pub fn html_page(doc: &Document, currency: &Currency) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>\n{PAGE_CSS}</style>\n</head>\n<body>\n<main>\n<header><h1>{t}</h1><p>{meta}</p></header>\n<article>\n{body}</article>\n</main>\n</body>\n</html>\n",
        t = escape(title(doc)),
        meta = escape(&meta(doc)),
        body = document_html(&doc.body, currency),
    )
}

/// Writes the document to `path` in `format` ([`write_file`]).
pub fn write(doc: &Document, format: ExportFormat, path: &Path, currency: &Currency) -> Result<()> {
    write_file(path, &file(doc, format, currency)?)
}

/// Writes `bytes` to a file beside `path` first, then renames it over `path`, so a failed
/// write leaves what was there.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::invalid(format!(
            "{} could not be written: {e}. Choose a folder you may write to.",
            path.display()
        ))
        .at("out")
    };
    let name = path.file_name().ok_or_else(|| {
        Error::invalid(format!(
            "{} is a folder; give a file name to export to.",
            path.display()
        ))
        .at("out")
    })?;
    let partial = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    std::fs::write(&partial, bytes).map_err(fail)?;
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        fail(e)
    })
}

/// The exported file's bytes.
pub fn file(doc: &Document, format: ExportFormat, currency: &Currency) -> Result<Vec<u8>> {
    Ok(match format {
        ExportFormat::Md => markdown_file(doc).into_bytes(),
        ExportFormat::Html => html_page(doc, currency).into_bytes(),
        ExportFormat::Pdf => pdf_file(doc, currency)?,
    })
}

fn pdf_file(doc: &Document, currency: &Currency) -> Result<Vec<u8>> {
    pdf_bytes(title(doc), meta(doc), &doc.body, currency)
}

/// A PDF of Markdown under a title and a line of `meta`.
#[cfg(feature = "pdf")]
pub fn pdf_bytes(
    title: &str,
    meta: String,
    markdown: &str,
    currency: &Currency,
) -> Result<Vec<u8>> {
    pdf::pdf(title, meta, markdown, currency)
}

#[cfg(not(feature = "pdf"))]
pub fn pdf_bytes(_: &str, _: String, _: &str, _: &Currency) -> Result<Vec<u8>> {
    Err(Error::invalid(
        "This build of Waypoint has no PDF export (it was built without the pdf feature). Export to HTML and print that page to PDF, or use a build with PDF export.",
    ))
}

#[cfg(test)]
mod tests {
    use super::{ExportFormat, ExportTarget};
    use std::path::Path;

    #[test]
    fn the_chosen_name_says_the_format_and_a_name_without_one_is_a_pdf() {
        let t = |p: &str| ExportTarget::for_path(Path::new(p));
        assert_eq!(t("/d/Brief.HTML").format, ExportFormat::Html);
        assert_eq!(t("/d/Brief.markdown").format, ExportFormat::Md);
        assert_eq!(t("/d/Brief.pdf").path, Path::new("/d/Brief.pdf"));
        let plain = t("/d/Brief v2.final");
        assert_eq!(
            (plain.format, plain.path.as_path()),
            (ExportFormat::Pdf, Path::new("/d/Brief v2.final.pdf"))
        );
    }
}
