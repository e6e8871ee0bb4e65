-- Review summaries as last computed (after a ReviewsChanged event), one per product (scope '')
-- and one per reviewed variant (scope = its SKU). The summary itself is a JSON document.
CREATE TABLE reviews_summary (
    product_id   UUID NOT NULL,
    scope        VARCHAR(64) NOT NULL,
    body         VARCHAR(1000000) NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (product_id, scope)
);

-- The merchandisers' review queue. flag_key identifies what is flagged (a review's safety
-- statements, a part's failure, a contradicted attribute in one review), so recomputing a
-- summary finds the flag it raised before instead of raising it again.
CREATE TABLE reviews_flag (
    id           UUID PRIMARY KEY,
    product_id   UUID NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    flag_key     VARCHAR(300) NOT NULL,
    topic        VARCHAR(300) NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    citations    VARCHAR(200000) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   VARCHAR(200),
    decided_at   TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(2000),
    CONSTRAINT reviews_flag_identity UNIQUE (product_id, kind, flag_key)
);
CREATE INDEX reviews_flag_queue ON reviews_flag (status, raised_at);

-- The do-not-generate list: regulated topics, editable by merchandisers. Seeded with the four
-- kinds of topic the store never generates text about.
CREATE TABLE reviews_regulated_topic (
    id          VARCHAR(40) PRIMARY KEY,
    label       VARCHAR(200) NOT NULL,
    phrases     VARCHAR(20000) NOT NULL,
    refusal     VARCHAR(1000) NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO reviews_regulated_topic (id, label, phrases, refusal, changed_by, changed_at) VALUES
('medical', 'Medical or health claims',
 '["cure","cures","cured","heals","healed","medical treatment","diagnose","diagnosis","disease","diabetes","blood pressure","blood sugar","cholesterol","cancer","arthritis","asthma","allergy relief","immune system","detox","weight loss","lose weight","lost weight","burns fat","anxiety","depression","insomnia","medication","medicine","prescription","pain relief","doctor recommended","clinically proven"]',
 'I can''t give medical or health advice. For anything about your health, please ask a doctor or pharmacist.', 'migration', CURRENT_TIMESTAMP),
('safety-critical', 'Safety-critical advice',
 '["safe for babies","safe for infants","safe to leave unattended","leave it unattended","bypass the safety","disable the safety","remove the guard","override the lock","safe in the bath","use it in the bath","rewire","rewired","extension cord is fine"]',
 'I can''t advise on that safely. Please follow the manufacturer''s manual, or ask a qualified professional.', 'migration', CURRENT_TIMESTAMP),
('legal-financial', 'Legal or financial advice',
 '["legal advice","lawsuit","sue","tax deductible","tax write-off","investment advice","financial advice","loan","credit score"]',
 'I can''t give legal or financial advice. Please ask a lawyer or a financial adviser.', 'migration', CURRENT_TIMESTAMP),
('age-restricted', 'Age-restricted products',
 '["alcohol","vodka","whiskey","liquor","tobacco","cigarette","cigarettes","vape","vaping","nicotine","cannabis","cbd","firearm","firearms","handgun","rifle","ammunition"]',
 'I can''t help with age-restricted products here.', 'migration', CURRENT_TIMESTAMP);
