package com.concierge.assistant.internal.intent;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.ProposedAction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * @param corrections misspelt words read as the store's words ("blendr" → blender); {@code text} is
 *                    the message with them corrected, {@code written} as the shopper wrote it
 * @param across      for a question across the cards shown ("which one is the quietest?"): the field
 *                    and direction asked about, as a preference; empty otherwise
 * @param adds        the values named join those already chosen for the same field ("or Google Home,
 *                    either works", "and a tamper too") instead of replacing them
 * @param revised     fields whose limit was restated without a bound word ("make that 6mm"), with the
 *                    value said in the attribute's display unit: it keeps the direction of the limit in effect
 * @param accepted    values the shopper accepts rather than requires ("wired is fine too", "I don't mind
 *                    batteries"): each widens a limit already on its field and asks for nothing otherwise
 * @param unplaced    limits said with a bound and a unit whose attribute the words do not name ("at least
 *                    35 mm" where a running shoe measures two lengths): asked about instead of dropped
 * @param gift        the message buys for someone: an occasion ("a birthday present") or a person it is for
 * @param recipient   the person named ("son" of "for my son"), or null: never a thing asked for
 * @param unsold      of {@code unknown}, the chunks that name a thing asked for that the store does not sell, by a
 *                    noun for a made thing at the head of the request ("burr coffee grinder", "smart locks")
 * @param first       the measured field the shopper says matters most ("runtime comes first": "attr.runtime"), or null:
 *                    its preference ranks before the others
 */
public record Reading(String text, Kind kind, String category, String categorySource, List<Constraint> constraints,
                      Set<String> removals, boolean fresh, List<Relative> relatives, List<Integer> references,
                      List<String> fragments, boolean pronoun, ProposedAction.Kind action, List<String> understood,
                      List<String> unknown, List<Correction> corrections, String written, List<Constraint> across, boolean adds,
                      Map<String, BigDecimal> revised, List<Constraint> accepted, Integer missingCard, List<Unplaced> unplaced,
                      boolean gift, String recipient, List<String> unsold, String first) {

    public Reading {
        constraints = List.copyOf(constraints);
        removals = Set.copyOf(removals);
        relatives = List.copyOf(relatives);
        references = List.copyOf(references);
        fragments = List.copyOf(fragments);
        understood = List.copyOf(understood);
        unknown = List.copyOf(unknown);
        corrections = List.copyOf(corrections);
        across = List.copyOf(across);
        revised = Map.copyOf(revised);
        accepted = List.copyOf(accepted);
        unplaced = List.copyOf(unplaced);
        unsold = List.copyOf(unsold);
    }

    /**
     * This reading with only the limits that hold whatever is bought, the price and the rating, and nothing else to
     * change: what a request for a thing the store does not sell leaves for the next one ("a rice cooker under $60"
     * keeps the $60 for "an air fryer then, same price", not the cooker's "6 cup").
     */
    public Reading generalLimitsOnly() {
        List<Constraint> general = constraints.stream().filter(c -> c.field().equals("price") || c.field().equals("rating")).toList();
        return new Reading(text, kind, category, categorySource, general, Set.of(), false, List.of(), List.of(), fragments, false, action,
                understood, unknown, corrections, written, List.of(), adds, Map.of(), List.of(), missingCard, List.of(), gift, recipient, unsold, null);
    }

    /**
     * A limit the shopper stated ("at least 35 mm") that measures something several attributes (or
     * none the words name) could be: per category, the labels of the attributes of that dimension.
     */
    public record Unplaced(String said, Map<String, List<String>> attributes) {

        public Unplaced {
            attributes = Map.copyOf(attributes);
        }
    }

    /** Words that carry the price limit into a new topic: "same budget", "same price limit". */
    private static final java.util.regex.Pattern SAME_BUDGET = java.util.regex.Pattern.compile(
            "\\b(?:same|keep (?:the|my)) (?:budget|price|price limit|price range|limit|max)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the message keeps the price limit it had ("actually coffee makers, same budget"). */
    public boolean keepsPrice() {
        return SAME_BUDGET.matcher(text).find();
    }

    /** Words that carry the brand or the colour into a new topic: "the same brand's coffee maker", "same colour". */
    private static final java.util.regex.Pattern SAME_BRAND = java.util.regex.Pattern.compile(
            "\\bsame (?:brand|make|maker|company)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SAME_COLOUR = java.util.regex.Pattern.compile(
            "\\b(?:same|matching) colou?r\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the message keeps the brands chosen ("and the same brand's coffee maker"). */
    public boolean keepsBrand() {
        return SAME_BRAND.matcher(text).find();
    }

    /** Whether the message keeps the colours chosen ("and a backpack too, same colour and budget"). */
    public boolean keepsColour() {
        return SAME_COLOUR.matcher(text).find();
    }

    /** A word read as another: {@code written} "dishwsher", {@code read} "dishwasher". */
    public record Correction(String written, String read) {
    }

    public enum Kind { SHOP, QUESTION, COMPARE, DECIDE, ACTION, UNCLEAR }

    /**
     * "cheaper", "quieter": better than what was shown on {@code field} ("price" or "attr.noise").
     *
     * @param strict true for a comparative (a new bound below the first item shown), false for a
     *               superlative ("the quietest": a preference only)
     * @param card   the index of the card it compares with ("cheaper than the first"), or null for
     *               all cards shown ("cheaper": below the cheapest shown)
     * @param orEqual true for a negated comparative ("no heavier than the first", "not more expensive than
     *               the second"): the card's own value is within the limit
     */
    public record Relative(String field, Vocabulary.Direction direction, boolean strict, String source, Integer card, boolean orEqual) {

        public Relative(String field, Vocabulary.Direction direction, boolean strict, String source) {
            this(field, direction, strict, source, null, false);
        }

        /** The same comparative, against one card shown ("cheaper than the first": index 0) rather than all of them. */
        public Relative against(int shownIndex) {
            return new Relative(field, direction, strict, source, shownIndex, orEqual);
        }

        /** The comparative said with a negation before it: "no louder than" is at most as loud. */
        public Relative negated(String said) {
            Vocabulary.Direction other = direction == Vocabulary.Direction.LESS ? Vocabulary.Direction.MORE : Vocabulary.Direction.LESS;
            return new Relative(field, other, strict, said, card, true);
        }
    }
}
