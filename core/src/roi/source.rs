//! Where a model is written: a JSON file of its own, or a ```roi block in a Markdown document
//! (the document stays plain Markdown; the block holds the model as YAML or JSON).

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

/// The model in `text`: the whole text as JSON or YAML, or else its first ```roi block.
pub fn model_from_text(text: &str) -> Result<RoiModel> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        return RoiModel::from_json(&value);
    }
    // A Markdown document is YAML too (one long string), so only a mapping is a model.
    if let Ok(value @ serde_json::Value::Object(_)) =
        serde_saphyr::from_str::<serde_json::Value>(text)
    {
        return RoiModel::from_json(&value);
    }
    let block = roi_blocks(text).into_iter().next().ok_or_else(|| {
        Error::invalid(
            "This is neither an ROI model in JSON or YAML nor a Markdown document with a ```roi block. Put the model in a block that starts with ```roi.",
        )
    })?;
    model_from_block(&block.text, block.line)
}

/// The model in one ```roi block whose opening fence is on `line`: JSON, or YAML (which
/// reads more easily in a document). A block that starts with `{` is meant as JSON, and its
/// JSON error is the one reported.
pub fn model_from_block(text: &str, line: usize) -> Result<RoiModel> {
    let json = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(value) => return RoiModel::from_json(&value),
        Err(e) => e,
    };
    if text.trim_start().starts_with('{') {
        return Err(Error::invalid(format!(
            "The ```roi block on line {line} is not valid JSON: {json} (line {} of the block).",
            json.line()
        )));
    }
    match serde_saphyr::from_str::<serde_json::Value>(text) {
        Ok(value @ serde_json::Value::Object(_)) => RoiModel::from_json(&value),
        Ok(_) => Err(Error::invalid(format!(
            "The ```roi block on line {line} holds no fields: write the model as `field: value` lines (YAML) or as a JSON object."
        ))),
        Err(e) => {
            let at = e
                .location()
                .map(|l| format!("line {} of the block, column {}: ", l.line(), l.column()))
                .unwrap_or_default();
            Err(Error::invalid(format!(
                "The ```roi block on line {line} is neither valid YAML nor JSON: {at}{}.",
                yaml_problem(&e.to_string())
            )))
        }
    }
}

/// What the YAML parser found wrong, without the place it also writes in ("error: line 2
/// column 21: illegal placement of ':' indicator at line 2, column 21").
fn yaml_problem(message: &str) -> &str {
    let first = message.lines().next().unwrap_or(message);
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let first = match first.strip_prefix("line ") {
        Some(rest) => rest.split_once(": ").map_or(first, |(_, problem)| problem),
        None => first,
    };
    first
        .split(" at line ")
        .next()
        .unwrap_or(first)
        .trim_end_matches('.')
}

/// A ```roi block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What is between the fences.
    pub text: String,
    /// The line of the opening fence, from 1.
    pub line: usize,
    /// Where the block is, fences included, in bytes of the document.
    pub range: std::ops::Range<usize>,
}

/// Every ```roi block of `markdown`, in order.
pub fn roi_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut inside: Option<Block> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("roi") =>
            {
                inside = Some(Block {
                    text: String::new(),
                    line: markdown[..range.start].lines().count() + 1,
                    range,
                });
            }
            Event::Text(t) => {
                if let Some(b) = inside.as_mut() {
                    b.text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(inside.take()),
            _ => {}
        }
    }
    blocks
}
