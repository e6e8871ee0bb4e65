/**
 * Typed product attributes: units with exact conversions ({@link com.concierge.catalog.api.attributes.Unit},
 * {@link com.concierge.catalog.api.attributes.Quantity}). Values are stored in the canonical unit of
 * their dimension and keep the value and unit they came with.
 */
package com.concierge.catalog.api.attributes;
