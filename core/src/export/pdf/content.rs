//! A document's Markdown as data for the PDF's typst template: blocks of runs of text, each
//! run with its styles. The template places the text as strings, so nothing the writer typed
//! is ever read as typst markup. HTML in the Markdown (the templates' `<!-- hints -->`) is left
//! out, as in the preview; ```roi blocks become their figures and chart.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::roi::{chart_svg, model_from_block, report, Currency, FigureRow, BLOCK_INFO};

/// Text with one set of styles.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Run {
    pub text: String,
    pub strong: bool,
    pub emph: bool,
    pub code: bool,
    pub strike: bool,
    /// A web or mail address the run links to.
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Block {
    Heading {
        level: u8,
        runs: Vec<Run>,
    },
    Para {
        runs: Vec<Run>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Code {
        text: String,
    },
    Rule,
    Table {
        head: Vec<Vec<Run>>,
        rows: Vec<Vec<Vec<Run>>>,
    },
    Roi {
        summary: String,
        rows: Vec<FigureRow>,
        chart: String,
    },
    RoiError {
        message: String,
    },
}

/// What is being built: the blocks of the document, of a list item or of a quote.
enum Frame {
    Blocks(Vec<Block>),
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Item(Vec<Block>),
    Quote(Vec<Block>),
    Table {
        head: Vec<Vec<Run>>,
        rows: Vec<Vec<Vec<Run>>>,
        row: Vec<Vec<Run>>,
    },
}

#[derive(Default)]
struct Style {
    strong: u32,
    emph: u32,
    strike: u32,
    link: Vec<Option<String>>,
}

/// The blocks of `markdown`, amounts in `currency`.
pub fn blocks(markdown: &str, currency: &Currency) -> Vec<Block> {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut frames = vec![Frame::Blocks(Vec::new())];
    // The runs of the paragraph, heading or table cell being read.
    let mut runs: Option<Vec<Run>> = None;
    let mut style = Style::default();
    // A fenced block being read: its info string and text.
    let mut code: Option<(String, String, usize)> = None;
    // Inside inline <script> or <style>: its text is not the document's (as the sanitiser drops it).
    let mut hidden: Option<&str> = None;
    for (event, range) in Parser::new_ext(markdown, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell) => {
                flush(&mut frames, &mut runs);
                runs = Some(Vec::new());
            }
            Event::End(TagEnd::Paragraph) => {
                let r = runs.take().unwrap_or_default();
                if !r.is_empty() {
                    push(&mut frames, Block::Para { runs: r });
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = heading_level(level);
                push(
                    &mut frames,
                    Block::Heading {
                        level,
                        runs: runs.take().unwrap_or_default(),
                    },
                );
            }
            Event::Start(Tag::List(start)) => {
                flush(&mut frames, &mut runs);
                frames.push(Frame::List {
                    ordered: start.is_some(),
                    start: start.unwrap_or(1),
                    items: Vec::new(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                if let Some(Frame::List {
                    ordered,
                    start,
                    items,
                }) = frames.pop()
                {
                    push(
                        &mut frames,
                        Block::List {
                            ordered,
                            start,
                            items,
                        },
                    );
                }
                // Text after a nested list, still in the item.
                if matches!(frames.last(), Some(Frame::Item(_))) {
                    runs = Some(Vec::new());
                }
            }
            // A tight list's item holds its text without a paragraph.
            Event::Start(Tag::Item) => {
                frames.push(Frame::Item(Vec::new()));
                runs = Some(Vec::new());
            }
            Event::End(TagEnd::Item) => {
                flush(&mut frames, &mut runs);
                if let Some(Frame::Item(blocks)) = frames.pop() {
                    if let Some(Frame::List { items, .. }) = frames.last_mut() {
                        items.push(blocks);
                    }
                }
            }
            Event::Start(Tag::BlockQuote(_)) => frames.push(Frame::Quote(Vec::new())),
            Event::End(TagEnd::BlockQuote(_)) => {
                if let Some(Frame::Quote(blocks)) = frames.pop() {
                    push(&mut frames, Block::Quote { blocks });
                }
            }
            Event::Start(Tag::Table(_)) => frames.push(Frame::Table {
                head: Vec::new(),
                rows: Vec::new(),
                row: Vec::new(),
            }),
            Event::End(TagEnd::TableCell) => {
                if let Some(Frame::Table { row, .. }) = frames.last_mut() {
                    row.push(runs.take().unwrap_or_default());
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(Frame::Table { head, row, .. }) = frames.last_mut() {
                    *head = std::mem::take(row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(Frame::Table { rows, row, .. }) = frames.last_mut() {
                    rows.push(std::mem::take(row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(Frame::Table { head, rows, .. }) = frames.pop() {
                    push(&mut frames, Block::Table { head, rows });
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                let line = markdown[..range.start].matches('\n').count() + 1;
                code = Some((info, String::new(), line));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((info, text, line)) = code.take() {
                    let block = if info.split_whitespace().next() == Some(BLOCK_INFO) {
                        roi(&text, line, currency)
                    } else {
                        Block::Code {
                            text: text.trim_end_matches('\n').to_string(),
                        }
                    };
                    push(&mut frames, block);
                }
            }
            Event::InlineHtml(tag) => {
                let tag = tag.trim().to_ascii_lowercase();
                match hidden {
                    Some(end) if tag.starts_with(end) => hidden = None,
                    None if tag.starts_with("<script") => hidden = Some("</script"),
                    None if tag.starts_with("<style") => hidden = Some("</style"),
                    _ => {}
                }
            }
            Event::Text(_) if hidden.is_some() => {}
            Event::Text(t) => match code.as_mut() {
                Some((_, text, _)) => text.push_str(&t),
                None => add(&mut runs, &style, &t, false),
            },
            Event::Code(t) => add(&mut runs, &style, &t, true),
            Event::SoftBreak => add(&mut runs, &style, " ", false),
            Event::HardBreak => add(&mut runs, &style, "\n", false),
            Event::TaskListMarker(done) => {
                add(&mut runs, &style, if done { "[x] " } else { "[ ] " }, false)
            }
            Event::Rule => push(&mut frames, Block::Rule),
            Event::Start(Tag::Strong) => style.strong += 1,
            Event::End(TagEnd::Strong) => style.strong -= 1,
            Event::Start(Tag::Emphasis) => style.emph += 1,
            Event::End(TagEnd::Emphasis) => style.emph -= 1,
            Event::Start(Tag::Strikethrough) => style.strike += 1,
            Event::End(TagEnd::Strikethrough) => style.strike -= 1,
            Event::Start(Tag::Link { dest_url, .. }) => style.link.push(web_address(&dest_url)),
            Event::End(TagEnd::Link) => {
                style.link.pop();
            }
            // Raw HTML (the templates' hints among it) is not part of the document's text.
            _ => {}
        }
    }
    match frames.pop() {
        Some(Frame::Blocks(blocks)) => blocks,
        _ => Vec::new(),
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Only addresses a reader can follow from paper's twin: the web and mail.
fn web_address(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
        .then(|| url.to_string())
}

fn add(runs: &mut Option<Vec<Run>>, style: &Style, text: &str, code: bool) {
    let Some(runs) = runs.as_mut() else { return };
    let run = Run {
        text: String::new(),
        strong: style.strong > 0,
        emph: style.emph > 0,
        code,
        strike: style.strike > 0,
        link: style.link.iter().rev().find_map(Clone::clone),
    };
    match runs.last_mut() {
        Some(last)
            if Run {
                text: String::new(),
                ..last.clone()
            } == run =>
        {
            last.text.push_str(text)
        }
        _ => runs.push(Run {
            text: text.to_string(),
            ..run
        }),
    }
}

/// The runs read so far, as a paragraph of their own.
fn flush(frames: &mut [Frame], runs: &mut Option<Vec<Run>>) {
    if let Some(r) = runs.take().filter(|r| !r.is_empty()) {
        push(frames, Block::Para { runs: r });
    }
}

fn push(frames: &mut [Frame], block: Block) {
    // Blocks directly in a list or table (not in an item or cell) do not occur.
    if let Some(Frame::Blocks(b) | Frame::Item(b) | Frame::Quote(b)) = frames.last_mut() {
        b.push(block);
    }
}

fn roi(text: &str, line: usize, currency: &Currency) -> Block {
    match model_from_block(text, line) {
        Ok(model) => {
            let r = report(&model, currency);
            let figures = crate::roi::figures(&r, currency);
            Block::Roi {
                summary: figures.summary,
                rows: figures.rows,
                chart: chart_svg(&r, currency),
            }
        }
        Err(e) => Block::RoiError { message: e.message },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Run {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    #[test]
    fn headings_paragraphs_lists_and_styles_become_data_and_hints_are_left_out() {
        let md = "# Title\n\n<!-- a hint -->\n\nSome **bold** and `code`, a [link](https://example.com) and [local](file:///etc).\n\n- one\n- two\n\n1. first\n";
        let b = blocks(md, &Currency::default());
        assert_eq!(
            b[0],
            Block::Heading {
                level: 1,
                runs: vec![run("Title")]
            }
        );
        let Block::Para { runs } = &b[1] else {
            panic!("{b:?}")
        };
        assert_eq!(runs[0], run("Some "));
        assert!(runs[1].strong && runs[1].text == "bold");
        assert!(runs[3].code && runs[3].text == "code");
        let link = runs.iter().find(|r| r.text == "link").unwrap();
        assert_eq!(link.link.as_deref(), Some("https://example.com"));
        assert_eq!(
            runs.iter().find(|r| r.text.contains("local")).unwrap().link,
            None
        );
        let Block::List {
            ordered: false,
            items,
            ..
        } = &b[2]
        else {
            panic!("{b:?}")
        };
        assert_eq!(
            items[1],
            vec![Block::Para {
                runs: vec![run("two")]
            }]
        );
        assert!(matches!(
            &b[3],
            Block::List {
                ordered: true,
                start: 1,
                ..
            }
        ));
        assert_eq!(b.len(), 4, "the hint is not text: {b:?}");
    }

    #[test]
    fn tight_and_nested_list_items_keep_their_text_and_scripts_are_not_text() {
        let b = blocks(
            "- one\n  - inner\n- two <script>alert(1)</script>done\n",
            &Currency::default(),
        );
        let Block::List { items, .. } = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(
            items[0][0],
            Block::Para {
                runs: vec![run("one")]
            }
        );
        assert!(
            matches!(&items[0][1], Block::List { items, .. } if items[0] == vec![Block::Para { runs: vec![run("inner")] }])
        );
        assert_eq!(
            items[1],
            vec![Block::Para {
                runs: vec![run("two done")]
            }]
        );
    }

    #[test]
    fn typst_markup_in_the_text_stays_text() {
        let b = blocks(
            "#set page(width: 1cm) $x$ *not* [link]",
            &Currency::default(),
        );
        let Block::Para { runs } = &b[0] else {
            panic!()
        };
        assert_eq!(runs[0].text, "#set page(width: 1cm) $x$ ");
    }

    #[test]
    fn an_roi_block_becomes_its_figures_and_chart_or_its_problem() {
        let md = "```roi\n{\"one_off\": {\"other\": 1000}, \"benefits_per_month\": {\"revenue\": 100}, \"horizon_months\": 12}\n```\n\n```roi\nhorizon_months: [\n```\n";
        let b = blocks(md, &Currency::default());
        let Block::Roi {
            summary,
            rows,
            chart,
        } = &b[0]
        else {
            panic!("{b:?}")
        };
        assert!(summary.starts_with("Investing $1k returns $1.2k over 12 months"));
        assert!(rows.iter().any(|r| r.label.starts_with("NPV")));
        assert!(chart.starts_with("<svg"));
        assert!(matches!(&b[1], Block::RoiError { message } if message.contains("line 5")));
    }

    #[test]
    fn tables_keep_their_head_and_rows() {
        let b = blocks(
            "| a | b |\n|---|---|\n| 1 | **2** |\n",
            &Currency::default(),
        );
        let Block::Table { head, rows } = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(head, &vec![vec![run("a")], vec![run("b")]]);
        assert!(rows[0][1][0].strong);
    }
}
