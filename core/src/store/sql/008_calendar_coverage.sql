-- What each imported calendar really covers: from its first occurrence's day to the day after
-- its last (NULL when it has none). Until now a calendar was taken to cover the whole import
-- window, so weeks before its first event counted as weeks without meetings. Calendars
-- imported before this migration get it from their stored occurrences, in UTC days; the next
-- import of the file recomputes it in the user's zone.
ALTER TABLE calendar_sources ADD COLUMN covers_from TEXT;
ALTER TABLE calendar_sources ADD COLUMN covers_to TEXT;

UPDATE calendar_sources SET
    covers_from = (SELECT date(min(e.start_utc), 'unixepoch') FROM calendar_events e
                   WHERE e.source_id = calendar_sources.id),
    covers_to = (SELECT date(max(e.end_utc) - 1, 'unixepoch', '+1 day') FROM calendar_events e
                 WHERE e.source_id = calendar_sources.id);
