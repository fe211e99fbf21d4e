//! What an occurrence is for the metrics: left out (and why), a meeting (at least one other
//! attendee) or blocked time (busy, alone).

use serde::Serialize;
use specta::Type;

/// One calendar occurrence as the metrics see it: the stored row, times in UTC seconds.
pub use crate::calendar::StoredEvent as Occurrence;

/// Why an occurrence does not count as busy time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    AllDay,
    Cancelled,
    Declined,
    Free,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OccurrenceKind {
    /// Busy with at least one other person.
    Meeting,
    /// Busy alone: focus blocks, reminders, travel.
    Blocked,
    Excluded(Exclusion),
}

/// Without the owner's addresses, the organizer is taken to be the owner: an export is
/// usually of one's own calendar, and one's own events list oneself as organizer.
pub fn classify(o: &Occurrence, owners: &[String]) -> OccurrenceKind {
    let is_owner = |a: &str| {
        if owners.is_empty() {
            a == o.organizer
        } else {
            owners.iter().any(|w| w == a)
        }
    };
    if o.all_day {
        return OccurrenceKind::Excluded(Exclusion::AllDay);
    }
    if o.cancelled {
        return OccurrenceKind::Excluded(Exclusion::Cancelled);
    }
    if o.attendees
        .iter()
        .any(|(a, p)| is_owner(a) && p == "DECLINED")
    {
        return OccurrenceKind::Excluded(Exclusion::Declined);
    }
    if o.free {
        return OccurrenceKind::Excluded(Exclusion::Free);
    }
    let others = o
        .attendees
        .iter()
        .map(|(a, _)| a.as_str())
        .chain(std::iter::once(o.organizer.as_str()))
        .filter(|a| !a.is_empty() && !is_owner(a))
        .count();
    if others > 0 {
        OccurrenceKind::Meeting
    } else {
        OccurrenceKind::Blocked
    }
}

/// The calendar owner's address when the user has not given theirs: the address on the most
/// occurrences, if it is on at least half of those that name anyone. An export is one
/// person's calendar, so they are on nearly every invitation.
pub fn infer_owner(occurrences: &[Occurrence]) -> Option<String> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut named = 0;
    for o in occurrences {
        let mut seen: Vec<&str> = o.attendees.iter().map(|(a, _)| a.as_str()).collect();
        seen.push(&o.organizer);
        seen.retain(|a| !a.is_empty());
        seen.sort_unstable();
        seen.dedup();
        named += usize::from(!seen.is_empty());
        for a in seen {
            *counts.entry(a).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .filter(|(_, n)| named > 0 && n * 2 >= named)
        .map(|(a, _)| a.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(organizer: &str, attendees: &[(&str, &str)]) -> Occurrence {
        Occurrence {
            uid: "u".into(),
            recurrence_id: 0,
            start_utc: 0,
            end_utc: 3600,
            summary: "s".into(),
            series: false,
            all_day: false,
            cancelled: false,
            free: false,
            organizer: organizer.into(),
            attendees: attendees
                .iter()
                .map(|(a, p)| (a.to_string(), p.to_string()))
                .collect(),
        }
    }

    const ME: &str = "me@corp.example";

    #[test]
    fn meetings_need_someone_else() {
        let owners = vec![ME.to_string()];
        assert_eq!(classify(&occ(ME, &[]), &owners), OccurrenceKind::Blocked);
        assert_eq!(
            classify(&occ(ME, &[(ME, "ACCEPTED")]), &owners),
            OccurrenceKind::Blocked
        );
        assert_eq!(
            classify(
                &occ(
                    ME,
                    &[(ME, "ACCEPTED"), ("ana@corp.example", "NEEDS-ACTION")]
                ),
                &owners
            ),
            OccurrenceKind::Meeting
        );
        assert_eq!(
            classify(&occ("boss@corp.example", &[(ME, "ACCEPTED")]), &owners),
            OccurrenceKind::Meeting
        );
        assert_eq!(classify(&occ("", &[]), &owners), OccurrenceKind::Blocked);
    }

    #[test]
    fn declined_cancelled_free_and_all_day_do_not_count() {
        let owners = vec![ME.to_string()];
        let declined = occ("boss@corp.example", &[(ME, "DECLINED")]);
        assert_eq!(
            classify(&declined, &owners),
            OccurrenceKind::Excluded(Exclusion::Declined)
        );
        // Someone else declining does not drop the meeting.
        let other = occ(ME, &[("ana@corp.example", "DECLINED")]);
        assert_eq!(classify(&other, &owners), OccurrenceKind::Meeting);
        let mut o = occ(ME, &[("ana@corp.example", "ACCEPTED")]);
        o.free = true;
        assert_eq!(
            classify(&o, &owners),
            OccurrenceKind::Excluded(Exclusion::Free)
        );
        o.cancelled = true;
        assert_eq!(
            classify(&o, &owners),
            OccurrenceKind::Excluded(Exclusion::Cancelled)
        );
        o.all_day = true;
        assert_eq!(
            classify(&o, &owners),
            OccurrenceKind::Excluded(Exclusion::AllDay)
        );
    }

    #[test]
    fn the_owner_is_inferred_from_who_is_on_most_occurrences() {
        let list = vec![
            occ(
                "boss@corp.example",
                &[(ME, "ACCEPTED"), ("boss@corp.example", "ACCEPTED")],
            ),
            occ(ME, &[("ana@corp.example", "ACCEPTED")]),
            occ("sales@vendor.example", &[(ME, "DECLINED")]),
            occ("", &[]),
        ];
        assert_eq!(infer_owner(&list).as_deref(), Some(ME));
        assert_eq!(infer_owner(&[occ("", &[])]), None);
        // Nobody on at least half of the named occurrences: no guess.
        let scattered = vec![
            occ("a@x.example", &[]),
            occ("b@x.example", &[]),
            occ("c@x.example", &[]),
        ];
        assert_eq!(infer_owner(&scattered), None);
    }

    #[test]
    fn without_owner_addresses_the_organizer_is_the_owner() {
        assert_eq!(
            classify(&occ(ME, &[(ME, "ACCEPTED")]), &[]),
            OccurrenceKind::Blocked
        );
        assert_eq!(
            classify(&occ(ME, &[(ME, "DECLINED")]), &[]),
            OccurrenceKind::Excluded(Exclusion::Declined)
        );
        assert_eq!(
            classify(&occ(ME, &[("ana@corp.example", "ACCEPTED")]), &[]),
            OccurrenceKind::Meeting
        );
    }
}
