-- Schema version 5: indexes that cost ingest less.
--
-- Search matches words and word prefixes and lists hits newest first (see ftsQuery); it never
-- asks for a phrase, a NEAR group or a relevance rank. So the full-text index keeps only which
-- messages hold each word (detail=none: no positions) and no per-message token counts
-- (columnsize=0: those only serve bm25). Both were written for every message and read by no
-- query. The index is rebuilt from the messages, which stay as they are.
DROP TRIGGER messages_fts_delete;
DROP TRIGGER messages_fts_update;
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    text,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    columnsize = 0
);
INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
END;

-- A customer's cases on a network, without their status: every status change (new, waiting,
-- open again) moved the case's entry in this index, at a random place since customers arrive in
-- no order. A customer has few cases, so the status is checked on the case rows themselves.
DROP INDEX cases_by_customer;
CREATE INDEX cases_by_customer ON cases (customer_id, network);
