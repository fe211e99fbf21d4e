//! The ROI calculator against numpy-financial (tests/fixtures/roi/reference.py writes the
//! figures) and hand-worked examples: the form's inputs as cash flows, the sentence, a model in
//! a Markdown document, and bad input reported field by field.

use std::path::Path;

use serde_json::{json, Value};
use waypoint_core::roi::{model_from_text, report, CashFlow, CashFlowModel, Currency, RoiModel};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn option_close(a: Option<f64>, b: &Value) -> bool {
    match (a, b.as_f64()) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

#[test]
fn every_figure_agrees_with_numpy_financial() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roi/reference.json");
    let cases: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the reference figures"))
            .unwrap();
    let cases = cases.as_object().unwrap();
    assert!(cases.len() >= 7);
    for (name, case) in cases {
        let flows = case["cash"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(m, c)| CashFlow {
                month: m as u32,
                amount: c.as_f64().unwrap(),
                label: String::new(),
            })
            .collect();
        let model = RoiModel::Flows(CashFlowModel {
            annual_discount_rate: case["annual_discount_rate"].as_f64().unwrap(),
            flows,
        });
        let r = report(&model, &Currency::default());
        assert!(
            close(r.npv, case["npv"].as_f64().unwrap()),
            "{name}: npv {} vs {}",
            r.npv,
            case["npv"]
        );
        assert!(
            option_close(r.irr_monthly, &case["irr_monthly"]),
            "{name}: irr {:?} vs {}",
            r.irr_monthly,
            case["irr_monthly"]
        );
        assert!(
            option_close(r.irr_annual, &case["irr_annual"]),
            "{name}: annual irr {:?} vs {}",
            r.irr_annual,
            case["irr_annual"]
        );
        assert!(
            option_close(r.payback_months, &case["payback_months"]),
            "{name}: payback {:?} vs {}",
            r.payback_months,
            case["payback_months"]
        );
        assert!(
            option_close(
                r.discounted_payback_months,
                &case["discounted_payback_months"]
            ),
            "{name}: discounted payback {:?} vs {}",
            r.discounted_payback_months,
            case["discounted_payback_months"]
        );
    }
}

/// The brief of the reference figures, as the form writes it: 2 people × 10 weeks × 5,000 plus
/// 20,000 up front; 8,000 revenue + 2,000 saved + 25 h × 80 a month, ramping up over 3 months;
/// 1,500 a month to run; 24 months at 10 % a year.
fn brief_inputs() -> Value {
    json!({
        "one_off": {"people": 2, "weeks": 10, "cost_per_person_week": 5000, "other": 20000},
        "running_per_month": 1500,
        "benefits_per_month": {"revenue": 8000, "costs_saved": 2000, "hours_saved": 25, "hourly_rate": 80},
        "ramp_up_months": 3,
        "horizon_months": 24,
        "annual_discount_rate": 0.10,
        "scenarios": {"low": 0.7, "high": 1.3}
    })
}

#[test]
fn the_form_becomes_cash_flows_and_one_plain_sentence() {
    let model = RoiModel::from_json(&brief_inputs()).unwrap();
    let r = report(&model, &Currency::default());
    // By hand: costs 120,000 + 24 × 1,500; benefits 4,000 + 8,000 + 22 × 12,000.
    assert_eq!(r.total_cost, 156_000.0);
    assert_eq!(r.total_benefit, 276_000.0);
    assert!(close(r.roi_percent.unwrap(), 120_000.0 / 156_000.0 * 100.0));
    assert_eq!(r.months.len(), 25);
    assert_eq!(r.months[0].cumulative, -120_000.0);
    assert_eq!(r.months[1].cash, 2_500.0);
    // numpy-financial's figures for the same cash (the "brief" case).
    assert!(close(r.npv, 96_654.29), "{}", r.npv);
    assert!(close(r.payback_months.unwrap(), 12.571_428_571_428_571));
    assert_eq!(r.break_even_month, Some(13));
    assert_eq!(
        r.summary,
        "Investing $156k returns $276k over 24 months (NPV $96.7k at 10 %/yr); it pays back in about 13 months."
    );
    // The low case earns less, the high case more.
    let npvs: Vec<f64> = r.scenarios.iter().map(|s| s.npv).collect();
    assert_eq!(
        r.scenarios
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>(),
        ["low", "high"]
    );
    assert!(npvs[0] < r.npv && r.npv < npvs[1], "{npvs:?}");
    assert_eq!(
        report(&model, &Currency::new("EUR"))
            .summary
            .split(' ')
            .nth(1),
        Some("€156k")
    );
}

#[test]
fn a_model_that_never_pays_back_says_so() {
    let model = RoiModel::from_json(&json!({"annual_discount_rate": 0.08, "flows": [
        {"month": 0, "amount": -10000, "label": "Build"}, {"month": 6, "amount": 600}
    ]}))
    .unwrap();
    let r = report(&model, &Currency::default());
    assert_eq!(r.horizon_months, 6);
    assert_eq!((r.payback_months, r.break_even_month), (None, None));
    assert!(
        r.summary
            .ends_with("it does not pay back within the 6 months."),
        "{}",
        r.summary
    );
    assert_eq!(r.flows[0].label, "Build");
}

#[test]
fn a_document_holds_its_model_in_a_roi_block() {
    let doc = format!(
        "# Pricing brief\n\nWe ask for two engineers.\n\n```roi\n{}\n```\n\nMore text.\n",
        brief_inputs()
    );
    let r = report(&model_from_text(&doc).unwrap(), &Currency::default());
    assert_eq!(r.total_cost, 156_000.0);
    let broken = "# Brief\n\ntext\n\n```roi\n{\"horizon_months\": 12,\n  \"one_off\": }\n```\n";
    let err = model_from_text(broken).unwrap_err();
    assert!(
        err.message.contains("block on line 5 is not valid JSON"),
        "{}",
        err.message
    );
    assert!(
        err.message.contains("line 2 of the block"),
        "{}",
        err.message
    );
    let err = model_from_text("# Just prose\n").unwrap_err();
    assert!(err.message.contains("```roi"), "{}", err.message);
}

#[test]
fn bad_input_is_reported_field_by_field_all_at_once() {
    let err = RoiModel::from_json(&json!({
        "horizon_months": -3,
        "annual_discount_rate": 5,
        "one_off": {"people": "two", "weeks": -1},
        "running_per_month": "lots",
        "horizon": 12,
        "scenarios": {"low": 1.5, "high": 0.5}
    }))
    .unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    for field in [
        "horizon_months",
        "annual_discount_rate",
        "one_off.people",
        "one_off.weeks",
        "running_per_month",
        "horizon",
        "scenarios.low",
        "scenarios.high",
    ] {
        assert!(fields.contains(&field), "{field} missing from {fields:?}");
    }
    assert!(
        err.message
            .starts_with("8 things need fixing; the figures wait until they are fixed."),
        "{}",
        err.message
    );
    let says = |field: &str| {
        err.problems
            .iter()
            .find(|p| p.field == field)
            .unwrap()
            .message
            .clone()
    };
    assert!(
        says("annual_discount_rate").contains("500 %"),
        "{}",
        says("annual_discount_rate")
    );
    assert!(
        says("horizon_months").contains("-3"),
        "{}",
        says("horizon_months")
    );
    assert!(
        says("one_off.people").contains("not a number"),
        "{}",
        says("one_off.people")
    );
    assert!(
        says("horizon").contains("not a field"),
        "{}",
        says("horizon")
    );
    let err = RoiModel::from_json(&json!({"flows": []})).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("flows"));
    let err = RoiModel::from_json(&json!({"flows": [{"month": 1, "amount": "x"}]})).unwrap_err();
    assert_eq!(err.field.as_deref(), Some("flows[0].amount"));
}

#[test]
fn a_roi_block_may_be_yaml_and_says_where_it_is_broken() {
    let yaml = "# Brief\n\n```roi\none_off:\n  people: 2\n  weeks: 10\n  cost_per_person_week: 5000\n  other: 20000\nrunning_per_month: 1500\nbenefits_per_month:\n  revenue: 8000\n  costs_saved: 2000\n  hours_saved: 25\n  hourly_rate: 80\nramp_up_months: 3\nhorizon_months: 24\nannual_discount_rate: 0.10\n```\n";
    let json = "# Brief\n\n```roi\n{\"one_off\": {\"people\": 2, \"weeks\": 10, \"cost_per_person_week\": 5000, \"other\": 20000}, \"running_per_month\": 1500, \"benefits_per_month\": {\"revenue\": 8000, \"costs_saved\": 2000, \"hours_saved\": 25, \"hourly_rate\": 80}, \"ramp_up_months\": 3, \"horizon_months\": 24, \"annual_discount_rate\": 0.10}\n```\n";
    let currency = Currency::default();
    let from_yaml = report(&model_from_text(yaml).unwrap(), &currency);
    let from_json = report(&model_from_text(json).unwrap(), &currency);
    assert_eq!(from_yaml, from_json);
    // A whole file of YAML is a model too.
    let file = yaml
        .split("```roi\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    assert_eq!(
        report(&model_from_text(file).unwrap(), &currency),
        from_json
    );

    let broken = "Intro.\n\n```roi\nhorizon_months: [24\nannual_discount_rate: 0.1\n```\n";
    let err = model_from_text(broken).unwrap_err();
    assert!(
        err.message
            .contains("The ```roi block on line 3 is neither valid YAML nor JSON"),
        "{}",
        err.message
    );
    let bad_json = "```roi\n{\"horizon_months\": 24,,}\n```\n";
    let err = model_from_text(bad_json).unwrap_err();
    assert!(
        err.message.contains("on line 1 is not valid JSON"),
        "{}",
        err.message
    );
    let fields = "```roi\njust words\n```\n";
    assert!(model_from_text(fields)
        .unwrap_err()
        .message
        .contains("holds no fields"));
    // Field problems are the same as for JSON, each named.
    let negative = "```roi\nhorizon_months: -3\nannual_discount_rate: 5\n```\n";
    let err = model_from_text(negative).unwrap_err();
    assert!(
        err.message.contains("horizon_months is -3") && err.message.contains("500 %"),
        "{}",
        err.message
    );
}
