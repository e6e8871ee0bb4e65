-- A conversation belongs to whoever started it (docs/privacy.md#who-may-open-a-conversation): a
-- signed-in shopper's Keycloak subject, or a guest capability, kept only as its SHA-256 (hex).
-- Conversations started before owners existed belong to nobody: they can no longer be opened, and
-- retention deletes their words as before.
ALTER TABLE assistant_conversation ADD COLUMN owner_subject VARCHAR(255);
ALTER TABLE assistant_conversation ADD COLUMN guest_key_hash VARCHAR(64);
CREATE INDEX assistant_conversation_owner ON assistant_conversation (owner_subject);
CREATE INDEX assistant_conversation_guest ON assistant_conversation (guest_key_hash);
