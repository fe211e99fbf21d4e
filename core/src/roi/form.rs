//! The calculator's form in the app: the fields it shows (label, unit, text as typed), read
//! back with every problem against its field, and written into the document as a ```roi block.
//! The document stays the one source: the form reads its blocks and answers the edit to make.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};
use specta::Type;

use super::inputs::{RoiInputs, RoiModel};
use super::money::Currency;
use super::report::report;
use super::source::{model_from_block, roi_blocks, Block};
use super::table::{figures, RoiFigures};
use super::write::block_text;
use crate::error::{Error, Problem, Problems, Result};

/// One field of the form, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RoiField {
    /// The model's field (`one_off.people`): what the form sends back, and what problems name.
    pub field: String,
    /// The heading the field is listed under.
    pub group: String,
    pub label: String,
    /// What the number counts ("a month", "% a year").
    pub unit: String,
    /// The number as the form shows it ("" when not given).
    pub text: String,
}

/// A field's text as the writer typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RoiFieldText {
    pub field: String,
    pub text: String,
}

/// A ```roi block of the open document, as the form offers it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RoiBlockForm {
    /// The block's place among the document's models, from 0.
    pub index: u32,
    /// The line of its opening fence, from 1.
    pub line: u32,
    /// Its fields; none when the form cannot edit it (see `note`).
    pub fields: Option<Vec<RoiField>>,
    /// Why the form cannot edit it: the model is written as monthly cash flows, or it is wrong.
    pub note: Option<String>,
}

/// The document's models, and an empty form for a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RoiForms {
    pub blocks: Vec<RoiBlockForm>,
    pub new_model: Vec<RoiField>,
    /// How the figures are worked out, for the writer (and the reader they will convince).
    pub conventions: Vec<String>,
}

/// The conventions of [`super::report`], as the form states them.
const CONVENTIONS: [&str; 6] = [
    "Month 0 is today: the one-off cost is paid then and is not discounted (as numpy-financial's npv, not a spreadsheet's NPV).",
    "The yearly discount rate becomes a monthly one as (1 + r)^(1/12) − 1.",
    "Benefits grow evenly over the ramp-up: month m of N brings m/N of the full amount.",
    "ROI is (benefits − costs) / costs over the horizon, not discounted.",
    "Payback is the month the cumulative cash reaches 0, interpolated within that month; discounted payback is the same on discounted cash.",
    "IRR is the monthly rate at which the NPV is 0, and (1 + IRR)^12 − 1 a year; none when no rate gives 0.",
];

/// The change that writes a model into the document, in the editor's positions (UTF-16 units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RoiEdit {
    pub from: u32,
    pub to: u32,
    pub insert: String,
    /// The model's place among the document's models once the change is made.
    pub index: u32,
}

enum Kind {
    Amount,
    Months,
    Percent,
    Multiplier,
}

/// The form's fields in the order shown: model field, group, label, unit, kind.
const FIELDS: [(&str, &str, &str, &str, Kind); 14] = [
    (
        "one_off.people",
        "One-off cost",
        "People",
        "people",
        Kind::Amount,
    ),
    (
        "one_off.weeks",
        "One-off cost",
        "Weeks",
        "weeks each",
        Kind::Amount,
    ),
    (
        "one_off.cost_per_person_week",
        "One-off cost",
        "Cost of a person-week",
        "salary and overhead",
        Kind::Amount,
    ),
    (
        "one_off.other",
        "One-off cost",
        "Other one-off costs",
        "licences, hardware",
        Kind::Amount,
    ),
    (
        "running_per_month",
        "Running cost",
        "Running cost",
        "a month",
        Kind::Amount,
    ),
    (
        "benefits_per_month.revenue",
        "Benefits, once ramped up",
        "New revenue",
        "a month",
        Kind::Amount,
    ),
    (
        "benefits_per_month.costs_saved",
        "Benefits, once ramped up",
        "Costs saved",
        "a month",
        Kind::Amount,
    ),
    (
        "benefits_per_month.hours_saved",
        "Benefits, once ramped up",
        "Hours saved",
        "hours a month",
        Kind::Amount,
    ),
    (
        "benefits_per_month.hourly_rate",
        "Benefits, once ramped up",
        "Value of an hour",
        "loaded cost",
        Kind::Amount,
    ),
    (
        "ramp_up_months",
        "Time and money",
        "Ramp-up",
        "months to full benefits",
        Kind::Months,
    ),
    (
        "horizon_months",
        "Time and money",
        "Horizon",
        "months",
        Kind::Months,
    ),
    (
        "annual_discount_rate",
        "Time and money",
        "Discount rate",
        "% a year",
        Kind::Percent,
    ),
    (
        "scenarios.low",
        "Low and high case (optional)",
        "Low case",
        "× the benefits, such as 0.7",
        Kind::Multiplier,
    ),
    (
        "scenarios.high",
        "Low and high case (optional)",
        "High case",
        "× the benefits, such as 1.3",
        Kind::Multiplier,
    ),
];

/// Every ```roi block of `markdown` for the form, and an empty form for a new model.
pub fn roi_forms(markdown: &str) -> RoiForms {
    let blocks = roi_blocks(markdown)
        .into_iter()
        .enumerate()
        .map(|(index, block)| {
            let (fields, note) = match model_from_block(&block.text, block.line) {
                Ok(RoiModel::Inputs(inputs)) => (Some(fields_of(&inputs)), None),
                Ok(RoiModel::Flows(_)) => (
                    None,
                    Some(
                        "This model lists its cash flows month by month; change them in the text."
                            .to_string(),
                    ),
                ),
                Err(e) => (None, Some(e.message)),
            };
            RoiBlockForm {
                index: index as u32,
                line: block.line as u32,
                fields,
                note,
            }
        })
        .collect();
    RoiForms {
        blocks,
        new_model: fields_of(&new_model()),
        conventions: CONVENTIONS.iter().map(|c| c.to_string()).collect(),
    }
}

/// The figures the form's fields give, as the document's table will show them.
pub fn form_figures(fields: &[RoiFieldText], currency: &Currency) -> Result<RoiFigures> {
    let inputs = read_form(fields)?;
    Ok(figures(
        &report(&RoiModel::Inputs(inputs), currency),
        currency,
    ))
}

/// The edit that puts the form's model into `markdown`: block `index` rewritten, or (none) a new
/// block under the heading about ROI or impact, else at the end. Nothing when a field is wrong.
pub fn apply_form(markdown: &str, index: Option<u32>, fields: &[RoiFieldText]) -> Result<RoiEdit> {
    let inputs = read_form(fields)?;
    let edit = match index {
        Some(i) => {
            let blocks = roi_blocks(markdown);
            let block = blocks.get(i as usize).ok_or_else(|| {
                Error::not_found(format!(
                    "The document has {} ROI model(s), not a model number {}; it changed meanwhile. Open the ROI panel again.",
                    blocks.len(),
                    i + 1
                ))
            })?;
            (i, rewrite(markdown, block, &inputs))
        }
        None => {
            let (from, to, text) = insert(markdown, &inputs);
            let before = roi_blocks(markdown)
                .iter()
                .filter(|b| b.range.start < from)
                .count();
            (before as u32, (from, to, text))
        }
    };
    let (index, (from, to, insert)) = edit;
    Ok(RoiEdit {
        from: utf16(markdown, from),
        to: utf16(markdown, to),
        insert,
        index,
    })
}

/// What a new model starts from: the horizon and rate most briefs use, no amounts yet.
fn new_model() -> RoiInputs {
    RoiInputs {
        one_off: Default::default(),
        running_per_month: 0.0,
        benefits_per_month: Default::default(),
        ramp_up_months: 0,
        horizon_months: 24,
        annual_discount_rate: 0.10,
        scenarios: None,
    }
}

fn fields_of(i: &RoiInputs) -> Vec<RoiField> {
    let value = |field: &str| -> Option<f64> {
        Some(match field {
            "one_off.people" => i.one_off.people,
            "one_off.weeks" => i.one_off.weeks,
            "one_off.cost_per_person_week" => i.one_off.cost_per_person_week,
            "one_off.other" => i.one_off.other,
            "running_per_month" => i.running_per_month,
            "benefits_per_month.revenue" => i.benefits_per_month.revenue,
            "benefits_per_month.costs_saved" => i.benefits_per_month.costs_saved,
            "benefits_per_month.hours_saved" => i.benefits_per_month.hours_saved,
            "benefits_per_month.hourly_rate" => i.benefits_per_month.hourly_rate,
            "ramp_up_months" => f64::from(i.ramp_up_months),
            "horizon_months" => f64::from(i.horizon_months),
            "annual_discount_rate" => i.annual_discount_rate * 100.0,
            "scenarios.low" => i.scenarios.as_ref()?.low,
            "scenarios.high" => i.scenarios.as_ref()?.high,
            _ => return None,
        })
    };
    FIELDS
        .iter()
        .map(|(field, group, label, unit, kind)| RoiField {
            field: field.to_string(),
            group: group.to_string(),
            label: label.to_string(),
            unit: unit.to_string(),
            text: match (kind, value(field)) {
                // An amount of 0 is not given: the form shows an empty field, not a 0 to delete.
                (Kind::Amount, Some(0.0)) => String::new(),
                (_, Some(x)) => number_text(x),
                (_, None) => String::new(),
            },
        })
        .collect()
}

/// A number as a person writes it: 4000, 0.7, 10 (not 10.000000000000002).
pub(super) fn number_text(x: f64) -> String {
    let rounded = (x * 1e9).round() / 1e9;
    format!("{rounded}")
}

/// The model the fields describe, or every problem, each against its field and in its words.
fn read_form(fields: &[RoiFieldText]) -> Result<RoiInputs> {
    let mut problems = Problems::default();
    let text = |field: &str| -> &str {
        fields
            .iter()
            .find(|f| f.field == field)
            .map_or("", |f| f.text.trim())
    };
    for f in fields {
        if !FIELDS.iter().any(|(name, ..)| *name == f.field) {
            problems.add(&f.field, format!("The ROI form has no field {}.", f.field));
        }
    }
    let mut model = Map::new();
    for (field, _, label, _, kind) in &FIELDS {
        let typed = text(field);
        let value = match kind {
            _ if typed.is_empty() => continue,
            Kind::Percent => match number(typed.trim_end_matches('%').trim_end()) {
                Some(p) if (0.0..=100.0).contains(&p) => json_number(p / 100.0),
                Some(p) => {
                    problems.add(
                        field,
                        format!(
                            "{label} is {} %; give a yearly rate from 0 to 100 %, such as 10.",
                            number_text(p)
                        ),
                    );
                    continue;
                }
                None => Value::String(typed.to_string()),
            },
            _ => number(typed).map_or_else(|| Value::String(typed.to_string()), json_number),
        };
        put(&mut model, field, value);
    }
    let (low, high) = (text("scenarios.low"), text("scenarios.high"));
    if low.is_empty() != high.is_empty() {
        let (missing, label) = if low.is_empty() {
            ("scenarios.low", "Low case")
        } else {
            ("scenarios.high", "High case")
        };
        problems.add(
            missing,
            format!("{label} is empty; give both cases, or neither."),
        );
        model.remove("scenarios");
    }
    let model = RoiModel::from_json(&Value::Object(model));
    for p in model.as_ref().err().map(problems_of).unwrap_or_default() {
        problems.add(&p.field, in_form_words(&p));
    }
    problems.finish_saying("the document is unchanged")?;
    match model {
        Ok(RoiModel::Inputs(inputs)) => Ok(inputs),
        _ => Err(Error::invalid("The form gave no model.")),
    }
}

/// A number as typed, with thousands separated or not: "4000", "4,000", "4 000", "0.7".
fn number(typed: &str) -> Option<f64> {
    let plain: String = typed
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    plain.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Whole numbers as integers, so a month count reads as one.
fn json_number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        Value::from(x as i64)
    } else {
        Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

fn put(model: &mut Map<String, Value>, field: &str, value: Value) {
    match field.split_once('.') {
        Some((group, name)) => {
            let inner = model
                .entry(group)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                inner.insert(name.to_string(), value);
            }
        }
        None => {
            model.insert(field.to_string(), value);
        }
    }
}

fn problems_of(e: &Error) -> Vec<Problem> {
    if !e.problems.is_empty() {
        return e.problems.clone();
    }
    vec![Problem {
        field: e.field.clone().unwrap_or_default(),
        message: e.message.clone(),
    }]
}

/// The model's message with the form's label for the field ("Horizon is 0; …", not
/// "horizon_months is 0; …").
fn in_form_words(p: &Problem) -> String {
    match FIELDS.iter().find(|(name, ..)| *name == p.field) {
        Some((field, _, label, ..)) => p.message.replacen(field, label, 1),
        None => p.message.clone(),
    }
}

/// Block `b`'s model replaced, its fences kept: (from, to, text) in bytes.
fn rewrite(markdown: &str, b: &Block, inputs: &RoiInputs) -> (usize, usize, String) {
    let whole = &markdown[b.range.clone()];
    let json = b.text.trim_start().starts_with('{');
    let body = block_text(inputs, json);
    let first_line_end = whole.find('\n').map(|i| i + 1);
    let closing = whole.trim_end_matches('\n').rfind('\n').map(|i| i + 1);
    match (first_line_end, closing) {
        (Some(open), Some(close)) if close >= open && is_fence(&whole[close..]) => {
            (b.range.start + open, b.range.start + close, body)
        }
        // An unclosed block runs to the end of the document: it gets its closing fence.
        _ => {
            let end = b.range.start + whole.trim_end_matches('\n').len();
            (b.range.start, end, format!("```roi\n{body}```"))
        }
    }
}

fn is_fence(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("```") || line.starts_with("~~~")
}

/// A new block under the first heading about ROI or impact (after its hint), else at the end.
fn insert(markdown: &str, inputs: &RoiInputs) -> (usize, usize, String) {
    let block = format!("```roi\n{}```\n", block_text(inputs, false));
    match super::place::after_heading(markdown) {
        Some((at, gap)) => (at, at, format!("{gap}{block}\n")),
        None => {
            let at = markdown.len();
            let gap = match () {
                _ if markdown.is_empty() => "",
                _ if markdown.ends_with("\n\n") => "",
                _ if markdown.ends_with('\n') => "\n",
                _ => "\n\n",
            };
            (at, at, format!("{gap}{block}"))
        }
    }
}

fn utf16(text: &str, byte: usize) -> u32 {
    text[..byte].encode_utf16().count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(&str, &str)]) -> Vec<RoiFieldText> {
        pairs
            .iter()
            .map(|(field, text)| RoiFieldText {
                field: field.to_string(),
                text: text.to_string(),
            })
            .collect()
    }

    fn applied(markdown: &str, edit: &RoiEdit) -> String {
        let units: Vec<u16> = markdown.encode_utf16().collect();
        let (from, to) = (edit.from as usize, edit.to as usize);
        String::from_utf16(&units[..from]).unwrap()
            + &edit.insert
            + &String::from_utf16(&units[to..]).unwrap()
    }

    const FORM: &[(&str, &str)] = &[
        ("one_off.people", "3"),
        ("one_off.weeks", "10"),
        ("one_off.cost_per_person_week", "4,000"),
        ("benefits_per_month.costs_saved", "9000"),
        ("ramp_up_months", "3"),
        ("horizon_months", "24"),
        ("annual_discount_rate", "10 %"),
    ];

    #[test]
    fn a_new_model_goes_under_the_roi_heading_and_reads_back_as_typed() {
        let doc = "# Faster checkout\n\n## Result\n\nCheckout 11 s → 4 s.\n\n## ROI\n\n<!-- What it cost. -->\n\n## The ask\n\nApprove it.\n";
        let edit = apply_form(doc, None, &typed(FORM)).unwrap();
        assert_eq!(edit.index, 0);
        let after = applied(doc, &edit);
        let again = apply_form(&after, None, &typed(FORM)).unwrap();
        assert_eq!(
            again.index, 0,
            "the new one goes above the first, under the same heading"
        );
        assert!(
            after.contains("<!-- What it cost. -->\n\n```roi\nhorizon_months: 24\n"),
            "{after}"
        );
        assert!(after.contains("```\n\n## The ask"), "{after}");
        let forms = roi_forms(&after);
        assert_eq!(forms.blocks.len(), 1);
        let fields = forms.blocks[0].fields.as_ref().unwrap();
        let text = |f: &str| fields.iter().find(|x| x.field == f).unwrap().text.clone();
        assert_eq!(text("one_off.cost_per_person_week"), "4000");
        assert_eq!(text("annual_discount_rate"), "10");
        assert_eq!(text("ramp_up_months"), "3");
        assert_eq!(text("one_off.other"), "", "amounts not given stay empty");
        assert_eq!(text("scenarios.low"), "");
    }

    #[test]
    fn without_such_a_heading_the_model_goes_at_the_end() {
        let edit = apply_form("Just a note", None, &typed(FORM)).unwrap();
        assert_eq!(edit.from, 11);
        assert!(edit.insert.starts_with("\n\n```roi\n"));
        assert!(edit.insert.ends_with("```\n"));
    }

    #[test]
    fn rewriting_keeps_the_fences_and_the_json_and_counts_utf16_units() {
        let doc = "Café ☕ 🚀\n\n~~~roi\n{\"horizon_months\": 12}\n~~~\n\nAfter.\n";
        let mut form = typed(FORM);
        form.push(RoiFieldText {
            field: "scenarios.low".into(),
            text: "0.7".into(),
        });
        form.push(RoiFieldText {
            field: "scenarios.high".into(),
            text: "1.3".into(),
        });
        let edit = apply_form(doc, Some(0), &form).unwrap();
        // "Café ☕ 🚀\n\n~~~roi\n": the rocket is two UTF-16 units.
        assert_eq!(
            edit.from,
            "Café ☕ 🚀\n\n~~~roi\n".encode_utf16().count() as u32
        );
        let after = applied(doc, &edit);
        assert!(
            after.contains("~~~roi\n{\n  \"horizon_months\": 24,"),
            "{after}"
        );
        assert!(after.ends_with("}\n~~~\n\nAfter.\n"), "{after}");
        let forms = roi_forms(&after);
        let fields = forms.blocks[0].fields.as_ref().unwrap();
        assert_eq!(
            fields
                .iter()
                .find(|f| f.field == "scenarios.high")
                .unwrap()
                .text,
            "1.3"
        );
    }

    #[test]
    fn every_wrong_field_is_reported_in_the_forms_words_and_nothing_is_edited() {
        let err = apply_form(
            "## ROI\n",
            None,
            &typed(&[
                ("one_off.people", "three"),
                ("horizon_months", "-3"),
                ("annual_discount_rate", "500"),
                ("running_per_month", "-20"),
                ("scenarios.high", "1.2"),
            ]),
        )
        .unwrap_err();
        let about = |field: &str| -> String {
            err.problems
                .iter()
                .filter(|p| p.field == field)
                .map(|p| p.message.clone())
                .collect()
        };
        assert_eq!(err.problems.len(), 5, "{err:?}");
        assert!(
            about("one_off.people").starts_with("People is \"three\", not a number"),
            "{err:?}"
        );
        assert!(
            about("horizon_months")
                .starts_with("Horizon is -3; give a whole number of months from 1 to 600"),
            "{err:?}"
        );
        assert_eq!(
            about("annual_discount_rate"),
            "Discount rate is 500 %; give a yearly rate from 0 to 100 %, such as 10."
        );
        assert!(
            about("running_per_month").starts_with("Running cost is -20; write 0 or more"),
            "{err:?}"
        );
        assert_eq!(
            about("scenarios.low"),
            "Low case is empty; give both cases, or neither."
        );
        assert!(err
            .message
            .starts_with("5 things need fixing; the document is unchanged."));
    }

    #[test]
    fn the_forms_figures_are_the_documents() {
        let f = form_figures(&typed(FORM), &Currency::default()).unwrap();
        assert!(f.summary.starts_with("Investing $120k returns"), "{f:?}");
        let payback = f.rows.iter().find(|r| r.label == "Payback").unwrap();
        assert!(payback.value.ends_with(" months"), "{f:?}");
    }

    #[test]
    fn models_the_form_cannot_edit_say_why() {
        let doc = "```roi\n{\"flows\": [{\"month\": 0, \"amount\": -100}]}\n```\n\n```roi\nhorizon_months: [\n```\n";
        let forms = roi_forms(doc);
        assert_eq!(forms.blocks.len(), 2);
        assert!(forms.blocks[0].fields.is_none());
        assert!(forms.blocks[0]
            .note
            .as_deref()
            .unwrap()
            .contains("cash flows month by month"));
        assert_eq!(forms.blocks[1].line, 5);
        assert!(
            forms.blocks[1].note.as_deref().unwrap().contains("line 5"),
            "{:?}",
            forms.blocks[1]
        );
        let empty = &forms.new_model;
        assert_eq!(
            empty
                .iter()
                .find(|f| f.field == "horizon_months")
                .unwrap()
                .text,
            "24"
        );
        assert_eq!(
            empty
                .iter()
                .find(|f| f.field == "annual_discount_rate")
                .unwrap()
                .text,
            "10"
        );
    }

    #[test]
    fn a_model_that_is_gone_is_not_found() {
        let err = apply_form("no models", Some(0), &typed(FORM)).unwrap_err();
        assert_eq!(err.kind, crate::error::ErrorKind::NotFound);
    }
}
