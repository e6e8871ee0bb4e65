package com.concierge.catalog.internal.imports;

import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.kernel.Money;
import java.util.Map;

/** A row that passed every check, ready to be upserted by SKU. */
record VariantDraft(long row, String product, String sku, String category, String title, String brand, String description,
                    Money price, int stock, Map<String, String> options, Map<String, AttributeValue> attributes) {

    VariantDraft {
        options = Map.copyOf(options);
        attributes = Map.copyOf(attributes);
    }
}
