//! Time as half-open intervals of Unix seconds, and the few set operations the weekly
//! metrics need. Overlapping meetings are counted once (union), never twice.

pub type Span = (i64, i64);

/// Sorted, non-overlapping, non-empty spans covering the same time as `spans`.
pub fn union(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|(a, b)| b > a);
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

pub fn total(spans: &[Span]) -> i64 {
    spans.iter().map(|(a, b)| b - a).sum()
}

/// The parts of union `a` that are inside union `b` (both sorted and disjoint).
pub fn intersect(a: &[Span], b: &[Span]) -> Vec<Span> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        let (s, e) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
        if s < e {
            out.push((s, e));
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The parts of `within` (sorted, disjoint) not covered by `busy` (sorted, disjoint).
pub fn subtract(within: &[Span], busy: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for &(mut s, e) in within {
        for &(bs, be) in busy {
            if be <= s || bs >= e {
                continue;
            }
            if bs > s {
                out.push((s, bs));
            }
            s = s.max(be);
            if s >= e {
                break;
            }
        }
        if s < e {
            out.push((s, e));
        }
    }
    out
}

pub fn clip(span: Span, to: Span) -> Option<Span> {
    let (s, e) = (span.0.max(to.0), span.1.min(to.1));
    (s < e).then_some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_merges_overlaps_and_touching_spans() {
        assert_eq!(
            union(vec![(5, 7), (1, 3), (2, 4), (7, 8), (10, 10)]),
            vec![(1, 4), (5, 8)]
        );
        assert_eq!(
            total(&union(vec![(0, 60), (30, 90)])),
            90,
            "an overlap counts once"
        );
    }

    #[test]
    fn intersect_and_subtract_are_complements() {
        let work = vec![(0, 100), (200, 300)];
        let busy = union(vec![(50, 120), (150, 250), (290, 400)]);
        assert_eq!(
            intersect(&busy, &work),
            vec![(50, 100), (200, 250), (290, 300)]
        );
        assert_eq!(subtract(&work, &busy), vec![(0, 50), (250, 290)]);
        let covered = total(&intersect(&busy, &work)) + total(&subtract(&work, &busy));
        assert_eq!(covered, total(&work));
        assert_eq!(clip((0, 10), (5, 20)), Some((5, 10)));
        assert_eq!(clip((0, 5), (5, 20)), None);
    }
}
