//! Where a model is written: a JSON file of its own, or a ```roi block in a Markdown document
//! (the document stays plain Markdown; the block holds the model's JSON).

use std::io::Read;
use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use super::inputs::RoiModel;
use crate::error::{Error, Result};

/// A model or a document is a few kilobytes; anything past this is the wrong file.
const MAX_BYTES: u64 = 1024 * 1024;

/// The model in the file at `path` (see [`model_from_text`]); a file over 1 MiB is refused
/// before it is read.
pub fn model_from_file(path: &Path) -> Result<RoiModel> {
    let shown = path.display();
    let fail = |e: std::io::Error| {
        Error::invalid(format!(
            "{shown} could not be read: {e}. Check the path and that you may read it."
        ))
    };
    let too_big = |bytes: u64| {
        Error::invalid(format!(
            "{shown} is {:.1} MB; an ROI model or a document holding one is at most 1 MB. Check that this is the right file.",
            bytes as f64 / 1e6
        ))
    };
    let size = std::fs::metadata(path).map_err(fail)?.len();
    if size > MAX_BYTES {
        return Err(too_big(size));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .map_err(fail)?
        .take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| Error::invalid(format!("{shown} is not a text file ({e}); an ROI model is JSON, or Markdown with a ```roi block.")))?;
    // A pipe has no size on disk, and a file can grow while it is read.
    if text.len() as u64 > MAX_BYTES {
        return Err(too_big(text.len() as u64));
    }
    model_from_text(&text)
}

/// The model in `text`: the whole text as JSON, or else its first ```roi block.
pub fn model_from_text(text: &str) -> Result<RoiModel> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        return RoiModel::from_json(&value);
    }
    let block = roi_block(text).ok_or_else(|| {
        Error::invalid(
            "This is neither an ROI model in JSON nor a Markdown document with a ```roi block. Put the model's JSON in a block that starts with ```roi.",
        )
    })?;
    let value: serde_json::Value = serde_json::from_str(&block.text).map_err(|e| {
        Error::invalid(format!(
            "The ```roi block on line {} is not valid JSON: {e} (line {} of the block).",
            block.line,
            e.line()
        ))
    })?;
    RoiModel::from_json(&value)
}

struct Block {
    text: String,
    /// The line of the opening fence, from 1.
    line: usize,
}

fn roi_block(markdown: &str) -> Option<Block> {
    let mut inside: Option<Block> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("roi") =>
            {
                let line = markdown[..range.start].lines().count() + 1;
                inside = Some(Block {
                    text: String::new(),
                    line,
                });
            }
            Event::Text(t) => {
                if let Some(b) = inside.as_mut() {
                    b.text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) if inside.is_some() => return inside,
            _ => {}
        }
    }
    None
}
