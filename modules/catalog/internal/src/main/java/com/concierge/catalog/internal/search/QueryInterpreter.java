package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.search.SearchResults.Interpretation;
import com.concierge.catalog.api.search.Synonym;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shopper's words with the catalog's vocabulary: synonym words widen the full-text
 * match, reason and attribute synonyms become filters, and quantities ("2 qt", "64oz") become a
 * ±10% range on the attributes of that dimension. What was read is reported so a page can show
 * it and the shopper can undo it.
 */
final class QueryInterpreter {

    /** How far a quantity in the query may be from a product's value and still match. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.10");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern GLUED = Pattern.compile("(\\d+(?:[.,]\\d+)?)([a-z°\"]+)");
    private static final int LONGEST_TERM = 3;

    /** @param text what is left for full-text matching, in simple-query-string syntax (blank: match all) */
    record Reading(String text, Set<String> reasonCodes, Map<String, Set<String>> attributeTerms, List<QuantityFilter> quantities,
                   List<Interpretation> interpretations) {
    }

    /** Any of {@code attributes} lies between min and max (canonical unit). */
    record QuantityFilter(List<String> attributes, BigDecimal min, BigDecimal max) {
    }

    private final Map<String, Synonym> synonyms = new LinkedHashMap<>();
    private final Collection<CategoryDefinition> categories;

    QueryInterpreter(Collection<Synonym> synonyms, Collection<CategoryDefinition> categories) {
        synonyms.forEach(s -> this.synonyms.put(s.term(), s));
        this.categories = List.copyOf(categories);
    }

    Reading read(String query, String category) {
        String[] tokens = query.toLowerCase(Locale.ROOT).replaceAll("[+|\"*()~\\\\]", " ").replaceAll("(^|\\s)-+", " ")
                .strip().split("\\s+");
        List<String> words = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        Map<String, Set<String>> attributes = new LinkedHashMap<>();
        List<QuantityFilter> quantities = new ArrayList<>();
        List<Interpretation> interpretations = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].isEmpty()) {
                continue;
            }
            Optional<QuantityAt> quantity = quantityAt(tokens, i);
            if (quantity.isPresent()) {
                Quantity q = quantity.get().quantity();
                List<AttributeDefinition> measured = measuring(q.unit(), category);
                if (measured.isEmpty() && q.unit() == Unit.OUNCE) { // shoppers write "64 oz" for a 64 fl oz jar
                    q = new Quantity(q.value(), Unit.FLUID_OUNCE);
                    measured = measuring(q.unit(), category);
                }
                if (!measured.isEmpty()) {
                    BigDecimal canonical = q.canonicalValue();
                    BigDecimal slack = canonical.abs().multiply(TOLERANCE);
                    quantities.add(new QuantityFilter(measured.stream().map(AttributeDefinition::key).distinct().toList(),
                            canonical.subtract(slack), canonical.add(slack)));
                    AttributeDefinition first = measured.get(0);
                    Unit shown = first.displayUnit() == null ? q.unit() : first.displayUnit();
                    interpretations.add(new Interpretation(q.toString(), measured.stream().map(AttributeDefinition::label).distinct()
                            .reduce((a, b) -> a + " or " + b).orElseThrow() + " " + round(shown.fromCanonical(canonical.subtract(slack)))
                            + "–" + round(shown.fromCanonical(canonical.add(slack))) + " " + shown.symbol()));
                    i += quantity.get().tokens() - 1;
                    continue;
                }
            }
            Synonym synonym = null;
            int length = 0;
            for (int n = Math.min(LONGEST_TERM, tokens.length - i); n >= 1 && synonym == null; n--) {
                synonym = synonyms.get(String.join(" ", List.of(tokens).subList(i, i + n)));
                length = n;
            }
            if (synonym == null) {
                words.add(tokens[i]);
                continue;
            }
            switch (synonym.kind()) {
                case WORDS -> {
                    words.add("(" + quoted(synonym.term()) + " | " + quoted(synonym.target().toLowerCase(Locale.ROOT)) + ")");
                    interpretations.add(new Interpretation(synonym.term(), "also " + synonym.target()));
                }
                case REASON -> {
                    reasons.add(synonym.target());
                    interpretations.add(new Interpretation(synonym.term(), "reason code " + synonym.target()));
                }
                case ATTRIBUTE -> {
                    String[] pair = synonym.target().split("=", 2);
                    attributes.computeIfAbsent(pair[0], k -> new LinkedHashSet<>()).add(pair[1].strip());
                    interpretations.add(new Interpretation(synonym.term(), pair[0] + " = " + pair[1].strip()));
                }
            }
            i += length - 1;
        }
        return new Reading(String.join(" ", words), reasons, attributes, quantities, interpretations);
    }

    private record QuantityAt(Quantity quantity, int tokens) {
    }

    /** "2 qt", "64 fl oz", "64oz" at token i; "2 in 1" is not two inches. */
    private static Optional<QuantityAt> quantityAt(String[] tokens, int i) {
        Matcher glued = GLUED.matcher(tokens[i]);
        if (glued.matches()) {
            return Unit.parse(glued.group(2)).map(unit -> new QuantityAt(Quantity.parse(glued.group(1) + " " + unit.symbol()), 1));
        }
        if (!NUMBER.matcher(tokens[i]).matches() || i + 1 >= tokens.length) {
            return Optional.empty();
        }
        if (i + 2 < tokens.length) {
            Optional<Unit> twoWords = Unit.parse(tokens[i + 1] + " " + tokens[i + 2]);
            if (twoWords.isPresent()) {
                return Optional.of(new QuantityAt(Quantity.parse(tokens[i] + " " + twoWords.get().symbol()), 3));
            }
            if (tokens[i + 1].equals("in") && NUMBER.matcher(tokens[i + 2]).matches()) {
                return Optional.empty();
            }
        }
        return Unit.parse(tokens[i + 1]).map(unit -> new QuantityAt(Quantity.parse(tokens[i] + " " + unit.symbol()), 2));
    }

    /** Number attributes measuring the unit's dimension, in the category searched (or in any). */
    private List<AttributeDefinition> measuring(Unit unit, String category) {
        return categories.stream().filter(c -> category == null || c.key().equals(category))
                .flatMap(c -> c.attributes().stream())
                .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() == unit.dimension())
                .toList();
    }

    private static String quoted(String words) {
        return words.contains(" ") ? "\"" + words + "\"" : words;
    }

    private static String round(BigDecimal value) {
        return value.setScale(value.abs().compareTo(BigDecimal.TEN) >= 0 ? 0 : 1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
