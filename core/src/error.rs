//! One error type for the whole core. It crosses the IPC boundary as
//! `{kind, message, field?, problems?}` so the UI can show the message as-is, branch on the kind,
//! and put each problem next to the field it is about without reading the English.

use serde::Serialize;
use specta::Type;

pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong, in a form a UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The user's input was rejected; nothing was changed.
    InvalidInput,
    /// The thing asked for does not exist (or is in the trash when it should not be).
    NotFound,
    /// The database or the disk failed.
    Storage,
    /// Something on the computer outside Waypoint failed (e.g. the browser could not be started).
    System,
    /// The journal is encrypted and locked: nothing can be read or written until it is
    /// unlocked with its passphrase.
    Locked,
}

/// An error with a message written for the person using the app: what, where, how to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// The input field the error is about, named as in the draft the UI sent (`stress`,
    /// `entry_date`, `day_start`, ...); absent when it is about no one field.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub field: Option<String>,
    /// Every rejected field of a draft when there is more than one, so the user fixes them all
    /// in one go; `message` then lists them all (for the CLI) and `field` is absent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[specta(optional)]
    pub problems: Vec<Problem>,
}

/// One rejected field of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// Collects every problem of a draft instead of stopping at the first, so one save attempt
/// reports them all.
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    /// The value of a check that passed; a failed one is recorded against `field`.
    pub fn check<T>(&mut self, field: &str, checked: Result<T>) -> Option<T> {
        match checked {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.message);
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(Problem {
            field: field.to_string(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Ok when every check passed; else one error for the first problem alone, or one that
    /// carries them all.
    pub fn finish(self) -> Result<()> {
        self.finish_saying("nothing was saved")
    }

    /// [`Problems::finish`] for input that is not saved anyway (a model to compute): `outcome`
    /// follows the count, as in "2 things need fixing in the ROI model".
    pub fn finish_saying(mut self, outcome: &str) -> Result<()> {
        match self.0.len() {
            0 => Ok(()),
            1 => {
                let p = self.0.remove(0);
                Err(Error::invalid_field(&p.field, p.message))
            }
            n => {
                let lines: Vec<String> =
                    self.0.iter().map(|p| format!("- {}", p.message)).collect();
                Err(Error {
                    kind: ErrorKind::InvalidInput,
                    message: format!("{n} things need fixing; {outcome}.\n{}", lines.join("\n")),
                    field: None,
                    problems: self.0,
                })
            }
        }
    }
}

impl Error {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            field: None,
            problems: Vec::new(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    /// Rejected input in one field of a draft.
    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        Self::invalid(message).at(field)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Storage, message)
    }

    pub fn system(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::System, message)
    }

    pub fn locked(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Locked, message)
    }

    /// The same error, about `field`.
    pub fn at(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::storage(format!(
            "The journal database could not be read or written: {e}"
        ))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::storage(format!("The journal database could not be upgraded: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::storage(format!("A file could not be read or written: {e}"))
    }
}
