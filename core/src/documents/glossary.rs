//! The writer's glossary: the built-in technical → business phrasings with the writer's changes
//! (a phrasing of their own, other spellings, hidden), and terms of their own. The writing checks
//! flag what this answers.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Problems, Result};
use crate::store::Store;
use crate::writing::{built_in_glossary, GlossaryTerm};

/// The longest spelling and phrasing accepted, in characters.
const MAX_TERM_CHARS: usize = 60;
const MAX_PLAIN_CHARS: usize = 240;
const MAX_SPELLINGS: usize = 12;

/// A term as the glossary lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct GlossaryEntry {
    /// Built-in (its first spelling names it) or the writer's own.
    pub term: GlossaryRef,
    /// The spellings matched, the first as the list shows it.
    pub terms: Vec<String>,
    /// What to say instead.
    pub plain: String,
    /// A built-in term the writer changed (Reset takes it back).
    pub edited: bool,
    /// Left out of the writing checks.
    pub hidden: bool,
}

/// Which term a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum GlossaryRef {
    BuiltIn(String),
    Own(i64),
}

/// What the glossary's form sends.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
pub struct GlossaryDraft {
    /// The term and its other spellings, as typed (blank ones are dropped).
    pub terms: Vec<String>,
    pub plain: String,
}

/// A writer's row: an own term (`replaces` empty) or a change to a built-in one.
struct Row {
    id: i64,
    terms: Vec<String>,
    plain: String,
    replaces: Option<String>,
    hidden: bool,
}

fn rows(store: &Store) -> Result<Vec<Row>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT id, terms, plain, replaces, hidden FROM glossary_terms ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            id: r.get(0)?,
            terms: serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or_default(),
            plain: r.get(2)?,
            replaces: r.get(3)?,
            hidden: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn key(term: &GlossaryTerm) -> String {
    term.terms.first().cloned().unwrap_or_default()
}

/// The draft's spellings and phrasing, every problem named by its field; `except` is the term
/// being edited, whose own spellings are not clashes.
fn checked(
    draft: &GlossaryDraft,
    entries: &[GlossaryEntry],
    except: Option<&GlossaryRef>,
) -> Result<(Vec<String>, String)> {
    let mut p = Problems::default();
    let mut terms: Vec<String> = Vec::new();
    for raw in &draft.terms {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if t.chars().count() > MAX_TERM_CHARS {
            p.add(
                "terms",
                format!("\"{t}\" is longer than {MAX_TERM_CHARS} characters; a term is a word or a short phrase."),
            );
        } else if !t.chars().any(char::is_alphanumeric) {
            p.add(
                "terms",
                format!("\"{t}\" has no letters or digits to match."),
            );
        } else if terms.iter().any(|s| s.eq_ignore_ascii_case(t)) {
            // The same spelling twice is one spelling.
        } else if let Some(other) = entries
            .iter()
            .find(|e| Some(&e.term) != except && e.terms.iter().any(|s| s.eq_ignore_ascii_case(t)))
        {
            p.add(
                "terms",
                format!(
                    "\"{t}\" is already in the glossary, under \"{}\"; change that term instead.",
                    other.terms[0]
                ),
            );
        } else {
            terms.push(t.to_string());
        }
    }
    if draft.terms.iter().all(|t| t.trim().is_empty()) {
        p.add(
            "terms",
            "Write the term to flag, for example \"p99 latency\".",
        );
    } else if terms.len() > MAX_SPELLINGS {
        p.add(
            "terms",
            format!(
                "That is {} spellings; the limit is {MAX_SPELLINGS}.",
                terms.len()
            ),
        );
    }
    let plain = draft.plain.trim();
    if plain.is_empty() {
        p.add(
            "plain",
            "Write what to say instead, in business words: \"how slow the slowest 1 % of requests are\".",
        );
    } else if plain.chars().count() > MAX_PLAIN_CHARS {
        p.add(
            "plain",
            format!("The phrasing is longer than {MAX_PLAIN_CHARS} characters; keep it to one plain sentence."),
        );
    } else if plain.contains(['\n', '\r']) {
        p.add("plain", "Keep the phrasing to one line.");
    }
    p.finish()?;
    Ok((terms, plain.to_string()))
}

impl Store {
    /// Every term: the writer's own first (oldest first), then the built-in ones in their
    /// order, with the writer's changes.
    pub fn glossary(&self) -> Result<Vec<GlossaryEntry>> {
        let rows = rows(self)?;
        let mut out: Vec<GlossaryEntry> = rows
            .iter()
            .filter(|r| r.replaces.is_none())
            .map(|r| GlossaryEntry {
                term: GlossaryRef::Own(r.id),
                terms: r.terms.clone(),
                plain: r.plain.clone(),
                edited: false,
                hidden: r.hidden,
            })
            .collect();
        out.extend(built_in_glossary().into_iter().map(|t| {
            let k = key(&t);
            match rows
                .iter()
                .find(|r| r.replaces.as_deref() == Some(k.as_str()))
            {
                Some(r) => GlossaryEntry {
                    edited: r.terms != t.terms || r.plain != t.plain,
                    term: GlossaryRef::BuiltIn(k),
                    terms: r.terms.clone(),
                    plain: r.plain.clone(),
                    hidden: r.hidden,
                },
                None => GlossaryEntry {
                    term: GlossaryRef::BuiltIn(k),
                    terms: t.terms,
                    plain: t.plain,
                    edited: false,
                    hidden: false,
                },
            }
        }));
        Ok(out)
    }

    /// The terms the writing checks flag: the glossary without its hidden terms.
    pub fn writing_glossary(&self) -> Result<Vec<GlossaryTerm>> {
        Ok(self
            .glossary()?
            .into_iter()
            .filter(|e| !e.hidden)
            .map(|e| GlossaryTerm {
                terms: e.terms,
                plain: e.plain,
            })
            .collect())
    }

    /// A term of the writer's own.
    pub fn add_glossary_term(&mut self, draft: &GlossaryDraft) -> Result<Vec<GlossaryEntry>> {
        let (terms, plain) = checked(draft, &self.glossary()?, None)?;
        let now = self.now_text();
        self.conn().execute(
            "INSERT INTO glossary_terms (terms, plain, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![json(&terms), plain, now],
        )?;
        self.glossary()
    }

    /// Changes a term's spellings and phrasing; a built-in one keeps its place and can be reset.
    pub fn edit_glossary_term(
        &mut self,
        term: &GlossaryRef,
        draft: &GlossaryDraft,
    ) -> Result<Vec<GlossaryEntry>> {
        let entries = self.glossary()?;
        let current = find(&entries, term)?;
        let (terms, plain) = checked(draft, &entries, Some(term))?;
        self.write(term, &terms, &plain, current.hidden)?;
        self.glossary()
    }

    /// Leaves a term out of the checks, or brings it back.
    pub fn set_glossary_term_hidden(
        &mut self,
        term: &GlossaryRef,
        hidden: bool,
    ) -> Result<Vec<GlossaryEntry>> {
        let entries = self.glossary()?;
        let current = find(&entries, term)?;
        self.write(term, &current.terms, &current.plain, hidden)?;
        self.glossary()
    }

    /// A built-in term as it was shipped: the writer's changes to it are dropped.
    pub fn reset_glossary_term(&mut self, built_in: &str) -> Result<Vec<GlossaryEntry>> {
        find(
            &self.glossary()?,
            &GlossaryRef::BuiltIn(built_in.to_string()),
        )?;
        self.conn()
            .execute("DELETE FROM glossary_terms WHERE replaces = ?1", [built_in])?;
        self.glossary()
    }

    /// Deletes a term of the writer's own (built-in ones are hidden instead); answers the term
    /// as it was, so the app can offer to add it back.
    pub fn delete_glossary_term(&mut self, id: i64) -> Result<GlossaryEntry> {
        let entries = self.glossary()?;
        let gone = find(&entries, &GlossaryRef::Own(id))?.clone();
        self.conn()
            .execute("DELETE FROM glossary_terms WHERE id = ?1", [id])?;
        Ok(gone)
    }

    fn write(
        &mut self,
        term: &GlossaryRef,
        terms: &[String],
        plain: &str,
        hidden: bool,
    ) -> Result<()> {
        let now = self.now_text();
        match term {
            GlossaryRef::Own(id) => {
                self.conn().execute(
                    "UPDATE glossary_terms SET terms = ?2, plain = ?3, hidden = ?4, updated_at = ?5 WHERE id = ?1",
                    params![id, json(terms), plain, hidden, now],
                )?;
            }
            GlossaryRef::BuiltIn(k) => {
                self.conn().execute(
                    "INSERT INTO glossary_terms (terms, plain, replaces, hidden, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                     ON CONFLICT (replaces) DO UPDATE SET terms = ?1, plain = ?2, hidden = ?4, updated_at = ?5",
                    params![json(terms), plain, k, hidden, now],
                )?;
            }
        }
        Ok(())
    }
}

fn json(terms: &[String]) -> String {
    serde_json::to_string(terms).expect("strings serialise")
}

fn find<'a>(entries: &'a [GlossaryEntry], term: &GlossaryRef) -> Result<&'a GlossaryEntry> {
    entries.iter().find(|e| &e.term == term).ok_or_else(|| {
        Error::not_found(match term {
            GlossaryRef::BuiltIn(k) => format!("\"{k}\" is not a built-in glossary term."),
            GlossaryRef::Own(id) => {
                format!("Glossary term {id} does not exist (it may have been deleted).")
            }
        })
    })
}
