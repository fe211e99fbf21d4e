//! The showcase journal: a dozen hand-written entries and two self-reviews (`showcase.json`),
//! dated back from `today`. The UI's tests and its in-browser dev mode start from it
//! (`waypoint dev showcase`), so screens are judged on realistic text, through the same store
//! calls as a user's own writing.

use chrono::{Days, NaiveDate};
use serde::Deserialize;

use crate::competency::RatingInput;
use crate::journal::EntryDraft;
use crate::{Error, Result, Store};

#[derive(Deserialize)]
struct Showcase {
    entries: Vec<ShowcaseEntry>,
    self_reviews: Vec<SelfReview>,
}

#[derive(Deserialize)]
struct ShowcaseEntry {
    days_ago: u64,
    starred: bool,
    trashed: bool,
    #[serde(flatten)]
    draft: EntryDraft,
}

#[derive(Deserialize)]
struct SelfReview {
    days_ago: u64,
    ratings: Vec<Rating>,
}

/// A rating of the competency with this tag (ids are the store's business).
#[derive(Deserialize)]
struct Rating {
    tag: String,
    rating: i64,
    note: String,
}

/// Writes the showcase into `store`, the newest entry dated `today`.
pub fn write(store: &mut Store, today: NaiveDate) -> Result<()> {
    let showcase: Showcase = serde_json::from_str(include_str!("showcase.json"))
        .map_err(|e| Error::storage(format!("The showcase journal is malformed: {e}")))?;
    let day = |days_ago: u64| today - Days::new(days_ago);
    for e in showcase.entries {
        let draft = EntryDraft {
            entry_date: Some(day(e.days_ago).to_string()),
            ..e.draft
        };
        let id = store.create_entry(&draft, today)?.id;
        if e.starred {
            store.set_starred(id, true)?;
        }
        if e.trashed {
            store.trash_entry(id)?;
        }
    }
    let ids: Vec<(String, i64)> = store
        .competency_overview()?
        .competencies
        .into_iter()
        .map(|c| (c.competency.tag, c.competency.id))
        .collect();
    for review in showcase.self_reviews {
        let ratings = review
            .ratings
            .into_iter()
            .map(|r| {
                let id = ids.iter().find(|(tag, _)| *tag == r.tag).map(|(_, id)| *id);
                id.map(|competency_id| RatingInput {
                    competency_id,
                    rating: r.rating,
                    note: r.note,
                })
                .ok_or_else(|| {
                    Error::storage(format!(
                        "The showcase rates #{}, which no competency has.",
                        r.tag
                    ))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        store.record_self_review(&ratings, day(review.days_ago))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::time::FixedClock;

    #[test]
    fn the_showcase_is_written_through_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let clock = FixedClock(chrono::DateTime::UNIX_EPOCH);
        let mut store = crate::Store::open_in_dir(dir.path(), Box::new(clock)).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        super::write(&mut store, today).unwrap();
        let counts = store.counts().unwrap();
        assert_eq!((counts.entries, counts.trash), (10, 1));
        let overview = store.competency_overview().unwrap();
        assert_eq!(overview.review_count, 2);
    }
}
