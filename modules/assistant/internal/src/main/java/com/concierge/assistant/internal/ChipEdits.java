package com.concierge.assistant.internal;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.catalog.api.attributes.AttributeDefinition;

import com.concierge.catalog.api.attributes.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chip's new value, read by the chip's kind; a value that does not fit is refused with the reason. */
final class ChipEdits {

    /** The largest price a chip takes: any more is no price (and no longer fits the money columns). */
    static final BigDecimal LARGEST = new BigDecimal("100000000");

    private ChipEdits() {
    }

    static Constraint edit(Constraint chip, String value, Optional<Vocabulary.CategoryWords> category) {
        String text = value.strip();
        if (!chip.hard()) {
            throw new IllegalArgumentException("'" + chip.text() + "' is a preference; it can be removed, not changed");
        }
        String source = "edited: " + text;
        if (chip.field().equals("price")) {
            List<BigDecimal> numbers = numbers(text.replace("$", ""), "a price");
            return numbers.size() == 2 ? Constraints.price(numbers.get(0).min(numbers.get(1)), numbers.get(0).max(numbers.get(1)), chip.unit(), source)
                    : chip.operator() == Constraint.Operator.AT_LEAST ? Constraints.price(numbers.get(0), null, chip.unit(), source)
                    : Constraints.price(null, numbers.get(0), chip.unit(), source);
        }
        if (chip.field().startsWith("attr.")) {
            AttributeDefinition attribute = category.flatMap(c -> c.attribute(chip.field().substring(5)))
                    .orElseThrow(() -> new IllegalArgumentException("the category no longer has " + chip.label()));
            return switch (attribute.type()) {
                case NUMBER -> {
                    List<BigDecimal> numbers = new ArrayList<>();
                    for (String part : text.split("\\s*(?:–|-|to|\\.\\.)\\s*")) {
                        numbers.add(number(attribute, part));
                    }
                    if (numbers.size() == 2) {
                        yield Constraints.number(attribute, numbers.get(0).min(numbers.get(1)), numbers.get(0).max(numbers.get(1)), source);
                    }
                    yield chip.operator() == Constraint.Operator.AT_LEAST ? Constraints.number(attribute, numbers.get(0), null, source)
                            : Constraints.number(attribute, null, numbers.get(0), source);
                }
                case BOOLEAN -> {
                    String v = text.toLowerCase(java.util.Locale.ROOT);
                    if (!v.equals("yes") && !v.equals("no")) {
                        throw new IllegalArgumentException(attribute.label() + " takes yes or no, not '" + text + "'");
                    }
                    yield Constraints.choice(attribute, List.of("yes"), v.equals("no"), source);
                }
                default -> {
                    List<String> values = new ArrayList<>();
                    for (String part : text.split("\\s*,\\s*")) {
                        values.add(attribute.allowedValues().stream().filter(a -> a.equalsIgnoreCase(part)).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("'" + part + "' is not one of " + String.join(", ", attribute.sortedAllowedValues()))));
                    }
                    yield Constraints.choice(attribute, values, chip.operator() == Constraint.Operator.NONE_OF, source);
                }
            };
        }
        List<String> values = List.of(text.split("\\s*,\\s*"));
        if (chip.field().startsWith("option.")) {
            String name = chip.field().substring(7);
            var known = category.map(c -> c.options().get(name)).orElse(null);
            for (String v : values) {
                if (known != null && !known.contains(v)) {
                    throw new IllegalArgumentException("'" + v + "' is not a " + name + " this category comes in (" + String.join(", ", known) + ")");
                }
            }
            return Constraints.option(name, values, chip.operator() == Constraint.Operator.NONE_OF, source);
        }
        if (chip.field().equals("brand")) {
            return Constraints.brand(values, chip.operator() == Constraint.Operator.NONE_OF, source);
        }
        throw new IllegalArgumentException("'" + chip.text() + "' cannot be edited");
    }

    private static BigDecimal number(AttributeDefinition attribute, String part) {
        if (part.strip().matches("\\d{1,12}(?:\\.\\d{1,6})?")) {
            return new BigDecimal(part.strip());
        }
        try {
            return Constraints.inDisplayUnit(attribute, Quantity.parse(part));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(attribute.label() + ": " + e.getMessage());
        }
    }

    private static List<BigDecimal> numbers(String text, String what) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (String part : text.split("\\s*(?:–|-|to|\\.\\.)\\s*")) {
            try {
                numbers.add(new BigDecimal(part.strip().replace(",", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not " + what + "; write a number like 120 or a range like 50-100");
            }
        }
        if (numbers.isEmpty() || numbers.size() > 2 || numbers.stream().anyMatch(n -> n.signum() < 0)) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + "; write a number like 120 or a range like 50-100");
        }
        if (numbers.stream().anyMatch(n -> n.compareTo(LARGEST) > 0 || n.scale() > 2)) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + " this store can look for: at most " + LARGEST.toPlainString()
                    + ", with at most two decimals");
        }
        return numbers;
    }
}
