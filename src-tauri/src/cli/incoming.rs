//! `waypoint import jrnl|dayone|markdown|daylio PATH`: the file at PATH, or a folder's Markdown
//! notes (read by the core), and the `--mood` values, as the request the core reads.

use std::path::Path;

use waypoint_core::error::Error;
use waypoint_core::transfer::{ImportRequest, ImportSource, IncomingFile, MoodValues};

fn unreadable(path: &Path, e: std::io::Error) -> Error {
    Error::invalid(format!("{} could not be read: {e}.", path.display()))
}

/// `MOOD=STRESS,ENERGY,IMPOSTER`, or why not.
fn mood(text: &str) -> Result<MoodValues, Error> {
    let wrong = || {
        Error::invalid_field(
            "mood",
            format!("--mood {text}: write it as MOOD=STRESS,ENERGY,IMPOSTER, for example --mood \"so-so=6,4,3\"."),
        )
    };
    let (name, values) = text.rsplit_once('=').ok_or_else(wrong)?;
    let numbers: Vec<u8> = values
        .split(',')
        .map(|v| v.trim().parse().map_err(|_| wrong()))
        .collect::<Result<_, _>>()?;
    let [stress, energy, imposter] = numbers[..] else {
        return Err(wrong());
    };
    Ok(MoodValues {
        mood: name.trim().to_string(),
        count: 0,
        stress: Some(stress),
        energy: Some(energy),
        imposter: Some(imposter),
    })
}

pub fn request(format: &str, path: &Path, moods: &[String]) -> Result<ImportRequest, Error> {
    let source = match format {
        "jrnl" => ImportSource::Jrnl,
        "dayone" => ImportSource::Dayone,
        "markdown" => ImportSource::Markdown,
        _ => ImportSource::Daylio,
    };
    let mut files = Vec::new();
    if path.is_dir() {
        files = waypoint_core::transfer::markdown_notes::notes_in_folder(path)?;
    } else {
        files.push(IncomingFile {
            name: path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into(),
            bytes: std::fs::read(path).map_err(|e| unreadable(path, e))?,
        });
    }
    let mut request = ImportRequest::new(Some(source), files);
    if !moods.is_empty() {
        request.moods = Some(moods.iter().map(|m| mood(m)).collect::<Result<_, _>>()?);
    }
    Ok(request)
}
