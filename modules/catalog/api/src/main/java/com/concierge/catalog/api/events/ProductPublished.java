package com.concierge.catalog.api.events;

import com.concierge.kernel.Money;
import com.concierge.kernel.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A product became available in the catalog. Version 1.
 *
 * @param productId the new product's id
 * @param sku       its SKU
 * @param title     its title when published
 * @param price     its price when published
 */
public record ProductPublished(UUID eventId, Instant occurredAt, UUID productId, String sku, String title, Money price)
        implements IntegrationEvent {

    public static final String CHANNEL = "catalog-product-published";
}
