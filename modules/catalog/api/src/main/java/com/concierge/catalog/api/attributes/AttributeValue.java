package com.concierge.catalog.api.attributes;

import java.math.BigDecimal;
import java.util.List;

/** A checked attribute value; numbers keep the quantity they were given and their canonical value. */
public sealed interface AttributeValue {

    /** @param source what the data said, @param canonical the value in the dimension's canonical unit (or the plain number) */
    record Number(Quantity source, BigDecimal canonical) implements AttributeValue {
    }

    record Choice(String value) implements AttributeValue {
    }

    record Flag(boolean value) implements AttributeValue {
    }

    record Text(String value) implements AttributeValue {
    }

    record Choices(List<String> values) implements AttributeValue {
        public Choices {
            values = List.copyOf(values);
        }
    }
}
