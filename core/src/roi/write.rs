//! A model written out as the text of a ```roi block: YAML by default (it reads easily in a
//! document), JSON when the block was JSON. Fields in the form's order; amounts not given and
//! absent scenarios are left out.

use super::form::number_text;
use super::inputs::RoiInputs;

enum Node {
    Number(f64),
    Group(Vec<(&'static str, f64)>),
}

fn entries(i: &RoiInputs) -> Vec<(&'static str, Node)> {
    let o = &i.one_off;
    let b = &i.benefits_per_month;
    let mut out = vec![
        ("horizon_months", Node::Number(f64::from(i.horizon_months))),
        ("annual_discount_rate", Node::Number(i.annual_discount_rate)),
        ("ramp_up_months", Node::Number(f64::from(i.ramp_up_months))),
        (
            "one_off",
            Node::Group(vec![
                ("people", o.people),
                ("weeks", o.weeks),
                ("cost_per_person_week", o.cost_per_person_week),
                ("other", o.other),
            ]),
        ),
        ("running_per_month", Node::Number(i.running_per_month)),
        (
            "benefits_per_month",
            Node::Group(vec![
                ("revenue", b.revenue),
                ("costs_saved", b.costs_saved),
                ("hours_saved", b.hours_saved),
                ("hourly_rate", b.hourly_rate),
            ]),
        ),
    ];
    if let Some(s) = &i.scenarios {
        out.push((
            "scenarios",
            Node::Group(vec![("low", s.low), ("high", s.high)]),
        ));
    }
    // Zero amounts say nothing; the month counts and the rate are always written.
    out.into_iter()
        .filter_map(|(name, node)| match node {
            Node::Number(x) if x == 0.0 && name == "running_per_month" => None,
            Node::Group(fields) => {
                let given: Vec<_> = fields.into_iter().filter(|(_, x)| *x != 0.0).collect();
                (!given.is_empty()).then_some((name, Node::Group(given)))
            }
            node => Some((name, node)),
        })
        .collect()
}

/// The block's text, ending with a newline.
pub fn block_text(inputs: &RoiInputs, json: bool) -> String {
    let entries = entries(inputs);
    if json {
        let items: Vec<String> = entries
            .iter()
            .map(|(name, node)| match node {
                Node::Number(x) => format!("  \"{name}\": {}", number_text(*x)),
                Node::Group(fields) => {
                    let inner: Vec<String> = fields
                        .iter()
                        .map(|(n, x)| format!("    \"{n}\": {}", number_text(*x)))
                        .collect();
                    format!("  \"{name}\": {{\n{}\n  }}", inner.join(",\n"))
                }
            })
            .collect();
        return format!("{{\n{}\n}}\n", items.join(",\n"));
    }
    let mut yaml = String::new();
    for (name, node) in entries {
        match node {
            Node::Number(x) => yaml.push_str(&format!("{name}: {}\n", number_text(x))),
            Node::Group(fields) => {
                yaml.push_str(&format!("{name}:\n"));
                for (n, x) in fields {
                    yaml.push_str(&format!("  {n}: {}\n", number_text(x)));
                }
            }
        }
    }
    yaml
}
