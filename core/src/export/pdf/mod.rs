//! PDF export through typst, used as a library: the document becomes data (content.rs), and
//! one fixed template (page.typ) lays it out with the four embedded fonts. The same document
//! gives the same bytes every time, and `pdftotext` reads its text back.

mod content;

use std::sync::OnceLock;

use serde::Serialize;
use typst::foundations::{Dict, IntoValue};
use typst_as_lib::{TypstEngine, TypstTemplateMainFile};
use typst_layout::PagedDocument;

use crate::error::{Error, Result};
use crate::roi::Currency;

pub use content::{blocks, Block, Run};

const TEMPLATE: &str = include_str!("page.typ");
const FONTS: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../../assets/fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../../assets/fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf"),
];

#[derive(Serialize)]
struct PdfDocument<'a> {
    title: &'a str,
    meta: String,
    blocks: Vec<Block>,
}

/// Fonts parsed and the template read once per process.
fn engine() -> &'static TypstEngine<TypstTemplateMainFile> {
    static ENGINE: OnceLock<TypstEngine<TypstTemplateMainFile>> = OnceLock::new();
    ENGINE.get_or_init(|| {
        TypstEngine::builder()
            .main_file(TEMPLATE)
            .fonts(FONTS)
            .build()
    })
}

/// The PDF of a document: its title, `meta` (kind and date) under it, then the body.
pub fn pdf(title: &str, meta: String, markdown: &str, currency: &Currency) -> Result<Vec<u8>> {
    let mut blocks = blocks(markdown, currency);
    // The chart names a generic family; the PDF has one sans-less family, so it names that.
    for b in &mut blocks {
        if let Block::Roi { chart, .. } = b {
            *chart = chart.replacen(
                "font-family=\"sans-serif\"",
                "font-family=\"Libertinus Serif\"",
                1,
            );
        }
    }
    let data = serde_json::to_string(&PdfDocument {
        title,
        meta,
        blocks,
    })
    .map_err(|e| Error::storage(format!("The PDF's content could not be prepared: {e}")))?;
    let mut inputs = Dict::new();
    inputs.insert("doc".into(), data.into_value());
    let laid_out: PagedDocument = engine()
        .compile_with_input(inputs)
        .output
        .map_err(|e| Error::storage(format!("The PDF could not be laid out: {e}")))?;
    typst_pdf::pdf(&laid_out, &typst_pdf::PdfOptions::default()).map_err(|e| {
        Error::storage(format!(
            "The PDF could not be written: {}",
            e.iter()
                .map(|d| d.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })
}
