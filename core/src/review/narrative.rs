//! The words of a review, by rule (no network, no AI service): the bottom line, the strongest
//! stories, the drafted talking points and what is still open. Every sentence states numbers
//! the other parts show, so the user can check each one.

use chrono::NaiveDate;

use super::types::{
    CompetencyPart, Highlight, OpenItem, PlanPart, ReviewDocument, SourceKind, Story, WorkloadPart,
};

/// How many stories the front page shows at most.
pub const MAX_STORIES: usize = 5;

/// "14 Apr 2026".
pub fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "1 entry", "3 entries", and "no entries" for none.
fn plural(n: u32, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

pub(super) struct Parts<'a> {
    pub plan: &'a PlanPart,
    pub competencies: &'a CompetencyPart,
    pub documents: &'a [ReviewDocument],
    pub highlights: &'a [Highlight],
    pub workload: &'a WorkloadPart,
    pub entry_count: u32,
}

/// The largest rise first (ties by name), only rises.
fn gains(c: &CompetencyPart) -> Vec<&super::types::CompetencyChange> {
    let mut up: Vec<_> = c
        .changes
        .iter()
        .filter(|c| c.change.is_some_and(|d| d > 0))
        .collect();
    up.sort_by(|a, b| b.change.cmp(&a.change).then(a.name.cmp(&b.name)));
    up
}

/// Three sentences: the plan, competencies, and writing with the meeting load.
pub(super) fn bottom_line(p: &Parts<'_>) -> Vec<String> {
    let g = &p.plan.progress;
    let plan = if g.total == 0 {
        "No plan milestones fall in this period.".to_string()
    } else {
        format!(
            "Of the {} planned for this period, {} done ({}% of those not skipped), {} in progress and {} skipped.",
            plural(g.total, "milestone", "milestones"),
            match g.done {
                0 => "none are".to_string(),
                1 => "1 is".to_string(),
                n => format!("{n} are"),
            },
            g.percent,
            g.in_progress,
            g.skipped
        )
    };
    let c = p.competencies;
    let competencies = match (c.first_review_on, c.last_review_on) {
        (Some(first), Some(last)) if c.review_count >= 2 => {
            let rose = c
                .changes
                .iter()
                .filter(|x| x.change.is_some_and(|d| d > 0))
                .count() as u32;
            let fell = c
                .changes
                .iter()
                .filter(|x| x.change.is_some_and(|d| d < 0))
                .count() as u32;
            let largest = gains(c)
                .first()
                .map(|x| {
                    format!(
                        "; the largest gain was {} ({} → {})",
                        x.name,
                        x.first.unwrap_or(0),
                        x.last.unwrap_or(0)
                    )
                })
                .unwrap_or_default();
            format!(
                "Between the self-reviews of {} and {}, {} rose and {} fell{largest}.",
                day(first),
                day(last),
                plural(rose, "competency", "competencies"),
                if fell == 0 {
                    "none".to_string()
                } else {
                    fell.to_string()
                }
            )
        }
        (Some(_), _) => {
            let rated: Vec<_> = c.changes.iter().filter(|x| x.last.is_some()).collect();
            let at = rated.iter().filter(|x| x.gap == Some(0)).count();
            format!(
                "One self-review in this period: {at} of {} rated competencies at or above the target of {}.",
                rated.len(),
                c.target_rating
            )
        }
        _ => {
            "No self-review was made in this period; rate yourself in Competencies to show growth."
                .to_string()
        }
    };
    let starred = p.highlights.len() as u32;
    let meetings = p
        .workload
        .average_meeting_hours
        .map(|h| {
            format!(
                "; meetings averaged {h:.1} hours a week over {}",
                plural(p.workload.weeks_with_hours, "week", "weeks")
            )
        })
        .unwrap_or_default();
    let writing = format!(
        "You wrote {} and {} ({starred} starred){meetings}.",
        plural(p.documents.len() as u32, "document", "documents"),
        plural(p.entry_count, "journal entry", "journal entries"),
    );
    vec![plan, competencies, writing]
}

/// The strongest stories: business cases, done milestones with evidence, quantified wins.
pub(super) fn stories(p: &Parts<'_>) -> Vec<Story> {
    let mut scored: Vec<(u32, Story)> = Vec::new();
    for m in &p.plan.done {
        let n = m.evidence.len() as u32;
        let date = m.done_on.or(m.target_date).unwrap_or_default();
        scored.push((
            3 + n.min(5),
            Story {
                source: SourceKind::Milestone,
                id: m.id,
                title: m.title.clone(),
                date,
                detail: format!(
                    "Done {} · {} of evidence",
                    day(date),
                    plural(n, "piece", "pieces")
                ),
            },
        ));
    }
    for d in p.documents {
        let (score, detail) = match (d.roi.first(), &d.impact) {
            (Some(roi), _) => (5, roi.summary.clone()),
            (None, Some(impact)) => (3, impact.clone()),
            (None, None) => continue,
        };
        scored.push((
            score + u32::from(d.starred),
            Story {
                source: SourceKind::Document,
                id: d.id,
                title: d.title.clone(),
                date: d.updated_on,
                detail,
            },
        ));
    }
    for h in p.highlights {
        scored.push((
            if h.impact.is_some() { 4 } else { 1 },
            Story {
                source: SourceKind::Entry,
                id: h.entry_id,
                title: h.title.clone(),
                date: h.entry_date,
                detail: h.impact.clone().unwrap_or_else(|| h.excerpt.clone()),
            },
        ));
    }
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.date.cmp(&a.1.date))
            .then(a.1.id.cmp(&b.1.id))
    });
    scored
        .into_iter()
        .take(MAX_STORIES)
        .map(|(_, s)| s)
        .collect()
}

/// Talking points to edit: what was delivered, how the user grew, the business cases made,
/// the figures from starred entries.
pub(super) fn talking_points(p: &Parts<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut done: Vec<_> = p.plan.done.iter().collect();
    done.sort_by(|a, b| {
        b.evidence
            .len()
            .cmp(&a.evidence.len())
            .then(a.done_on.cmp(&b.done_on))
    });
    for m in done.iter().take(3) {
        let when = m
            .done_on
            .map(|d| format!(" ({})", d.format("%b %Y")))
            .unwrap_or_default();
        let backed = match m.evidence.len() as u32 {
            0 => String::new(),
            n => format!(
                ", backed by {}",
                plural(n, "piece of evidence", "pieces of evidence")
            ),
        };
        out.push(format!("I delivered “{}”{when}{backed}.", m.title));
    }
    for c in gains(p.competencies).iter().take(2) {
        let evidence = match c.entries + c.documents {
            0 => String::new(),
            n => format!(
                ", with {} this period",
                plural(n, "piece of evidence", "pieces of evidence")
            ),
        };
        out.push(format!(
            "I grew in {}: from {} to {} in my own rating{evidence}.",
            c.name,
            c.first.unwrap_or(0),
            c.last.unwrap_or(0),
        ));
    }
    for d in p.documents.iter().filter(|d| !d.roi.is_empty()).take(2) {
        out.push(format!(
            "I made the business case in “{}”: {}",
            d.title, d.roi[0].summary
        ));
    }
    for h in p.highlights.iter().filter(|h| h.impact.is_some()).take(2) {
        out.push(format!(
            "{} ({}): {}",
            h.title,
            day(h.entry_date),
            h.impact.as_deref().unwrap_or_default()
        ));
    }
    out
}

/// What is still open: overdue and skipped milestones, competencies below the target or
/// without evidence in the period.
pub(super) fn open_items(p: &Parts<'_>) -> Vec<OpenItem> {
    let mut out = Vec::new();
    let plan = p.plan;
    for m in plan
        .not_started
        .iter()
        .chain(&plan.in_progress)
        .filter(|m| m.overdue)
    {
        out.push(OpenItem {
            reason: "overdue".into(),
            title: m.title.clone(),
            detail: format!(
                "Due {}, still {}.",
                m.target_date.map(day).unwrap_or_default(),
                if m.status == crate::plan::MilestoneStatus::InProgress {
                    "in progress"
                } else {
                    "not started"
                }
            ),
        });
    }
    for m in &plan.skipped {
        out.push(OpenItem {
            reason: "skipped".into(),
            title: m.title.clone(),
            detail: if m.status_note.trim().is_empty() {
                "Skipped, with no note on why.".into()
            } else {
                format!("Skipped: {}", m.status_note.trim())
            },
        });
    }
    let c = p.competencies;
    if c.review_count == 0 {
        out.push(OpenItem {
            reason: "no_review".into(),
            title: "No self-review in this period".into(),
            detail: "Without one, growth in competencies cannot be shown.".into(),
        });
    }
    // One item per competency: below the target, without evidence, or both.
    for x in &c.changes {
        let below = x.gap.filter(|g| *g > 0).map(|_| {
            format!(
                "Rated {} of 5, target {}.",
                x.last.unwrap_or(0),
                c.target_rating
            )
        });
        let bare = (x.entries + x.documents == 0)
            .then(|| format!("No entry or document tagged #{} in this period.", x.tag));
        let reason = match (&below, &bare) {
            (Some(_), _) => "below_target",
            (None, Some(_)) => "no_evidence",
            (None, None) => continue,
        };
        out.push(OpenItem {
            reason: reason.into(),
            title: x.name.clone(),
            detail: [below, bare]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    out
}
