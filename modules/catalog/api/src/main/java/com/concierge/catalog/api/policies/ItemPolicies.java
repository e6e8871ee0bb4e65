package com.concierge.catalog.api.policies;

/**
 * The three answers a shopper, the assistant and checkout ask about one item, each citing its policy.
 *
 * @param returns  may it be returned (on the day asked)
 * @param warranty is it under warranty (on the day asked)
 * @param shipping does it ship to the region, how fast, with which restrictions
 */
public record ItemPolicies(ItemContext item, PolicyAnswer returns, PolicyAnswer warranty, PolicyAnswer shipping) {
}
