package com.concierge.catalog.internal.imports;

import com.concierge.kernel.Money;
import java.util.Map;

/**
 * A row that passed every check, ready to be upserted by SKU.
 *
 * @param product the product part, completed from the product's first row
 */
record VariantDraft(long row, String sku, Map<String, String> options, Money price, int stock, ProductDraft product) {

    VariantDraft {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}
