//! The writer's templates: the built-in ones with their changes (kept in place, Reset takes
//! them back) and templates of their own (from scratch or saved from a document).

use rusqlite::params;
use serde::Deserialize;
use specta::Type;

use super::store::{checked as checked_text, kind_of};
use super::templates::{headings, templates, Template, TemplateRef};
use super::types::{DocumentDraft, DocumentKind};
use crate::error::{Error, Problems, Result};
use crate::store::Store;

const MAX_NAME_CHARS: usize = 80;
const MAX_PURPOSE_CHARS: usize = 200;

/// What the template form sends.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
pub struct TemplateDraft {
    pub kind: DocumentKind,
    pub name: String,
    pub purpose: String,
    pub body: String,
}

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Option<String>, Template)> {
    let kind = kind_of(&r.get::<_, String>(1)?);
    let body: String = r.get(4)?;
    Ok((
        r.get(5)?,
        Template {
            id: TemplateRef::Own(r.get(0)?),
            kind,
            kind_label: kind.label().to_string(),
            name: r.get(2)?,
            purpose: r.get(3)?,
            sections: headings(&body),
            body,
            edited: false,
        },
    ))
}

/// One line of at most `max` characters, trimmed.
fn line(raw: &str, max: usize, what: &str) -> Result<String> {
    let t = raw.trim();
    if t.contains(['\n', '\r']) {
        return Err(Error::invalid(format!("Keep the {what} to one line.")));
    }
    if t.chars().count() > max {
        return Err(Error::invalid(format!(
            "The {what} is {} characters long; the limit is {max}.",
            t.chars().count()
        )));
    }
    Ok(t.to_string())
}

/// The draft's fields, every problem named by its field; `except` is the template edited,
/// whose own name is not a clash.
fn checked(
    draft: &TemplateDraft,
    all: &[Template],
    except: Option<&TemplateRef>,
) -> Result<TemplateDraft> {
    let mut p = Problems::default();
    let name = p.check("name", line(&draft.name, MAX_NAME_CHARS, "name"));
    if let Some(n) = &name {
        if n.is_empty() {
            p.add(
                "name",
                "Name the template, for example \"Incident review\".",
            );
        } else if all
            .iter()
            .any(|t| Some(&t.id) != except && t.name.eq_ignore_ascii_case(n))
        {
            p.add(
                "name",
                format!("There is already a template called \"{n}\"; choose another name."),
            );
        }
    }
    let purpose = p.check(
        "purpose",
        line(&draft.purpose, MAX_PURPOSE_CHARS, "purpose"),
    );
    let body = p.check(
        "body",
        checked_text(&DocumentDraft {
            kind: draft.kind,
            title: String::new(),
            body: draft.body.clone(),
        })
        .map(|(_, body)| body),
    );
    if let Some(TemplateRef::BuiltIn(kind)) = except {
        if draft.kind != *kind {
            p.add(
                "kind",
                format!(
                    "The {} template keeps its kind; save a template of your own for another kind.",
                    kind.label()
                ),
            );
        }
    }
    p.finish()?;
    Ok(TemplateDraft {
        kind: draft.kind,
        name: name.unwrap_or_default(),
        purpose: purpose.unwrap_or_default(),
        body: body.unwrap_or_default(),
    })
}

impl Store {
    /// Every template: the built-in ones in their order (as the writer changed them), then the
    /// writer's own, oldest first.
    pub fn document_templates(&self) -> Result<Vec<Template>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, kind, name, purpose, body, replaces FROM document_templates ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out: Vec<Template> = templates()
            .into_iter()
            .map(|shipped| {
                let changed = rows
                    .iter()
                    .find(|(replaces, _)| replaces.as_deref() == Some(shipped.kind.id()));
                match changed {
                    Some((_, t)) => Template {
                        id: shipped.id.clone(),
                        edited: true,
                        ..t.clone()
                    },
                    None => shipped,
                }
            })
            .collect();
        out.extend(
            rows.into_iter()
                .filter(|(r, _)| r.is_none())
                .map(|(_, t)| t),
        );
        Ok(out)
    }

    pub fn document_template(&self, id: &TemplateRef) -> Result<Template> {
        find(&self.document_templates()?, id).cloned()
    }

    /// A template of the writer's own.
    pub fn add_document_template(&mut self, draft: &TemplateDraft) -> Result<Vec<Template>> {
        let d = checked(draft, &self.document_templates()?, None)?;
        let now = self.now_text();
        self.conn().execute(
            "INSERT INTO document_templates (kind, name, purpose, body, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![d.kind.id(), d.name, d.purpose, d.body, now],
        )?;
        self.document_templates()
    }

    /// Changes a template; a built-in one keeps its kind and its place.
    pub fn edit_document_template(
        &mut self,
        id: &TemplateRef,
        draft: &TemplateDraft,
    ) -> Result<Vec<Template>> {
        let all = self.document_templates()?;
        find(&all, id)?;
        let d = checked(draft, &all, Some(id))?;
        let now = self.now_text();
        match id {
            TemplateRef::Own(own) => self.conn().execute(
                "UPDATE document_templates SET kind = ?2, name = ?3, purpose = ?4, body = ?5, updated_at = ?6
                 WHERE id = ?1 AND replaces IS NULL",
                params![own, d.kind.id(), d.name, d.purpose, d.body, now],
            )?,
            TemplateRef::BuiltIn(kind) => self.conn().execute(
                "INSERT INTO document_templates (kind, name, purpose, body, replaces, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?1, ?5, ?5)
                 ON CONFLICT (replaces) DO UPDATE SET name = ?2, purpose = ?3, body = ?4, updated_at = ?5",
                params![kind.id(), d.name, d.purpose, d.body, now],
            )?,
        };
        self.document_templates()
    }

    /// A built-in template as shipped.
    pub fn reset_document_template(&mut self, kind: DocumentKind) -> Result<Vec<Template>> {
        self.conn().execute(
            "DELETE FROM document_templates WHERE replaces = ?1",
            [kind.id()],
        )?;
        self.document_templates()
    }

    /// Deletes a template of the writer's own (documents started from it keep their text);
    /// answers it as it was, so the app can offer to add it back.
    pub fn delete_document_template(&mut self, id: i64) -> Result<Template> {
        let gone = self.document_template(&TemplateRef::Own(id))?;
        self.conn().execute(
            "DELETE FROM document_templates WHERE id = ?1 AND replaces IS NULL",
            [id],
        )?;
        Ok(gone)
    }
}

fn find<'a>(all: &'a [Template], id: &TemplateRef) -> Result<&'a Template> {
    all.iter().find(|t| &t.id == id).ok_or_else(|| match id {
        TemplateRef::Own(n) => Error::not_found(format!(
            "Template {n} does not exist (it may have been deleted)."
        )),
        TemplateRef::BuiltIn(kind) => Error::not_found(format!(
            "There is no built-in template for {}.",
            kind.label()
        )),
    })
}
