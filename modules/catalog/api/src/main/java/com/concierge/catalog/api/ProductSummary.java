package com.concierge.catalog.api;

import com.concierge.kernel.Money;
import java.util.UUID;

/** A product as other modules see it. */
public record ProductSummary(UUID id, String sku, String title, String brand, String description, Money price) {
}
