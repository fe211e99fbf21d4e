//! Technical → business phrasing: engineering terms a business reader may not know, each with
//! a plain way to say it. The built-in list is [`BUILT_IN`]; the writer's changes to it and terms
//! of their own are kept by `documents::glossary`.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::finding::{Found, Rule, Severity};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct GlossaryTerm {
    /// The term and its other spellings, matched as whole words in any case.
    pub terms: Vec<String>,
    /// What to say instead, in business words.
    pub plain: String,
}

/// `(spellings separated by |, plain phrasing)`.
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "p99 latency|p99",
        "how slow the slowest 1 % of requests are",
    ),
    (
        "p95 latency|p95",
        "how slow the slowest 5 % of requests are",
    ),
    (
        "p50 latency|p50|median latency",
        "how long a typical request takes",
    ),
    ("latency", "delay (how long users wait)"),
    ("throughput", "how much work the system handles per second"),
    (
        "tech debt|technical debt",
        "shortcuts in the code that slow every later change",
    ),
    (
        "MTTR|mean time to recovery|mean time to repair",
        "how long it takes to fix an outage",
    ),
    ("MTBF|mean time between failures", "how often things break"),
    (
        "CI/CD|continuous integration|continuous delivery|continuous deployment",
        "the automated pipeline that tests and ships every change",
    ),
    (
        "sharding|sharded|shards",
        "splitting the data across machines so it can grow",
    ),
    (
        "refactor|refactoring|refactored",
        "reworking code so it is cheaper to change, without changing what it does",
    ),
    (
        "microservices|microservice",
        "small services that teams can change and ship independently",
    ),
    (
        "monolith",
        "one large application that must be changed and shipped as a whole",
    ),
    (
        "Kubernetes|k8s",
        "the platform that runs and scales our services",
    ),
    (
        "containerization|containerisation|containerized",
        "packaging software so it runs the same everywhere",
    ),
    (
        "SLO|service level objective",
        "the reliability target we promise ourselves",
    ),
    (
        "SLA|service level agreement",
        "the reliability we promise customers, with penalties",
    ),
    (
        "SLI|service level indicator",
        "the measurement behind a reliability target",
    ),
    (
        "error budget",
        "how much unreliability we can afford before we stop new work",
    ),
    ("uptime|availability", "the share of time the service works"),
    (
        "incident|incidents",
        "an outage or failure that affected customers",
    ),
    (
        "postmortem|post-mortem|retro",
        "a review of what went wrong and how to prevent it",
    ),
    (
        "on-call|oncall|pager",
        "engineers ready to fix outages out of hours",
    ),
    ("toil", "repetitive manual work that could be automated"),
    (
        "observability",
        "how quickly we can see and explain what the system is doing",
    ),
    (
        "telemetry|instrumentation",
        "the measurements the system reports about itself",
    ),
    (
        "load balancer|load balancing",
        "spreading traffic across servers so none is overloaded",
    ),
    (
        "autoscaling|auto-scaling",
        "adding and removing servers automatically with demand",
    ),
    (
        "horizontal scaling|scale horizontally|scale out",
        "handling growth by adding machines",
    ),
    (
        "caching|cache hit rate|cache",
        "keeping answers close at hand so repeated requests are fast",
    ),
    (
        "CDN|content delivery network",
        "servers near users that make pages load faster",
    ),
    ("API|APIs", "the way other software connects to ours"),
    (
        "SDK",
        "a toolkit that helps other developers build on our product",
    ),
    (
        "backend|back-end",
        "the servers and data behind the product",
    ),
    (
        "frontend|front-end",
        "the part of the product users see and touch",
    ),
    (
        "database migration|schema migration",
        "changing how stored data is organised, without losing it",
    ),
    (
        "replication|replica|replicas",
        "copies of the data kept in sync, so a failure loses nothing",
    ),
    (
        "failover",
        "switching to a backup automatically when something fails",
    ),
    (
        "disaster recovery|DR",
        "how we restore service after a major failure",
    ),
    (
        "RPO|recovery point objective",
        "how much recent data we could lose in a disaster",
    ),
    (
        "RTO|recovery time objective",
        "how long a disaster may keep us offline",
    ),
    (
        "feature flag|feature flags|feature toggle",
        "a switch to turn a feature on for some customers first",
    ),
    (
        "A/B test|A/B testing|split test",
        "an experiment comparing two versions with real users",
    ),
    (
        "canary release|canary deployment|canary",
        "releasing to a small share of users first to limit risk",
    ),
    (
        "blue-green deployment|blue/green",
        "releasing with an instant way back",
    ),
    ("rollback|roll back", "undoing a release"),
    ("deployment frequency", "how often we ship improvements"),
    (
        "lead time for changes|lead time",
        "how long an idea takes to reach customers",
    ),
    (
        "change failure rate",
        "the share of releases that cause a problem",
    ),
    (
        "DORA metrics",
        "four standard measures of how fast and safely we ship",
    ),
    (
        "regression|regressions",
        "something that used to work and broke",
    ),
    (
        "flaky tests|flaky test|flakiness",
        "unreliable tests that slow every release",
    ),
    (
        "test coverage|code coverage",
        "how much of the code the automated tests check",
    ),
    ("linting|linter", "automated checks for common mistakes"),
    (
        "dependency upgrade|dependency upgrades",
        "updating the third-party software we build on",
    ),
    ("CVE|CVEs|vulnerability", "a published security weakness"),
    (
        "zero-day",
        "a security weakness attackers know before a fix exists",
    ),
    ("encryption at rest", "stored data is unreadable if stolen"),
    (
        "OAuth|SSO|single sign-on",
        "signing in with an existing company account",
    ),
    (
        "rate limiting|rate limit",
        "capping how fast one client can call us, so no one can overwhelm us",
    ),
    (
        "idempotent|idempotency",
        "safe to retry without doing it twice",
    ),
    (
        "race condition",
        "a bug that appears only when two things happen at once",
    ),
    (
        "memory leak",
        "a bug that slowly uses up the server's memory until it fails",
    ),
    (
        "event-driven|event bus|message queue",
        "parts of the system that pass work along without waiting for each other",
    ),
    (
        "ETL|data pipeline",
        "the automated flow that moves and cleans data for reporting",
    ),
    (
        "data warehouse",
        "the central store of data for reporting and analysis",
    ),
    (
        "ML model|machine learning model",
        "software that learns patterns from past data to make predictions",
    ),
    ("inference", "using a trained model to make predictions"),
    ("greenfield", "building from scratch"),
    (
        "legacy system|legacy code",
        "older software that is costly to change",
    ),
    ("velocity", "how much the team delivers in a period"),
    (
        "bus factor",
        "how many people could leave before a system has no one who knows it",
    ),
];

pub fn built_in() -> Vec<GlossaryTerm> {
    BUILT_IN
        .iter()
        .map(|(terms, plain)| GlossaryTerm {
            terms: terms.split('|').map(str::to_string).collect(),
            plain: plain.to_string(),
        })
        .collect()
}

/// The first use of each glossary term in the prose (where a reader first meets it), the
/// longest spelling where two overlap. A spelling in
/// capitals ("DR") matches only in capitals, so "Dr." is not disaster recovery; any other
/// matches in any case.
pub fn jargon(prose: &str, glossary: &[GlossaryTerm], out: &mut Vec<Found>) {
    let lower = prose.to_ascii_lowercase();
    let mut hits: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    for (t, term) in glossary.iter().enumerate() {
        for spelling in &term.terms {
            let capitals = spelling.chars().any(|c| c.is_ascii_uppercase())
                && !spelling.chars().any(|c| c.is_ascii_lowercase());
            let (haystack, needle) = if capitals {
                (prose, spelling.clone())
            } else {
                (lower.as_str(), spelling.to_ascii_lowercase())
            };
            if needle.is_empty() {
                continue;
            }
            for (at, _) in haystack.match_indices(&needle) {
                let end = at + needle.len();
                if is_whole_word(haystack, at, end) {
                    hits.push((at..end, t));
                }
            }
        }
    }
    hits.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
    let mut covered = 0;
    let mut seen = vec![false; glossary.len()];
    for (range, t) in hits {
        if range.start < covered {
            continue;
        }
        covered = range.end;
        if std::mem::replace(&mut seen[t], true) {
            continue;
        }
        let term = &glossary[t];
        out.push(Found {
            rule: Rule::Jargon,
            severity: Severity::Note,
            message: format!("\"{}\" is engineering language.", &prose[range.clone()]),
            range,
            why: "A business reader decides on what it means for customers and money, not on the mechanism.",
            suggestion: format!("Say what it means: {}.", term.plain),
        });
    }
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let before = text[..start].chars().next_back().is_none_or(|c| !word(c));
    let after = text[end..].chars().next().is_none_or(|c| !word(c));
    before && after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_glossary_is_large_enough_and_has_no_twins() {
        let all = built_in();
        assert!(all.len() >= 60, "{} terms", all.len());
        let mut seen = std::collections::HashSet::new();
        for t in &all {
            assert!(!t.plain.is_empty());
            for s in &t.terms {
                assert!(seen.insert(s.to_ascii_lowercase()), "{s} is listed twice");
            }
        }
    }
}
