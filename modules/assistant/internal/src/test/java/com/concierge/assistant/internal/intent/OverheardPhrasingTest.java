package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static com.concierge.assistant.internal.intent.IntentParserTest.constraint;
import static com.concierge.assistant.internal.intent.IntentParserTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ways of saying a limit that a third set of shopper messages written blind to the parser
 * (corpus-wild, corpus-street) showed it misreading: a negation or a refusal around a bound, the
 * attribute named between the bound and its number, a removal word that is a comparative, a time
 * of day, asking whether the store sells a thing, colour questions about the cards shown.
 */
class OverheardPhrasingTest {

    private static final Vocabulary SHOES_AND_BAGS = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("running-shoes", "Running shoes", List.of(
                    AttributeDefinition.quantity("drop", "Heel-to-toe drop", Dimension.LENGTH, Unit.MILLIMETRE, "0", "14", true)), 1),
                    List.of(), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                    AttributeDefinition.choice("type", "Type", true, "carry-on", "checked medium"),
                    AttributeDefinition.quantity("height", "Height", Dimension.LENGTH, Unit.INCH, "10", "40", true),
                    AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "1", "20", true)), 1),
                    List.of(), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                    AttributeDefinition.choice("kind", "Kind", true, "video doorbell", "smart plug"),
                    AttributeDefinition.flag("subscription_required", "Subscription required", true)), 1),
                    List.of(), Map.of(), Set.of())),
            List.of());

    @Test
    void aProductTypeSaidFirstIsTheThingAndTheOneAfterDescribesIt() {
        Vocabulary home = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                AttributeDefinition.choice("kind", "Kind", true, "video doorbell", "camera", "smart plug")), 1),
                List.of(), Map.of(), Set.of())), List.of());
        for (String said : List.of("a doorbell camera, battery powered", "looking for one of those doorbells with a camera in it",
                "wired doorbell camera in charcoal")) {
            Reading r = new IntentParser(home, Meanings.NONE).read(said, null, List.of());
            assertThat(r.constraints()).as(said).anyMatch(c -> c.field().equals("attr.kind") && c.values().equals(List.of("video doorbell")));
        }
        Reading camera = new IntentParser(home, Meanings.NONE).read("an outdoor camera", null, List.of());
        assertThat(camera.constraints()).anyMatch(c -> c.field().equals("attr.kind") && c.values().equals(List.of("camera")));
    }

    private static Reading shoes(String text, String current) {
        return new IntentParser(SHOES_AND_BAGS, Meanings.NONE).read(text, current, List.of());
    }

    @Test
    void aRefusalAroundABoundKeepsItACap() {
        Constraint shown = constraint(read("blender. Don't show me anything above $300", null), "price");
        assertThat(shown.max()).isEqualByComparingTo("300");
        assertThat(shown.min()).isNull();
        Constraint past = constraint(read("can you go lower? honestly anything past $100 is too much", "blenders"), "price");
        assertThat(past.max()).isEqualByComparingTo("100");
        assertThat(past.min()).isNull();
        assertThat(constraint(read("nothing? fine, raise the budget to 450", "blenders"), "price").max()).isEqualByComparingTo("450");
    }

    @Test
    void theAttributeMayStandBetweenTheBoundAndTheNumber() {
        Constraint height = constraint(shoes("carry-on luggage, max height 55 cm for the airline", null), "attr.height");
        assertThat(height.max()).isBetween(new java.math.BigDecimal("21.6"), new java.math.BigDecimal("21.7"));
        assertThat(height.min()).isNull();
        Constraint drop = constraint(shoes("running shoes, the drop needs to be 8mm or more", null), "attr.drop");
        assertThat(drop.min()).isEqualByComparingTo("8");
        Constraint range = constraint(shoes("road running shoes, drop from 6 to 10 mm", null), "attr.drop");
        assertThat(range.min()).isEqualByComparingTo("6");
        assertThat(range.max()).isEqualByComparingTo("10");
        assertThat(shoes("running shoes, drop the $150 limit", "running-shoes").removals()).containsExactly("price");
    }

    @Test
    void noLongerThanIsALengthNotARemoval() {
        Reading r = read("blender, jar no longer than 2 litres and dishwasher safe", null);
        assertThat(r.removals()).isEmpty();
        assertThat(constraint(r, "attr.jar_capacity").max()).isEqualByComparingTo("2");
        assertThat(constraint(r, "attr.dishwasher_safe").values()).containsExactly("yes");
    }

    @Test
    void refusingToPayForAThingIsTheFlagTheOtherWay() {
        for (String said : List.of("video doorbell, I will NOT be paying a subscription", "video doorbell, I refuse to pay a subscription",
                "video doorbell. not paying a subscription for anything")) {
            Constraint flag = constraint(shoes(said, null), "attr.subscription_required");
            assertThat(flag.values()).as(said).containsExactly("no");
        }
    }

    @Test
    void numbersThatAreNoLimits() {
        assertThat(read("quiet blender for early mornings, the baby's asleep till 7", null).constraints())
                .noneMatch(c -> c.field().equals("price"));
        assertThat(shoes("carry-on, my old one from 2009 sounds like a truck", null).constraints()).noneMatch(c -> c.field().equals("attr.weight"));
        assertThat(constraint(shoes("carry-on under 12 pounds", null), "attr.weight").max()).isEqualByComparingTo("12");
    }

    @Test
    void askingWhetherTheStoreSellsAThingIsARequestForIt() {
        Reading toasters = read("do you guys sell toasters? need a 4 slice one", null);
        assertThat(toasters.kind()).isEqualTo(Reading.Kind.UNCLEAR);
        assertThat(toasters.unknown()).anyMatch(w -> w.contains("toasters"));
        Reading frothers = shoes("do you carry milk frothers too?", null);
        assertThat(frothers.category()).isNull(); // "carry" is no carry-on
        List<IntentParser.Shown> shown = List.of(new IntentParser.Shown("Calma 900 Blender", "Calma"), new IntentParser.Shown("Vortex Go Blender", "Vortex"));
        Reading shipping = new IntentParser(VOCABULARY, Meanings.NONE).read("do you have free shipping?", "blenders", shown);
        assertThat(shipping.kind()).as("a service is asked about, not a thing").isEqualTo(Reading.Kind.QUESTION);
        Reading inRed = new IntentParser(VOCABULARY, Meanings.NONE).read("do you have the second one in red?", "blenders", shown);
        assertThat(inRed.kind()).isEqualTo(Reading.Kind.QUESTION);
        Reading blenders = read("do you have blenders under $80?", null);
        assertThat(blenders.kind()).isEqualTo(Reading.Kind.SHOP);
        assertThat(constraint(blenders, "price").max()).isEqualByComparingTo("80");
    }

    @Test
    void aColourAskedOfTheCardsShownShowsThatColour() {
        List<IntentParser.Shown> shown = List.of(new IntentParser.Shown("Calma 900 Blender", "Calma"), new IntentParser.Shown("Vortex Go Blender", "Vortex"));
        Reading white = new IntentParser(VOCABULARY, Meanings.NONE).read("do they come in white?", "blenders", shown);
        assertThat(white.kind()).isEqualTo(Reading.Kind.SHOP);
        assertThat(constraint(white, "option.color").values()).containsExactly("white");
        Reading none = new IntentParser(VOCABULARY, Meanings.NONE).read("none in black pls", "blenders", shown);
        assertThat(constraint(none, "option.color").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        Reading first = new IntentParser(VOCABULARY, Meanings.NONE).read("does the first one come in red?", "blenders", shown);
        assertThat(first.kind()).isEqualTo(Reading.Kind.QUESTION);
    }

    @Test
    void aVerbSaysWhatTheSuperlativeMeasures() {
        List<IntentParser.Shown> shown = List.of(new IntentParser.Shown("Northbound 22 Carry-On", "Northbound"),
                new IntentParser.Shown("Voyager 21 Carry-On", "Voyager"));
        Reading least = new IntentParser(SHOES_AND_BAGS, Meanings.NONE).read("ok which of these weighs the least", "luggage", shown);
        assertThat(least.kind()).isEqualTo(Reading.Kind.QUESTION);
        assertThat(least.across()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("attr.weight");
            assertThat(c.operator()).isEqualTo(Constraint.Operator.PREFER_LESS);
        });
    }

    @Test
    void smallNumberWordsWithAUnitAndCapsSaidAsVerbs() {
        assertThat(constraint(read("blender with a jar of at least two litres", null), "attr.jar_capacity").min()).isEqualByComparingTo("2");
        assertThat(read("a blender for under five people", null).constraints()).noneMatch(c -> c.field().equals("price"));
        assertThat(constraint(read("powerful blender, but cap it at 200 bucks", null), "price").max()).isEqualByComparingTo("200");
        assertThat(constraint(read("blender <$100", null), "price").max()).isEqualByComparingTo("100");
    }

    @Test
    void theDishwasherAloneIsTheFlagAndBeingDoneWithSomethingRefusesIt() {
        assertThat(constraint(read("blender, it has to survive the dishwasher", null), "attr.dishwasher_safe").values()).containsExactly("yes");
        Constraint glass = constraint(read("blender, I'm done with glass jars", null), "attr.jar_material");
        assertThat(glass.operator()).isEqualTo(Constraint.Operator.NONE_OF);
    }
}
