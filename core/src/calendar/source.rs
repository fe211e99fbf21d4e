//! From bytes to text, and where each component starts. Everything here is cheap and runs
//! before the parser, so a file that is too big or not a calendar is refused early.

use std::io::Read;
use std::path::Path;

use super::types::MAX_FILE_BYTES;
use crate::error::{Error, Result};

/// The name the import is stored under: the file name, as the user sees it.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a file, refusing it from its size on disk before reading any of it. The read is
/// also capped, in case the file grows or is not a regular file (a pipe has no size).
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>> {
    let name = file_name(path);
    let meta = std::fs::metadata(path).map_err(|e| unreadable(path, &e))?;
    if meta.is_dir() {
        return Err(Error::invalid(format!(
            "{} is a folder, not a calendar file. Choose the .ics file exported from your calendar.",
            path.display()
        )));
    }
    check_size(&name, meta.len())?;
    let file = std::fs::File::open(path).map_err(|e| unreadable(path, &e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(path, &e))?;
    check_size(&name, bytes.len() as u64)?;
    Ok(bytes)
}

fn unreadable(path: &Path, e: &std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::invalid(format!(
            "There is no file {}. Check the path, or export the calendar again.",
            path.display()
        ))
    } else {
        Error::invalid(format!(
            "The calendar file {} could not be read: {e}. Check that it exists and that you may \
             read it.",
            path.display()
        ))
    }
}

pub(crate) fn check_size(name: &str, len: u64) -> Result<()> {
    if len > MAX_FILE_BYTES as u64 {
        return Err(Error::invalid(format!(
            "{name} is {} — larger than the {} a calendar import may be. Export a shorter date \
             range (or a single calendar) and import that.",
            megabytes(len),
            megabytes(MAX_FILE_BYTES as u64)
        )));
    }
    Ok(())
}

fn megabytes(n: u64) -> String {
    format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
}

/// The text of a calendar file. RFC 5545 says UTF-8, but Windows exports are sometimes
/// UTF-16 (with a byte-order mark) or Latin-1; a byte-order mark would otherwise end up
/// inside the first property name.
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode(rest);
    }
    let utf16 = |le: bool, rest: &[u8]| {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(true, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(false, rest);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        // Latin-1 maps every byte to the code point of the same value: never fails.
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// One `BEGIN:` line. calcard numbers components in the order of their `BEGIN:` lines, so
/// the k-th entry here is the k-th component parsed: this is how issues get line numbers
/// (calcard reports no positions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Begin {
    /// 1-based line number.
    pub line: u32,
    /// The component name, upper-cased (VCALENDAR, VEVENT, ...).
    pub kind: String,
    /// An `END:` closed it. A component still open at the end of the file was cut off.
    pub complete: bool,
}

/// Scans the lines the way calcard's lenient parser nests them: any `END:` closes the
/// innermost open component, whatever name it gives.
pub(crate) fn outline(text: &str) -> Vec<Begin> {
    let mut begins: Vec<Begin> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.trim_end_matches('\r');
        // Folded continuation lines start with a space or tab and never open a component.
        if let Some(kind) = strip_prefix_ci(line, "BEGIN:") {
            open.push(begins.len());
            begins.push(Begin {
                line: (i + 1).min(u32::MAX as usize) as u32,
                kind: kind.trim().to_ascii_uppercase(),
                complete: false,
            });
        } else if strip_prefix_ci(line, "END:").is_some() {
            if let Some(k) = open.pop() {
                begins[k].complete = true;
            }
        }
    }
    begins
}

fn strip_prefix_ci<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &line[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_utf16_and_latin1() {
        assert_eq!(decode(b"\xEF\xBB\xBFBEGIN:X"), "BEGIN:X");
        assert_eq!(decode(b"\xFF\xFEB\0E\0"), "BE");
        assert_eq!(decode(b"\xFE\xFF\0B\0E"), "BE");
        assert_eq!(decode("Zürich".as_bytes()), "Zürich");
        assert_eq!(decode(b"Z\xFCrich"), "Zürich");
    }

    #[test]
    fn outline_numbers_begins_and_finds_cut_off_components() {
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n\
                    begin:vevent\r\nDESCRIPTION:x\r\n BEGIN:NOT-A-COMPONENT\r\nSUMMARY:cut";
        let o = outline(text);
        assert_eq!(
            o,
            vec![
                Begin {
                    line: 1,
                    kind: "VCALENDAR".into(),
                    complete: false
                },
                Begin {
                    line: 2,
                    kind: "VEVENT".into(),
                    complete: true
                },
                Begin {
                    line: 5,
                    kind: "VEVENT".into(),
                    complete: false
                },
            ]
        );
    }

    #[test]
    fn size_errors_name_the_size_and_the_limit() {
        let e = check_size("big.ics", 26 * 1024 * 1024).unwrap_err();
        assert!(e.message.contains("big.ics is 26.0 MB"), "{}", e.message);
        assert!(e.message.contains("25.0 MB"), "{}", e.message);
        assert!(check_size("ok.ics", MAX_FILE_BYTES as u64).is_ok());
    }
}
