package com.concierge.assistant.internal.session;

import com.concierge.assistant.api.Constraint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a conversation holds between turns: the category, the constraints (chips), the products
 * shown last (for "cheaper", "the second one", questions about "it"), and the shopper's own words
 * of the current topic (for semantic similarity).
 */
public record SessionState(String category, List<Constraint> constraints, List<ShownItem> shown, String topic) {

    public static final SessionState EMPTY = new SessionState(null, List.of(), List.of(), "");

    public SessionState {
        constraints = List.copyOf(constraints);
        shown = shown == null ? List.of() : List.copyOf(shown);
        topic = topic == null ? "" : topic;
    }

    /**
     * A product as it was shown.
     *
     * @param price      the shown variant's price in major units
     * @param attributes canonical attribute values by key
     */
    public record ShownItem(UUID product, String variant, String title, String brand, BigDecimal price, String currency,
                            Map<String, Object> attributes, BigDecimal rating) {

        /** A card without its rating (as stored before ratings were kept; "which is best rated" then has no answer). */
        public ShownItem(UUID product, String variant, String title, String brand, BigDecimal price, String currency,
                         Map<String, Object> attributes) {
            this(product, variant, title, brand, price, currency, attributes, null);
        }

        /**
         * The card's number on a field ("price", "rating", "attr.noise"), or empty. The stored state gives its
         * attributes back as JSON numbers (Integer, Double), not BigDecimal.
         */
        public java.util.Optional<BigDecimal> number(String field) {
            Object value = field.equals("price") ? price : field.equals("rating") ? rating
                    : field.startsWith("attr.") ? attributes.get(field.substring("attr.".length())) : null;
            return value instanceof Number n ? java.util.Optional.of(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()))
                    : java.util.Optional.empty();
        }
    }

    public SessionState withShown(List<ShownItem> items) {
        return new SessionState(category, constraints, items, topic);
    }
}
