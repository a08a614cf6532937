-- Schema version 3: new messages are indexed for search once per ingest batch instead of by a
-- row trigger. The trigger opened a savepoint per row, and FTS5 wrote a tiny index segment at
-- each one; a third of ingest time went there. Deletes and edits keep their triggers.
DROP TRIGGER messages_fts_insert;
