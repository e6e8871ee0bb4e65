package com.concierge.catalog.api;

import java.util.List;
import java.util.UUID;

/**
 * What replacing a category's schema would do, before it is saved
 * ({@link CategoryCatalog#previewCategory}): the attributes added, removed or changed, the stored
 * product values the new schema refuses, the products that lack a value it newly requires, and the
 * category's reason rules it cannot hold. A save is refused while {@link #blocked()}; values newly
 * required but missing are allowed (the products show the gap in readiness and their next save
 * asks for it).
 *
 * @param changes   one line per attribute added, removed or changed ("changed noise: number in dB, 35 dB–80 dB, required →
 *                  number in dB, 35 dB–50 dB, required")
 * @param refused   stored values the new definition of their attribute refuses (the first {@link #LISTED})
 * @param refusedCount how many values are refused in all
 * @param missing   products without a value for an attribute the new schema newly requires (the first {@link #LISTED})
 * @param missingCount how many such values are missing in all
 * @param rules     the current reason rules the new schema cannot hold, one message each
 * @param products  how many products the category has
 */
public record SchemaImpact(List<String> changes, List<Conflict> refused, int refusedCount, List<Conflict> missing, int missingCount,
                           List<String> rules, int products) {

    /** Conflicts listed per kind at most; the counts stay exact. */
    public static final int LISTED = 100;

    public SchemaImpact {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        missing = List.copyOf(missing);
        rules = List.copyOf(rules);
    }

    /**
     * One product's value against the proposed schema.
     *
     * @param value   what the product data said ("130 dB"), empty when missing
     * @param problem why the new definition refuses it
     */
    public record Conflict(UUID product, String handle, String title, String attribute, String value, String problem) {
    }

    /** Whether saving would be refused: a stored value or a reason rule would no longer fit. */
    public boolean blocked() {
        return !refused.isEmpty() || !rules.isEmpty();
    }

    /** Whether the schema's attributes differ at all. */
    public boolean changed() {
        return !changes.isEmpty();
    }

    /** The reason a save is refused, in a sentence naming the first few conflicts. */
    public String refusal() {
        StringBuilder text = new StringBuilder("The new schema does not fit what is stored:");
        if (!refused.isEmpty()) {
            text.append(' ').append(refusedCount).append(refusedCount == 1 ? " product value is" : " product values are")
                    .append(" refused (");
            refused.stream().limit(3).forEach(c -> text.append(c.handle()).append(' ').append(c.attribute()).append(": ").append(c.problem()).append("; "));
            text.setLength(text.length() - 2);
            text.append(refusedCount > 3 ? "; …)" : ")").append(", change those products first");
        }
        if (!rules.isEmpty()) {
            text.append(refused.isEmpty() ? " " : "; ").append(String.join("; ", rules)).append(", change the reason rules first");
        }
        return text.append('.').toString();
    }
}
