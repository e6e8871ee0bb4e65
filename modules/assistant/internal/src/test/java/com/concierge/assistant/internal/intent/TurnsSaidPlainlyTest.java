package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.chip;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What shoppers say in a turn without the words the parser first learned: a limit moved with a modal and no subject
 * ("can go up to 110"), indifference said with "whether … or not", "no X needed", a time a product must keep going,
 * two values said with their shared word once ("a card or board game"), comparatives against a card in any dimension
 * ("a longer one than the first", "more mAh"), a quantity in a unit the catalog does not know, and things the store
 * does not sell named by a word it uses only for a feature ("a burr coffee grinder", "smart locks"), and a child's age
 * said with a pronoun or a limit on the age printed on the box.
 */
class TurnsSaidPlainlyTest {

    private static final Vocabulary STORE;
    private static final IntentParser PARSER;

    static {
        List<Vocabulary.CategoryWords> categories = new ArrayList<>(IntentParserTest.VOCABULARY.categories());
        categories.add(category("coffee-makers", "Coffee makers",
                AttributeDefinition.flag("grinder", "Built-in grinder", false),
                AttributeDefinition.flag("programmable", "Programmable start", false),
                AttributeDefinition.quantity("brew_time", "Brew time", Dimension.DURATION, Unit.MINUTE, "60", "3600", false)));
        categories.add(category("luggage", "Luggage",
                AttributeDefinition.flag("tsa_lock", "TSA lock", false),
                AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "500", "15000", true)));
        categories.add(category("toys", "Toys and games",
                AttributeDefinition.choice("kind", "Kind", true, "board game", "card game", "puzzle"),
                AttributeDefinition.flag("batteries_required", "Batteries required", true),
                new AttributeDefinition("age_min", "Minimum age (years)", AttributeType.NUMBER, null, null, BigDecimal.ZERO, BigDecimal.TEN,
                        Set.of(), false)));
        categories.add(category("kitchen-knives", "Kitchen knives",
                AttributeDefinition.quantity("blade_length", "Blade length", Dimension.LENGTH, Unit.INCH, "50", "400", true),
                new AttributeDefinition("hardness", "Hardness (HRC)", AttributeType.NUMBER, null, null, new BigDecimal("50"), new BigDecimal("66"),
                        Set.of(), false)));
        categories.add(category("headphones", "Headphones",
                AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "3600", "360000", false)));
        categories.add(category("vacuum-parts", "Vacuum batteries",
                AttributeDefinition.quantity("battery_capacity", "Battery capacity", Dimension.ELECTRIC_CHARGE, Unit.MILLIAMPERE_HOUR, "1000",
                        "10000", false)));
        STORE = new Vocabulary(categories, List.of());
        PARSER = new IntentParser(STORE, Meanings.NONE);
    }

    private static Vocabulary.CategoryWords category(String key, String name, AttributeDefinition... attributes) {
        return new Vocabulary.CategoryWords(new CategoryDefinition(key, name, List.of(attributes), 1), List.of(), Map.of(), Set.of());
    }

    private static Reading read(String text, String current) {
        return PARSER.read(text, current, List.of());
    }

    @Test
    void theBoundNamedThenItsAmountIsALimit() {
        assertThat(chip(read("I need headphones that cancel the noise. My budget maximum is 220 dollars.", "headphones"), "price"))
                .hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("220"));
        assertThat(chip(read("a blender, the max would be 90", null), "price"))
                .hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("90"));
        assertThat(chip(read("blender, power minimum is 1000 W", null), "attr.power"))
                .hasValueSatisfying(c -> assertThat(c.min()).isEqualByComparingTo("1000"));
    }

    @Test
    void anOwnedThingSaidToBeReplacedIsAskedFor() {
        Vocabulary knives = new Vocabulary(List.of(category("kitchen-knives", "Kitchen knives",
                AttributeDefinition.choice("style", "Style", true, "chef", "santoku", "paring"))), List.of());
        IntentParser parser = new IntentParser(knives, Meanings.NONE);
        Reading replacing = parser.read("then I'll just replace my chef knife. something that holds an edge", "kitchen-knives", List.of());
        assertThat(chip(replacing, "attr.style")).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("chef"));
        assertThat(chip(parser.read("my old chef knife snapped, I want a santoku", "kitchen-knives", List.of()), "attr.style"))
                .as("what they have is not what they ask for").hasValueSatisfying(c -> assertThat(c.values()).containsExactly("santoku"));
        // dev corpus q-0046 showed a utility knife: "a new one" asks for another of what they had
        for (String said : List.of("had my old paring knife for 15 years, time for a new one. £49.99 max",
                "my paring knife finally snapped, need another one")) {
            assertThat(chip(parser.read(said, null, List.of()), "attr.style")).as(said)
                    .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("paring"));
        }
        assertThat(chip(parser.read("my old paring knife is fine, I want a santoku", null, List.of()), "attr.style"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("santoku"));
    }

    @Test
    void aValueSaidToBeAbsentOrNotWorthPayingExtraForIsRefused() {
        for (String said : List.of("plastic-free toys only, for a 4 year old", "a toy, free of plastic")) {
            assertThat(chip(IntentParserTest.read(said, null), "attr.material")).as(said)
                    .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(com.concierge.assistant.api.Constraint.Operator.NONE_OF));
        }
        assertThat(chip(IntentParserTest.read("I'm not paying extra for glass, a blender under 100", null), "attr.jar_material"))
                .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(com.concierge.assistant.api.Constraint.Operator.NONE_OF));
        assertThat(IntentParserTest.read("plastic-free toys only", null).unknown()).as("\"free\" is read").isEmpty();
    }

    @Test
    void aLimitMovedWithAModalAndNoSubjectIsALimitNotAQuestion() {
        assertThat(chip(read("ok can go up to 110 if its worth it", "blenders"), "price"))
                .hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("110"));
        assertThat(chip(read("budget can be 130 actually", "blenders"), "price"))
                .hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("130"));
        assertThat(read("can it go in the dishwasher", "blenders").kind()).isEqualTo(Reading.Kind.QUESTION);
        Reading anyColour = read("any color is fine, but 4.5 stars minimum and it must be Calma", "blenders");
        assertThat(chip(anyColour, "rating")).isPresent();
        assertThat(chip(anyColour, "brand")).isPresent();
        assertThat(read("ok cant exceed 500 actually, we've been married 10 yrs, i know better than to argue", "blenders").kind())
                .as("\"better than to\" compares no products").isNotEqualTo(Reading.Kind.COMPARE);
    }

    @Test
    void indifferenceIsNoLimitAndItsNotDoesNotTurnTheNextBound() {
        Reading r = read("blender that does ice crush, i dont care if it goes in the dishwasher or not, under 90", null);
        assertThat(chip(r, "attr.dishwasher_safe")).isEmpty();
        assertThat(chip(r, "price")).hasValueSatisfying(c -> {
            assertThat(c.max()).isEqualByComparingTo("90");
            assertThat(c.min()).isNull();
        });
        assertThat(read("blender, dishwasher safe or not, doesn't matter whether it is or not", null).removals()).isEmpty();
    }

    @Test
    void aFeatureNotNeededIsNotRefusedUnlessTheFeatureIsTheNeed() {
        Reading timer = read("no timer needed, just a coffee maker", null);
        assertThat(chip(timer, "attr.programmable")).isEmpty();
        Reading glass = read("a blender, no glass jar needed", null);
        assertThat(chip(glass, "attr.jar_material")).isEmpty();
        assertThat(chip(read("a board game, no batteries needed", null), "attr.batteries_required"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactly("no"));
    }

    @Test
    void aTimeTheProductMustKeepGoingIsItsLeast() {
        assertThat(chip(read("headphones, the battery has to last 40 hours", null), "attr.battery_life"))
                .hasValueSatisfying(c -> {
                    assertThat(c.min()).isEqualByComparingTo("40");
                    assertThat(c.max()).isNull();
                });
        assertThat(chip(read("headphones, my battery now lasts 8 hours, want better", null), "attr.battery_life")
                .filter(c -> c.min() != null && c.max() == null)).as("what a product does now is no least").isEmpty();
    }

    @Test
    void valuesSharingALastWordSaidWithItOnceAreBothAskedFor() {
        assertThat(chip(read("a card or board game for the family", null), "attr.kind"))
                .hasValueSatisfying(c -> assertThat(c.values()).containsExactlyInAnyOrder("card game", "board game"));
        assertThat(chip(read("a board game", null), "attr.kind")).hasValueSatisfying(c -> assertThat(c.values()).containsExactly("board game"));
    }

    @Test
    void aComparativeMeasuresTheOneAttributeOfItsDimension() {
        assertThat(read("a longer one than the first", "kitchen-knives").relatives())
                .anySatisfy(r -> assertThat(r.field()).isEqualTo("attr.blade_length"));
        assertThat(read("one with more mAh than the first", "vacuum-parts").relatives())
                .anySatisfy(r -> assertThat(r.field()).isEqualTo("attr.battery_capacity"));
        Reading lighter = PARSER.read("is there a lighter one than the first?", "luggage",
                List.of(new IntentParser.Shown("Voyager 28\" Spinner", "Voyager")));
        assertThat(lighter.kind()).as("asks whether others exist").isNotEqualTo(Reading.Kind.QUESTION);
        assertThat(lighter.relatives()).anySatisfy(r -> assertThat(r.field()).isEqualTo("attr.weight"));
    }

    @Test
    void aDegreeSaidOfAnAttributesNounRanksByIt() {
        assertThat(chip(read("a blender with a big jar", null), "attr.jar_capacity"))
                .hasValueSatisfying(c -> assertThat(c.operator().name()).isEqualTo("PREFER_MORE"));
        assertThat(chip(read("blender with low noise", null), "attr.noise"))
                .hasValueSatisfying(c -> assertThat(c.operator().name()).isEqualTo("PREFER_LESS"));
        assertThat(chip(read("a blender with the largest jar possible", null), "attr.jar_capacity"))
                .hasValueSatisfying(c -> assertThat(c.operator().name()).isEqualTo("PREFER_MORE"));
        Reading better = read("the bigger the jar the better", "blenders");
        assertThat(chip(better, "attr.jar_capacity")).hasValueSatisfying(c -> assertThat(c.operator().name()).isEqualTo("PREFER_MORE"));
        assertThat(better.relatives()).as("a preference, no limit against a card").isEmpty();
        assertThat(chip(read("the fastest drip coffee maker", null), "attr.brew_time"))
                .hasValueSatisfying(c -> assertThat(c.operator().name()).isEqualTo("PREFER_LESS"));
    }

    @Test
    void aPlainNumberAttributeNamedBeforeANegatedBoundTakesTheNumber() {
        assertThat(chip(read("a knife from Hamono, and hardness no lower than 60", null), "attr.hardness"))
                .hasValueSatisfying(c -> assertThat(c.min()).isEqualByComparingTo("60"));
        assertThat(chip(read("a knife from Hamono, and hardness no lower than 60", null), "price")).isEmpty();
    }

    @Test
    void aQuantityInAUnitTheCatalogDoesNotKnowIsNoPrice() {
        assertThat(chip(read("air fryer, suction minimum 200 AW", null), "price")).isEmpty();
        assertThat(chip(read("air fryer 200 MAX", null), "price")).hasValueSatisfying(c -> assertThat(c.max()).isEqualByComparingTo("200"));
    }

    @Test
    void aThingNamedByAWordTheStoreUsesOnlyForAFeatureIsNotSold() {
        Reading grinder = read("burr coffee grinder, just the grinder", null);
        assertThat(grinder.category()).isNull();
        assertThat(grinder.unsold()).anySatisfy(chunk -> assertThat(chunk).contains("grinder"));
        assertThat(read("do you sell smart locks?", null).unsold()).anySatisfy(chunk -> assertThat(chunk).contains("locks"));
        // the feature itself, asked for in its own category, stays a feature
        Reading needs = read("needs a grinder too", "coffee-makers");
        assertThat(needs.unsold()).isEmpty();
        assertThat(chip(needs, "attr.grinder")).isPresent();
        assertThat(read("luggage with a tsa lock", null).unsold()).isEmpty();
        assertThat(Things.canBeMadeThing("grinder")).as("a machine too, whatever WordNet lists first").isTrue();
        assertThat(Things.canBeMadeThing("weight")).as("a measure first, in WordNet's counts").isFalse();
    }

    @Test
    void aStockQuestionAboutAThingNoWordOfTheStoreNamesIsNotSold() {
        // blind corpus fo-0105, pp-0140: WordNet may not know the thing ("frother"); the shopper's own machine says what it is for
        Reading frother = read("Have you got a milk frother? For lattes with my pod machine.", null);
        assertThat(frother.category()).isNull();
        assertThat(frother.unsold()).anySatisfy(chunk -> assertThat(chunk).contains("milk frother"));
        Reading carafes = read("The glass carafe on my Brewster drip machine shattered. Do you sell replacement carafes?", null);
        assertThat(carafes.unsold()).anySatisfy(chunk -> assertThat(chunk).contains("carafe"));
        // the store's own words, a pronoun, a word for anything or a service: a question about what the store has
        for (String said : List.of("do you sell coffee makers?", "do you have them in blue", "do you have anything under $50",
                "do you do student discounts", "do you have a cheaper one")) {
            assertThat(read(said, null).unsold()).as(said).isEmpty();
        }
    }

    @Test
    void aThingWhoseMadeSenseIsNotItsFirstIsNotSoldWhereItHeadsTheRequest() {
        // "microwave" is a wave first in WordNet, "scale" a ratio, "book" a written work; where they head what is asked for,
        // they are the oven, the weighing machine and the bound pages
        Reading microwave = read("microwave, 1000W+, stainless, under 150 pls", null);
        assertThat(microwave.category()).isNull();
        assertThat(microwave.unsold()).anySatisfy(chunk -> assertThat(chunk).contains("microwave"));
        Reading scale = read("luggage scale so I stop paying excess baggage fees", null);
        assertThat(scale.category()).isNull();
        assertThat(scale.unsold()).anySatisfy(chunk -> assertThat(chunk).contains("luggage scale"));
        assertThat(read("air fryer recipe book for my mum", null).unsold()).anySatisfy(chunk -> assertThat(chunk).contains("recipe book"));
        assertThat(read("and the charger for it, the dog chewed the cable", "vacuum-parts").unsold())
                .anySatisfy(chunk -> assertThat(chunk).contains("charger"));
        // a person first ("mate") or a word for anything ("stuff") heads nothing; nor does an unknown thing in a refinement
        assertThat(read("after a light blender mate, under 100", null).category()).isEqualTo("blenders");
        assertThat(read("what blender stuff do you sell", null).unsold()).isEmpty();
        assertThat(read("a board game, nothing with tiny pieces", "toys").unsold()).isEmpty();
    }

    @Test
    void anAdjectiveWhoseNounNamesACountedAttributeRanksByIt() {
        // "Hardness (HRC)" is the quality of being hard
        assertThat(chip(read("chef's knife, the hardest steel you've got", "kitchen-knives"), "attr.hardness"))
                .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(com.concierge.assistant.api.Constraint.Operator.PREFER_MORE));
        assertThat(chip(read("the harder the steel the better, I sharpen on whetstones", "kitchen-knives"), "attr.hardness")).isPresent();
        assertThat(chip(read("carbon is harder to look after, so stainless", "kitchen-knives"), "attr.hardness")).isEmpty();
        // the label's parenthesis names it too
        assertThat(chip(read("the highest HRC you have", "kitchen-knives"), "attr.hardness")).isPresent();
    }

    @Test
    void aComparativeSaidAsAWishRanksAndBoundsNothing() {
        // "prefer" makes it a preference, not a bound just past the cards shown
        for (String said : List.of("I prefer the longer blades", "longer blades preferred too", "ideally a longer blade")) {
            Reading wish = read(said, "kitchen-knives");
            assertThat(chip(wish, "attr.blade_length")).as(said).isPresent();
            assertThat(wish.relatives()).as(said).isEmpty();
        }
        assertThat(read("prefer one with a longer blade than the first", "kitchen-knives").relatives()).isNotEmpty();
    }

    @Test
    void aMeasureSaidOfTheThingWantedAsAPredicateIsAPreference() {
        for (String said : List.of("I care most about them being light", "light would be nice too, but the price comes first",
                "keep them light too tho", "it has to be light")) {
            assertThat(chip(read(said, "luggage"), "attr.weight")).as(said)
                    .hasValueSatisfying(c -> assertThat(c.operator()).isEqualTo(com.concierge.assistant.api.Constraint.Operator.PREFER_LESS));
        }
        // of what the shopper has, it is no wish
        assertThat(chip(read("my old one was light but it broke", "luggage"), "attr.weight")).isEmpty();
    }

    @Test
    void aChildsAgeSaidWithAPronounAndALimitOnTheAgeOnTheBox() {
        // blind corpus tu-0082, fe-0085, w-0088, li-0137, li-0108
        assertThat(chip(read("a STEM kit for my daughter, shes 10. no more than 50", "toys"), "attr.age_min").orElseThrow().max()).isEqualByComparingTo("10");
        assertThat(chip(read("a puzzle for my nephew, no tiny pieces pls hes only 3", "toys"), "attr.age_min").orElseThrow().max()).isEqualByComparingTo("3");
        assertThat(chip(read("a puzzle for my niece, she's 4", "toys"), "attr.age_min").orElseThrow().max()).isEqualByComparingTo("4");
        Reading box = read("board game for my nephew, the age on the box should be 8 or under", "toys");
        assertThat(chip(box, "attr.age_min").orElseThrow().max()).isEqualByComparingTo("8");
        assertThat(box.constraints()).noneMatch(c -> c.field().equals("price"));
        Reading older = read("a puzzle for older kids, age rating 10 or higher, between $15 and $25", "toys");
        assertThat(chip(older, "attr.age_min").orElseThrow().min()).isEqualByComparingTo("10");
        assertThat(chip(older, "price").orElseThrow().max()).isEqualByComparingTo("25");
        Reading moved = read("ok the age thing can go up to 4", "toys");
        assertThat(chip(moved, "attr.age_min").orElseThrow().max()).isEqualByComparingTo("4");
        assertThat(moved.constraints()).noneMatch(c -> c.field().equals("price"));
        assertThat(chip(read("board game for 4 players aged 8+", "toys"), "attr.age_min").orElseThrow().min()).isEqualByComparingTo("8");
        assertThat(chip(read("toys where the age on the box is 5+ or lower", "toys"), "attr.age_min").orElseThrow().max()).isEqualByComparingTo("5");
        // a grown-up's size is no age
        assertThat(read("a puzzle for my brother, he's 6 feet tall", "toys").constraints()).noneMatch(c -> c.field().equals("attr.age_min"));
    }
}
