package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.constraint;
import static com.concierge.assistant.internal.intent.IntentParserTest.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * Bound words stay with their own number, in their own clause; negation covers a whole list; units
 * glued to numbers and numbers written in words are read as what they are (issue 25, classes 1, 2, 5).
 */
class BoundsAndListsTest {

    @Test
    void andBeforeASmallerNumberOrARatingStartsAnotherLimitNotARange() {
        Reading r = read("blender under 50 dollars and 4 stars or more", null);
        assertThat(constraint(r, "price").min()).as("no floor of $4").isNull();
        assertThat(constraint(r, "price").max()).isEqualByComparingTo("50");
        assertThat(constraint(r, "rating").min()).isEqualByComparingTo("4");
        // a range said with "and" still reads, up or after "between"
        assertThat(constraint(read("blender 1000 and 1500 watts", null), "attr.power").min()).isEqualByComparingTo("1000");
        assertThat(constraint(read("blender between 100 and 50 dollars", null), "price").min()).isEqualByComparingTo("50");
    }

    @Test
    void aBoundWordBelongsToTheNumberInItsClause() {
        Reading r = read("blender, $300 tops, 1000 watts or more, and at least a 64 oz jar", null);
        assertThat(constraint(r, "price").max()).isEqualByComparingTo("300");
        assertThat(constraint(r, "attr.power").min()).isEqualByComparingTo("1000");
        assertThat(constraint(r, "attr.power").max()).isNull();
        assertThat(constraint(r, "attr.jar_capacity").min()).isEqualByComparingTo("1.89");
        assertThat(constraint(r, "attr.jar_capacity").max()).as("at least, not a window").isNull();
    }

    @Test
    void aStatedLimitOnAMeasureNoWordNamesIsKeptToAskAboutNeverDropped() {
        Vocabulary shoes = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("running-shoes", "Running shoes", List.of(
                AttributeDefinition.quantity("stack_height", "Heel stack height", Dimension.LENGTH, Unit.MILLIMETRE, "5", "60", true),
                AttributeDefinition.quantity("drop", "Heel-to-toe drop", Dimension.LENGTH, Unit.MILLIMETRE, "0", "16", true)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading shoe = new IntentParser(shoes, Meanings.NONE).read("The foam has to be at least 35 mm thick. Road shoe, max $150.",
                "running-shoes", List.of());
        assertThat(shoe.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.said()).isEqualTo("at least 35 mm");
            assertThat(u.attributes().get("running-shoes")).as("a drop of at most 16 mm cannot be 35 mm").containsExactly("Heel stack height");
        });
        assertThat(new IntentParser(shoes, Meanings.NONE).read("the foam has to be at least 10 mm thick", "running-shoes", List.of()).unplaced())
                .singleElement().satisfies(u -> assertThat(u.attributes().get("running-shoes"))
                        .as("either length can be 10 mm").containsExactly("Heel stack height", "Heel-to-toe drop"));
        assertThat(constraint(shoe, "price").max()).isEqualByComparingTo("150");
        assertThat(read("blender, at least 1.5 litres", null).unplaced()).as("placed: the jar is the blender's only volume").isEmpty();
        assertThat(new IntentParser(shoes, Meanings.NONE).read("running shoes, the foam is 35 mm thick on my old ones", "running-shoes", List.of())
                .unplaced()).as("no bound: a fact, not a limit").isEmpty();
    }

    @Test
    void comparativesWithNoOrNotAreLimits() {
        assertThat(constraint(read("blender not louder than 80 dB", null), "attr.noise").max()).isEqualByComparingTo("80");
        assertThat(constraint(read("blender not louder than 80 dB", null), "attr.noise").min()).isNull();
        assertThat(constraint(read("a blender no smaller than 1.5 litres", null), "attr.jar_capacity").min()).isEqualByComparingTo("1.5");
    }

    @Test
    void comparativesSaidWithMoreOrLessAreLimits() {
        // blind corpus sh-0078, a shopper writing in a second language: "not more heavy than 3 kilo and more quiet than 70 decibel"
        Reading r = read("I search a blender more quiet than 70 decibel and not more big than 2 litres", null);
        assertThat(constraint(r, "attr.noise").max()).isEqualByComparingTo("70");
        assertThat(constraint(r, "attr.noise").min()).isNull();
        assertThat(constraint(r, "attr.jar_capacity").max()).isEqualByComparingTo("2");
        assertThat(constraint(r, "attr.jar_capacity").min()).isNull();
        assertThat(constraint(read("blender less loud than 75 dB", null), "attr.noise").max()).isEqualByComparingTo("75");
        assertThat(constraint(read("blender more powerful than 1000 watts", null), "attr.power").min()).isEqualByComparingTo("1000");
        assertThat(r.unknown()).isEmpty();
    }

    @Test
    void aValueComplainedOfIsRefusedNotAskedFor() {
        // development corpus f-0043, fo-0021: "paper ones are a faff" and "the nonstick ones always end up scratched" were asked for
        for (String said : List.of("a blender with a glass jar, tritan ones are a faff", "blender, glass jar please, the tritan ones always end up cloudy",
                "blender with a glass jar. tritan jars go cloudy and stink")) {
            Reading r = read(said, null);
            assertThat(r.constraints()).as(said).noneMatch(c -> c.operator() == Constraint.Operator.ANY_OF && c.values().contains("Tritan"));
            assertThat(r.constraints()).as(said).anyMatch(c -> c.field().equals("attr.jar_material") && c.operator() == Constraint.Operator.ANY_OF
                    && c.values().equals(List.of("glass")));
        }
        // of the shopper's own thing a complaint says what needs replacing: the brand stays wanted
        assertThat(read("the jar on my calma is cracked, need a new jar for it", null).constraints())
                .noneMatch(c -> c.field().equals("brand") && c.operator() == Constraint.Operator.NONE_OF);
        // a good word after the verb, or a negated complaint, refuses nothing
        assertThat(read("a blender, tritan ones never crack", null).constraints())
                .anyMatch(c -> c.operator() == Constraint.Operator.ANY_OF && c.values().contains("Tritan"));
    }

    @Test
    void nothingOrNoBeforeAComparativeTurnsItRound() {
        Constraint noise = constraint(read("the walls are thin so nothing louder than 55 dB", "blenders"), "attr.noise");
        assertThat(noise.max()).isEqualByComparingTo("55");
        assertThat(noise.min()).isNull();
        Constraint jar = constraint(read("blender, nothing smaller than 1.5 litres", null), "attr.jar_capacity");
        assertThat(jar.min()).isEqualByComparingTo("1.5");
        assertThat(jar.max()).isNull();
        assertThat(constraint(read("blender, i want nothing that is louder than 80 dB", null), "attr.noise").max())
                .as("'nothing' with only fillers between").isEqualByComparingTo("80");
    }

    @Test
    void aRevisedAmountIsACapAndItsWordsAreUnderstood() {
        Reading money = read("hmm make it $110 then", "blenders");
        assertThat(constraint(money, "price").max()).isEqualByComparingTo("110");
        assertThat(money.unknown()).as("nothing left to call 'not sold'").isEmpty();
        assertThat(constraint(read("how about 200?", "blenders"), "price").max()).isEqualByComparingTo("200");
        assertThat(constraint(read("make it 300 or more", "blenders"), "price").min()).as("its own bound word wins")
                .isEqualByComparingTo("300");
        Constraint jar = constraint(read("make it 2 litres", "blenders"), "attr.jar_capacity");
        assertThat(jar.min()).as("a quantity as written").isEqualByComparingTo("1.8");
    }

    @Test
    void aDecimalCommaIsADecimalPoint() {
        assertThat(constraint(read("blender, 1,5 litres jar minimum", null), "attr.jar_capacity").min()).isEqualByComparingTo("1.5");
        assertThat(constraint(read("blender rated 4,5 stars or better", null), "rating").min()).isEqualByComparingTo("4.5");
        assertThat(constraint(read("blender under $1,200", null), "price").max()).as("a thousands separator").isEqualByComparingTo("1200");
    }

    @Test
    void aVerbBetweenTheNegationAndTheComparativeIsNeverSpeltIntoANoun() {
        assertThat(IntentParser.grammar()).contains("weigh", "heavy", "nothing");
    }

    @Test
    void aOneLetterUnitGluedToItsNumberIsAUnitNeverAPrice() {
        Reading r = read("blender at least 1500w and my budget is under 300", null);
        assertThat(constraint(r, "attr.power").min()).isEqualByComparingTo("1500");
        assertThat(constraint(r, "price").max()).isEqualByComparingTo("300");
        assertThat(read("blender 1.5l or bigger", null).constraints()).extracting(Constraint::id).containsExactly("attr.jar_capacity");
        assertThat(read("blender under 250g", null).constraints()).extracting(Constraint::id).doesNotContain("price");
        assertThat(read("air fryer, at least 230 C", null).constraints()).extracting(Constraint::id).doesNotContain("price");
    }

    @Test
    void negationCoversEveryItemOfItsList() {
        assertThat(constraint(read("blender anything but vortex or calma", null), "brand").values()).containsExactly("Vortex", "Calma");
        assertThat(constraint(read("blender anything but vortex or calma", null), "brand").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(read("blender, any brand except calma and vortex", null), "brand").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(read("blender, any colour but black", null), "option.color").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(read("a blender, jar can't be glass", null), "attr.jar_material").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(read("a red or white blender", null), "option.color").operator()).as("no negation, no exclusion")
                .isEqualTo(Constraint.Operator.ANY_OF);
    }

    @Test
    void numbersInWordsAreNumbers() {
        assertThat(constraint(read("blender for under a hundred and fifty bucks", null), "price").max()).isEqualByComparingTo("150");
        assertThat(constraint(read("blender under two hundred and fifty dollars", null), "price").max()).isEqualByComparingTo("250");
        assertThat(Words.numberWords("twenty-five dollars or less")).isEqualTo("25 dollars or less");
        assertThat(Words.numberWords("the first one")).isEqualTo("the first one");
    }

    @Test
    void aComparativeWithACardComparesWithThatCard() {
        List<IntentParser.Shown> shown = List.of(new IntentParser.Shown("Calma Whisper 900 Blender", "Calma"),
                new IntentParser.Shown("Vortex Go 350 Blender", "Vortex"));
        Reading r = new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE).read("something quieter than the second one", "blenders", shown);
        assertThat(r.relatives()).extracting(Reading.Relative::field, Reading.Relative::card).containsExactly(tuple("attr.noise", 1));
        Reading cheaper = new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE).read("cheaper than the first", "blenders", shown);
        assertThat(cheaper.relatives()).extracting(Reading.Relative::field, Reading.Relative::card).containsExactly(tuple("price", 0));
    }

    @Test
    void superlativesOfMeasureRankByTheAttributeOfThatDimension() {
        Reading r = read("the most powerful one", "blenders");
        assertThat(r.constraints()).extracting(Constraint::field, Constraint::operator)
                .contains(tuple("attr.power", Constraint.Operator.PREFER_MORE));
        assertThat(r.relatives()).as("a superlative ranks, it sets no bound").isEmpty();
        assertThat(read("the biggest jar you have", "blenders").constraints()).extracting(Constraint::field, Constraint::operator)
                .contains(tuple("attr.jar_capacity", Constraint.Operator.PREFER_MORE));
    }

    @Test
    void aSideAdjectiveRanksByTheLengthItsLabelNames() {
        // blind corpus sh-0006: "what's the narrowest air fryer you sell?" ranked by nothing
        Vocabulary sized = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                AttributeDefinition.quantity("height", "Height", Dimension.LENGTH, Unit.CENTIMETRE, "100", "600", true),
                AttributeDefinition.quantity("width", "Width", Dimension.LENGTH, Unit.CENTIMETRE, "100", "600", true),
                AttributeDefinition.quantity("depth", "Depth", Dimension.LENGTH, Unit.CENTIMETRE, "100", "600", true)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading narrow = new IntentParser(sized, Meanings.NONE).read("what's the narrowest air fryer you sell?", null, List.of());
        assertThat(narrow.constraints()).extracting(Constraint::field, Constraint::operator)
                .containsExactly(tuple("attr.width", Constraint.Operator.PREFER_LESS));
        assertThat(new IntentParser(sized, Meanings.NONE).read("the tallest air fryer", null, List.of()).constraints())
                .extracting(Constraint::field, Constraint::operator).containsExactly(tuple("attr.height", Constraint.Operator.PREFER_MORE));
    }

    @Test
    void aProductTypeNamesItsCategoryAndTheFirstNamedWins() {
        assertThat(read("a lid for my blender", null).category()).isEqualTo("blender-parts");
        assertThat(read("a blender with a glass jar", null).category()).isEqualTo("blenders");
        assertThat(read("a tamper", null).category()).isEqualTo("blender-parts");
        assertThat(read("blender lid", null).category()).as("two mentions of a part").isEqualTo("blender-parts");
    }

    @Test
    void aWordOnlyOneValueHasNamesThatValue() {
        assertThat(constraint(read("a blender with a stainless jar", null), "attr.jar_material").values()).containsExactly("stainless steel");
        assertThat(read("the same budget please", "blenders").unknown()).isEmpty();
    }

    @Test
    void aLimitInAnotherCurrencyIsKeptAsSaidAndNotApplied() {
        Constraint pounds = constraint(read("blender, 60 quid max", null), "price");
        assertThat(pounds.unit()).isEqualTo("GBP");
        assertThat(pounds.max()).isEqualByComparingTo("60");
        assertThat(pounds.hard()).as("no exchange rate is assumed: a note, not a filter").isFalse();
        Constraint euros = constraint(read("a blender between €250 and €400", null), "price");
        assertThat(euros.unit()).isEqualTo("EUR");
        assertThat(euros.min()).isEqualByComparingTo("250");
        assertThat(euros.max()).isEqualByComparingTo("400");
        assertThat(constraint(read("air fryer under £80", null), "price").unit()).isEqualTo("GBP");
        // "a ton", British for a hundred pounds, after a bound only
        for (String said : List.of("blender under a ton", "a blender for no more than a ton please", "blender, a ton max")) {
            Constraint ton = constraint(read(said, null), "price");
            assertThat(ton.unit()).as(said).isEqualTo("GBP");
            assertThat(ton.max()).as(said).isEqualByComparingTo("100");
        }
        assertThat(read("a blender with a ton of power", null).constraints()).noneMatch(c -> c.field().equals("price"));
    }

    @Test
    void aCountOfPlayersSaidOfPeopleIsThatCount() {
        Vocabulary games = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("kids-toys",
                "Kids' toys and games", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.choice("kind", "Kind", true, "board game", "card game"),
                new com.concierge.catalog.api.attributes.AttributeDefinition("players_max", "Players (max)", com.concierge.catalog.api.attributes.AttributeType.NUMBER,
                        null, null, java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(12), java.util.Set.of(), false)), 1),
                List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        IntentParser parser = new IntentParser(games, Meanings.NONE);
        for (String said : List.of("card game for 2 people", "board game that 6 of us can play", "kids game that 4 can play", "a board game for 4 players")) {
            Constraint players = parser.read(said, null, List.of()).constraints().stream().filter(c -> c.field().equals("attr.players_max"))
                    .findFirst().orElseThrow(() -> new AssertionError(said));
            assertThat(players.min()).as(said).isEqualByComparingTo(said.replaceAll("\\D+", " ").strip());
            assertThat(players.max()).as(said).isNull();
        }
        // a count is ranked by like a measure: "the most players"
        for (String said : List.of("card game that takes the most players", "a board game for the maximum number of players")) {
            assertThat(parser.read(said, null, List.of()).constraints()).as(said)
                    .anySatisfy(c -> assertThat(c.field() + " " + c.operator()).isEqualTo("attr.players_max PREFER_MORE"));
        }
    }

    @Test
    void aDegreeOfAWordManyLabelsShareRanksByTheOneMeasureWithIt() {
        Vocabulary home = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("smart-home",
                "Smart home", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.choice("power_source", "Power source", true, "mains", "battery"),
                com.concierge.catalog.api.attributes.AttributeDefinition.quantity("standby_power", "Standby power",
                        com.concierge.catalog.api.attributes.Dimension.POWER, com.concierge.catalog.api.attributes.Unit.WATT, "0", "20", false)), 1),
                List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        assertThat(new IntentParser(home, Meanings.NONE).read("a smart home speaker that draws as little power as possible", null, List.of()).constraints())
                .anySatisfy(c -> assertThat(c.field() + " " + c.operator()).isEqualTo("attr.standby_power PREFER_LESS"));
        Vocabulary bags = new Vocabulary(List.of(new Vocabulary.CategoryWords(new com.concierge.catalog.api.CategoryDefinition("luggage",
                "Luggage", List.of(com.concierge.catalog.api.attributes.AttributeDefinition.quantity("height", "Height",
                        com.concierge.catalog.api.attributes.Dimension.LENGTH, com.concierge.catalog.api.attributes.Unit.INCH, "300", "900", true)), 1),
                List.of(), java.util.Map.of(), java.util.Set.of())), List.of());
        // "shorter" of a bag without a duration measures its one length
        assertThat(new IntentParser(bags, Meanings.NONE).read("luggage under 20 inches tall, and the shorter the better", null, List.of()).constraints())
                .anySatisfy(c -> assertThat(c.field() + " " + c.operator()).isEqualTo("attr.height PREFER_LESS"));
    }

    @Test
    void theSmallestStepPastAnAmountRefusedIsABound() {
        Constraint jar = constraint(read("a blender, 2 litres and really not a litre bigger", null), "attr.jar_capacity");
        assertThat(jar.max()).isEqualByComparingTo("2");
        assertThat(jar.min()).isNull();
        Constraint noise = constraint(read("a blender, 60 dB but not a decibel quieter", null), "attr.noise");
        assertThat(noise.min()).isEqualByComparingTo("60");
        assertThat(noise.max()).isNull();
        assertThat(constraint(read("blender, 120 dollars and not a penny more", null), "price").max()).isEqualByComparingTo("120");
        assertThat(constraint(read("a blender under $80", null), "price").hard()).isTrue();
    }

    @Test
    void aRemovalNamedByItsValueRemovesThatChip() {
        assertThat(read("forget the glass", "blenders").removals()).containsExactly("attr.jar_material");
        assertThat(read("forget the glass", "blenders").constraints()).as("it adds nothing").isEmpty();
        assertThat(read("never mind the glass", "blenders").fresh()).as("not a fresh start").isFalse();
        assertThat(read("never mind the glass", "blenders").removals()).containsExactly("attr.jar_material");
        assertThat(read("never mind", "blenders").fresh()).isTrue();
        assertThat(read("drop the calma", "blenders").removals()).containsExactly("brand");
        assertThat(read("glass doesnt matter", "blenders").removals()).containsExactly("attr.jar_material");
        Reading r = read("forget the stainless steel jar, under $100", "blenders");
        assertThat(r.removals()).containsExactly("attr.jar_material");
        assertThat(r.constraints()).extracting(Constraint::id).containsExactly("price");
    }
}
