package com.concierge.catalog.internal;

import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An attribute value as stored in the product's JSON column: the canonical number (what filters,
 * facets and reason rules use) next to the text the source gave, or the checked text, flag or list.
 *
 * @param type      the schema type it was checked against
 * @param number    NUMBER: the value in the dimension's canonical unit (or the plain number)
 * @param unit      NUMBER with a dimension: canonical unit symbol
 * @param source    what the product data said ("64 fl oz", "Yes")
 * @param text      ENUM: the allowed value as the schema spells it; TEXT: the text
 * @param flag      BOOLEAN
 * @param values    LIST
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredValue(AttributeType type, BigDecimal number, String unit, String source, String text, Boolean flag,
                          List<String> values) {

    public static StoredValue of(AttributeValue value, String source) {
        return switch (value) {
            case AttributeValue.Number n -> new StoredValue(AttributeType.NUMBER, n.canonical().stripTrailingZeros(),
                    n.source() == null ? null : n.source().dimension().canonicalUnit().symbol(), source, null, null, null);
            case AttributeValue.Choice c -> new StoredValue(AttributeType.ENUM, null, null, source, c.value(), null, null);
            case AttributeValue.Flag f -> new StoredValue(AttributeType.BOOLEAN, null, null, source, null, f.value(), null);
            case AttributeValue.Text t -> new StoredValue(AttributeType.TEXT, null, null, source, t.value(), null, null);
            case AttributeValue.Choices c -> new StoredValue(AttributeType.LIST, null, null, source, null, null, c.values());
        };
    }

    /** The value as a plain Java object: BigDecimal (canonical unit), String, Boolean or a list of strings. */
    public Object plain() {
        return switch (type) {
            case NUMBER -> number;
            case ENUM, TEXT -> text;
            case BOOLEAN -> flag;
            case LIST -> values;
        };
    }

    /** Back to the checked value the reason rules read. */
    public AttributeValue toValue() {
        return switch (type) {
            case NUMBER -> new AttributeValue.Number(sourceQuantity(), number);
            case ENUM -> new AttributeValue.Choice(text);
            case BOOLEAN -> new AttributeValue.Flag(flag);
            case TEXT -> new AttributeValue.Text(text);
            case LIST -> new AttributeValue.Choices(values);
        };
    }

    private Quantity sourceQuantity() {
        try {
            return Quantity.parse(source);
        } catch (IllegalArgumentException e) {
            Unit canonical = unit == null ? null : Unit.parse(unit).orElse(null);
            return canonical == null ? null : new Quantity(number, canonical);
        }
    }

    /** The terms a facet counts and a value filter matches: the enum value, each list value, "yes"/"no". */
    public List<String> terms() {
        return switch (type) {
            case ENUM -> List.of(text);
            case BOOLEAN -> List.of(flag ? "yes" : "no");
            case LIST -> values;
            case NUMBER, TEXT -> List.of();
        };
    }

    ProductDetails.Attribute toView(String key, AttributeDefinition definition) {
        String label = definition == null ? key : definition.label();
        return switch (type) {
            case NUMBER -> new ProductDetails.Attribute(key, label, type, number, unit, display(definition), source);
            case ENUM, TEXT -> new ProductDetails.Attribute(key, label, type, text, null, text, source);
            case BOOLEAN -> new ProductDetails.Attribute(key, label, type, flag, null, flag ? "yes" : "no", source);
            case LIST -> new ProductDetails.Attribute(key, label, type, values, null, String.join(", ", values), source);
        };
    }

    /** The number in the attribute's display unit, rounded for people ("1.89 L"). */
    private String display(AttributeDefinition definition) {
        if (unit == null || definition == null || definition.displayUnit() == null) {
            return number.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
        }
        Unit shown = definition.displayUnit();
        BigDecimal value = shown.fromCanonical(number);
        BigDecimal rounded = value.abs().compareTo(BigDecimal.TEN) >= 0 ? value.setScale(0, RoundingMode.HALF_EVEN)
                : value.setScale(2, RoundingMode.HALF_EVEN);
        return rounded.stripTrailingZeros().toPlainString() + " " + shown.symbol();
    }
}
