//! Reading a text file the user names on the command line (a document to check, an ROI model):
//! refused before it is read when it is bigger than such a file can be, and with a message
//! that says which file and what to do when it cannot be read.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Documents and models are a few kilobytes; past 1 MiB it is the wrong file.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The text of `path`; `what` names what the file should be ("a document to check") and
/// `format` what it holds, for the messages.
pub fn read(path: &Path, what: &str, format: &str) -> Result<String> {
    let shown = path.display();
    let fail = |e: std::io::Error| {
        Error::invalid(format!(
            "{shown} could not be read: {e}. Check the path and that you may read it."
        ))
    };
    let too_big = |bytes: u64| {
        Error::invalid(format!(
            "{shown} is {:.1} MB; {what} is at most 1 MB. Check that this is the right file.",
            bytes as f64 / 1e6
        ))
    };
    let size = std::fs::metadata(path).map_err(fail)?.len();
    if size > MAX_BYTES {
        return Err(too_big(size));
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .map_err(fail)?
        .take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| Error::invalid(format!("{shown} is not a text file ({e}); {format}.")))?;
    // A pipe has no size on disk, and a file can grow while it is read.
    if text.len() as u64 > MAX_BYTES {
        return Err(too_big(text.len() as u64));
    }
    Ok(text)
}
