//! Files written so that a crash or power cut at any moment leaves the old file or the new one:
//! each is written beside its place as `NAME.partial`, flushed, renamed in, and its folder
//! flushed (so the rename itself survives).

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub(crate) fn io(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::storage(format!(
        "{what} {} failed: {e}. Check that the disk has room and can be written to.",
        path.display()
    ))
}

/// `name` with `.partial` added, beside it: where a file is written before it is renamed in.
pub(crate) fn partial(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Flushes a file, then its folder.
pub(crate) fn sync(path: &Path) -> Result<()> {
    File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| io("Flushing", path, e))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(|e| io("Flushing the folder of", path, e))?;
    }
    Ok(())
}

/// Renames a finished `from` over `to` and flushes the result.
pub(crate) fn rename_in(from: &Path, to: &Path) -> Result<()> {
    fs::rename(from, to).map_err(|e| io("Renaming", to, e))?;
    sync(to)
}

/// Replaces the small file at `path` with `bytes`, whole or not at all.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let temp = partial(path);
    File::create(&temp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .map_err(|e| io("Writing", &temp, e))?;
    rename_in(&temp, path)
}
