//! Where an export goes when the writer does not pick a file: a folder for exports, named
//! after the document's title, never over a file that is there.

use std::path::{Path, PathBuf};

use super::ExportFormat;

/// The longest file name made from a title, in characters (before the extension).
const MAX_NAME_CHARS: usize = 80;

/// The title as a file name: letters, digits, spaces, `-` and `_` kept, anything else (a `/`,
/// a `:`) a space, spaces run together; "Untitled" when nothing is left.
fn file_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let name: String = cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let name = name.trim().to_string();
    if name.is_empty() {
        "Untitled".into()
    } else {
        name
    }
}

/// `folder/Title.ext`, or `Title (2).ext` and so on when `exists` says the name is taken.
pub fn suggested_path(
    folder: &Path,
    title: &str,
    format: ExportFormat,
    exists: impl Fn(&Path) -> bool,
) -> PathBuf {
    let name = file_name(title);
    let ext = format.extension();
    let first = folder.join(format!("{name}.{ext}"));
    if !exists(&first) {
        return first;
    }
    (2..)
        .map(|n| folder.join(format!("{name} ({n}).{ext}")))
        .find(|p| !exists(p))
        .expect("an unused name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_safe_names_that_never_overwrite() {
        let folder = Path::new("/exports");
        let path = |t: &str| suggested_path(folder, t, ExportFormat::Html, |_| false);
        assert_eq!(
            path("Q2: billing / queue"),
            folder.join("Q2 billing queue.html")
        );
        assert_eq!(path("  "), folder.join("Untitled.html"));
        assert_eq!(path("Café naïve"), folder.join("Café naïve.html"));
        let taken = [folder.join("Brief.md"), folder.join("Brief (2).md")];
        let p = suggested_path(folder, "Brief", ExportFormat::Md, |p| {
            taken.iter().any(|t| t == p)
        });
        assert_eq!(p, folder.join("Brief (3).md"));
        assert_eq!(file_name(&"x".repeat(200)).chars().count(), MAX_NAME_CHARS);
    }
}
