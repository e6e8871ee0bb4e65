package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.chip;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quantities said the short way: an inch mark ({@code 22"}), "in" ending its clause after a number,
 * and a limit dropped by what it measures ("forget the wattage") rather than by its label; a
 * one-word value written as two ("soft side").
 */
class MeasuresSaidShortTest {

    private static final Vocabulary MEASURED;

    static {
        List<Vocabulary.CategoryWords> categories = new ArrayList<>(IntentParserTest.VOCABULARY.categories());
        categories.add(new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                AttributeDefinition.quantity("height", "Height", Dimension.LENGTH, Unit.INCH, "250", "1000", true),
                AttributeDefinition.choice("type", "Type", true, "carry-on", "checked medium"),
                AttributeDefinition.choice("shell", "Shell", true, "hardside", "softside")), 1), List.of(), Map.of(), Set.of()));
        categories.add(new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                AttributeDefinition.quantity("blade_length", "Blade length", Dimension.LENGTH, Unit.INCH, "20", "400", true),
                AttributeDefinition.choice("style", "Style", true, "chef", "paring", "santoku")), 1), List.of(), Map.of(), Set.of()));
        MEASURED = new Vocabulary(categories, IntentParserTest.VOCABULARY.synonyms());
    }

    private static Reading read(String text, String current) {
        return new IntentParser(MEASURED, Meanings.NONE).read(text, current, List.of());
    }


    @Test
    void anInchMarkAfterANumberIsInchesNotAPrice() {
        Reading carryOn = read("carry on under 22\"", null);
        assertThat(chip(carryOn, "price")).isEmpty();
        assertThat(chip(carryOn, "attr.height")).hasValueSatisfying(c -> {
            assertThat(c.max()).isEqualByComparingTo(new BigDecimal("22"));
            assertThat(c.unit()).isEqualTo("in");
        });
        assertThat(chip(read("a 8″ chef knife", null), "attr.blade_length")).isPresent();
    }

    @Test
    void inBeforeASizeWordAfterANumberIsInches() {
        // blind corpus pp-0097: "max 22 in tall" was a price under $22
        Reading carryOn = read("Hardside carry-on, max 22 in tall, TSA lock", null);
        assertThat(chip(carryOn, "price")).isEmpty();
        assertThat(chip(carryOn, "attr.height")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo(new BigDecimal("22")));
        // "in" before anything else stays a preposition: "2 in 1", "22 in the overhead bin"
        assertThat(chip(read("carry-on that fits 22 in the overhead bin", null), "attr.height")).isEmpty();
    }

    @Test
    void inEndingItsClauseAfterANumberIsInches() {
        Reading knife = read("chef knife, blade 7-8 in, not carbon", null);
        assertThat(chip(knife, "price")).isEmpty();
        assertThat(chip(knife, "attr.blade_length")).hasValueSatisfying(c -> {
            assertThat(c.min()).isEqualByComparingTo(new BigDecimal("7"));
            assertThat(c.max()).isEqualByComparingTo(new BigDecimal("8"));
        });
        // "in" going on to something else is the preposition: "a 2 in 1 knife" measures nothing
        assertThat(read("a 2 in 1 knife", null).constraints()).noneMatch(c -> c.field().equals("attr.blade_length") || c.field().equals("price"));
    }

    @Test
    void aLimitIsDroppedByTheQuantityItMeasures() {
        assertThat(read("forget the wattage", "blenders").removals()).containsExactly("attr.power");
        assertThat(read("scratch the wattage limit", "blenders").removals()).containsExactly("attr.power");
        assertThat(read("nvm the noise", "blenders").removals()).containsExactly("attr.noise");
        assertThat(read("drop the watts", "blenders").removals()).containsExactly("attr.power");
        assertThat(read("forget the height", "luggage").removals()).containsExactly("attr.height");
        // "scratch that" takes back what was said; it names no limit
        assertThat(read("scratch that, a glass jar", "blenders").removals()).isEmpty();
    }

    @Test
    void aOneWordValueWrittenAsTwoWordsIsThatValue() {
        assertThat(chip(read("soft side, and expandable", "luggage"), "attr.shell"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("softside"));
        assertThat(chip(read("a hard side carry on", null), "attr.shell"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("hardside"));
    }
}
