-- Schema version 4: the task force, service-level clocks, incidents, satisfaction and the
-- audit trail.

-- The task force a case can be escalated to. An administrator edits the list; a department
-- that was ever used is retired, never deleted, so old escalations keep their name.
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    -- Service minutes the department has to answer an escalation.
    answer_minutes INTEGER NOT NULL DEFAULT 960,
    retired INTEGER NOT NULL DEFAULT 0
);
INSERT INTO departments (key, name, contact, answer_minutes) VALUES
    ('legal', 'Ufficio Legale', 'legale@banca.example', 960),
    ('compliance', 'Compliance', 'compliance@banca.example', 960),
    ('customer_care', 'Customer Care', 'customercare@banca.example', 240),
    ('marketing', 'Marketing', 'marketing@banca.example', 960),
    ('commercial', 'Commerciale', 'commerciale@banca.example', 480),
    ('risk_management', 'Risk Management', 'risk@banca.example', 480),
    ('complaints', 'Reclami', 'reclami@banca.example', 960),
    ('hr', 'Risorse Umane', 'risorseumane@banca.example', 960),
    ('inspectorate', 'Ispettorato', 'ispettorato@banca.example', 480);

-- One hand-over of a case to a department. state: open (waiting for the department),
-- answered, withdrawn (taken back by the agent), moved (handed on to another department:
-- the next row carries on), raised (taken to level two: the next row carries on).
CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    department_id INTEGER NOT NULL REFERENCES departments (id),
    level INTEGER NOT NULL CHECK (level IN (1, 2)),
    urgency TEXT NOT NULL DEFAULT 'normal',
    reason TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    escalated_by TEXT NOT NULL,
    escalated_at INTEGER NOT NULL,
    due_at INTEGER,
    -- Who had the case before, so it returns to them with the answer.
    returned_to TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    answer TEXT NOT NULL DEFAULT '',
    answered_by TEXT NOT NULL DEFAULT '',
    closed_at INTEGER
);
CREATE INDEX escalations_by_case ON escalations (case_id, escalated_at);
CREATE INDEX escalations_by_time ON escalations (escalated_at);
CREATE INDEX escalations_open ON escalations (department_id, state);

-- A problem many customers report at once. Linked cases share it; the incident's replies go
-- through the outbox like any other.
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open',
    opened_by TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    -- What the alert saw, when the incident came from one.
    alert_count INTEGER NOT NULL DEFAULT 0,
    alert_from INTEGER,
    alert_to INTEGER
);

-- first_response_due_at: when the first answer is due (service time, fixed at opening,
-- pushed back by pauses). due_at: when the next answer is due, NULL when nothing is owed.
-- waiting_since: the clock is paused since then (waiting for the customer).
ALTER TABLE cases ADD COLUMN first_response_due_at INTEGER;
ALTER TABLE cases ADD COLUMN due_at INTEGER;
ALTER TABLE cases ADD COLUMN waiting_since INTEGER;
ALTER TABLE cases ADD COLUMN department_id INTEGER REFERENCES departments (id);
ALTER TABLE cases ADD COLUMN incident_id INTEGER REFERENCES incidents (id);
ALTER TABLE cases ADD COLUMN satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5);
ALTER TABLE cases ADD COLUMN satisfaction_asked_at INTEGER;
ALTER TABLE cases ADD COLUMN reopened_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_by_due ON cases (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX cases_by_opened ON cases (opened_at);
CREATE INDEX cases_by_incident ON cases (incident_id) WHERE incident_id IS NOT NULL;
CREATE INDEX case_events_by_time ON case_events (at, kind);

-- The audit trail. Rows are only ever appended. Each row's hash is an HMAC-SHA256, keyed with
-- a secret kept in the OS keychain, over the previous row's hash and this row's fields: who
-- can write the file still cannot recompute the chain. Rows name customers and cases by id
-- and never hold their words, so erasing a customer leaves the chain intact.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id INTEGER,
    customer_id INTEGER,
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit_log (at);

-- Names this database's audit key in the keychain: two databases never share a key by accident.
INSERT INTO settings (key, value) VALUES ('audit_chain_id', lower(hex(randomblob(16))))
    ON CONFLICT (key) DO NOTHING;
