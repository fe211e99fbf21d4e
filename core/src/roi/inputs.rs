//! What the calculator's form asks for, read from JSON with every problem reported at once,
//! each against its field (`one_off.people`, `flows[2].amount`), and turned into cash flows.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use specta::Type;

use super::flows::{CashFlow, CashFlowModel};
use crate::error::{Error, Problems, Result};

/// The longest horizon, fifty years of months.
const MAX_HORIZON: u32 = 600;

/// What the work costs once, at month 0.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct OneOff {
    pub people: f64,
    pub weeks: f64,
    /// Loaded cost (salary, overhead) of one person for one week.
    pub cost_per_person_week: f64,
    pub other: f64,
}

/// What it brings in every month once ramped up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct Benefits {
    pub revenue: f64,
    pub costs_saved: f64,
    pub hours_saved: f64,
    pub hourly_rate: f64,
}

/// Benefit multipliers for a low and a high case beside the base (1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Scenarios {
    pub low: f64,
    pub high: f64,
}

/// The calculator's form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RoiInputs {
    pub one_off: OneOff,
    pub running_per_month: f64,
    pub benefits_per_month: Benefits,
    /// Benefits grow linearly over these months: month m of N brings m/N of the full amount.
    pub ramp_up_months: u32,
    pub horizon_months: u32,
    /// A fraction: 0.10 is 10 % a year.
    pub annual_discount_rate: f64,
    pub scenarios: Option<Scenarios>,
}

/// A model as the form gives it, or as explicit monthly cash flows.
#[derive(Debug, Clone, PartialEq)]
pub enum RoiModel {
    Inputs(RoiInputs),
    Flows(CashFlowModel),
}

impl RoiInputs {
    pub fn one_off_cost(&self) -> f64 {
        let o = &self.one_off;
        o.people * o.weeks * o.cost_per_person_week + o.other
    }

    pub fn benefit_per_month(&self) -> f64 {
        let b = &self.benefits_per_month;
        b.revenue + b.costs_saved + b.hours_saved * b.hourly_rate
    }

    /// The cash flows, with the benefits scaled by `multiplier` (1 for the base case).
    pub fn flows(&self, multiplier: f64) -> CashFlowModel {
        let mut flows = vec![CashFlow {
            month: 0,
            amount: -self.one_off_cost(),
            label: "One-off cost".into(),
        }];
        let full = self.benefit_per_month() * multiplier;
        for month in 1..=self.horizon_months {
            let ramp = match self.ramp_up_months {
                0 => 1.0,
                n => (f64::from(month) / f64::from(n)).min(1.0),
            };
            flows.push(CashFlow {
                month,
                amount: full * ramp,
                label: "Benefits".into(),
            });
            flows.push(CashFlow {
                month,
                amount: -self.running_per_month,
                label: "Running cost".into(),
            });
        }
        CashFlowModel {
            annual_discount_rate: self.annual_discount_rate,
            flows,
        }
    }
}

impl RoiModel {
    /// Reads a model from JSON: the form's fields, or `annual_discount_rate` and `flows`.
    pub fn from_json(value: &Value) -> Result<RoiModel> {
        let Some(object) = value.as_object() else {
            return Err(Error::invalid(
                "An ROI model is a JSON object: the calculator's fields (horizon_months, one_off, …) or annual_discount_rate and flows.",
            ));
        };
        let mut p = Problems::default();
        let mut r = Reader {
            problems: &mut p,
            path: String::new(),
        };
        let model = if object.contains_key("flows") {
            RoiModel::Flows(r.flow_model(object))
        } else {
            RoiModel::Inputs(r.inputs(object))
        };
        p.finish_saying("the figures wait until they are fixed")?;
        Ok(model)
    }
}

/// Reads fields under `path`, recording each problem instead of stopping.
struct Reader<'a> {
    problems: &'a mut Problems,
    path: String,
}

impl Reader<'_> {
    fn field(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    fn unknown(&mut self, object: &Map<String, Value>, known: &[&str]) {
        for key in object.keys().filter(|k| !known.contains(&k.as_str())) {
            let field = self.field(key);
            self.problems.add(
                &field,
                format!(
                    "{field} is not a field of the ROI model; the fields here are {}.",
                    known.join(", ")
                ),
            );
        }
    }

    /// A finite number ≥ 0; absent is 0.
    fn amount(&mut self, object: &Map<String, Value>, name: &str) -> f64 {
        let field = self.field(name);
        match object.get(name) {
            None | Some(Value::Null) => 0.0,
            Some(Value::Number(n)) => match n.as_f64() {
                Some(x) if x >= 0.0 => x,
                _ => {
                    self.problems.add(&field, format!("{field} is {n}; write 0 or more (costs and benefits are positive amounts)."));
                    0.0
                }
            },
            Some(other) => {
                self.problems.add(&field, format!("{field} is {other}, not a number; write it as a plain number such as 4000."));
                0.0
            }
        }
    }

    fn whole(
        &mut self,
        object: &Map<String, Value>,
        name: &str,
        range: (u32, u32),
        default: Option<u32>,
    ) -> u32 {
        let field = self.field(name);
        let (lo, hi) = range;
        match object.get(name) {
            None | Some(Value::Null) => default.unwrap_or_else(|| {
                self.problems.add(
                    &field,
                    format!("{field} is missing: give a whole number of months from {lo} to {hi}."),
                );
                lo
            }),
            Some(Value::Number(n)) => match n.as_u64() {
                Some(x) if (u64::from(lo)..=u64::from(hi)).contains(&x) => x as u32,
                _ => {
                    self.problems.add(
                        &field,
                        format!("{field} is {n}; give a whole number of months from {lo} to {hi}."),
                    );
                    lo
                }
            },
            Some(other) => {
                self.problems.add(&field, format!("{field} is {other}, not a number; give a whole number of months from {lo} to {hi}."));
                lo
            }
        }
    }

    fn rate(&mut self, object: &Map<String, Value>) -> f64 {
        let field = self.field("annual_discount_rate");
        match object.get("annual_discount_rate") {
            None | Some(Value::Null) => 0.0,
            Some(Value::Number(n)) => match n.as_f64() {
                Some(x) if (0.0..=1.0).contains(&x) => x,
                Some(x) => {
                    self.problems.add(&field, format!(
                        "{field} is {n} ({} %); write the yearly rate as a fraction from 0 to 1, such as 0.10 for 10 %.",
                        x * 100.0
                    ));
                    0.0
                }
                None => 0.0,
            },
            Some(other) => {
                self.problems.add(&field, format!("{field} is {other}, not a number; write the yearly rate as a fraction, such as 0.10 for 10 %."));
                0.0
            }
        }
    }

    fn nested<T>(
        &mut self,
        object: &Map<String, Value>,
        name: &str,
        read: impl FnOnce(&mut Reader, &Map<String, Value>) -> T,
    ) -> Option<T> {
        let field = self.field(name);
        match object.get(name) {
            None | Some(Value::Null) => None,
            Some(Value::Object(inner)) => {
                let mut r = Reader {
                    problems: self.problems,
                    path: field,
                };
                Some(read(&mut r, inner))
            }
            Some(other) => {
                self.problems.add(
                    &field,
                    format!("{field} is {other}; it is a group of fields in braces, {{ … }}."),
                );
                None
            }
        }
    }

    fn inputs(&mut self, o: &Map<String, Value>) -> RoiInputs {
        self.unknown(
            o,
            &[
                "one_off",
                "running_per_month",
                "benefits_per_month",
                "ramp_up_months",
                "horizon_months",
                "annual_discount_rate",
                "scenarios",
            ],
        );
        let one_off = self
            .nested(o, "one_off", |r, o| {
                r.unknown(o, &["people", "weeks", "cost_per_person_week", "other"]);
                OneOff {
                    people: r.amount(o, "people"),
                    weeks: r.amount(o, "weeks"),
                    cost_per_person_week: r.amount(o, "cost_per_person_week"),
                    other: r.amount(o, "other"),
                }
            })
            .unwrap_or_default();
        let benefits_per_month = self
            .nested(o, "benefits_per_month", |r, o| {
                r.unknown(o, &["revenue", "costs_saved", "hours_saved", "hourly_rate"]);
                Benefits {
                    revenue: r.amount(o, "revenue"),
                    costs_saved: r.amount(o, "costs_saved"),
                    hours_saved: r.amount(o, "hours_saved"),
                    hourly_rate: r.amount(o, "hourly_rate"),
                }
            })
            .unwrap_or_default();
        let horizon_months = self.whole(o, "horizon_months", (1, MAX_HORIZON), None);
        let ramp_up_months = self.whole(o, "ramp_up_months", (0, MAX_HORIZON), Some(0));
        if ramp_up_months > horizon_months {
            let field = self.field("ramp_up_months");
            self.problems.add(&field, format!("{field} is {ramp_up_months}, longer than the horizon ({horizon_months} months); make it {horizon_months} or less."));
        }
        let scenarios = self.nested(o, "scenarios", |r, o| {
            r.unknown(o, &["low", "high"]);
            let (low, high) = (r.amount(o, "low"), r.amount(o, "high"));
            if !(low > 0.0 && low <= 1.0) {
                let field = r.field("low");
                r.problems.add(&field, format!("{field} is {low}; the low case multiplies the benefits by more than 0 and at most 1, such as 0.7."));
            }
            if high < 1.0 {
                let field = r.field("high");
                r.problems.add(&field, format!("{field} is {high}; the high case multiplies the benefits by 1 or more, such as 1.3."));
            }
            Scenarios { low, high }
        });
        RoiInputs {
            running_per_month: self.amount(o, "running_per_month"),
            annual_discount_rate: self.rate(o),
            one_off,
            benefits_per_month,
            ramp_up_months,
            horizon_months,
            scenarios,
        }
    }

    fn flow_model(&mut self, o: &Map<String, Value>) -> CashFlowModel {
        self.unknown(o, &["annual_discount_rate", "flows"]);
        let annual_discount_rate = self.rate(o);
        let mut flows = Vec::new();
        match o.get("flows") {
            Some(Value::Array(items)) if !items.is_empty() => {
                for (i, item) in items.iter().enumerate() {
                    let field = self.field(&format!("flows[{i}]"));
                    let Some(f) = item.as_object() else {
                        self.problems.add(&field, format!("{field} is {item}; each flow is {{\"month\": 1, \"amount\": 4000}}."));
                        continue;
                    };
                    let mut r = Reader {
                        problems: self.problems,
                        path: field.clone(),
                    };
                    r.unknown(f, &["month", "amount", "label"]);
                    let month = r.whole(f, "month", (0, MAX_HORIZON), None);
                    let amount = match f.get("amount").and_then(Value::as_f64) {
                        Some(a) => a,
                        None => {
                            let af = format!("{field}.amount");
                            self.problems.add(&af, format!("{af} is missing or not a number; write the month's cash, negative for money out (-120000)."));
                            0.0
                        }
                    };
                    let label = f
                        .get("label")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    flows.push(CashFlow {
                        month,
                        amount,
                        label,
                    });
                }
            }
            _ => {
                let field = self.field("flows");
                self.problems.add(&field, format!("{field} must list the cash flows, such as [{{\"month\": 0, \"amount\": -120000}}, {{\"month\": 1, \"amount\": 4000}}]."));
            }
        }
        CashFlowModel {
            annual_discount_rate,
            flows,
        }
    }
}
