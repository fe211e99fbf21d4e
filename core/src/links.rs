//! Where a followed link may go. The app window only ever shows the app: a web or mail link
//! opens in the user's own programs, anything else (a file, a script, another scheme) is
//! refused with the reason. The preview's sanitiser keeps links of these schemes only, so the
//! two agree on what a link can be.

use crate::error::{Error, Result};

/// The schemes a link may have to be opened outside the app (and to survive the preview).
pub const OPENABLE_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The longest link that is opened; longer ones are refused rather than cut.
const MAX_LINK_CHARS: usize = 8_192;

/// The link as it will be handed to the browser, or why it will not be.
pub fn outside_link(link: &str) -> Result<String> {
    let link = link.trim();
    let shown = shorten(link);
    if link.chars().count() > MAX_LINK_CHARS {
        return Err(Error::invalid(format!(
            "The link {shown} is longer than {MAX_LINK_CHARS} characters, so Waypoint did not open it."
        )));
    }
    let url = url::Url::parse(link).map_err(|e| {
        Error::invalid(format!(
            "\u{201c}{shown}\u{201d} is not a complete link ({e}), so Waypoint did not open it. \
             Write it with its scheme, e.g. https://example.com."
        ))
    })?;
    if !OPENABLE_SCHEMES.contains(&url.scheme()) {
        return Err(Error::invalid(format!(
            "Waypoint opens only web and mail links (http, https, mailto) in your browser; \
             the {}: link {shown} was not opened.",
            url.scheme()
        )));
    }
    if url.scheme() != "mailto" && url.host_str().is_none_or(str::is_empty) {
        return Err(Error::invalid(format!(
            "The link {shown} names no web site, so Waypoint did not open it."
        )));
    }
    Ok(url.to_string())
}

/// A link short enough to quote in a message.
fn shorten(link: &str) -> String {
    const SHOWN: usize = 80;
    if link.chars().count() <= SHOWN {
        return link.to_string();
    }
    let head: String = link.chars().take(SHOWN - 1).collect();
    format!("{head}\u{2026}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn web_and_mail_links_open_as_written() {
        assert_eq!(
            outside_link("https://example.com/pnl").unwrap(),
            "https://example.com/pnl"
        );
        assert_eq!(
            outside_link(" http://example.com/a?b=c#d ").unwrap(),
            "http://example.com/a?b=c#d"
        );
        assert_eq!(
            outside_link("mailto:manager@example.com").unwrap(),
            "mailto:manager@example.com"
        );
        // The browser gets a well-formed URL (spaces escaped), never a command line.
        assert_eq!(
            outside_link("https://example.com/a b").unwrap(),
            "https://example.com/a%20b"
        );
    }

    #[test]
    fn other_schemes_are_refused_with_the_reason() {
        for (link, scheme) in [
            ("file:///etc/passwd", "file:"),
            ("javascript:alert(1)", "javascript:"),
            ("tauri://localhost/index.html", "tauri:"),
            ("data:text/html,<b>x</b>", "data:"),
        ] {
            let e = outside_link(link).unwrap_err();
            assert_eq!(e.kind, ErrorKind::InvalidInput, "{link}");
            assert!(e.message.contains(scheme), "{link}: {}", e.message);
            assert!(e.message.contains("http, https, mailto"), "{}", e.message);
        }
    }

    #[test]
    fn incomplete_and_overlong_links_are_refused() {
        let e = outside_link("example.com/pnl").unwrap_err();
        assert!(e.message.contains("not a complete link"), "{}", e.message);
        assert!(e.message.contains("https://example.com"), "{}", e.message);
        let e = outside_link("https://").unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidInput);
        let long = format!("https://example.com/{}", "a".repeat(MAX_LINK_CHARS));
        let e = outside_link(&long).unwrap_err();
        assert!(e.message.contains("longer than 8192"), "{}", e.message);
        assert!(
            e.message.chars().count() < 250,
            "the message quotes a shortened link"
        );
    }
}
