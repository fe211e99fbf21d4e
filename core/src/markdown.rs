//! Markdown → safe HTML for the preview. pulldown-cmark passes raw HTML through, so its output
//! always goes through ammonia: no scripts, no event handlers, no `javascript:` URLs, and no
//! remote images (a remote image would tell a server when the journal was read).

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Renders Markdown to sanitised HTML that is safe to insert into the app's page.
pub fn render(markdown: &str) -> String {
    render_with_blocks(markdown, &mut |_, _, _| None)
}

/// A fenced block drawn by Waypoint itself: given its info string, its text and the line of its
/// opening fence, the HTML to show instead (made from the block's data by trusted code, never
/// the block's text pasted in), or `None` to show it as code.
pub type BlockRenderer<'a> = dyn FnMut(&str, &str, usize) -> Option<String> + 'a;

/// [`render`], with some fenced blocks (an ROI model) replaced by what `blocks` draws. The
/// user's Markdown is sanitised as always; the drawn blocks are put in after.
pub fn render_with_blocks(markdown: &str, blocks: &mut BlockRenderer) -> String {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut drawn: Vec<String> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    // A fenced block being read: its info string, text and line.
    let mut fenced: Option<(String, String, usize)> = None;
    for (event, range) in Parser::new_ext(markdown, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let line = markdown[..range.start].matches('\n').count() + 1;
                fenced = Some((info.to_string(), String::new(), line));
                events.push(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))));
            }
            Event::Text(t) if fenced.is_some() => {
                fenced.as_mut().expect("checked").1.push_str(&t);
                events.push(Event::Text(t));
            }
            Event::End(TagEnd::CodeBlock) if fenced.is_some() => {
                let (info, text, line) = fenced.take().expect("checked");
                match blocks(&info, &text, line) {
                    Some(html) => {
                        // Drop the block's events back to its start; a placeholder stands in.
                        let start = events
                            .iter()
                            .rposition(|e| matches!(e, Event::Start(Tag::CodeBlock(_))))
                            .expect("the block's start");
                        events.truncate(start);
                        events.push(Event::Html(placeholder(drawn.len()).into()));
                        drawn.push(html);
                    }
                    None => events.push(Event::End(TagEnd::CodeBlock)),
                }
            }
            other => events.push(other),
        }
    }
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events.into_iter());
    let mut clean = sanitizer().clean(&unsafe_html).to_string();
    for (i, html) in drawn.iter().enumerate() {
        clean = clean.replacen(&placeholder(i), html, 1);
    }
    clean
}

/// Text made safe to put in HTML, between tags or in a quoted attribute.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Where a drawn block goes: a paragraph the sanitiser keeps, marked with characters from
/// Unicode's private use area that Markdown text does not hold.
fn placeholder(i: usize) -> String {
    format!("<p>\u{E000}block {i}\u{E000}</p>")
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.url_schemes(HashSet::from(crate::links::OPENABLE_SCHEMES))
            .url_relative(ammonia::UrlRelative::Deny)
            .add_tags(["input"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                // Images may not load anything from the network; local attachments come later.
                ("img", "src") => None,
                // Only the read-only task-list checkbox survives as an input.
                ("input", "type") if value != "checkbox" => Some("hidden".into()),
                _ => Some(value.into()),
            });
        b
    })
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_common_markdown() {
        let html = render("# Q1 goals\n\n- [x] learn the **P&L**\n- [ ] shadow product\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assert!(html.contains("<h1>Q1 goals</h1>"), "{html}");
        assert!(html.contains("<strong>P&amp;L</strong>"), "{html}");
        assert!(html.contains("type=\"checkbox\""), "{html}");
        assert!(html.contains("<table>"), "{html}");
        let link = render("[x](https://example.com)");
        assert!(link.contains("href=\"https://example.com\""), "{link}");
    }

    #[test]
    fn remote_images_do_not_load() {
        let html = render("![chart](https://tracker.example/pixel.png)");
        assert!(!html.contains("tracker.example"), "{html}");
        assert!(html.contains("alt=\"chart\""), "{html}");
    }
}
