-- The day a milestone was marked done, for reviews of a period ("done this quarter"). Kept while
-- it stays done (a later edit does not move it), cleared when it is reopened. Milestones done
-- before this column existed take the day of their last change, the best date there is.
ALTER TABLE milestones ADD COLUMN done_on TEXT;

UPDATE milestones SET done_on = substr(updated_at, 1, 10) WHERE status = 'done';
