-- Owners are Keycloak subjects from now on (docs/privacy.md#owners). Rows written before hold a
-- username: they are marked, and the user's next sign-in gives them to the user's subject
-- (kernel LegacyOwners; measurement's side is measurement.internal.privacy.MeasurementLegacyOwners).
UPDATE measurement_conversation SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
UPDATE measurement_cart_add SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
UPDATE measurement_order SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
UPDATE measurement_event_log SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
