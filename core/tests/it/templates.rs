//! The writer's templates on a real file: a built-in one changed in place, started from, reset;
//! one of their own added, started from, edited and deleted; bad input refused field by field.

use crate::common::*;
use waypoint_core::documents::{templates, DocumentKind, TemplateDraft, TemplateRef};
use waypoint_core::ErrorKind;

fn draft(kind: DocumentKind, name: &str, body: &str) -> TemplateDraft {
    TemplateDraft {
        kind,
        name: name.into(),
        purpose: "For the weekly staff meeting.".into(),
        body: body.into(),
    }
}

const BRIEF: TemplateRef = TemplateRef::BuiltIn(DocumentKind::Brief);

#[test]
fn a_built_in_template_is_changed_in_place_started_from_and_reset() {
    let mut t = store();
    let shipped = t.store.document_templates().unwrap();
    assert_eq!(
        shipped,
        templates(),
        "a new journal has the templates as shipped"
    );

    let body = "## The decision\n\n<!-- One sentence. -->\n\n## Cost\n";
    let all = t
        .store
        .edit_document_template(&BRIEF, &draft(DocumentKind::Brief, "Our brief", body))
        .unwrap();
    assert_eq!(all.len(), shipped.len(), "edited, not added");
    let brief = &all[0];
    assert_eq!(brief.id, BRIEF, "it keeps its place and identity");
    assert!(brief.edited);
    assert_eq!(
        (brief.name.as_str(), brief.kind_label.as_str()),
        ("Our brief", "Executive brief")
    );
    assert_eq!(brief.sections, ["The decision", "Cost"]);
    // New briefs start from it, from the app and from `create_document(kind)` alike.
    let doc = t.store.create_document(DocumentKind::Brief, "Q3").unwrap();
    assert_eq!(doc.body, body);
    assert_eq!(
        t.store.create_document_from(&BRIEF, "Q4").unwrap().body,
        body
    );

    let err = t
        .store
        .edit_document_template(&BRIEF, &draft(DocumentKind::Note, "Our brief", body))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("kind"), "{err:?}");

    let all = t
        .store
        .reset_document_template(DocumentKind::Brief)
        .unwrap();
    assert_eq!(all, templates());
    assert_eq!(
        doc.body,
        t.store.document(doc.id).unwrap().body,
        "documents keep their text"
    );
}

#[test]
fn a_template_of_ones_own_is_added_started_from_edited_and_deleted() {
    let mut t = store();
    let all = t
        .store
        .add_document_template(&draft(
            DocumentKind::Writeup,
            "  Incident review ",
            "## What happened\n\n## What it cost\n",
        ))
        .unwrap();
    let mine = all.last().unwrap().clone();
    let TemplateRef::Own(id) = mine.id else {
        panic!("the writer's own come after the built-in ones: {mine:?}")
    };
    assert_eq!(mine.name, "Incident review");
    assert_eq!((mine.kind, mine.edited), (DocumentKind::Writeup, false));
    assert_eq!(mine.sections, ["What happened", "What it cost"]);

    let doc = t
        .store
        .create_document_from(&mine.id, "The outage")
        .unwrap();
    assert_eq!(
        (doc.kind, doc.body.as_str()),
        (
            DocumentKind::Writeup,
            "## What happened\n\n## What it cost\n"
        )
    );

    let all = t
        .store
        .edit_document_template(
            &mine.id,
            &draft(DocumentKind::Note, "Incident review", "## Timeline\n"),
        )
        .unwrap();
    let edited = all.iter().find(|t| t.id == mine.id).unwrap();
    assert_eq!(
        (edited.kind, edited.sections.clone()),
        (DocumentKind::Note, vec!["Timeline".to_string()])
    );

    let gone = t.store.delete_document_template(id).unwrap();
    assert_eq!(gone.name, "Incident review");
    assert_eq!(t.store.document_templates().unwrap(), templates());
    assert_eq!(
        t.store
            .create_document_from(&mine.id, "x")
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );
    assert_eq!(
        t.store.document(doc.id).unwrap().title,
        "The outage",
        "documents started from it stay"
    );
}

#[test]
fn a_bad_template_is_refused_field_by_field_and_changes_nothing() {
    let mut t = store();
    let before = dump(&t);
    let err = t
        .store
        .add_document_template(&TemplateDraft {
            kind: DocumentKind::Brief,
            name: "executive BRIEF".into(),
            purpose: "two\nlines".into(),
            body: "bell \u{7}".into(),
        })
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let fields: Vec<_> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["name", "purpose", "body"], "{err:?}");
    assert!(err.problems[0]
        .message
        .contains("already a template called"));
    let err = t
        .store
        .add_document_template(&draft(DocumentKind::Note, "  ", ""))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("name"));
    assert_eq!(dump(&t), before, "nothing was written");
}
