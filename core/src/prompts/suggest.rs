//! Which prompts to offer today: the current quarter's focus first, then the weakest
//! competencies. The choice rotates by day so the list changes without being random (and so
//! tests can pin it).

use chrono::{Datelike, NaiveDate};

use super::types::{Prompt, PromptSuggestion};
use crate::competency::CompetencyStatus;
use crate::error::Result;
use crate::plan::quarter_dates::quarter_of;
use crate::plan::Plan;
use crate::store::Store;

/// How many prompts come from the quarter's focus, and how many weakest competencies are used.
pub const FROM_QUARTER: usize = 3;
pub const FROM_WEAKEST: usize = 2;

/// What the choice depends on, gathered from the store.
pub struct PromptContext<'a> {
    pub today: NaiveDate,
    /// The current plan quarter: (number, focus).
    pub quarter: Option<(u8, String)>,
    pub competencies: &'a [CompetencyStatus],
    pub prompts: &'a [Prompt],
    /// Whether the user has chosen a track and target level (else the default applies, and
    /// the suggestions must not speak of "your" target).
    pub target_chosen: bool,
}

/// `n` items of `list` starting at a day-dependent offset, wrapping around.
fn rotate<T: Clone>(list: &[T], today: NaiveDate, n: usize) -> Vec<T> {
    if list.is_empty() {
        return Vec::new();
    }
    let start = today.num_days_from_ce().unsigned_abs() as usize % list.len();
    list.iter()
        .cycle()
        .skip(start)
        .take(n.min(list.len()))
        .cloned()
        .collect()
}

/// Relevant, active competencies that have been rated, lowest latest rating first, then the
/// least evidence, then framework order.
pub fn weakest(competencies: &[CompetencyStatus], n: usize) -> Vec<&CompetencyStatus> {
    let mut rated: Vec<(usize, &CompetencyStatus)> = competencies
        .iter()
        .enumerate()
        .filter(|(_, s)| s.relevant && !s.competency.archived && s.latest.is_some())
        .collect();
    rated.sort_by_key(|(i, s)| (s.latest, s.evidence_count, *i));
    rated.into_iter().take(n).map(|(_, s)| s).collect()
}

pub fn choose(ctx: &PromptContext<'_>) -> Vec<PromptSuggestion> {
    let visible: Vec<&Prompt> = ctx.prompts.iter().filter(|p| !p.hidden).collect();
    let mut out = Vec::new();
    if let Some((q, focus)) = &ctx.quarter {
        let of_quarter: Vec<&Prompt> = visible
            .iter()
            .copied()
            .filter(|p| p.quarter == Some(*q))
            .collect();
        out.extend(
            rotate(&of_quarter, ctx.today, FROM_QUARTER)
                .into_iter()
                .map(|p| PromptSuggestion {
                    prompt_id: p.id,
                    text: p.text.clone(),
                    reason: format!("Q{q} focus: {focus}"),
                    tags: Vec::new(),
                }),
        );
    }
    let weak = weakest(ctx.competencies, FROM_WEAKEST);
    // Without ratings yet, offer prompts from the competencies of the chosen target instead.
    let (sources, why): (Vec<&CompetencyStatus>, &str) = if weak.is_empty() {
        let relevant: Vec<&CompetencyStatus> = ctx
            .competencies
            .iter()
            .filter(|s| s.relevant && !s.competency.archived)
            .collect();
        let n = if out.is_empty() {
            FROM_QUARTER + FROM_WEAKEST
        } else {
            FROM_WEAKEST
        };
        let why = if ctx.target_chosen {
            "From your target level"
        } else {
            "Until you choose a target level"
        };
        (rotate(&relevant, ctx.today, n), why)
    } else {
        (weak, "Your lowest rating")
    };
    for s in sources {
        let of_comp: Vec<&Prompt> = visible
            .iter()
            .copied()
            .filter(|p| p.competency_id == Some(s.competency.id))
            .collect();
        if let Some(p) = rotate(&of_comp, ctx.today, 1).first() {
            let rated = s.latest.map(|r| format!(" ({r} of 5)")).unwrap_or_default();
            out.push(PromptSuggestion {
                prompt_id: p.id,
                text: p.text.clone(),
                reason: format!("{why}: {}{rated}", s.competency.name),
                tags: vec![s.competency.tag.clone()],
            });
        }
    }
    out
}

impl Store {
    /// Prompts to offer when starting an entry today.
    pub fn suggest_prompts(&self, today: NaiveDate) -> Result<Vec<PromptSuggestion>> {
        let plan = match self.current_plan_id(today)? {
            Some(id) => Some(self.plan(id, today)?),
            None => None,
        };
        self.suggest_prompts_with(
            today,
            plan.as_ref(),
            &self.competency_overview()?.competencies,
        )
    }

    /// The same, from a plan and competencies the caller has already read (the dashboard).
    pub(crate) fn suggest_prompts_with(
        &self,
        today: NaiveDate,
        plan: Option<&Plan>,
        competencies: &[CompetencyStatus],
    ) -> Result<Vec<PromptSuggestion>> {
        let quarter = plan.and_then(|p| {
            quarter_of(p.start, today).map(|q| (q, p.quarters[usize::from(q - 1)].focus.clone()))
        });
        let prompts = self.list_prompts()?;
        Ok(choose(&PromptContext {
            today,
            quarter,
            competencies,
            prompts: &prompts,
            target_chosen: self.competency_profile_chosen()?,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::competency::{Competency, CompetencyGroup};

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(u64::from(n))
    }

    fn comp(id: i64, latest: Option<u8>, evidence: u32) -> CompetencyStatus {
        CompetencyStatus {
            competency: Competency {
                id,
                name: format!("C{id}"),
                description: String::new(),
                tag: format!("c{id}"),
                groups: vec![CompetencyGroup::Leadership],
                archived: false,
            },
            relevant: true,
            history: vec![],
            latest,
            previous: None,
            evidence_count: evidence,
            entry_count: evidence,
            document_count: 0,
        }
    }

    fn prompt(id: i64, quarter: Option<u8>, competency: Option<i64>) -> Prompt {
        Prompt {
            id,
            quarter,
            competency_id: competency,
            competency_name: None,
            text: format!("P{id}"),
            builtin: true,
            hidden: false,
        }
    }

    fn library() -> Vec<Prompt> {
        let mut v: Vec<Prompt> = (1..=5).map(|i| prompt(i, Some(2), None)).collect();
        v.push(prompt(6, Some(1), None));
        v.extend((1..=3).flat_map(|c| {
            [
                prompt(10 * c, None, Some(c)),
                prompt(10 * c + 1, None, Some(c)),
            ]
        }));
        v
    }

    #[test]
    fn offers_the_current_quarter_then_the_two_weakest_competencies() {
        let comps = [
            comp(1, Some(4), 0),
            comp(2, Some(2), 3),
            comp(3, Some(2), 1),
        ];
        let prompts = library();
        let got = choose(&PromptContext {
            today: day(0),
            quarter: Some((2, "Strategic thinking".into())),
            competencies: &comps,
            prompts: &prompts,
            target_chosen: true,
        });
        assert_eq!(got.len(), 5);
        assert!(got[..3]
            .iter()
            .all(|s| s.reason == "Q2 focus: Strategic thinking"));
        assert!(
            got[..3].iter().all(|s| (1..=5).contains(&s.prompt_id)),
            "only Q2 prompts"
        );
        // C3 and C2 are both rated 2; C3 has less evidence, so it comes first.
        assert_eq!(got[3].reason, "Your lowest rating: C3 (2 of 5)");
        assert_eq!(got[3].tags, vec!["c3"]);
        assert_eq!(got[4].reason, "Your lowest rating: C2 (2 of 5)");
        assert!([30, 31].contains(&got[3].prompt_id));
    }

    #[test]
    fn the_choice_rotates_by_day_and_is_stable_within_a_day() {
        let comps = [comp(1, Some(1), 0)];
        let prompts = library();
        let ctx = |d| PromptContext {
            today: day(d),
            quarter: Some((2, "S".into())),
            competencies: &comps,
            prompts: &prompts,
            target_chosen: true,
        };
        let ids = |d| {
            choose(&ctx(d))
                .iter()
                .map(|s| s.prompt_id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(3), ids(3));
        assert_ne!(ids(3)[..3], ids(4)[..3]);
        let mut seen: Vec<i64> = (0..5).flat_map(|d| ids(d)[..3].to_vec()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen, vec![1, 2, 3, 4, 5], "every Q2 prompt comes round");
    }

    #[test]
    fn hidden_prompts_are_never_offered() {
        let comps = [comp(1, Some(1), 0)];
        let mut prompts = library();
        for p in prompts
            .iter_mut()
            .filter(|p| p.quarter == Some(2) || p.id == 10)
        {
            p.hidden = true;
        }
        let got = choose(&PromptContext {
            today: day(0),
            quarter: Some((2, "S".into())),
            competencies: &comps,
            prompts: &prompts,
            target_chosen: true,
        });
        assert_eq!(
            got.iter().map(|s| s.prompt_id).collect::<Vec<_>>(),
            vec![11]
        );
    }

    #[test]
    fn without_a_plan_or_ratings_it_draws_on_the_target_competencies() {
        let comps = [comp(1, None, 0), comp(2, None, 0), comp(3, None, 0)];
        let prompts = library();
        let got = choose(&PromptContext {
            today: day(0),
            quarter: None,
            competencies: &comps,
            prompts: &prompts,
            target_chosen: true,
        });
        assert_eq!(got.len(), 3, "one per competency, at most five");
        assert!(got
            .iter()
            .all(|s| s.reason.starts_with("From your target level: C")));
    }
}
