//! Does meeting load go with stress? Pearson's r over the weeks that have both, in the same
//! week and with stress one week later, shown only when enough weeks back it.

use serde::Serialize;
use specta::Type;

/// Below this many paired weeks, r is noise; the UI says how many more are needed.
pub const MIN_WEEKS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
pub struct Coefficient {
    /// Pearson's r, −1 to 1.
    pub r: f64,
    /// The number of weeks it rests on.
    pub weeks: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Correlation {
    pub min_weeks: u32,
    /// Weeks with both meeting hours and stress (the same-week pairs).
    pub paired_weeks: u32,
    /// Meeting hours and stress of the same week.
    pub same_week: Option<Coefficient>,
    /// Meeting hours and the stress of the week after.
    pub next_week: Option<Coefficient>,
    /// Plain words: what it shows, or why it is not shown yet.
    pub summary: String,
}

fn pearson(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len() as f64;
    let (mx, my) = pairs
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x / n, b + y / n));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    // A constant series has no correlation to speak of.
    (sxx > 1e-12 && syy > 1e-12).then(|| sxy / (sxx * syy).sqrt())
}

fn coefficient(pairs: &[(f64, f64)]) -> Option<Coefficient> {
    if pairs.len() < MIN_WEEKS {
        return None;
    }
    pearson(pairs).map(|r| Coefficient {
        r,
        weeks: pairs.len() as u32,
    })
}

fn strength(r: f64) -> &'static str {
    match r.abs() {
        a if a >= 0.7 => "strongly",
        a if a >= 0.4 => "moderately",
        a if a >= 0.2 => "weakly",
        _ => "hardly",
    }
}

/// `weeks` holds, oldest first, each week's (meeting hours, stress); either may be missing.
pub fn correlate(weeks: &[(Option<f64>, Option<f64>)]) -> Correlation {
    let same: Vec<(f64, f64)> = weeks
        .iter()
        .filter_map(|(h, s)| Some(((*h)?, (*s)?)))
        .collect();
    let next: Vec<(f64, f64)> = weeks
        .windows(2)
        .filter_map(|w| Some((w[0].0?, w[1].1?)))
        .collect();
    let same_week = coefficient(&same);
    let next_week = coefficient(&next);
    let summary = match same_week {
        None if same.len() < MIN_WEEKS => format!(
            "Not enough data yet: {} of the {MIN_WEEKS} weeks needed have both meeting hours and a stress check-in.",
            same.len()
        ),
        None => "Meeting hours or stress did not change over these weeks, so there is nothing to relate.".to_string(),
        Some(c) => {
            let dir = if c.r >= 0.0 { "higher" } else { "lower" };
            let mut s = format!(
                "Over {} weeks, stress {} went with meeting hours (r = {:.2}): weeks with more meetings had {dir} stress.",
                c.weeks,
                strength(c.r),
                c.r
            );
            if let Some(n) = next_week {
                s.push_str(&format!(
                    " With a week's delay: r = {:.2} over {} weeks.",
                    n.r, n.weeks
                ));
            }
            s.push_str(" This shows a pattern, not a cause.");
            s
        }
    };
    Correlation {
        min_weeks: MIN_WEEKS as u32,
        paired_weeks: u32::try_from(same.len()).unwrap_or(u32::MAX),
        same_week,
        next_week,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pearson_matches_a_hand_computed_value() {
        // x = 1..5, y = 2,4,5,4,5: r = 6 / sqrt(10 * 6) = 0.7746
        let pairs: Vec<(f64, f64)> = [(1., 2.), (2., 4.), (3., 5.), (4., 4.), (5., 5.)].to_vec();
        assert!((pearson(&pairs).unwrap() - 6.0 / 60f64.sqrt()).abs() < 1e-12);
        assert!((pearson(&[(1., 3.), (2., 2.), (3., 1.)]).unwrap() + 1.0).abs() < 1e-12);
        assert_eq!(pearson(&[(1., 5.), (2., 5.), (3., 5.)]), None);
    }

    #[test]
    fn too_few_weeks_say_how_many_there_are() {
        let mut weeks: Vec<_> = (0..7).map(|i| (Some(i as f64), Some(i as f64))).collect();
        // Weeks with only one of the two numbers are not pairs.
        weeks.extend([(Some(3.0), None), (None, Some(4.0)), (None, None)]);
        let c = correlate(&weeks);
        assert_eq!(c.same_week, None);
        assert_eq!(c.paired_weeks, 7);
        assert!(c.summary.contains("7 of the 8 weeks"), "{}", c.summary);
    }

    #[test]
    fn same_week_and_one_week_lag() {
        // Stress follows meetings one week later exactly; in the same week it is shifted.
        let hours = [10., 20., 15., 25., 5., 30., 12., 18., 22., 8.];
        let mut weeks: Vec<(Option<f64>, Option<f64>)> =
            hours.iter().map(|h| (Some(*h), None)).collect();
        for i in 1..weeks.len() {
            weeks[i].1 = Some(hours[i - 1] / 5.0);
        }
        let c = correlate(&weeks);
        let next = c.next_week.unwrap();
        assert!((next.r - 1.0).abs() < 1e-9);
        assert_eq!(next.weeks, 9);
        let same = c.same_week.unwrap();
        assert_eq!(same.weeks, 9);
        assert!(same.r < 0.9);
        assert!(
            c.summary
                .contains("With a week's delay: r = 1.00 over 9 weeks"),
            "{}",
            c.summary
        );
        assert!(c.summary.contains("not a cause"));
        // Weeks missing stress are skipped, not taken as zero.
        let mut gaps = weeks.clone();
        gaps[5].1 = None;
        assert_eq!(correlate(&gaps).same_week.unwrap().weeks, 8);
    }
}
