package com.concierge.assistant.internal.intent;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.ProposedAction;
import java.util.List;
import java.util.Set;

/**
 * What one message says, before it meets the conversation.
 *
 * @param kind        what the shopper wants from this message
 * @param category    a category named or implied by the words, or null
 * @param constraints constraints and preferences the message states
 * @param removals    constraint ids the shopper dropped ("forget the price limit" → price)
 * @param fresh       the shopper started over ("start over", "new search")
 * @param relatives   comparatives to resolve against what was shown ("cheaper", "quieter")
 * @param references  indexes into the products shown last, in the order mentioned ("the second one")
 * @param fragments   for a comparison of products not shown: the words naming each
 * @param pronoun     the message points at a product ("it", "this one")
 * @param action      an action asked for, or null
 * @param understood  what each understood phrase was read as, for the reply
 * @param unknown     content words nothing understood
 */
public record Reading(String text, Kind kind, String category, String categorySource, List<Constraint> constraints,
                      Set<String> removals, boolean fresh, List<Relative> relatives, List<Integer> references,
                      List<String> fragments, boolean pronoun, ProposedAction.Kind action, List<String> understood,
                      List<String> unknown) {

    public Reading {
        constraints = List.copyOf(constraints);
        removals = Set.copyOf(removals);
        relatives = List.copyOf(relatives);
        references = List.copyOf(references);
        fragments = List.copyOf(fragments);
        understood = List.copyOf(understood);
        unknown = List.copyOf(unknown);
    }

    public enum Kind { SHOP, QUESTION, COMPARE, DECIDE, ACTION, UNCLEAR }

    /**
     * "cheaper", "quieter": better than what was shown on {@code field} ("price" or "attr.noise").
     *
     * @param strict true for a comparative (a new bound below the first item shown), false for a
     *               superlative ("the quietest": a preference only)
     */
    public record Relative(String field, Vocabulary.Direction direction, boolean strict, String source) {
    }
}
