//! The parts of a kept review that are the writer's: the summary (the front page) and the
//! talking points, each between two HTML comments in the document's Markdown. Comments show in
//! no preview or export, and tell a reader of the Markdown what the markers are for.

/// The editable sections, by their names in `SECTIONS`.
pub const EDITABLE: [&str; 2] = ["summary", "talking_points"];

fn opening(name: &str) -> String {
    format!("<!-- review:{name} (yours: kept as you write it when the review is brought up to date) -->")
}

fn closing(name: &str) -> String {
    format!("<!-- /review:{name} -->")
}

/// A section's Markdown between its markers.
pub fn wrap(name: &str, markdown: &str) -> String {
    format!(
        "{}\n{}\n{}\n\n",
        opening(name),
        markdown.trim(),
        closing(name)
    )
}

/// The text between the markers of `name` in `body`, trimmed; none when a marker is missing.
pub fn region<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<!-- review:{name} ");
    let start = body.find(&open)?;
    let after_open = start + body[start..].find("-->")? + 3;
    let end = after_open + body[after_open..].find(&closing(name))?;
    Some(body[after_open..end].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_section_reads_back_as_written_and_a_broken_marker_reads_as_none() {
        let body = format!(
            "{}## Plan\n\nx\n\n{}",
            wrap("summary", "## Summary\n\nMine.\n"),
            wrap("talking_points", "- a\n- b")
        );
        assert_eq!(region(&body, "summary"), Some("## Summary\n\nMine."));
        assert_eq!(region(&body, "talking_points"), Some("- a\n- b"));
        assert_eq!(
            region("<!-- review:summary (x) -->\nno end", "summary"),
            None
        );
        assert_eq!(region("plain text", "talking_points"), None);
    }
}
