package com.concierge.assistant.internal.intent;

import java.util.List;
import java.util.Optional;

/** Maps words nothing in the vocabulary names to the nearest category, reason code, value or yes/no attribute by meaning. */
public interface Meanings {

    /** The target nearest in meaning to {@code words}, when near enough to act on. */
    Optional<Target> nearest(String words, List<Target> targets);

    /**
     * The target clearly nearest to words about a person rather than a product ("my dad who runs
     * marathons", "lives on frozen fries"), with a lower bar than {@link #nearest} but a wider lead over
     * the runner-up: for a gift, where nothing names what is wanted. Empty without a model.
     */
    default Optional<Target> likeliest(String words, List<Target> targets) {
        return Optional.empty();
    }

    /**
     * Something words can mean.
     *
     * @param kind     CATEGORY, REASON, USE, FLAG or VALUE (a value of a choice attribute: "puzzle", "road")
     * @param category the category it belongs to
     * @param key      the category key, reason code, "attribute=value" or a yes/no attribute's key; targets
     *                 with one key are one meaning said several ways (a value and a merchandiser's words for it)
     * @param text     what is compared with the words ("Air fryers", "Compact", "smoothie")
     */
    record Target(Kind kind, String category, String key, String text) {
    }

    enum Kind { CATEGORY, REASON, USE, FLAG, VALUE }

    /** No model: nothing unknown is mapped. */
    Meanings NONE = (words, targets) -> Optional.empty();
}
