package com.concierge.assistant.internal.session;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.IntentParser;
import com.concierge.assistant.internal.intent.Reading;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.intent.Words;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges one message's reading into the conversation: later words refine earlier ones, a new
 * category or "start over" starts fresh, removals drop chips, and comparatives ("cheaper",
 * "quieter") become bounds just past the products shown.
 */
public final class SessionIntent {

    private SessionIntent() {
    }

    public static SessionState apply(SessionState state, Reading reading, Vocabulary vocabulary) {
        boolean fresh = reading.fresh();
        String category = reading.category() != null ? reading.category() : fresh ? null : state.category();
        Map<String, Constraint> constraints = new LinkedHashMap<>();
        if (!fresh) {
            state.constraints().forEach(c -> constraints.put(c.id(), c));
        } else {
            // "now show me coffee makers, same budget", "the same brand's coffee maker", "same colour": those limits
            // cross to the new topic
            state.constraints().stream().filter(c -> c.hard() && (reading.keepsPrice() && c.field().equals("price")
                    || reading.keepsBrand() && c.field().equals("brand") || reading.keepsColour() && c.field().equals("option.color")))
                    .forEach(c -> constraints.put(c.id(), c));
        }
        for (String removed : reading.removals()) {
            constraints.keySet().removeIf(id -> id.equals(removed) || id.equals("prefer." + removed)
                    || removed.startsWith("attr.") && id.startsWith("use.") && constraints.get(id).field().equals(removed));
        }
        List<SessionState.ShownItem> shown = fresh ? List.of() : state.shown();
        for (Constraint c : reading.constraints()) {
            Optional<Constraint> revised = fresh ? Optional.empty() : revisedQuantity(c, state, shown, category, vocabulary);
            Constraint before = constraints.get(c.id());
            BigDecimal said = reading.revised().get(c.field());
            Optional<Constraint> restated = said == null ? Optional.empty() : restated(c, said, before, category, vocabulary);
            // a chip of values in effect, not a yes/no one
            boolean list = before != null && !before.values().contains("yes") && !before.values().contains("no");
            // "actually anything under 8 lbs works" after "5-7 lbs": stated anew, the other edge goes
            Optional<Constraint> edge = Words.tokens(reading.text()).contains("anything") && IntentParser.edgeOf(c.source()).isEmpty()
                    ? Optional.empty() : movedEdge(before, c, category, vocabulary);
            if (revised.isPresent()) {
                constraints.put(revised.get().id(), revised.get());
            } else if (restated.isPresent()) {
                constraints.put(c.id(), restated.get());
            } else if (edge.isPresent()) {
                constraints.put(c.id(), edge.get());
            } else if (list && (before.operator() == Constraint.Operator.ANY_OF || before.operator() == Constraint.Operator.NONE_OF)
                    && c.operator() == Constraint.Operator.ANY_OF && continuesList(reading.text())) {
                // "not Meeple House", then "or Playwise": the list in effect goes on, refusal or choice
                constraints.put(c.id(), Constraints.anyOf(before, c));
            } else if (list && before.operator() == c.operator()
                    && (c.operator() == Constraint.Operator.ANY_OF && reading.adds() || c.operator() == Constraint.Operator.NONE_OF)) {
                // the new values join the chip instead of replacing it: "or Google Home, either works" adds a
                // choice; "not Sonora", then "and not Auris either": a refusal stands until the shopper takes it back
                constraints.put(c.id(), Constraints.anyOf(before, c));
            } else {
                constraints.put(c.id(), c);
            }
        }
        for (Constraint value : reading.accepted()) {
            accept(constraints, value, category, vocabulary);
        }
        for (Reading.Relative relative : reading.relatives()) {
            if (reading.constraints().stream().anyMatch(c -> c.hard() && c.field().equals(relative.field()) && (c.min() != null || c.max() != null))) {
                continue; // "lower drop please, 6 mm max": the limit said in numbers is the one meant
            }
            relative(relative, shown, category, vocabulary).ifPresent(c -> constraints.put(c.id(), c));
            if (relative.field().equals("price")) {
                Constraint prefer = Constraints.direction("price", "Price", relative.direction() == Vocabulary.Direction.LESS, relative.source());
                constraints.put(prefer.id(), prefer);
            }
        }
        // Constraints of another category's schema cannot apply here.
        if (category != null) {
            Optional<Vocabulary.CategoryWords> words = vocabulary.category(category);
            constraints.values().removeIf(c -> words.isPresent() && c.field().startsWith("attr.")
                    && words.get().attribute(c.field().substring(5)).isEmpty());
        }
        String topic = fresh ? reading.text() : (state.topic() + " " + reading.text()).strip();
        if (topic.length() > 600) {
            topic = topic.substring(topic.length() - 600);
        }
        return new SessionState(category, firstFirst(new ArrayList<>(constraints.values()), reading.first(), category, vocabulary), shown, topic);
    }

    /**
     * The chips with the preferences on the field said to matter most ("battery is more important to me") moved before the
     * other preferences, which rank after it in the order they were stated (see {@code Recommender}).
     */
    private static List<Constraint> firstFirst(List<Constraint> chips, String first, String category, Vocabulary vocabulary) {
        Optional<Vocabulary.CategoryWords> words = category == null ? Optional.empty() : vocabulary.category(category);
        if (first == null || words.isEmpty()) {
            return chips;
        }
        List<Constraint> firsts = chips.stream().filter(c -> !c.hard() && first.equals(IntentParser.measuredField(c, words.get()))).toList();
        if (firsts.isEmpty()) {
            return chips;
        }
        chips.removeAll(firsts);
        int at = 0;
        while (at < chips.size() && chips.get(at).hard()) {
            at++;
        }
        chips.addAll(at, firsts);
        return chips;
    }

    /**
     * A value the shopper accepts ("wired is fine too", "actually batteries are fine") widens the limit
     * on its field: a yes/no limit the other way goes, a list of wanted values takes it in, a list of
     * refused values lets it out. With no limit on the field it asks for nothing.
     */
    static void accept(Map<String, Constraint> constraints, Constraint value, String category, Vocabulary vocabulary) {
        Constraint before = constraints.get(value.id());
        if (before == null || value.operator() != Constraint.Operator.ANY_OF) {
            return;
        }
        boolean flag = java.util.Set.of("yes", "no").containsAll(before.values()) && java.util.Set.of("yes", "no").containsAll(value.values());
        if (flag) {
            if (!before.values().equals(value.values())) {
                constraints.remove(value.id());
            }
        } else if (before.operator() == Constraint.Operator.ANY_OF) {
            constraints.put(value.id(), Constraints.anyOf(before, value));
        } else if (before.operator() == Constraint.Operator.NONE_OF) {
            List<String> refused = new ArrayList<>(before.values());
            refused.removeIf(v -> value.values().stream().anyMatch(v::equalsIgnoreCase));
            Optional<AttributeDefinition> attribute = attribute(value.field(), category, vocabulary);
            if (refused.isEmpty() || attribute.isEmpty() && !value.field().equals("brand") && !value.field().startsWith("option.")) {
                constraints.remove(value.id());
            } else if (refused.size() < before.values().size()) {
                constraints.put(value.id(), value.field().equals("brand") ? Constraints.brand(refused, true, before.source())
                        : value.field().startsWith("option.") ? Constraints.option(value.field().substring(7), refused, true, before.source())
                        : Constraints.choice(attribute.get(), refused, true, before.source()));
            }
        }
    }

    /** The category's attribute a chip's field names ("attr.noise"); empty for price, brand, options or no category. */
    private static Optional<AttributeDefinition> attribute(String field, String category, Vocabulary vocabulary) {
        return category == null || !field.startsWith("attr.") ? Optional.empty()
                : vocabulary.category(category).flatMap(w -> w.attribute(field.substring(5)));
    }

    /** Whether a message begins by going on with the list said before it: "or Playwise", "nor navy". */
    private static boolean continuesList(String text) {
        List<String> tokens = Words.tokens(text == null ? "" : text);
        return !tokens.isEmpty() && java.util.Set.of("or", "nor").contains(tokens.get(0));
    }

    /** Whether a range's words gave both its ends ("between 100 and 200", "60–90 dB"), not one size read as a window. */
    private static boolean statedWithBothEnds(Constraint range) {
        return range.source() != null && Words.tokens(range.source()).stream()
                .map(Words::number).filter(java.util.Objects::nonNull).count() >= 2;
    }

    /**
     * "make that 6mm" after "a drop of 8 mm max": a limit restated without a bound word keeps the
     * direction of the one in effect (at most 6 mm), where the words alone would read a window
     * around 6 mm. Empty when there is no one-sided limit on that field to follow.
     */
    static Optional<Constraint> restated(Constraint read, BigDecimal said, Constraint before, String category, Vocabulary vocabulary) {
        if (before == null || (before.min() == null) == (before.max() == null)) {
            return Optional.empty();
        }
        Optional<AttributeDefinition> attribute = attribute(read.field(), category, vocabulary);
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(before.min() != null ? Constraints.number(attribute.get(), said, null, read.source())
                : Constraints.number(attribute.get(), null, said, read.source()));
    }

    /**
     * "bump the top end to 180" after "$130–$170": the edge named moves, the other stays ($130–$180).
     * So does the edge a one-sided limit moves after a range the shopper stated with both ends: "can
     * stretch to 250" after "between 100 and 200" is $100–$250. A window read around one size ("about
     * 6 qt") is not such a range: a limit after it replaces it. An edge moved past the other leaves only
     * the new one. Empty when neither applies.
     */
    static Optional<Constraint> movedEdge(Constraint before, Constraint moved, String category, Vocabulary vocabulary) {
        if (before == null || before.min() == null || before.max() == null || (moved.min() == null) == (moved.max() == null)) {
            return Optional.empty();
        }
        Optional<IntentParser.Edge> named = IntentParser.edgeOf(moved.source());
        Optional<IntentParser.Edge> moves = named.isPresent() || !statedWithBothEnds(before) ? named
                : Optional.of(moved.max() != null ? IntentParser.Edge.UPPER : IntentParser.Edge.LOWER);
        return moves.map(edge -> {
            BigDecimal min = edge == IntentParser.Edge.UPPER ? before.min() : moved.min();
            BigDecimal max = edge == IntentParser.Edge.UPPER ? moved.max() : before.max();
            if (min == null || max == null || min.compareTo(max) >= 0) {
                return moved; // "4000 mAh minimum" after "between 2500 and 4000": moved onto or past the other edge, only the new one
            }
            if (moved.field().equals("price")) {
                return Constraints.price(min, max, moved.unit(), moved.source());
            }
            return attribute(moved.field(), category, vocabulary).map(a -> Constraints.number(a, min, max, moved.source())).orElse(moved);
        });
    }

    /**
     * "actually 5 or more" after "a 4 qt air fryer", "make that 5000" after "a 4000 mAh battery": a price
     * read from a bare number that makes no sense as a price (under a third of the cheapest card shown,
     * or over three times the dearest) but is near the last quantity limit (within a factor of three of
     * it, that limit said in its display unit) revises that limit, in the direction the new words give.
     * Anything else stays a price.
     */
    static Optional<Constraint> revisedQuantity(Constraint read, SessionState state, List<SessionState.ShownItem> shown, String category,
                                                Vocabulary vocabulary) {
        if (!read.field().equals("price") || !read.hard() || shown.isEmpty() || category == null || read.min() != null && read.max() != null
                || !IntentParser.bareAmount(read.source())) {
            return Optional.empty();
        }
        BigDecimal amount = read.max() != null ? read.max() : read.min();
        BigDecimal cheapest = shown.stream().map(SessionState.ShownItem::price).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        BigDecimal dearest = shown.stream().map(SessionState.ShownItem::price).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (amount == null || cheapest == null) {
            return Optional.empty();
        }
        boolean nonsenseAsPrice = amount.multiply(BigDecimal.valueOf(3)).compareTo(cheapest) < 0
                || amount.compareTo(dearest.multiply(BigDecimal.valueOf(3))) > 0;
        // "actually make that 110 minimum" after "≥100L", with no price limit said: a floor on a price is rare,
        // a floor moved on the quantity in effect is what was meant
        boolean movedFloor = read.min() != null && read.max() == null && state.constraints().stream().noneMatch(c -> c.field().equals("price"));
        if (!nonsenseAsPrice && !movedFloor) {
            return Optional.empty();
        }
        List<Constraint> chips = new ArrayList<>(state.constraints());
        java.util.Collections.reverse(chips);
        for (Constraint chip : chips) {
            if (!chip.hard() || !chip.field().startsWith("attr.") || chip.unit() == null || chip.min() == null && chip.max() == null) {
                continue;
            }
            Optional<AttributeDefinition> attribute = vocabulary.category(category).flatMap(c -> c.attribute(chip.field().substring(5)));
            if (attribute.isEmpty() || attribute.get().displayUnit() == null) {
                return Optional.empty();
            }
            BigDecimal edge = chip.max() != null ? chip.max() : chip.min();
            boolean near = amount.multiply(BigDecimal.valueOf(3)).compareTo(edge) >= 0
                    && amount.compareTo(edge.multiply(BigDecimal.valueOf(3))) <= 0;
            Unit display = attribute.get().displayUnit();
            boolean sameUnit = Words.tokens(chip.source()).stream().anyMatch(t -> Unit.parse(t).filter(u -> u == display).isPresent());
            if (!near || !sameUnit || !nonsenseAsPrice && chip.min() == null) {
                return Optional.empty();
            }
            if (Words.tokens(read.source()).stream().noneMatch(BOUND_WORDS::contains)) {
                // "make that 5000": no bound of its own, so the limit keeps the direction it had
                return Optional.of(chip.min() != null ? Constraints.number(attribute.get(), amount, null, read.source())
                        : Constraints.number(attribute.get(), null, amount, read.source()));
            }
            return Optional.of(Constraints.number(attribute.get(), read.min(), read.max(), read.source()));
        }
        return Optional.empty();
    }

    /** Words that give a bare number a direction ("5 or more", "under 60"); "make that 5000" has none. */
    private static final java.util.Set<String> BOUND_WORDS = java.util.Set.of("under", "over", "less", "more", "max", "maximum", "min",
            "minimum", "least", "most", "below", "above", "up", "tops", "plus", "+", "lower", "higher", "bigger", "smaller", "fewer");

    /** "cheaper" → under the cheapest price shown; "quieter" → below the quietest noise shown. */
    private static Optional<Constraint> relative(Reading.Relative relative, List<SessionState.ShownItem> shown, String category,
                                                 Vocabulary vocabulary) {
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        boolean less = relative.direction() == Vocabulary.Direction.LESS;
        if (relative.card() != null && relative.card() < shown.size()) {
            shown = List.of(shown.get(relative.card())); // "cheaper than the first": that card is the edge
        }
        if (relative.field().equals("price")) {
            BigDecimal edge = less ? shown.stream().map(SessionState.ShownItem::price).min(Comparator.naturalOrder()).orElseThrow()
                    : shown.stream().map(SessionState.ShownItem::price).max(Comparator.naturalOrder()).orElseThrow();
            // "cheaper than": a cent below; "no more expensive than": the card's own price
            BigDecimal cent = relative.orEqual() ? BigDecimal.ZERO : new BigDecimal("0.01");
            BigDecimal bound = (less ? edge.subtract(cent) : edge.add(cent)).setScale(2, RoundingMode.HALF_EVEN);
            return Optional.of(less ? Constraints.price(null, bound, shown.get(0).currency(), relative.source())
                    : Constraints.price(bound, null, shown.get(0).currency(), relative.source()));
        }
        String key = relative.field().substring("attr.".length());
        Optional<AttributeDefinition> attribute = vocabulary.category(category).flatMap(c -> c.attribute(key));
        if (attribute.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> values = shown.stream().map(s -> s.number(relative.field())).flatMap(java.util.Optional::stream).toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal edge = less ? values.stream().min(Comparator.naturalOrder()).orElseThrow() : values.stream().max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal display = Constraints.display(attribute.get(), edge);
        BigDecimal step = display.ulp().max(new BigDecimal("0.1")).min(BigDecimal.ONE);
        BigDecimal bound = less ? display.subtract(step) : display.add(step);
        if (relative.orEqual()) {
            // "no heavier than the first": the card's own value, rounded so that the card itself stays within it
            BigDecimal exact = attribute.get().displayUnit() == null ? edge : attribute.get().displayUnit().fromCanonical(edge);
            bound = less ? (display.compareTo(exact) < 0 ? display.add(display.ulp()) : display)
                    : (display.compareTo(exact) > 0 ? display.subtract(display.ulp()) : display);
        }
        return Optional.of(less ? Constraints.number(attribute.get(), null, bound, relative.source())
                : Constraints.number(attribute.get(), bound, null, relative.source()));
    }
}
