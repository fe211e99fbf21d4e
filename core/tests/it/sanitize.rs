//! The Markdown preview is inert against a public list of XSS payloads (OWASP's filter
//! evasion cheat sheet, `tests/fixtures/xss/`): no script, no event handler, no dangerous URL,
//! no remote image, no styling hooks.

use waypoint_core::markdown::render;

fn payloads() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/xss/owasp-filter-evasion.txt"
    );
    let text = std::fs::read_to_string(path).expect("payload list");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The markup of every real tag in `html` (text content is escaped, so `<` only opens tags).
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or("").to_lowercase())
        .collect()
}

fn problems(html: &str) -> Vec<String> {
    const FORBIDDEN_TAGS: &[&str] = &[
        "script", "iframe", "frame", "frameset", "object", "embed", "style", "meta", "base",
        "link", "form", "button", "svg", "math", "body", "bgsound", "xss",
    ];
    let mut found = Vec::new();
    for tag in tags(html) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if FORBIDDEN_TAGS.contains(&name.as_str()) {
            found.push(format!("tag <{name}>"));
        }
        let attrs = tag.replace(['\t', '\n', '/'], " ");
        for attr in attrs.split_whitespace().skip(1) {
            let attr_name = attr.split('=').next().unwrap_or("");
            if attr_name.starts_with("on") {
                found.push(format!("event handler {attr_name}"));
            }
            if attr_name == "style" || attr_name == "background" || attr_name == "formaction" {
                found.push(format!("attribute {attr_name}"));
            }
        }
        for scheme in ["javascript:", "vbscript:", "data:", "livescript:"] {
            if tag.contains(scheme) {
                found.push(format!("{scheme} URL in <{tag}>"));
            }
        }
        if name == "img" && tag.contains("src=") {
            found.push(format!("image source in <{tag}>"));
        }
        if tag.contains("href=\"//") {
            found.push("scheme-relative link".into());
        }
    }
    found
}

#[test]
fn every_payload_renders_inert() {
    let list = payloads();
    assert!(
        list.len() >= 60,
        "the payload list is loaded ({} payloads)",
        list.len()
    );
    let mut failures = Vec::new();
    for p in &list {
        for body in [
            p.clone(),
            format!("# Note\n\nSome text {p} more text\n\n- item {p}"),
        ] {
            let html = render(&body);
            let bad = problems(&html);
            if !bad.is_empty() {
                failures.push(format!("{p}\n  -> {html}\n  problems: {bad:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} payloads were not neutralised:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_checker_catches_what_it_should() {
    // Guard against a checker that passes everything.
    assert!(!problems("<script>alert(1)</script>").is_empty());
    assert!(!problems("<img src=x onerror=alert(1)>").is_empty());
    assert!(!problems("<a href=\"javascript:alert(1)\">x</a>").is_empty());
    assert!(!problems("<img src=\"https://t.example/p.gif\">").is_empty());
    assert!(problems(
        "<p>safe <a href=\"https://example.com\" rel=\"noopener noreferrer\">link</a></p>"
    )
    .is_empty());
}

#[test]
fn safe_markdown_survives() {
    let html = render("## Plan\n\n**Bold**, _italic_, `code`, [a link](https://example.com) and ~~old~~.\n\n```\nfn main() {}\n```");
    for expected in [
        "<h2>Plan</h2>",
        "<strong>Bold</strong>",
        "<em>italic</em>",
        "<code>code</code>",
        "href=\"https://example.com\"",
        "<del>old</del>",
        "<pre>",
    ] {
        assert!(html.contains(expected), "{expected} missing from {html}");
    }
}
