-- Erasure (docs/privacy.md) deletes a shopper's logged events by index: who and what each one is about.
ALTER TABLE measurement_event_log ADD COLUMN owner VARCHAR(255);
ALTER TABLE measurement_event_log ADD COLUMN conversation_id UUID;
ALTER TABLE measurement_event_log ADD COLUMN order_id UUID;
CREATE INDEX measurement_event_log_owner ON measurement_event_log (owner);
CREATE INDEX measurement_event_log_conversation ON measurement_event_log (conversation_id);
CREATE INDEX measurement_event_log_order ON measurement_event_log (order_id);
CREATE INDEX measurement_event_log_occurred ON measurement_event_log (occurred_at);

-- The message's words the catalog's vocabulary did not cover (AssistantTurnTaken v3); purged with the text.
ALTER TABLE measurement_turn ADD COLUMN uncovered_words VARCHAR(2000) DEFAULT '[]' NOT NULL;

CREATE INDEX measurement_cart_add_time ON measurement_cart_add (occurred_at);

-- Which conversations each order came from (OrderPlaced.conversations), for exports, history and erasure.
CREATE TABLE measurement_order_conversation (
    order_id        UUID NOT NULL,
    conversation_id UUID NOT NULL,
    PRIMARY KEY (order_id, conversation_id)
);
CREATE INDEX measurement_order_conversation_conversation ON measurement_order_conversation (conversation_id);

-- Intent analytics per day (UTC) and category, recomputed with the day's KPIs and kept after the
-- words themselves are purged (docs/intent-analytics.md). kind: 'intent' (category + constraint
-- fields), 'word' (a constraint word), 'uncovered' (a word the vocabulary lacks), 'unmet' (an intent
-- that found nothing, needed relaxing, or was abandoned after the answer).
CREATE TABLE measurement_intent_daily (
    kpi_day       DATE NOT NULL,
    category      VARCHAR(100) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    term          VARCHAR(300) NOT NULL,
    conversations INT NOT NULL,
    turns         INT NOT NULL,
    zero_result   INT DEFAULT 0 NOT NULL,
    relaxed       INT DEFAULT 0 NOT NULL,
    abandoned     INT DEFAULT 0 NOT NULL,
    PRIMARY KEY (kpi_day, category, kind, term)
);

-- Answer-quality audits (docs/answer-audits.md): a daily sample of answers, each graded once by a reviewer.
CREATE TABLE measurement_audit (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL,
    turn            INT NOT NULL,
    answered_on     DATE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sampled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    category        VARCHAR(100),
    intent          VARCHAR(20) NOT NULL,
    question        VARCHAR(2000),                               -- redacted; null after the text retention period
    reply           VARCHAR(200000),                             -- the answer as shown, with its citations (JSON); null after retention
    status          VARCHAR(10) NOT NULL,                        -- OPEN, GRADED
    accuracy        INT,
    policy          INT,
    tone            INT,
    grade_comment   VARCHAR(2000),
    graded_by       VARCHAR(255),
    graded_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT measurement_audit_turn UNIQUE (conversation_id, turn)
);
CREATE INDEX measurement_audit_status ON measurement_audit (status, answered_on);
CREATE INDEX measurement_audit_day ON measurement_audit (answered_on);
