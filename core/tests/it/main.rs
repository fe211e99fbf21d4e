//! The core's integration tests, one binary: each module is one area of the product, on real
//! database files, with the helpers in `common`.

mod common;

mod backup;
mod bad_input;
mod calendar_import;
mod competencies;
mod dashboard;
mod document_evidence;
mod documents;
mod encryption;
mod export;
mod fuzz_replay;
mod glossary;
mod import_dayone;
mod import_jrnl;
mod import_notes;
mod invariants;
mod journal;
mod kept_drafts;
mod place;
mod plan;
mod reminder;
mod review;
mod review_export;
mod roi;
mod sanitize;
mod search;
mod templates;
mod transfer;
mod ui_answers;
mod workload;
mod writing;
