-- Sportello schema, version 1. Times are milliseconds since the Unix epoch (UTC); a message
-- also keeps the UTC offset it was written with, so its local time can be shown as sent.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    network TEXT NOT NULL,
    handle TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    capabilities TEXT NOT NULL DEFAULT '',
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (network, handle)
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    external_ref TEXT UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE identities (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    network TEXT NOT NULL,
    external_id TEXT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (network, external_id)
);
CREATE INDEX identities_by_customer ON identities (customer_id);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    network TEXT NOT NULL,
    visibility TEXT NOT NULL,
    conversation_key TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    category TEXT NOT NULL DEFAULT 'none',
    priority INTEGER NOT NULL DEFAULT 1,
    language TEXT NOT NULL DEFAULT 'it',
    assignee TEXT NOT NULL DEFAULT '',
    inbound_count INTEGER NOT NULL DEFAULT 0,
    opened_at INTEGER NOT NULL,
    first_response_at INTEGER,
    closed_at INTEGER,
    last_message_at INTEGER NOT NULL
);
CREATE INDEX cases_by_customer ON cases (customer_id, network, status);
CREATE INDEX cases_by_conversation ON cases (account_id, conversation_key);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    network_id TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    direction TEXT NOT NULL,
    visibility TEXT NOT NULL,
    author_identity_id INTEGER REFERENCES identities (id),
    text TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    utc_offset_s INTEGER NOT NULL DEFAULT 0,
    conversation_id TEXT NOT NULL DEFAULT '',
    reply_to TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL DEFAULT '',
    ingested_at INTEGER NOT NULL,
    UNIQUE (account_id, network_id)
);
-- The timeline's order, newest first; keyset pages walk this index exactly.
CREATE INDEX messages_timeline ON messages (sent_at, id);
CREATE INDEX messages_by_case ON messages (case_id, sent_at);

-- Accent- and case-insensitive search: "perche cosi" finds "Perché così".
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    text,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX notes_by_case ON notes (case_id, created_at);

-- What happened to a case, in order: opened, assigned, released, category or priority set
-- (by triage or overridden by an agent), note added, resolved, reopened.
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_by_case ON case_events (case_id, at);
