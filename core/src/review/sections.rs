//! What a review shows and what stays private. Two sections hold what an engineer would not
//! hand to a manager unasked: the text of journal entries that are not starred (`journal`) and
//! check-ins with their ratings and notes (`checkins`: stress, energy, imposter feelings).
//! They are left out unless the user opts in, in the app and on the command line alike, and
//! every export says which sections it holds and which it leaves out.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};

/// The user's opt-ins to the private sections; both off by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct Include {
    /// The text of entries that are not starred.
    pub journal: bool,
    /// Check-ins: stress, energy and imposter ratings, and their notes.
    pub checkins: bool,
}

/// Every section, in the order a review shows them: its name (as `--include` and the front
/// matter write it), its heading, and whether it is one of the private two.
pub const SECTIONS: [(&str, &str, bool); 11] = [
    ("summary", "Summary", false),
    ("plan", "Plan progress", false),
    ("competencies", "Competencies", false),
    ("documents", "Documents", false),
    ("highlights", "Highlights", false),
    ("workload", "Meeting load and stress", false),
    ("open", "Still open", false),
    ("talking_points", "Talking points", false),
    ("timeline", "Timeline", false),
    ("journal", "Journal (entries not starred)", true),
    ("checkins", "Check-ins (ratings and notes)", true),
];

/// The heading of the section named `name`.
pub fn label(name: &str) -> &'static str {
    SECTIONS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or("", |(_, l, _)| l)
}

impl Include {
    /// Reads `--include journal,checkins` (spaces and an empty list allowed).
    pub fn parse(list: &str) -> Result<Include> {
        let mut include = Include::default();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "journal" => include.journal = true,
                "checkins" => include.checkins = true,
                other => {
                    return Err(Error::invalid_field(
                        "include",
                        format!(
                            "\"{other}\" is not a section that can be opted in; the private sections are journal and checkins (the others are always included)."
                        ),
                    ))
                }
            }
        }
        Ok(include)
    }

    fn has(&self, section: &str) -> bool {
        match section {
            "journal" => self.journal,
            "checkins" => self.checkins,
            _ => true,
        }
    }

    /// The sections this review holds, in order.
    pub fn included(&self) -> Vec<&'static str> {
        SECTIONS
            .iter()
            .filter(|(s, _, _)| self.has(s))
            .map(|(s, _, _)| *s)
            .collect()
    }

    /// What the review says about privacy, in one sentence.
    pub fn privacy(&self) -> String {
        let names = |private: Vec<&str>| -> String {
            private
                .iter()
                .map(|n| label(n))
                .collect::<Vec<_>>()
                .join(" and ")
        };
        let held: Vec<&str> = ["journal", "checkins"]
            .into_iter()
            .filter(|s| self.has(s))
            .collect();
        match (held.is_empty(), self.excluded().is_empty()) {
            (true, _) => format!("Left out as private: {}.", names(self.excluded())),
            (false, true) => format!(
                "Includes the private sections {}: check before you share it.",
                names(held)
            ),
            (false, false) => format!(
                "Includes the private section {}; leaves out {}.",
                names(held),
                names(self.excluded())
            ),
        }
    }

    /// The private sections it leaves out.
    pub fn excluded(&self) -> Vec<&'static str> {
        SECTIONS
            .iter()
            .filter(|(s, _, _)| !self.has(s))
            .map(|(s, _, _)| *s)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_sections_are_out_unless_named() {
        let none = Include::parse("").unwrap();
        assert_eq!(none, Include::default());
        assert_eq!(none.excluded(), ["journal", "checkins"]);
        assert_eq!(none.included().len(), 9);
        let both = Include::parse("journal, checkins").unwrap();
        assert!(both.journal && both.checkins);
        assert!(both.excluded().is_empty());
        assert_eq!(
            none.privacy(),
            "Left out as private: Journal (entries not starred) and Check-ins (ratings and notes)."
        );
        assert!(both.privacy().starts_with("Includes the private sections"));
        let journal = Include {
            journal: true,
            checkins: false,
        };
        assert_eq!(journal.privacy(), "Includes the private section Journal (entries not starred); leaves out Check-ins (ratings and notes).");
        let e = Include::parse("journal,stress").unwrap_err();
        assert_eq!(e.field.as_deref(), Some("include"));
        assert!(e.message.contains("\"stress\""), "{}", e.message);
    }
}
