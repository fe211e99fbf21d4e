//! Competencies over the period: each one's rating at the first and at the last self-review
//! made in it, the gap to the target, and the period's evidence (entries and documents with its
//! tag).

use std::collections::BTreeSet;

use super::journal_part::EntryMark;
use super::period::Period;
use super::types::{CompetencyChange, CompetencyPart, ReviewDocument};
use crate::competency::CompetencyOverview;

/// `document_tags` pairs each of the period's documents with its tags.
pub(super) fn competency_part(
    overview: &CompetencyOverview,
    period: &Period,
    entries: &[EntryMark],
    documents: &[(&ReviewDocument, &[String])],
) -> CompetencyPart {
    let target = overview.profile.target_rating;
    let mut review_days = BTreeSet::new();
    let changes = overview
        .competencies
        .iter()
        .filter(|c| c.relevant && !c.competency.archived)
        .map(|c| {
            let rated: Vec<_> = c
                .history
                .iter()
                .filter(|p| period.contains(p.rated_on))
                .collect();
            review_days.extend(rated.iter().map(|p| (p.rated_on, p.review_id)));
            let first = rated.first().map(|p| p.rating);
            let last = rated.last().map(|p| p.rating);
            let tag = &c.competency.tag;
            CompetencyChange {
                competency_id: c.competency.id,
                name: c.competency.name.clone(),
                tag: tag.clone(),
                first,
                last,
                change: first.zip(last).map(|(a, b)| b as i8 - a as i8),
                gap: last.map(|l| target.saturating_sub(l)),
                entries: entries.iter().filter(|e| e.tags.contains(tag)).count() as u32,
                documents: documents
                    .iter()
                    .filter(|(_, tags)| tags.contains(tag))
                    .count() as u32,
            }
        })
        .collect();
    CompetencyPart {
        target_rating: target,
        target_level: overview.profile.target_level.label().to_string(),
        review_count: review_days.len() as u32,
        first_review_on: review_days.first().map(|r| r.0),
        last_review_on: review_days.last().map(|r| r.0),
        changes,
    }
}
