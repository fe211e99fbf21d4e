//! Documents out of Waypoint: Markdown with front matter that other tools read, and a
//! self-contained HTML page (inline CSS and SVG, no scripts, nothing loaded from anywhere,
//! print-ready). The document's Markdown passes through the same sanitiser as the preview;
//! ```roi blocks become their figures and chart. Files are written whole or not at all.

mod front_matter;
mod path;

use std::path::Path;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::documents::Document;
use crate::error::{Error, Result};
use crate::markdown::{escape_html as escape, render_with_blocks};
use crate::roi::{block_html, Currency, BLOCK_INFO};

pub use front_matter::markdown_file;
pub use path::suggested_path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Md,
    Html,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Md => "md",
            ExportFormat::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "md" => Ok(ExportFormat::Md),
            "html" => Ok(ExportFormat::Html),
            other => Err(Error::invalid(format!(
                "\"{other}\" is not an export format; use md or html."
            ))),
        }
    }
}

const PAGE_CSS: &str = include_str!("page.css");

/// The document's body as the preview shows it: sanitised HTML, ```roi blocks drawn.
pub fn document_html(markdown: &str, currency: &Currency) -> String {
    render_with_blocks(markdown, &mut |info, text, line| {
        (info.split_whitespace().next() == Some(BLOCK_INFO))
            .then(|| block_html(text, line, currency))
    })
}

/// A whole page: the title, the kind and the last change, then the body.
pub fn html_page(doc: &Document, currency: &Currency) -> String {
    let title = if doc.title.is_empty() {
        "Untitled"
    } else {
        doc.title.as_str()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>\n{PAGE_CSS}</style>\n</head>\n<body>\n<main>\n<header><h1>{t}</h1><p>{kind} · last changed {updated}</p></header>\n<article>\n{body}</article>\n</main>\n</body>\n</html>\n",
        t = escape(title),
        kind = doc.kind.label(),
        updated = doc.updated_at.format("%Y-%m-%d"),
        body = document_html(&doc.body, currency),
    )
}

/// Writes the document to `path` in `format`: to a file beside it first, then renamed over
/// `path`, so a failed write leaves what was there.
pub fn write(doc: &Document, format: ExportFormat, path: &Path, currency: &Currency) -> Result<()> {
    let text = match format {
        ExportFormat::Md => markdown_file(doc),
        ExportFormat::Html => html_page(doc, currency),
    };
    let fail = |e: std::io::Error| {
        Error::invalid(format!(
            "{} could not be written: {e}. Choose a folder you may write to.",
            path.display()
        ))
    };
    let name = path.file_name().ok_or_else(|| {
        Error::invalid(format!(
            "{} is a folder; give a file name to export to.",
            path.display()
        ))
    })?;
    let partial = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    std::fs::write(&partial, text).map_err(fail)?;
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        fail(e)
    })
}
