//! Warning signals: simple rules over recent weeks, each spelled out with its thresholds, in
//! kind words. They describe the user's own numbers; they never diagnose.

use serde::Serialize;
use specta::Type;

use super::settings::SignalThresholds;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Signal {
    /// Stable key: meeting_share, focus, stress, after_hours.
    pub id: String,
    pub title: String,
    /// The rule, with the user's thresholds.
    pub rule: String,
    pub active: bool,
    /// The numbers behind it, or why it cannot be judged yet.
    pub detail: String,
}

/// The inputs, oldest first: completed weeks with calendar data (share 0–1, focus hours,
/// after-hours meeting hours), and stress of the latest check-ins.
pub struct SignalInput<'a> {
    pub meeting_share: &'a [f64],
    pub focus_hours: &'a [f64],
    pub after_hours: &'a [f64],
    pub stress: &'a [u8],
}

/// Judges the last `n` values: (whether `fires` holds for them, the numbers shown), or, with
/// too few values, (false, how many are needed). `what` names the values ("weeks", "check-ins").
fn judge<T>(
    xs: &[T],
    n: u32,
    what: &str,
    fires: impl Fn(&[T]) -> bool,
    show: impl Fn(&T) -> String,
    unit: &str,
) -> (bool, String) {
    let need = n as usize;
    if need == 0 || xs.len() < need {
        let be = if xs.len() == 1 { "is" } else { "are" };
        let data = if what == "weeks" {
            "weeks of calendar data"
        } else {
            what
        };
        return (
            false,
            format!("Needs {n} {data}; there {be} {} so far.", xs.len()),
        );
    }
    let w = &xs[xs.len() - need..];
    let shown: Vec<String> = w.iter().map(show).collect();
    (
        fires(w),
        format!("Last {need} {what}: {}{unit}.", shown.join(", ")),
    )
}

pub fn evaluate(input: &SignalInput<'_>, t: &SignalThresholds) -> Vec<Signal> {
    let share = t.meeting_share_percent as f64 / 100.0;
    let meeting = judge(
        input.meeting_share,
        t.meeting_share_weeks,
        "weeks",
        |w| w.iter().all(|s| *s > share),
        |s| format!("{:.0}%", s * 100.0),
        "",
    );
    let focus = judge(
        input.focus_hours,
        t.focus_weeks,
        "weeks",
        |w| w.iter().all(|h| *h < t.focus_hours),
        |h| format!("{h:.1}"),
        " h",
    );
    let stress = judge(
        input.stress,
        t.stress_checkins,
        "check-ins",
        |w| w.iter().all(|s| *s >= t.stress_level),
        u8::to_string,
        "",
    );
    // "Rising n weeks in a row" compares n + 1 weeks.
    let after = judge(
        input.after_hours,
        t.after_hours_weeks + 1,
        "weeks",
        |w| w.windows(2).all(|p| p[1] > p[0]),
        |h| format!("{h:.1}"),
        " h",
    );
    vec![
        Signal {
            id: "meeting_share".into(),
            title: "Meetings are taking most of your working hours".into(),
            rule: format!(
                "{} weeks in a row with more than {}% of working hours in meetings.",
                t.meeting_share_weeks, t.meeting_share_percent
            ),
            active: meeting.0,
            detail: meeting.1,
        },
        Signal {
            id: "focus".into(),
            title: "Little time left to think".into(),
            rule: format!(
                "Focus time (free blocks of 2 hours or more in working hours) under {} h a week for {} weeks in a row.",
                t.focus_hours, t.focus_weeks
            ),
            active: focus.0,
            detail: focus.1,
        },
        Signal {
            id: "stress".into(),
            title: "Stress has stayed high".into(),
            rule: format!(
                "Stress {} or more in {} check-ins in a row.",
                t.stress_level, t.stress_checkins
            ),
            active: stress.0,
            detail: stress.1,
        },
        Signal {
            id: "after_hours".into(),
            title: "Meetings are creeping into your evenings".into(),
            rule: format!(
                "Meeting time outside working hours went up {} weeks in a row.",
                t.after_hours_weeks
            ),
            active: after.0,
            detail: after.1,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn active(input: &SignalInput<'_>) -> Vec<String> {
        evaluate(input, &SignalThresholds::default())
            .into_iter()
            .filter(|s| s.active)
            .map(|s| s.id)
            .collect()
    }

    #[test]
    fn each_rule_fires_exactly_at_its_threshold() {
        let none = SignalInput {
            meeting_share: &[],
            focus_hours: &[],
            after_hours: &[],
            stress: &[],
        };
        assert!(active(&none).is_empty());
        let busy = SignalInput {
            meeting_share: &[0.2, 0.55, 0.6, 0.51],
            focus_hours: &[12.0, 9.0, 8.0, 9.9, 3.0],
            after_hours: &[0.0, 1.0, 1.5, 2.0],
            stress: &[9, 7, 8, 7],
        };
        assert_eq!(
            active(&busy),
            ["meeting_share", "focus", "stress", "after_hours"]
        );
        // Exactly 50% is not "more than 50%"; focus of exactly 10 h is not under 10 h;
        // stress 6 breaks the run; a flat week breaks "rising".
        let edge = SignalInput {
            meeting_share: &[0.6, 0.6, 0.5],
            focus_hours: &[9.0, 9.0, 10.0, 9.0],
            after_hours: &[0.0, 1.0, 1.0, 2.0],
            stress: &[9, 6, 9],
        };
        assert!(active(&edge).is_empty());
    }

    #[test]
    fn rules_and_details_are_spelled_out() {
        let input = SignalInput {
            meeting_share: &[0.55, 0.6, 0.7],
            focus_hours: &[1.0],
            after_hours: &[],
            stress: &[8, 8, 8],
        };
        let s = evaluate(&input, &SignalThresholds::default());
        assert_eq!(
            s[0].rule,
            "3 weeks in a row with more than 50% of working hours in meetings."
        );
        assert_eq!(s[0].detail, "Last 3 weeks: 55%, 60%, 70%.");
        assert_eq!(
            s[1].detail,
            "Needs 4 weeks of calendar data; there is 1 so far."
        );
        assert_eq!(s[2].detail, "Last 3 check-ins: 8, 8, 8.");
        assert!(
            s.iter()
                .all(|x| !x.title.to_lowercase().contains("burnout")),
            "no diagnosis"
        );
    }
}
