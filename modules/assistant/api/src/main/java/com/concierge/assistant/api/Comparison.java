package com.concierge.assistant.api;

import com.concierge.kernel.Money;
import java.util.List;
import java.util.UUID;

/**
 * Products side by side.
 *
 * @param rows    one per attribute, the shopper's priorities first
 * @param verdict the tradeoff in one or two sentences
 */
public record Comparison(List<Item> items, List<Row> rows, String verdict) {

    public Comparison {
        items = List.copyOf(items);
        rows = List.copyOf(rows);
    }

    public record Item(UUID product, String title, String brand, Money price) {
    }

    /**
     * @param values one per item, in the row's unit ("52", "yes"), null when not stated
     * @param best   index of the item that is best on this row, or null when none is or better is not defined
     */
    public record Row(String field, String label, String unit, List<String> values, Integer best, boolean priority) {
        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
