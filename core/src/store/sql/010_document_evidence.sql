-- Documents linked to plan milestones as evidence, as entries are (milestone_evidence).
CREATE TABLE milestone_documents (
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    linked_at    TEXT    NOT NULL,
    PRIMARY KEY (milestone_id, document_id)
) WITHOUT ROWID;

CREATE INDEX milestone_documents_by_document ON milestone_documents (document_id, milestone_id);
