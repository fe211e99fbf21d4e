//! A review kept as a document (kind "review", with revisions like any document). Its summary
//! and talking points are the writer's to edit (`regions`); bringing it up to date rewrites the
//! rest from the data and refreshes an editable part only while the writer has left it as it
//! was last generated. The Review screen and every export of the same period show the writer's
//! version of those parts.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use specta::Type;

use super::markdown::{generated, title};
use super::period::Period;
use super::regions::{region, wrap, EDITABLE};
use super::sections::Include;
use super::types::{KeptReview, Review};
use super::ReviewRequest;
use crate::documents::{insert_document, Document, DocumentDraft, DocumentKind, Reason};
use crate::error::{Error, Result};
use crate::journal::columns::parse_date;
use crate::roi::Currency;
use crate::store::Store;
use crate::workload::WorkRules;

/// What bringing a kept review up to date did.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct BroughtUpToDate {
    pub document: Document,
    /// The editable sections kept as the writer changed them (by name, e.g. "talking_points").
    pub kept: Vec<String>,
    /// What happened, for the notice.
    pub message: String,
}

/// The kept review's row: its period and opt-ins, and what its editable parts said when
/// last generated.
struct Row {
    period: Period,
    include: Include,
    generated: BTreeMap<String, String>,
}

/// The document's body and what its editable parts are, as generated from `r`.
fn body_of(r: &Review) -> (String, BTreeMap<String, String>) {
    let mut fresh = BTreeMap::new();
    let mut body = String::new();
    for (name, md) in generated(r) {
        if EDITABLE.contains(&name) {
            fresh.insert(name.to_string(), md.trim().to_string());
            // The writer's text of this part, when they changed it, goes in instead.
            let text = r.kept.as_ref().and_then(|k| match name {
                "summary" => k.summary.clone(),
                _ => k.talking_points.clone(),
            });
            body.push_str(&wrap(name, text.as_deref().unwrap_or(&md)));
        } else {
            body.push_str(&md);
        }
    }
    (body, fresh)
}

/// The parts of `body` the writer changed from what was generated (none when a marker is gone:
/// then the text cannot be told apart, and the document itself keeps it).
fn edited(body: &str, generated: &BTreeMap<String, String>) -> (Option<String>, Option<String>) {
    let changed = |name: &str| {
        let text = region(body, name)?;
        (generated.get(name).map(String::as_str) != Some(text)).then(|| text.to_string())
    };
    (changed("summary"), changed("talking_points"))
}

fn json(generated: &BTreeMap<String, String>) -> Result<String> {
    serde_json::to_string(generated)
        .map_err(|e| Error::storage(format!("The review could not be kept: {e}")))
}

impl Store {
    fn kept_row(&self, document_id: i64) -> Result<Option<Row>> {
        let row = self
            .conn()
            .query_row(
                "SELECT period_from, period_to, include_journal, include_checkins, generated
                 FROM kept_reviews WHERE document_id = ?1",
                [document_id],
                |r| {
                    Ok((
                        parse_date(&r.get::<_, String>(0)?)?,
                        parse_date(&r.get::<_, String>(1)?)?,
                        r.get::<_, bool>(2)?,
                        r.get::<_, bool>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((from, to, journal, checkins, generated)) = row else {
            return Ok(None);
        };
        Ok(Some(Row {
            period: Period::new(from, to)?,
            include: Include { journal, checkins },
            generated: serde_json::from_str(&generated).unwrap_or_default(),
        }))
    }

    /// The newest kept review of exactly this period, outside the trash, with the parts its
    /// writer changed.
    pub(super) fn kept_review_of(&self, period: &Period) -> Result<Option<KeptReview>> {
        let id: Option<i64> = self
            .conn()
            .query_row(
                "SELECT k.document_id FROM kept_reviews k JOIN documents d ON d.id = k.document_id
                 WHERE k.period_from = ?1 AND k.period_to = ?2 AND d.deleted_at IS NULL
                 ORDER BY d.updated_at DESC, d.id DESC LIMIT 1",
                params![period.from.to_string(), period.to.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(id) = id else { return Ok(None) };
        let (Some(row), doc) = (self.kept_row(id)?, self.document(id)?) else {
            return Ok(None);
        };
        let (summary, talking_points) = edited(&doc.body, &row.generated);
        Ok(Some(KeptReview {
            document_id: id,
            title: doc.title,
            summary,
            talking_points,
        }))
    }

    /// Keeps the review the request asks for as a new document, the editable parts marked.
    pub fn keep_review(
        &mut self,
        request: &ReviewRequest,
        today: NaiveDate,
        rules: &WorkRules,
        currency: &Currency,
    ) -> Result<Document> {
        let mut r = self.review_for(request, today, rules, currency)?;
        // A new kept review starts from the data, not from an older one's edits.
        r.kept = None;
        let (body, fresh) = body_of(&r);
        let draft = DocumentDraft {
            kind: DocumentKind::Review,
            title: title(&r),
            body,
        };
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let id = insert_document(&tx, &draft, &now)?;
        tx.execute(
            "INSERT INTO kept_reviews (document_id, period_from, period_to, include_journal, include_checkins, generated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, r.period.from.to_string(), r.period.to.to_string(), r.include.journal, r.include.checkins, json(&fresh)?],
        )?;
        tx.commit()?;
        self.document(id)
    }

    /// Rewrites kept review `document_id` from the data of its period as of `today`, keeping
    /// the editable parts its writer changed. A revision of the text before is kept.
    pub fn bring_review_up_to_date(
        &mut self,
        document_id: i64,
        today: NaiveDate,
        rules: &WorkRules,
        currency: &Currency,
    ) -> Result<BroughtUpToDate> {
        let row = self.kept_row(document_id)?.ok_or_else(|| {
            Error::not_found(
                "This document is not a kept review; only those can be brought up to date.",
            )
        })?;
        let doc = self.document(document_id)?;
        if doc.deleted_at.is_some() {
            return Err(Error::not_found(
                "This review is in the trash; restore it first.",
            ));
        }
        let mut r = self.review(row.period, row.include, today, rules, currency)?;
        let (summary, talking_points) = edited(&doc.body, &row.generated);
        let kept: Vec<String> = [("summary", &summary), ("talking_points", &talking_points)]
            .into_iter()
            .filter(|(_, t)| t.is_some())
            .map(|(n, _)| n.to_string())
            .collect();
        r.kept = Some(KeptReview {
            document_id,
            title: doc.title.clone(),
            summary,
            talking_points,
        });
        let (body, fresh) = body_of(&r);
        self.keep_document_revision(document_id, Reason::Save)?;
        let document = self.save_document(
            document_id,
            &DocumentDraft {
                kind: DocumentKind::Review,
                title: doc.title,
                body,
            },
        )?;
        self.conn().execute(
            "UPDATE kept_reviews SET generated = ?2 WHERE document_id = ?1",
            params![document_id, json(&fresh)?],
        )?;
        let message = match kept.len() {
            0 => "Brought up to date from your data.".to_string(),
            _ => format!(
                "Brought up to date from your data; your {} stayed as you wrote {}.",
                kept.iter()
                    .map(|k| k.replace('_', " "))
                    .collect::<Vec<_>>()
                    .join(" and "),
                if kept == ["summary"] { "it" } else { "them" }
            ),
        };
        Ok(BroughtUpToDate {
            document,
            kept,
            message,
        })
    }
}
