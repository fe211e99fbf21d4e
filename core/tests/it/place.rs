//! Where the app reopens: the section and what was open, per journal, checked against the
//! journal as it is when the app starts again.

use waypoint_core::documents::DocumentKind;
use waypoint_core::place::{Place, Section};
use waypoint_core::ErrorKind;

use crate::common::{add, dump, store};

#[test]
fn a_journal_never_opened_before_opens_at_home() {
    let t = store();
    assert_eq!(t.store.place_to_reopen().unwrap(), Place::default());
    assert_eq!(Place::default().section, Section::Home);
}

#[test]
fn the_place_remembered_is_the_place_reopened_also_after_the_journal_is_opened_again() {
    let mut t = store();
    let entry = add(&mut t.store, "Planning", "Quarter planning notes.", &[]);
    let doc = t
        .store
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    let place = Place {
        section: Section::Documents,
        entry_id: Some(entry.id),
        document_id: Some(doc.id),
    };
    assert_eq!(t.store.remember_place(&place).unwrap(), place);
    let path = t.store.path().to_path_buf();
    drop(t.store);
    let again = waypoint_core::Store::open(&path, crate::common::clock()).unwrap();
    assert_eq!(again.place_to_reopen().unwrap(), place);
}

#[test]
fn what_went_to_the_trash_or_was_deleted_since_is_not_reopened() {
    let mut t = store();
    let trashed = add(&mut t.store, "Trashed later", "Text.", &[]);
    let doc = t
        .store
        .create_document(DocumentKind::Writeup, "Deleted later")
        .unwrap();
    t.store
        .remember_place(&Place {
            section: Section::Journal,
            entry_id: Some(trashed.id),
            document_id: Some(doc.id),
        })
        .unwrap();
    t.store.trash_entry(trashed.id).unwrap();
    t.store.trash_document(doc.id).unwrap();
    t.store.delete_document_forever(doc.id).unwrap();
    assert_eq!(
        t.store.place_to_reopen().unwrap(),
        Place {
            section: Section::Journal,
            entry_id: None,
            document_id: None,
        }
    );
}

#[test]
fn ids_that_are_not_in_the_journal_are_refused_each_by_its_field_and_change_nothing() {
    let mut t = store();
    let before = dump(&t);
    let e = t
        .store
        .remember_place(&Place {
            section: Section::Plan,
            entry_id: Some(404),
            document_id: Some(405),
        })
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    let fields: Vec<&str> = e.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["entry_id", "document_id"]);
    assert!(e.problems[0].message.contains("no entry 404"), "{e:?}");
    assert_eq!(dump(&t), before);
}
