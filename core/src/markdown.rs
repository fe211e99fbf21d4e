//! Markdown → safe HTML for the preview. pulldown-cmark passes raw HTML through, so its output
//! always goes through ammonia: no scripts, no event handlers, no `javascript:` URLs, and no
//! remote images (a remote image would tell a server when the journal was read).

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{html, Options, Parser};

/// Renders Markdown to sanitised HTML that is safe to insert into the app's page.
pub fn render(markdown: &str) -> String {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, Parser::new_ext(markdown, opts));
    sanitizer().clean(&unsafe_html).to_string()
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
