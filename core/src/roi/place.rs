//! Where a new ```roi block goes: under the document's heading about ROI or impact (the
//! writeup's "ROI", the brief's "Impact in numbers"), after the hint that follows it.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Where the block goes, just after that heading and its hint comment, and the line break it
/// needs before it; none without such a heading.
pub fn after_heading(markdown: &str) -> Option<(usize, &'static str)> {
    let mut heading: Option<String> = None;
    let mut events = Parser::new(markdown).into_offset_iter().peekable();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let title = heading.take().unwrap_or_default();
                if !about_roi(&title) {
                    continue;
                }
                let mut at = range.end;
                // The template's hint is an HTML comment right under the heading.
                if let Some((Event::Start(Tag::HtmlBlock), _)) = events.peek() {
                    for (event, range) in events.by_ref() {
                        if matches!(event, Event::End(TagEnd::HtmlBlock)) {
                            at = range.end;
                            break;
                        }
                    }
                }
                return Some(line_start_after(markdown, at));
            }
            _ => {}
        }
    }
    None
}

fn about_roi(title: &str) -> bool {
    let lower = title.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "roi")
        || lower.starts_with("impact")
}

/// Where the block goes after `at` (the end of the heading or its hint), and what must come
/// before it so that it sits in its own paragraph: past the end of that line and one blank line.
fn line_start_after(markdown: &str, at: usize) -> (usize, &'static str) {
    let mut at = at;
    if !markdown[..at].ends_with('\n') {
        match markdown[at..].find('\n') {
            Some(i) => at += i + 1,
            None => return (markdown.len(), "\n\n"),
        }
    }
    let rest = &markdown[at..];
    let blank = rest
        .split_inclusive('\n')
        .next()
        .filter(|l| l.trim().is_empty());
    match blank {
        Some(line) => (at + line.len(), ""),
        None => (at, "\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::after_heading;

    #[test]
    fn the_block_goes_after_the_heading_and_its_hint_in_a_paragraph_of_its_own() {
        let brief = "## Bottom line\n\nShip it.\n\n## Impact in numbers\n\n<!-- The metric. -->\n\n## Risks\n";
        let at = brief.find("## Risks").unwrap();
        assert_eq!(after_heading(brief), Some((at, "")));
        let tight = "## ROI\n<!-- hint -->\nText";
        assert_eq!(
            after_heading(tight),
            Some((tight.find("Text").unwrap(), "\n"))
        );
        assert_eq!(after_heading("# Why ROI matters"), Some((17, "\n\n")));
        assert_eq!(
            after_heading("## Heroism\n\nNo."),
            None,
            "a word containing roi is not ROI"
        );
    }
}
