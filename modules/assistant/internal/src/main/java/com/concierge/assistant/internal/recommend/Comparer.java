package com.concierge.assistant.internal.recommend;

import com.concierge.assistant.api.Answer;
import com.concierge.assistant.api.Comparison;
import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.session.SessionState;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Products side by side: price, rating and every attribute of their category, in display units,
 * the shopper's priorities first. "Better" is only defined where the catalog defines it: price
 * (lower), rating (higher), and attributes a reason code ranks (quiet: lower noise; powerful:
 * higher power).
 */
public final class Comparer {

    private final Vocabulary vocabulary;

    public Comparer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Comparison compare(List<ProductDetails> products, List<String> priorities) {
        List<Comparison.Item> items = products.stream().map(p -> new Comparison.Item(p.id(), p.title(), p.brand(), p.fromPrice())).toList();
        Map<String, Comparison.Row> rows = new LinkedHashMap<>();
        rows.put("price", numericRow("price", "Price", products.stream().map(p -> p.fromPrice().amount()).toList(),
                products.stream().map(p -> Constraints.money(p.fromPrice())).toList(), "USD", Vocabulary.Direction.LESS, priorities.contains("price")));
        rows.put("rating", numericRow("rating", "Rating", products.stream().map(p -> p.rating()).toList(),
                products.stream().map(p -> p.rating() == null ? null : Constraints.plain(p.rating())).toList(), null,
                Vocabulary.Direction.MORE, priorities.contains("rating")));
        Map<String, Vocabulary.Direction> directions = new LinkedHashMap<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (ProductDetails p : products) {
            Optional<Vocabulary.CategoryWords> category = p.category() == null ? Optional.empty() : vocabulary.category(p.category());
            category.ifPresent(c -> {
                c.reasons().stream().filter(r -> r.attribute() != null && r.direction() != null).forEach(r -> directions.putIfAbsent(r.attribute(), r.direction()));
                c.definition().attributes().stream().filter(a -> attributes.stream().noneMatch(x -> x.key().equals(a.key()))).forEach(attributes::add);
            });
        }
        for (AttributeDefinition a : attributes) {
            List<BigDecimal> numbers = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (ProductDetails p : products) {
                Optional<ProductDetails.Attribute> v = p.attribute(a.key());
                numbers.add(v.map(ProductDetails.Attribute::value).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast).orElse(null));
                shown.add(v.map(ProductDetails.Attribute::display).orElse(null));
            }
            if (shown.stream().allMatch(s -> s == null)) {
                continue;
            }
            String unit = a.displayUnit() == null ? null : a.displayUnit().symbol();
            rows.put(a.key(), numericRow(a.key(), a.label(), numbers, shown, unit, directions.get(a.key()), priorities.contains(a.key())));
        }
        List<Comparison.Row> ordered = new ArrayList<>();
        rows.values().stream().filter(Comparison.Row::priority).forEach(ordered::add);
        rows.values().stream().filter(r -> !r.priority()).forEach(ordered::add);
        return new Comparison(items, ordered, verdict(items, ordered));
    }

    private static Comparison.Row numericRow(String field, String label, List<BigDecimal> numbers, List<String> shown, String unit,
                                             Vocabulary.Direction direction, boolean priority) {
        Integer best = null;
        if (direction != null && numbers.stream().allMatch(n -> n != null) && numbers.stream().distinct().count() > 1) {
            best = 0;
            for (int i = 1; i < numbers.size(); i++) {
                int cmp = numbers.get(i).compareTo(numbers.get(best));
                if (direction == Vocabulary.Direction.LESS ? cmp < 0 : cmp > 0) {
                    best = i;
                }
            }
            final int chosen = best;
            if (numbers.stream().filter(n -> n.compareTo(numbers.get(chosen)) == 0).count() > 1) {
                best = null; // a tie is not a win
            }
        }
        return new Comparison.Row(field, label, unit, shown, best, priority);
    }

    /** Who wins what, the shopper's priorities first: "The A costs $30 less; the B wins on noise at full speed (52 dB vs 60 dB)." */
    private static String verdict(List<Comparison.Item> items, List<Comparison.Row> rows) {
        Map<Integer, List<Comparison.Row>> wins = new LinkedHashMap<>();
        for (Comparison.Row row : rows) {
            if (row.best() != null) {
                wins.computeIfAbsent(row.best(), k -> new ArrayList<>()).add(row);
            }
        }
        if (wins.isEmpty()) {
            return "On the data the store has, these are even; nothing sets one apart.";
        }
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<Integer, List<Comparison.Row>> e : wins.entrySet()) {
            Comparison.Item item = items.get(e.getKey());
            List<String> what = e.getValue().stream().limit(3).map(r -> r.label().toLowerCase(Locale.ROOT) + " (" + r.values().get(e.getKey())
                    + ")").toList();
            sentences.add("the " + item.title() + " wins on " + String.join(", ", what));
        }
        List<Integer> losers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!wins.containsKey(i)) {
                losers.add(i);
            }
        }
        String text = String.join("; ", sentences);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
        if (wins.size() > 1) {
            text += " The tradeoff: " + wins.keySet().stream().map(i -> items.get(i).title() + " for " + wins.get(i).get(0).label().toLowerCase(Locale.ROOT))
                    .reduce((a, b) -> a + ", " + b).orElse("") + ".";
        }
        if (!losers.isEmpty()) {
            text += " " + losers.stream().map(i -> "The " + items.get(i).title()).reduce((a, b) -> a + " and " + b).orElseThrow()
                    + " leads on none of the compared measures.";
        }
        return text;
    }

    /**
     * "Which one is the quietest?", "which is the cheapest?": the card shown that is best on the
     * field asked, named with its value and the others' values, from the cards' own data. Empty when
     * fewer than two cards state the value.
     */
    public static Optional<Answer> acrossShown(Constraint asked, List<SessionState.ShownItem> shown, Optional<Vocabulary.CategoryWords> category,
                                               String question) {
        boolean less = asked.operator() == Constraint.Operator.PREFER_LESS;
        String field = asked.field();
        Optional<AttributeDefinition> attribute = field.startsWith("attr.")
                ? category.flatMap(c -> c.attribute(field.substring("attr.".length()))) : Optional.empty();
        if (field.startsWith("attr.") && attribute.isEmpty()) {
            return Optional.empty();
        }
        Map<SessionState.ShownItem, BigDecimal> values = new LinkedHashMap<>();
        for (SessionState.ShownItem item : shown) {
            item.number(field).ifPresent(v -> values.put(item, v));
        }
        if (values.size() < 2) {
            return Optional.empty();
        }
        SessionState.ShownItem best = values.entrySet().stream()
                .min((a, b) -> less ? a.getValue().compareTo(b.getValue()) : b.getValue().compareTo(a.getValue())).orElseThrow().getKey();
        java.util.function.Function<SessionState.ShownItem, String> said = item -> field.equals("price")
                ? Constraints.money(values.get(item), item.currency())
                : field.equals("rating") ? "rated " + Constraints.plain(values.get(item))
                : Constraints.plain(Constraints.display(attribute.get(), values.get(item)))
                        + (attribute.get().displayUnit() == null ? "" : " " + attribute.get().displayUnit().symbol());
        String label = field.equals("price") || field.equals("rating") ? field : attribute.get().label().toLowerCase(Locale.ROOT);
        String word = field.equals("price") ? (less ? "cheapest" : "most expensive")
                : field.equals("rating") ? (less ? "lowest rated" : "best rated") : (less ? "lowest " : "highest ") + label;
        List<String> others = new ArrayList<>();
        values.keySet().stream().filter(i -> i != best).forEach(i -> others.add("the " + i.title() + ": " + said.apply(i)));
        String text = "Of the products shown, the " + word + " is the " + best.title() + " (" + said.apply(best) + "); "
                + String.join("; ", others) + ".";
        List<Evidence> citations = values.keySet().stream().map(i -> new Evidence(Evidence.Kind.ATTRIBUTE,
                i.product() + "/" + (field.startsWith("attr.") ? field.substring("attr.".length()) : field), i.title() + ": " + said.apply(i))).toList();
        return Optional.of(new Answer(best.product(), question, true, text, citations));
    }
}
