//! Where a model is written: a JSON file of its own, or a ```roi block in a Markdown document
//! (the document stays plain Markdown; the block holds the model's JSON).

use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use super::inputs::RoiModel;
use crate::error::{Error, Result};

/// The model in the file at `path` (see [`model_from_text`]); a file over 1 MiB is refused
/// before it is read.
pub fn model_from_file(path: &Path) -> Result<RoiModel> {
    model_from_text(&crate::text_file::read(
        path,
        "an ROI model or a document holding one",
        "an ROI model is JSON, or Markdown with a ```roi block",
    )?)
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
    model_from_block(&block.text, block.line)
}

/// The model in one ```roi block whose opening fence is on `line`.
pub fn model_from_block(text: &str, line: usize) -> Result<RoiModel> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(format!(
            "The ```roi block on line {line} is not valid JSON: {e} (line {} of the block).",
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
