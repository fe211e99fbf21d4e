//! Entries on a real database file: create, edit, star, trash, restore, empty the trash.

use crate::common::*;
use waypoint_core::journal::{EntryDraft, EntryKind};
use waypoint_core::search::EntryQuery;
use waypoint_core::ErrorKind;

#[test]
fn create_then_read_back_everything() {
    let mut t = store();
    let e = t
        .store
        .create_entry(
            &dated(
                "Board prep",
                "Learned the **P&L**.",
                "2026-03-02",
                EntryKind::MeetingNote,
                &["#Board", "pnl"],
            ),
            today(),
        )
        .unwrap();
    let again = t.store.entry(e.id).unwrap();
    assert_eq!(e, again);
    assert_eq!(again.title, "Board prep");
    assert_eq!(again.body, "Learned the **P&L**.");
    assert_eq!(again.kind, EntryKind::MeetingNote);
    assert_eq!(again.entry_date.to_string(), "2026-03-02");
    assert_eq!(again.tags, vec!["board", "pnl"]);
    assert!(!again.starred);
    assert!(again.deleted_at.is_none());
    assert_eq!(again.uuid.len(), 36);
    assert!(again.created_at <= again.updated_at);
}

#[test]
fn the_date_defaults_to_today() {
    let mut t = store();
    let e = add(&mut t.store, "Today", "", &[]);
    assert_eq!(e.entry_date, today());
}

#[test]
fn saving_replaces_text_and_tags() {
    let mut t = store();
    let e = add(&mut t.store, "Draft", "first", &["a", "b"]);
    let saved = t
        .store
        .update_entry(
            e.id,
            &EntryDraft {
                tags: vec!["b".into(), "c".into()],
                ..draft("Final", "second", &[])
            },
            today(),
        )
        .unwrap();
    assert_eq!(saved.title, "Final");
    assert_eq!(saved.body, "second");
    assert_eq!(saved.tags, vec!["b", "c"]);
    assert!(saved.updated_at >= e.updated_at);
    let tags: Vec<(String, i64)> = t
        .store
        .list_tags()
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.count))
        .collect();
    assert_eq!(tags, vec![("b".to_string(), 1), ("c".to_string(), 1)]);
    assert_index_consistent(&t);
}

#[test]
fn starring_and_unstarring() {
    let mut t = store();
    let e = add(&mut t.store, "Win", "Shipped the brief", &[]);
    assert!(t.store.set_starred(e.id, true).unwrap().starred);
    assert!(t.store.entry(e.id).unwrap().starred);
    assert!(!t.store.set_starred(e.id, false).unwrap().starred);
    assert_eq!(
        t.store.set_starred(999, true).unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn trash_restore_and_empty() {
    let mut t = store();
    let keep = add(&mut t.store, "Keep", "kept words", &["x"]);
    let gone = add(&mut t.store, "Gone", "trashed words", &["x", "y"]);

    t.store.trash_entry(gone.id).unwrap();
    assert!(
        t.store.entry(gone.id).unwrap().deleted_at.is_some(),
        "still readable in the trash"
    );
    let live: Vec<i64> = t
        .store
        .find_entries(&EntryQuery::default())
        .unwrap()
        .items
        .iter()
        .map(|h| h.entry.id)
        .collect();
    assert_eq!(live, vec![keep.id]);
    assert!(
        t.store
            .find_entries(&EntryQuery::text("trashed"))
            .unwrap()
            .items
            .is_empty(),
        "trash is not searched"
    );
    let trash = t.store.list_trash(0, 0).unwrap();
    assert_eq!(trash.items.len(), 1);
    assert_eq!(trash.items[0].entry.id, gone.id);
    assert_eq!(
        t.store
            .list_tags()
            .unwrap()
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
        vec!["x"]
    );
    let counts = t.store.counts().unwrap();
    assert_eq!((counts.entries, counts.trash), (1, 1));
    assert_index_consistent(&t);

    // Editing or starring a trashed entry is refused; trashing twice is not found.
    let err = t
        .store
        .update_entry(gone.id, &draft("Edit", "x", &[]), today())
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("Restore"), "{}", err.message);
    assert_eq!(
        t.store.trash_entry(gone.id).unwrap_err().kind,
        ErrorKind::NotFound
    );

    let restored = t.store.restore_entry(gone.id).unwrap();
    assert!(restored.deleted_at.is_none());
    assert_eq!(
        t.store
            .find_entries(&EntryQuery::text("trashed"))
            .unwrap()
            .items
            .len(),
        1,
        "searchable again"
    );
    assert_eq!(
        t.store.restore_entry(gone.id).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_index_consistent(&t);

    t.store.trash_entry(gone.id).unwrap();
    assert_eq!(t.store.empty_trash().unwrap(), 1);
    assert_eq!(
        t.store.entry(gone.id).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert!(t.store.list_trash(0, 0).unwrap().items.is_empty());
    assert_eq!(t.store.entry(keep.id).unwrap().tags, vec!["x"]);
    let dump = dump(&t);
    assert!(
        !dump.iter().any(|r| r.contains("trashed words")),
        "emptied entries are gone from the file"
    );
    assert!(
        !dump
            .iter()
            .any(|r| r.starts_with("tags:") && r.contains("\"y\"")),
        "unused tags are removed"
    );
    assert_index_consistent(&t);
}

#[test]
fn one_trashed_entry_can_be_deleted_for_good_and_only_a_trashed_one() {
    let mut t = store();
    let live = t
        .store
        .create_entry(&draft("Live", "still here", &["kept"]), today())
        .unwrap();
    let gone = t
        .store
        .create_entry(&draft("Gone", "forgotten words", &["lonely"]), today())
        .unwrap();
    let other = t
        .store
        .create_entry(&draft("Other", "waits in the trash", &[]), today())
        .unwrap();
    let refused = t.store.delete_forever(live.id).unwrap_err();
    assert_eq!(refused.kind, ErrorKind::NotFound);
    assert!(
        refused.message.contains("not in the trash"),
        "{}",
        refused.message
    );
    assert_eq!(t.store.entry(live.id).unwrap().title, "Live");

    t.store.trash_entry(gone.id).unwrap();
    t.store.trash_entry(other.id).unwrap();
    t.store.delete_forever(gone.id).unwrap();
    assert_eq!(
        t.store.entry(gone.id).unwrap_err().kind,
        ErrorKind::NotFound
    );
    let left: Vec<i64> = t
        .store
        .list_trash(0, 10)
        .unwrap()
        .items
        .iter()
        .map(|h| h.entry.id)
        .collect();
    assert_eq!(left, vec![other.id], "the rest of the trash stays");
    let dump = dump(&t);
    assert!(!dump.iter().any(|r| r.contains("forgotten words")));
    assert!(!dump
        .iter()
        .any(|r| r.starts_with("tags:") && r.contains("\"lonely\"")));
    assert_eq!(
        t.store.delete_forever(gone.id).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_index_consistent(&t);
}

#[test]
fn list_is_newest_first_and_paged() {
    let mut t = store();
    for day in 1..=9 {
        t.store
            .create_entry(
                &dated(
                    &format!("Day {day}"),
                    "",
                    &format!("2026-01-0{day}"),
                    EntryKind::Reflection,
                    &[],
                ),
                today(),
            )
            .unwrap();
    }
    let first = t
        .store
        .find_entries(&EntryQuery {
            limit: 4,
            ..Default::default()
        })
        .unwrap();
    let titles: Vec<&str> = first.items.iter().map(|h| h.entry.title.as_str()).collect();
    assert_eq!(titles, vec!["Day 9", "Day 8", "Day 7", "Day 6"]);
    assert_eq!(first.next_offset, Some(4));
    let last = t
        .store
        .find_entries(&EntryQuery {
            limit: 4,
            offset: 8,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(last.items.len(), 1);
    assert_eq!(last.items[0].entry.title, "Day 1");
    assert_eq!(last.next_offset, None);
}

#[test]
fn summaries_carry_a_plain_excerpt() {
    let mut t = store();
    add(
        &mut t.store,
        "T",
        "# Heading\n\nSome **bold** thought about `roadmaps`.",
        &[],
    );
    let page = t.store.find_entries(&EntryQuery::default()).unwrap();
    assert_eq!(
        page.items[0].entry.excerpt,
        "Heading Some bold thought about roadmaps."
    );
    assert!(page.items[0].snippet.is_empty());
}

#[test]
fn many_entries_in_one_transaction() {
    let mut t = store();
    let drafts: Vec<(EntryDraft, bool)> = (0..50)
        .map(|i| (draft(&format!("E{i}"), "body", &["bulk"]), i % 10 == 0))
        .collect();
    assert_eq!(t.store.create_entries(&drafts, today()).unwrap(), 50);
    assert_eq!(t.store.counts().unwrap().entries, 50);
    let starred = t
        .store
        .find_entries(&EntryQuery {
            starred_only: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(starred.items.len(), 5);
}

#[test]
fn data_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut s = waypoint_core::Store::open_in_dir(dir.path(), clock()).unwrap();
        add(&mut s, "Persisted", "still here", &["durable"]).id
    };
    let s = waypoint_core::Store::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(s.entry(id).unwrap().body, "still here");
    assert_eq!(
        s.find_entries(&EntryQuery::text("still"))
            .unwrap()
            .items
            .len(),
        1
    );
}
