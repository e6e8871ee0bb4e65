-- Owners are Keycloak subjects from now on (docs/privacy.md#owners). Rows written before hold a
-- username: they are marked, and the user's next sign-in gives them to the user's subject
-- (kernel LegacyOwners; checkout's side is checkout.internal.CheckoutLegacyOwners).
UPDATE checkout_cart SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
UPDATE checkout_order SET owner = 'username:' || owner WHERE owner IS NOT NULL AND owner NOT LIKE 'username:%';
