//! A deterministic generator of realistic journals, for benchmarks and manual performance
//! checks (`waypoint dev generate`). Same seed, same journal, on every machine: it uses its
//! own small PRNG rather than a crate whose stream could change between versions.

use chrono::{Days, NaiveDate};

use crate::journal::{EntryDraft, EntryKind};

/// SplitMix64: tiny, fast, and fully specified, so figures are comparable across runs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Roughly Zipf-distributed index in `0..n`: low indices are much more common, as words
    /// are in real prose. This is what makes "the commonest word" a realistic worst case.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let x = ((n as f64 + 1.0).powf(u) - 1.0) as usize;
        x.min(n - 1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Words ordered from most to least common, mixing plain English with the vocabulary of the
/// Strategist Track so that searches for domain terms hit realistic numbers of entries.
const WORDS: &[&str] = &[
    "the",
    "to",
    "and",
    "of",
    "a",
    "in",
    "that",
    "is",
    "for",
    "it",
    "with",
    "on",
    "this",
    "we",
    "i",
    "was",
    "team",
    "be",
    "not",
    "about",
    "meeting",
    "what",
    "have",
    "but",
    "are",
    "they",
    "from",
    "product",
    "more",
    "time",
    "when",
    "need",
    "week",
    "work",
    "how",
    "our",
    "think",
    "should",
    "engineering",
    "will",
    "strategic-thinking",
    "business",
    "decision",
    "why",
    "today",
    "plan",
    "next",
    "quarter",
    "roadmap",
    "customer",
    "priority",
    "stakeholders",
    "design",
    "feedback",
    "review",
    "metrics",
    "revenue",
    "cost",
    "risk",
    "tradeoff",
    "architecture",
    "impact",
    "goal",
    "learned",
    "felt",
    "stress",
    "focus",
    "energy",
    "board",
    "executive",
    "brief",
    "mentor",
    "coaching",
    "consensus",
    "rfc",
    "allhands",
    "planning",
    "budget",
    "headcount",
    "retention",
    "churn",
    "conversion",
    "latency",
    "migration",
    "incident",
    "postmortem",
    "hiring",
    "onboarding",
    "alignment",
    "conflict",
    "negotiation",
    "influence",
    "delegation",
    "ownership",
    "clarity",
    "ambiguity",
    "uncertainty",
    "framework",
    "payback",
    "roi",
    "margin",
    "pricing",
    "forecast",
    "competitor",
    "market",
    "segment",
    "retention",
    "reliability",
    "platform",
    "scalability",
    "debt",
    "refactor",
    "deadline",
    "scope",
    "estimate",
    "dependency",
    "launch",
    "experiment",
    "hypothesis",
    "baseline",
    "target",
    "dashboard",
    "narrative",
    "story",
    "audience",
    "slide",
    "question",
    "answer",
    "listen",
    "trust",
    "imposter",
    "confidence",
    "burnout",
    "calendar",
    "deep",
    "blocked",
    "unblocked",
    "shipped",
    "delayed",
    "escalation",
    "sponsor",
    "director",
    "manager",
    "staff",
    "principal",
    "senior",
    "promotion",
    "career",
    "growth",
    "skill",
    "gap",
    "strength",
    "weakness",
    "habit",
    "reflection",
    "insight",
    "surprise",
    "mistake",
    "win",
    "finance",
    "pnl",
    "operating",
    "expense",
    "capex",
    "opex",
    "quarterly",
    "annual",
    "okr",
    "kpi",
    "northstar",
    "funnel",
    "cohort",
    "segment",
    "persona",
    "interview",
    "support",
    "ticket",
    "sla",
    "uptime",
    "outage",
    "capacity",
    "vendor",
    "contract",
    "security",
    "compliance",
    "audit",
    "privacy",
    "legal",
    "sales",
    "marketing",
    "partnership",
    "acquisition",
    "integration",
    "prototype",
    "spike",
    "discovery",
    "validation",
    "rollout",
    "rollback",
    "feature",
    "flag",
];

/// Syllables for rare words (project code names, people, acronyms): each combination turns up
/// in well under 1% of entries, like the long tail of real vocabulary.
const RARE_HEADS: &[&str] = &[
    "zeph", "quor", "vant", "lumi", "brix", "mora", "tesk", "yarn", "olin", "cadr",
];
const RARE_TAILS: &[&str] = &[
    "ax", "ine", "ola", "ith", "uum", "ek", "ova", "ard", "iel", "osk",
];

fn rare(i: usize) -> String {
    format!(
        "{}{}",
        RARE_HEADS[i / RARE_TAILS.len() % RARE_HEADS.len()],
        RARE_TAILS[i % RARE_TAILS.len()]
    )
}

const TAGS: &[&str] = &[
    "strategic-thinking",
    "exec-comms",
    "business-metrics",
    "product",
    "planning",
    "stakeholders",
    "conflict",
    "coaching",
    "rfc",
    "all-hands",
    "pnl",
    "board",
    "priorities",
    "hiring",
    "incident",
    "burnout",
    "meetings",
    "wins",
    "lessons",
    "feedback",
    "q1",
    "q2",
    "q3",
    "q4",
    "competency/strategic-thinking",
    "competency/coaching",
    "competency/executive-communication",
    "competency/resource-allocation",
    "career",
    "one-on-one",
];

/// One generated entry: a draft and whether it is starred.
pub fn entry(rng: &mut Rng, date: NaiveDate) -> (EntryDraft, bool) {
    let title_words = 3 + rng.below(5);
    let mut title = sentence(rng, title_words);
    title.truncate(120);
    let paragraphs = 1 + rng.below(5);
    let mut body = String::new();
    for p in 0..paragraphs {
        if p > 0 {
            body.push_str("\n\n");
        }
        if rng.chance(15) {
            body.push_str("## ");
            body.push_str(&sentence(rng, 3));
            body.push_str("\n\n");
        }
        let sentences = 2 + rng.below(6);
        for s in 0..sentences {
            if s > 0 {
                body.push(' ');
            }
            let n = 6 + rng.below(14);
            body.push_str(&sentence(rng, n));
            body.push('.');
        }
    }
    let mut tags = Vec::new();
    for _ in 0..rng.below(4) {
        let t = TAGS[rng.zipf(TAGS.len())].to_string();
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    let kind = match rng.below(10) {
        0..=4 => EntryKind::Reflection,
        5 => EntryKind::WeeklyReview,
        6 | 7 => EntryKind::MeetingNote,
        8 => EntryKind::Decision,
        _ => EntryKind::Other,
    };
    let draft = EntryDraft {
        title,
        body,
        kind: Some(kind),
        entry_date: Some(date.format("%Y-%m-%d").to_string()),
        tags,
    };
    (draft, rng.chance(5))
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        let w = WORDS[rng.zipf(WORDS.len())];
        if i == 0 {
            let mut c = w.chars();
            if let Some(first) = c.next() {
                s.extend(first.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(w);
        }
    }
    if rng.chance(3) {
        s.push(' ');
        s.push_str(&rare(rng.below(RARE_HEADS.len() * RARE_TAILS.len())));
    }
    s
}

/// `count` entries spread evenly over the ten years ending on `last_day`, oldest first.
pub fn journal(seed: u64, count: usize, last_day: NaiveDate) -> Vec<(EntryDraft, bool)> {
    let mut rng = Rng::new(seed);
    let span_days = 3652u64;
    let first = last_day
        .checked_sub_days(Days::new(span_days))
        .unwrap_or(last_day);
    (0..count)
        .map(|i| {
            let offset = (i as u64 * span_days) / count.max(1) as u64;
            let date = first
                .checked_add_days(Days::new(offset))
                .unwrap_or(last_day);
            entry(&mut rng, date)
        })
        .collect()
}

/// The word generated text uses most often (the worst case for a ranked search).
pub fn commonest_word() -> &'static str {
    WORDS[0]
}

/// A word generated text uses rarely (in about 0.4% of entries).
pub fn rare_word() -> String {
    rare(37)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_journal() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(journal(7, 20, day), journal(7, 20, day));
        assert_ne!(journal(7, 20, day), journal(8, 20, day));
    }

    #[test]
    fn generated_entries_are_valid_and_span_ten_years() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let j = journal(1, 500, day);
        for (d, _) in &j {
            crate::journal::validate::draft(d, day).unwrap();
        }
        assert_eq!(
            j.first().unwrap().0.entry_date.as_deref(),
            Some("2016-11-24")
        );
        assert!(j.last().unwrap().0.entry_date.as_deref().unwrap() > "2026-11-01");
    }
}
