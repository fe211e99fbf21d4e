//! Drafts that cannot be saved are kept as typed, reopened, replaced and discarded; they
//! outlive their entry's trip to the trash.

use crate::common::*;
use waypoint_core::journal::{EntryDraft, MAX_KEPT_DRAFT_BYTES};
use waypoint_core::ErrorKind;

fn unsaveable() -> EntryDraft {
    EntryDraft {
        title: "t".repeat(419),
        ..draft("", "Two megabytes would go here", &["ok"])
    }
}

#[test]
fn an_unsaveable_new_draft_is_kept_as_typed_with_its_reason() {
    let mut t = store();
    let kept = t
        .store
        .keep_draft(None, None, &unsaveable(), today())
        .unwrap();
    assert_eq!(kept.entry_id, None);
    assert_eq!(kept.draft, unsaveable(), "kept exactly as typed");
    assert!(kept.reason.contains("419 characters"), "{}", kept.reason);
    let list = t.store.kept_drafts().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].title.chars().count(),
        120,
        "the list shows the start of the title"
    );
    assert_eq!(t.store.kept_draft(kept.id).unwrap(), kept);
    assert_eq!(t.store.counts().unwrap().entries, 0, "no entry was made");
}

#[test]
fn an_entry_has_one_kept_draft_and_reopening_replaces_it() {
    let mut t = store();
    let e = add(&mut t.store, "Stored", "Body", &[]);
    let first = t
        .store
        .keep_draft(None, Some(e.id), &unsaveable(), today())
        .unwrap();
    let mut again = unsaveable();
    again.body = "changed".into();
    let second = t
        .store
        .keep_draft(None, Some(e.id), &again, today())
        .unwrap();
    assert_eq!(
        second.id, first.id,
        "the entry's draft is replaced, not duplicated"
    );
    // Reopened from the draft (by its id), kept again: still one row.
    let third = t
        .store
        .keep_draft(Some(first.id), Some(e.id), &unsaveable(), today())
        .unwrap();
    assert_eq!(third.id, first.id);
    assert_eq!(t.store.kept_drafts().unwrap().len(), 1);
    assert_eq!(
        t.store.entry(e.id).unwrap().title,
        "Stored",
        "the entry is untouched"
    );
}

#[test]
fn a_draft_outlives_its_entry_in_the_trash_and_reopens_as_new() {
    let mut t = store();
    let e = add(&mut t.store, "Stored", "Body", &[]);
    let kept = t
        .store
        .keep_draft(None, Some(e.id), &unsaveable(), today())
        .unwrap();
    t.store.trash_entry(e.id).unwrap();
    assert_eq!(
        t.store.kept_draft(kept.id).unwrap().entry_id,
        None,
        "a trashed entry is not edited"
    );
    t.store.restore_entry(e.id).unwrap();
    assert_eq!(t.store.kept_draft(kept.id).unwrap().entry_id, Some(e.id));
    t.store.trash_entry(e.id).unwrap();
    t.store.empty_trash().unwrap();
    let after = t.store.kept_draft(kept.id).unwrap();
    assert_eq!(after.entry_id, None);
    assert_eq!(
        after.draft,
        unsaveable(),
        "emptying the trash keeps the words"
    );
}

#[test]
fn discarding_returns_the_draft_so_it_can_be_kept_again() {
    let mut t = store();
    let kept = t
        .store
        .keep_draft(None, None, &unsaveable(), today())
        .unwrap();
    let gone = t.store.discard_kept_draft(kept.id).unwrap();
    assert_eq!(gone.draft, unsaveable());
    assert!(t.store.kept_drafts().unwrap().is_empty());
    let err = t.store.discard_kept_draft(kept.id).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
    let back = t
        .store
        .keep_draft(None, gone.entry_id, &gone.draft, today())
        .unwrap();
    assert_eq!(back.draft, unsaveable());
}

#[test]
fn a_runaway_draft_is_refused_with_its_size() {
    let mut t = store();
    let huge = draft("x", &"a".repeat(MAX_KEPT_DRAFT_BYTES + 1), &[]);
    let err = t.store.keep_draft(None, None, &huge, today()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("16 MiB"), "{}", err.message);
    assert!(t.store.kept_drafts().unwrap().is_empty());
}
