-- Schema version 2: templates in the bank's voice, drafts that survive a crash, and the
-- outbox that sends each reply exactly once.
CREATE TABLE reply_templates (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    variants TEXT NOT NULL DEFAULT '{}',
    retired INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    UNIQUE (key, language)
);

-- Variables an administrator defines for templates, with the value they take.
CREATE TABLE template_variables (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT ''
);

-- One draft per case: what the agent is writing, saved within a second of each keystroke.
CREATE TABLE drafts (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id),
    author TEXT NOT NULL,
    visibility TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- A reply on its way. state: pending (to send), sending (handed to the network; the outcome
-- is not known yet), sent, failed (needs a person: retry, edit or discard).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    visibility TEXT NOT NULL,
    reply_to TEXT NOT NULL DEFAULT '',
    conversation_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    network_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_case ON outbox (case_id);
