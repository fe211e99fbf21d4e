//! The built-in templates: each section with a one-line hint of what good looks like. Hints are
//! HTML comments, so the document stays plain Markdown, the preview and exports do not show
//! them, and the writing checks do not read them as prose. The writer's changes to them and
//! templates of their own are kept by `template_store`.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::types::DocumentKind;

/// Which template: a built-in one (named by its kind) or one of the writer's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TemplateRef {
    BuiltIn(DocumentKind),
    Own(i64),
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Template {
    pub id: TemplateRef,
    /// The checklist a document started from it is held to.
    pub kind: DocumentKind,
    /// The kind as people read it ("Executive brief"), whatever the template is called.
    pub kind_label: String,
    pub name: String,
    /// What it is for, in one line.
    pub purpose: String,
    /// The section headings, in order.
    pub sections: Vec<String>,
    pub body: String,
    /// A built-in template the writer changed (Reset takes it back).
    pub edited: bool,
}

/// The text of a template's Markdown headings, in order, outside fenced code.
pub(crate) fn headings(body: &str) -> Vec<String> {
    let mut fenced = false;
    let mut out = Vec::new();
    for line in body.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
        } else if !fenced {
            let hashes = t.len() - t.trim_start_matches('#').len();
            if (1..=6).contains(&hashes) && t[hashes..].starts_with(' ') {
                let text = t[hashes..].trim().trim_end_matches('#').trim();
                if !text.is_empty() {
                    out.push(text.to_string());
                }
            }
        }
    }
    out
}

/// (heading, hint) per section.
fn sections(kind: DocumentKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        DocumentKind::Brief => &[
            ("Bottom line and the ask", "Your recommendation and what you need, from whom, by when, in 60 words or fewer, with the number that matters."),
            ("Impact in numbers", "The metric today and where it will be: \"failed payments from 4 % to 1 %, $90k a quarter\"."),
            ("Options considered", "Two or three real alternatives, including doing nothing, and why each loses."),
            ("Recommendation", "The option you chose and the one reason that decides it."),
            ("Risks", "What could go wrong, how likely, and what you will do about it."),
            ("Next steps and owners", "Who does what by when once this is approved."),
        ],
        DocumentKind::Writeup => &[
            ("Customer and problem", "Who hurts and how, in their words; how many of them."),
            ("Metric: baseline → target", "The number you moved, from what to what: \"median checkout from 11 s to 4 s\"."),
            ("What we built", "In plain words a salesperson could repeat; no architecture."),
            ("Result", "What changed for customers and the business, measured (or expected, and how you will measure it)."),
            ("ROI", "What it cost and what it returns: a ```roi block works out the NPV and the payback."),
            ("The ask", "What you want next, from whom, by when."),
        ],
        DocumentKind::Scqa => &[
            ("Situation", "What everyone agrees on today, in two sentences."),
            ("Complication", "What changed or went wrong, with a number."),
            ("Question", "The one question that raises for the reader."),
            ("Answer", "Your answer, first, then the three reasons that support it."),
        ],
        DocumentKind::PrFaq => &[
            ("Press release", "Headline, the customer, the problem, the solution, a customer quote, how to start; written as on launch day."),
            ("Customer FAQ", "The questions a customer will ask, answered plainly."),
            ("Internal FAQ", "Cost, risks, dependencies, what we will not do, how we will know it worked."),
        ],
        DocumentKind::Note | DocumentKind::Review => &[],
    }
}

fn purpose(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Brief => "Ask an executive for a decision: the bottom line first (BLUF).",
        DocumentKind::Writeup => "Present a feature by the business metric it moved.",
        DocumentKind::Scqa => "Make a case on one page: situation, complication, question, answer.",
        DocumentKind::PrFaq => "Work backwards from the customer before building.",
        DocumentKind::Note => "A blank page.",
        DocumentKind::Review => "A period told with evidence, kept from the Review screen.",
    }
}

/// The template of `kind` as shipped.
pub fn template(kind: DocumentKind) -> Template {
    let mut body = String::new();
    for (heading, hint) in sections(kind) {
        body.push_str(&format!("## {heading}\n\n<!-- {hint} -->\n\n"));
    }
    Template {
        id: TemplateRef::BuiltIn(kind),
        kind,
        kind_label: kind.label().to_string(),
        name: kind.label().to_string(),
        purpose: purpose(kind).to_string(),
        sections: sections(kind).iter().map(|(h, _)| h.to_string()).collect(),
        body,
        edited: false,
    }
}

/// Every built-in template as shipped, one per kind.
pub fn templates() -> Vec<Template> {
    DocumentKind::WRITTEN.into_iter().map(template).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_the_headings_outside_code() {
        let body = "# Title\n\ntext\n\n## Risks ##\n```\n## not a heading\n```\n#nospace\n### Next steps\n";
        assert_eq!(headings(body), ["Title", "Risks", "Next steps"]);
        for t in templates() {
            assert_eq!(headings(&t.body), t.sections, "{}", t.name);
        }
    }
}
