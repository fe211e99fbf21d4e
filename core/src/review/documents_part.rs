//! Documents written in the period: created, changed or revised in it, with what the writing
//! checks said at the last save, the business cases of their ```roi blocks and the first
//! sentence that states a figure.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::impact::quantified_sentence;
use super::period::Period;
use super::types::{ReviewDocument, RoiFigure};
use crate::documents::{Document, DocumentQuery, DocumentSummary};
use crate::error::Result;
use crate::roi::{model_from_block, report, roi_blocks, Currency};
use crate::store::Store;
use crate::time::{stamp, wall_to_utc};

pub(super) struct PeriodDocuments {
    /// Oldest first.
    pub documents: Vec<(ReviewDocument, Vec<String>)>,
    /// Every live document's last change, for evidence dates.
    pub changed_on: HashMap<i64, NaiveDate>,
}

fn local_day(t: DateTime<Utc>, tz: Tz) -> NaiveDate {
    t.with_timezone(&tz).date_naive()
}

fn business_cases(body: &str, currency: &Currency) -> Vec<RoiFigure> {
    roi_blocks(body)
        .iter()
        .filter_map(|b| model_from_block(&b.text, b.line).ok())
        .map(|model| {
            let r = report(&model, currency);
            RoiFigure {
                npv: r.npv,
                roi_percent: r.roi_percent,
                payback_months: r.payback_months,
                summary: r.summary,
            }
        })
        .collect()
}

fn review_document(
    s: &DocumentSummary,
    doc: &Document,
    tz: Tz,
    currency: &Currency,
) -> ReviewDocument {
    ReviewDocument {
        id: s.id,
        kind: s.kind,
        kind_label: s.kind_label.clone(),
        title: s.title.clone(),
        starred: s.starred,
        created_on: local_day(doc.created_at, tz),
        updated_on: local_day(doc.updated_at, tz),
        words: s.words,
        checks_passed: s.checks_passed,
        checks_total: s.checks_total,
        warnings: s.warnings,
        roi: business_cases(&doc.body, currency),
        impact: quantified_sentence(&doc.body),
    }
}

impl Store {
    /// Documents with a revision kept inside the period (its days in the user's zone).
    fn revised_between(&self, period: &Period, tz: Tz) -> Result<HashSet<i64>> {
        let at = |d: NaiveDate| {
            let secs = wall_to_utc(tz, d.and_time(chrono::NaiveTime::MIN));
            stamp(DateTime::from_timestamp(secs, 0).unwrap_or_default())
        };
        let (from, to) = (at(period.from), at(period.to + chrono::Days::new(1)));
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT document_id FROM document_revisions WHERE created_at >= ?1 AND created_at < ?2",
        )?;
        let ids = stmt
            .query_map([from, to], |r| r.get(0))?
            .collect::<rusqlite::Result<HashSet<i64>>>()?;
        Ok(ids)
    }

    pub(super) fn period_documents(
        &self,
        period: &Period,
        tz: Tz,
        currency: &Currency,
    ) -> Result<PeriodDocuments> {
        let revised = self.revised_between(period, tz)?;
        let mut changed_on = HashMap::new();
        let mut documents = Vec::new();
        for s in self.documents(&DocumentQuery::default())? {
            let updated_on = local_day(s.updated_at, tz);
            changed_on.insert(s.id, updated_on);
            // Last changed before the period: it was not written in it. A kept review is
            // about the work, not part of it.
            if updated_on < period.from || s.kind == crate::documents::DocumentKind::Review {
                continue;
            }
            let doc = self.document(s.id)?;
            let created_on = local_day(doc.created_at, tz);
            if period.contains(created_on) || period.contains(updated_on) || revised.contains(&s.id)
            {
                documents.push((review_document(&s, &doc, tz, currency), s.tags.clone()));
            }
        }
        documents.sort_by_key(|(d, _)| (d.created_on, d.id));
        Ok(PeriodDocuments {
            documents,
            changed_on,
        })
    }
}
