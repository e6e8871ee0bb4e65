-- Conversations with the assistant: the session intent (constraints, what was shown) as a JSON
-- document, replaced on every turn; each turn's message and reply are kept for audits.
CREATE TABLE assistant_conversation (
    id          UUID PRIMARY KEY,
    state       VARCHAR(200000) NOT NULL,
    turns       INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE assistant_turn (
    conversation_id UUID NOT NULL,
    number          INTEGER NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    intent          VARCHAR(20) NOT NULL,
    reply           VARCHAR(1000000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, number)
);

-- Decision receipts, as shown; orders refer to them by id (the catalog's product id, no foreign key).
CREATE TABLE assistant_receipt (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL,
    turn            INTEGER NOT NULL,
    product_id      UUID NOT NULL,
    body            VARCHAR(200000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assistant_receipt_conversation ON assistant_receipt (conversation_id, turn);

-- Sponsored placements and the rules they are placed by (one row, id 'default').
CREATE TABLE assistant_sponsored (
    product_id  UUID PRIMARY KEY,
    label       VARCHAR(200) NOT NULL,
    active      BOOLEAN NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE assistant_placement_rules (
    id                 VARCHAR(20) PRIMARY KEY,
    max_per_reply      INTEGER NOT NULL,
    earliest_position  INTEGER NOT NULL
);
INSERT INTO assistant_placement_rules (id, max_per_reply, earliest_position) VALUES ('default', 1, 2);
