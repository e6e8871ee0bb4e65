package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.chip;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
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
 * Limits said without the words the parser first learned: a number whose unit the attribute said before it gives
 * ("noise up to 80", "it can be a bit louder, up to 80"), number words with a unit and a bound after them, "a couple
 * of kilos", how firm a limit is ("my absolute ceiling"), a value refused after it is said ("Vortex is out"), a
 * message that opens with a sound before "or", and a lead said missing in the words of another category
 * ("cordless earbuds", "no cable"), and a resistance said as an adjective ("sweat-proof").
 */
class LimitsSaidLooselyTest {

    private static final Vocabulary LEADS;

    static {
        List<Vocabulary.CategoryWords> categories = new ArrayList<>(IntentParserTest.VOCABULARY.categories());
        categories.add(new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                AttributeDefinition.flag("wireless", "Wireless", true),
                AttributeDefinition.choice("form", "Form", true, "in-ear", "over-ear"),
                AttributeDefinition.choice("water_resistance", "Water resistance", false, "none", "IPX4", "IPX5", "IPX7")), 1), List.of(), Map.of(), Set.of()));
        categories.add(new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                AttributeDefinition.choice("cord", "Cord", true, "cordless", "corded"),
                AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "500", "15000", true)), 1),
                List.of(), Map.of(), Set.of()));
        LEADS = new Vocabulary(categories, List.of());
    }

    private static Reading read(String text, String current) {
        return IntentParserTest.read(text, current);
    }

    @Test
    void aNumberWithoutAUnitIsInTheUnitOfTheAttributeSaidJustBeforeIt() {
        assertThat(chip(read("a blender, noise up to 80", null), "attr.noise")).hasValueSatisfying(c -> {
            assertThat(c.max()).isEqualByComparingTo("80");
            assertThat(c.unit()).isEqualTo("dB");
        });
        Reading louder = read("ok it can be a bit louder, up to 80", "blenders");
        assertThat(chip(louder, "price")).as("80 is a noise here, not dollars").isEmpty();
        assertThat(chip(louder, "attr.noise")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("80"));
        assertThat(chip(read("quieter than that, 52 max", "blenders"), "attr.noise")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("52"));
        // "no louder than 60" is a cap, and a second limit after a comma is no range with it
        Reading two = read("a blender no louder than 60, and 2 litres or more", null);
        assertThat(chip(two, "attr.noise")).hasValueSatisfying(c -> {
            assertThat(c.min()).isNull();
            assertThat(c.max()).isEqualByComparingTo("60");
        });
        assertThat(chip(two, "attr.jar_capacity")).hasValueSatisfying(c -> assertThat(c.min()).isEqualByComparingTo("2"));
        // a number no blender's noise can be stays money, and so does one before a comparative said of a noun
        assertThat(chip(read("a blender, louder is fine, up to 200", null), "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("200"));
        assertThat(chip(read("a quieter blender under 80", null), "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("80"));
    }

    @Test
    void numberWordsWithAUnitAndABoundAfterThemAreALimit() {
        assertThat(chip(read("a blender, seventy decibels max", null), "attr.noise")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("70"));
        assertThat(chip(read("a blender, two litres minimum", null), "attr.jar_capacity")).hasValueSatisfying(c -> assertThat(c.min()).isEqualByComparingTo("2"));
        assertThat(Words.money("it shouldn't weigh more than a couple of kilos")).isEqualTo("it shouldn't weigh more than 2 kilos");
        assertThat(Words.money("for a couple of friends")).as("no unit, no amount").isEqualTo("for a couple of friends");
    }

    @Test
    void howFirmALimitIsSaysNothingMoreThanTheLimit() {
        assertThat(chip(read("a blender, 120 is my absolute ceiling", null), "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("120"));
        assertThat(chip(read("a blender, 120 is the hard limit", null), "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("120"));
    }

    @Test
    void aValueRefusedAfterItIsSaidIsExcluded() {
        for (String said : List.of("a blender, Vortex is out", "a blender, Vortex's out", "Vortex's out too")) {
            assertThat(chip(read(said, "blenders"), "brand")).as(said).hasValueSatisfying(c -> {
                assertThat(c.operator()).isEqualTo(Constraint.Operator.NONE_OF);
                assertThat(c.values()).containsExactly("Vortex");
            });
            assertThat(read(said, "blenders").unknown()).as(said).isEmpty();
        }
        assertThat(chip(read("a blender, glass is a no", null), "attr.jar_material"))
                .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(Constraint.Operator.NONE_OF));
        assertThat(chip(read("Calma blender, I'm going out tonight", null), "brand"))
                .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(Constraint.Operator.ANY_OF));
    }

    @Test
    void aSoundBeforeOrStillAddsToTheChoice() {
        assertThat(read("hmm, or Calma", "blenders").adds()).isTrue();
        assertThat(read("Calma then", "blenders").adds()).isFalse();
    }

    @Test
    void aLeadSaidMissingIsTheCategorysOwnWordForIt() {
        IntentParser parser = new IntentParser(LEADS, Meanings.NONE);
        for (String said : List.of("cordless headphones", "headphones with no cable", "headphones that don't have a cord")) {
            Reading reading = parser.read(said, null, List.of());
            assertThat(reading.category()).as(said).isEqualTo("headphones");
            assertThat(chip(reading, "attr.wireless")).as(said).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("yes"));
        }
        for (String said : List.of("a wireless vacuum", "a vacuum that does not have a cord")) {
            Reading reading = parser.read(said, null, List.of());
            assertThat(chip(reading, "attr.cord")).as(said).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("cordless"));
        }
    }

    @Test
    void aResistanceSaidAsAnAdjectiveIsAnyGradeOfIt() {
        IntentParser parser = new IntentParser(LEADS, Meanings.NONE);
        for (String said : List.of("sweatproof headphones", "water resistant headphones", "headphones, sweat-proof please", "splash resistant headphones")) {
            assertThat(chip(parser.read(said, null, List.of()), "attr.water_resistance")).as(said)
                    .hasValueSatisfying(c -> assertThat(c.values()).containsExactlyInAnyOrder("IPX4", "IPX5", "IPX7"));
        }
        assertThat(chip(parser.read("headphones, they don't need to be water resistant", null, List.of()), "attr.water_resistance")).isEmpty();
    }

    @Test
    void aValueFollowedByOkEndingItsClauseIsAcceptedNotRequired() {
        Reading glassOk = read("a blender, glass ok, under 100", null);
        assertThat(chip(glassOk, "attr.jar_material")).isEmpty();
        assertThat(chip(glassOk, "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("100"));
        assertThat(chip(read("a blender, glass, ok", null), "attr.jar_material")).as("a new clause's ok says nothing of glass").isPresent();
    }

    @Test
    void aCountSaidOnlyAsThereOrNotIsAtLeastOneOrNone() {
        Vocabulary bags = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                new AttributeDefinition("wheels", "Wheels", com.concierge.catalog.api.attributes.AttributeType.NUMBER, null, null, BigDecimal.ZERO,
                        BigDecimal.valueOf(8), Set.of(), true),
                AttributeDefinition.choice("type", "Type", true, "duffel", "backpack")), 1), List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(bags, Meanings.NONE);
        assertThat(chip(parser.read("a duffel with wheels", null, List.of()), "attr.wheels")).hasValueSatisfying(c -> {
            assertThat(c.min()).isEqualByComparingTo("1");
            assertThat(c.max()).isNull();
        });
        for (String said : List.of("a backpack, no wheels", "a duffel without wheels")) {
            assertThat(chip(parser.read(said, null, List.of()), "attr.wheels")).as(said).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("0"));
        }
        assertThat(chip(parser.read("a duffel with 2 wheels", null, List.of()), "attr.wheels")).hasValueSatisfying(c -> assertThat(c.min()).isNotEqualByComparingTo("1"));
    }

    @Test
    void whatIsNotAMustOrNotBotheredAboutIsDropped() {
        for (String said : List.of("dishwasher safe isnt a must actually", "dishwasher safe is not a dealbreaker", "not bothered about dishwasher safe")) {
            Reading dropped = read(said, "blenders");
            assertThat(dropped.removals()).as(said).containsExactly("attr.dishwasher_safe");
            assertThat(chip(dropped, "attr.dishwasher_safe")).as(said).isEmpty();
        }
        Reading glass = read("a blender, not bothered about dishwasher safe, glass jar", null);
        assertThat(chip(glass, "attr.dishwasher_safe")).isEmpty();
        assertThat(chip(glass, "attr.jar_material")).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("glass"));
    }
}
