//! Gaps to the target level: relevant competencies rated below the target, or not rated yet.

use super::types::{CompetencyGap, CompetencyStatus};

fn counted(n: u32, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// "no evidence yet", "1 entry of evidence", "2 entries and 1 document of evidence".
fn evidence(s: &CompetencyStatus) -> String {
    let entries = counted(s.entry_count, "entry", "entries");
    let documents = counted(s.document_count, "document", "documents");
    match (s.entry_count, s.document_count) {
        (0, 0) => "no evidence yet".to_string(),
        (_, 0) => format!("{entries} of evidence"),
        (0, _) => format!("{documents} of evidence"),
        _ => format!("{entries} and {documents} of evidence"),
    }
}

/// Worst first: rated gaps by rating, then by evidence (least first), then name; unrated
/// competencies after them, least evidence first.
pub fn gaps(statuses: &[CompetencyStatus], target: u8) -> Vec<CompetencyGap> {
    let mut out: Vec<CompetencyGap> = statuses
        .iter()
        .filter(|s| s.relevant && !s.competency.archived)
        .filter(|s| s.latest.is_none_or(|r| r < target))
        .map(|s| CompetencyGap {
            competency_id: s.competency.id,
            name: s.competency.name.clone(),
            tag: s.competency.tag.clone(),
            latest: s.latest,
            target,
            evidence_count: s.evidence_count,
            summary: match s.latest {
                Some(r) => format!("Rated {r} of 5, target {target} · {}", evidence(s)),
                None => format!("Not rated yet · {}", evidence(s)),
            },
        })
        .collect();
    out.sort_by(|a, b| {
        (a.latest.is_none(), a.latest, a.evidence_count, &a.name).cmp(&(
            b.latest.is_none(),
            b.latest,
            b.evidence_count,
            &b.name,
        ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::competency::types::{Competency, CompetencyGroup};

    fn status(
        id: i64,
        name: &str,
        latest: Option<u8>,
        evidence: u32,
        relevant: bool,
    ) -> CompetencyStatus {
        CompetencyStatus {
            competency: Competency {
                id,
                name: name.into(),
                description: String::new(),
                tag: name.to_lowercase(),
                groups: vec![CompetencyGroup::Leadership],
                archived: false,
            },
            relevant,
            history: vec![],
            latest,
            previous: None,
            evidence_count: evidence,
            entry_count: evidence,
            document_count: 0,
        }
    }

    #[test]
    fn lowest_rating_first_then_least_evidence_then_unrated() {
        let list = [
            status(1, "Coaching", Some(2), 5, true),
            status(2, "Finance", Some(2), 1, true),
            status(3, "Metrics", Some(3), 0, true),
            status(4, "Strategy", Some(4), 0, true),
            status(5, "Culture", None, 0, true),
            status(6, "Influence", Some(1), 0, false),
        ];
        let g = gaps(&list, 4);
        let names: Vec<_> = g.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["Finance", "Coaching", "Metrics", "Culture"]);
        assert_eq!(g[0].summary, "Rated 2 of 5, target 4 · 1 entry of evidence");
        assert_eq!(
            g[1].summary,
            "Rated 2 of 5, target 4 · 5 entries of evidence"
        );
        assert_eq!(g[3].summary, "Not rated yet · no evidence yet");
    }

    #[test]
    fn documents_are_named_beside_entries_as_evidence() {
        let with = |entries, documents| {
            let mut s = status(1, "Coaching", Some(2), entries + documents, true);
            (s.entry_count, s.document_count) = (entries, documents);
            gaps(&[s], 4).remove(0).summary
        };
        assert_eq!(
            with(2, 1),
            "Rated 2 of 5, target 4 · 2 entries and 1 document of evidence"
        );
        assert_eq!(
            with(0, 3),
            "Rated 2 of 5, target 4 · 3 documents of evidence"
        );
        assert_eq!(with(1, 0), "Rated 2 of 5, target 4 · 1 entry of evidence");
    }

    #[test]
    fn meeting_the_target_is_not_a_gap() {
        let list = [status(1, "Coaching", Some(3), 0, true)];
        assert!(gaps(&list, 3).is_empty());
        assert_eq!(gaps(&list, 5).len(), 1);
    }
}
