//! `waypoint docs list | show | new | export`: documents from the command line, through the
//! same core calls as the app.

use std::io::Read;

use waypoint_core::documents::{check_document, DocumentDraft, DocumentQuery};
use waypoint_core::export;
use waypoint_core::roi::Currency;
use waypoint_core::{Error, Store};

use super::args::{DocsCommand, DocsListArgs, DocsNewArgs};
use super::print::{display_title, print_json};

pub(super) fn run(store: &mut Store, command: DocsCommand) -> Result<(), Error> {
    match command {
        DocsCommand::List(a) => list(store, a),
        DocsCommand::Show { id, json } => {
            let doc = store.document(id)?;
            if json {
                let glossary = store.writing_glossary()?;
                let report = check_document(&doc.body, doc.kind, &doc.dismissals, &glossary);
                return print_json(&serde_json::json!({ "document": doc, "check": report }));
            }
            outln!("{}", export::markdown_file(&doc));
            Ok(())
        }
        DocsCommand::New(a) => new(store, a),
        DocsCommand::Export(a) => {
            let doc = store.document(a.id)?;
            export::write(&doc, a.format, &a.out, &Currency::new(&a.currency))?;
            outln!(
                "Exported \"{}\" to {}",
                display_title(&doc.title),
                a.out.display()
            );
            Ok(())
        }
    }
}

fn list(store: &Store, a: DocsListArgs) -> Result<(), Error> {
    let docs = store.documents(&DocumentQuery {
        text: a.query.join(" "),
        starred_only: a.starred,
        trashed: a.trash,
        tag: a.tag,
    })?;
    if a.json {
        return print_json(&docs);
    }
    if docs.is_empty() {
        outln!("No documents yet: start one with waypoint docs new --kind brief --title \"…\".");
    }
    for d in docs {
        let checks = if d.checks_total == 0 {
            "       ".to_string()
        } else {
            format!("{}/{} ✓", d.checks_passed, d.checks_total)
        };
        let star = if d.starred { "★" } else { " " };
        outln!(
            "{:>5}  {:<8} {:>6} words  {checks}  {star} {}  ({})",
            d.id,
            d.kind.id(),
            d.words,
            display_title(&d.title),
            d.updated_at.format("%Y-%m-%d")
        );
    }
    Ok(())
}

fn new(store: &mut Store, a: DocsNewArgs) -> Result<(), Error> {
    let doc = match &a.file {
        None => store.create_document(a.kind, &a.title)?,
        Some(path) => {
            let body = if path.as_os_str() == "-" {
                let mut buf = String::new();
                std::io::stdin().read_to_string(&mut buf).map_err(|e| {
                    Error::invalid(format!(
                        "Could not read the document from standard input: {e}"
                    ))
                })?;
                buf
            } else {
                waypoint_core::text_file::read(path, "a document", "a document is Markdown")?
            };
            store.create_document_with(&DocumentDraft {
                kind: a.kind,
                title: a.title.clone(),
                body,
            })?
        }
    };
    if a.json {
        return print_json(&doc);
    }
    outln!("Started document {}: {}", doc.id, display_title(&doc.title));
    Ok(())
}
