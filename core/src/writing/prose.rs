//! The prose of a Markdown document: what a reader reads, at the same byte offsets as in the
//! source, so that every finding points into the text the writer typed. Code blocks, inline
//! code, HTML, images, link targets, bare URLs and the front matter are not prose; their bytes
//! become spaces. Each paragraph, heading, list item and table cell is a block, and a block
//! ends its last sentence even without a full stop (a heading is not run into the paragraph
//! below it).

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// A list item's or table cell's own text.
    Other,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

pub struct Prose {
    /// The source with everything that is not prose turned into spaces (newlines kept).
    pub text: String,
    pub blocks: Vec<Block>,
    /// The ```roi blocks: where each starts, its line, and its text (an ROI model).
    pub roi_blocks: Vec<RoiBlock>,
}

pub struct RoiBlock {
    pub start: usize,
    pub line: usize,
    pub text: String,
}

/// Tags whose start or end begins a new block.
fn is_block(tag_end: &TagEnd) -> bool {
    matches!(
        tag_end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableCell
            | TagEnd::BlockQuote(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::List(_)
    )
}

fn kind_of(tag: &Tag) -> Option<BlockKind> {
    match tag {
        Tag::Paragraph => Some(BlockKind::Paragraph),
        Tag::Heading { .. } => Some(BlockKind::Heading),
        Tag::Item | Tag::TableCell => Some(BlockKind::Other),
        Tag::BlockQuote(_) | Tag::FootnoteDefinition(_) | Tag::List(_) => Some(BlockKind::Other),
        _ => None,
    }
}

pub fn extract(source: &str) -> Prose {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut keep = vec![false; source.len()];
    let mut blocks: Vec<Block> = Vec::new();
    // The block being filled: its kind, and whether text has been kept in it.
    let mut current: Option<(BlockKind, Option<Range<usize>>)> = None;
    // Depth inside things that are not prose (images, metadata, code blocks, HTML blocks).
    let mut hidden = 0u32;
    // For each open link, whether it is an autolink (whose text is its address).
    let mut autolinks: Vec<bool> = Vec::new();
    let mut roi_blocks: Vec<RoiBlock> = Vec::new();
    let mut in_roi = false;
    let close = |current: &mut Option<(BlockKind, Option<Range<usize>>)>,
                 blocks: &mut Vec<Block>| {
        if let Some((kind, Some(range))) = current.take() {
            blocks.push(Block { kind, range });
        }
    };
    for (event, range) in Parser::new_ext(source, opts).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if matches!(tag, Tag::Link { .. }) {
                    autolinks.push(is_autolink(&tag));
                }
                if let Some(kind) = kind_of(&tag) {
                    close(&mut current, &mut blocks);
                    current = Some((kind, None));
                }
                if matches!(
                    tag,
                    Tag::Image { .. } | Tag::MetadataBlock(_) | Tag::CodeBlock(_) | Tag::HtmlBlock
                ) {
                    hidden += 1;
                }
                if is_autolink(&tag) {
                    hidden += 1;
                }
                if let Tag::CodeBlock(CodeBlockKind::Fenced(info)) = &tag {
                    in_roi = info.split_whitespace().next() == Some(crate::roi::BLOCK_INFO);
                    if in_roi {
                        roi_blocks.push(RoiBlock {
                            start: range.start,
                            line: source[..range.start].matches('\n').count() + 1,
                            text: String::new(),
                        });
                    }
                }
            }
            Event::End(tag_end) => {
                if is_block(&tag_end) {
                    close(&mut current, &mut blocks);
                    // Text after a nested block (a list item's second line) is a new block.
                    if matches!(tag_end, TagEnd::Paragraph | TagEnd::List(_)) {
                        current = Some((BlockKind::Other, None));
                    }
                }
                if matches!(
                    tag_end,
                    TagEnd::Image
                        | TagEnd::MetadataBlock(_)
                        | TagEnd::CodeBlock
                        | TagEnd::HtmlBlock
                ) {
                    hidden = hidden.saturating_sub(1);
                }
                if tag_end == TagEnd::CodeBlock {
                    in_roi = false;
                }
                if tag_end == TagEnd::Link && autolinks.pop().unwrap_or(false) {
                    hidden = hidden.saturating_sub(1);
                }
            }
            Event::Text(t) if in_roi => {
                if let Some(b) = roi_blocks.last_mut() {
                    b.text.push_str(&t);
                }
            }
            Event::Text(_) if hidden == 0 => {
                keep_prose(source, range.clone(), &mut keep);
                let block = current.get_or_insert((BlockKind::Other, None));
                let r = block.1.get_or_insert(range.clone());
                r.end = range.end;
            }
            _ => {}
        }
    }
    close(&mut current, &mut blocks);
    let text = mask(source, &keep);
    Prose {
        text,
        blocks,
        roi_blocks,
    }
}

fn is_autolink(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Link {
            link_type: LinkType::Autolink | LinkType::Email,
            ..
        }
    )
}

/// Marks `range` as prose, except for bare web addresses in it.
fn keep_prose(source: &str, range: Range<usize>, keep: &mut [bool]) {
    let text = &source[range.clone()];
    let mut at = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let bare = word.trim_end();
        let is_url = ["http://", "https://", "www.", "mailto:"]
            .iter()
            .any(|p| bare.starts_with(p));
        if !is_url {
            let s = range.start + at;
            keep[s..s + word.len()].iter_mut().for_each(|k| *k = true);
        }
        at += word.len();
    }
}

/// The source with every byte that is not prose a space, newlines kept. Whole characters are
/// kept or replaced (ranges come from the parser, on character boundaries), so it stays UTF-8.
fn mask(source: &str, keep: &[bool]) -> String {
    let mut out = String::with_capacity(source.len());
    for (i, c) in source.char_indices() {
        if keep[i] || c == '\n' {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(source: &str) -> Vec<(BlockKind, String)> {
        let p = extract(source);
        assert_eq!(p.text.len(), source.len());
        p.blocks
            .iter()
            .map(|b| (b.kind, p.text[b.range.clone()].trim().to_string()))
            .collect()
    }

    #[test]
    fn code_urls_images_and_front_matter_are_not_prose() {
        let source = "---\ntitle: A brief\n---\n# Plan\n\nRun `make test` then see https://example.com/x and [the doc](https://example.com/doc) or <https://example.com/a>.\n\n```roi\n{\"flows\": []}\n```\n\n![a chart](chart.svg) Done.\n";
        let b = blocks(source);
        assert_eq!(b[0], (BlockKind::Heading, "Plan".to_string()));
        assert_eq!(b[1].0, BlockKind::Paragraph);
        let para = &b[1].1;
        assert!(para.starts_with("Run "), "{para}");
        assert!(
            !para.contains("make") && !para.contains("example.com"),
            "{para}"
        );
        assert!(para.contains("the doc"), "{para}");
        assert_eq!(b[2], (BlockKind::Paragraph, "Done.".to_string()));
        assert_eq!(b.len(), 3);
        assert!(!extract(source).text.contains("title"));
    }

    #[test]
    fn list_items_and_cells_are_blocks_of_their_own() {
        let b = blocks("- one thing\n- another thing\n\n| a | b |\n|---|---|\n| x | y |\n");
        let texts: Vec<&str> = b.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["one thing", "another thing", "a", "b", "x", "y"]);
    }

    #[test]
    fn offsets_stay_those_of_the_source() {
        let source = "Café **naïve** 🚀 text.";
        let p = extract(source);
        let at = source.find("naïve").unwrap();
        assert_eq!(&p.text[at..at + "naïve".len()], "naïve");
        assert!(p.text.contains("🚀"));
        assert!(!p.text.contains('*'));
    }
}
