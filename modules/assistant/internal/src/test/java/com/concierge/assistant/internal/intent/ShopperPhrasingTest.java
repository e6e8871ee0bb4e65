package com.concierge.assistant.internal.intent;

import static com.concierge.assistant.internal.intent.IntentParserTest.VOCABULARY;
import static com.concierge.assistant.internal.intent.IntentParserTest.constraint;
import static com.concierge.assistant.internal.intent.IntentParserTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.ProposedAction;
import com.concierge.assistant.internal.recommend.Recommender;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ways shoppers state limits that the first readings missed: bound phrases said in many ways,
 * numbers in words, numbers about the shopper or what they own, values they refuse in passing.
 */
class ShopperPhrasingTest {

    private static final Vocabulary STEELS = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives",
            "Kitchen knives", List.of(AttributeDefinition.choice("style", "Style", true, "chef", "santoku"),
                    AttributeDefinition.choice("steel", "Steel", true, "German stainless", "Japanese VG-10", "carbon steel", "Damascus"),
                    AttributeDefinition.quantity("blade_length", "Blade length", Dimension.LENGTH, Unit.INCH, "50", "400", true),
                    AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.GRAM, "30", "5000", false)), 1),
            List.of(), Map.of(), Set.of())), List.of());

    /** Two blender cards shown, for "the first" and "the second one". */
    private static final List<IntentParser.Shown> SHOWN = List.of(new IntentParser.Shown("Calma 900 Blender", "Calma"),
            new IntentParser.Shown("Vortex Go Blender", "Vortex"));

    private static boolean has(Reading reading, String id) {
        return reading.constraints().stream().anyMatch(c -> c.id().equals(id));
    }

    @Test
    void boundPhrasesSaidInManyWays() {
        assertThat(constraint(read("blender, the budget tops out at $120", null), "price").max()).isEqualByComparingTo("120");
        assertThat(constraint(read("blender, I've set myself a hard limit of $350", null), "price").max()).isEqualByComparingTo("350");
        Constraint exceed = constraint(read("blender, price shouldn't exceed 300 dollars", null), "price");
        assertThat(exceed.max()).isEqualByComparingTo("300");
        assertThat(exceed.min()).isNull();
        Constraint spending = constraint(read("a blender, not spending above 170 dollars", null), "price");
        assertThat(spending.max()).isEqualByComparingTo("170");
        assertThat(spending.min()).isNull();
        assertThat(constraint(read("blender with 1000 watts at the very least", null), "attr.power").min()).isEqualByComparingTo("1000");
        assertThat(constraint(read("a blender, jar capacity capped at 2 litres", null), "attr.jar_capacity").max()).isEqualByComparingTo("2");
    }

    @Test
    void numbersInWordsAreLimitsAfterABoundWordOrInARange() {
        assertThat(constraint(read("a blender, sixty dollars or less", null), "price").max()).isEqualByComparingTo("60");
        Constraint range = constraint(read("blender, fifty to eighty dollars", null), "price");
        assertThat(range.min()).isEqualByComparingTo("50");
        assertThat(range.max()).isEqualByComparingTo("80");
        assertThat(constraint(read("under fifty", "blenders"), "price").max()).isEqualByComparingTo("50");
        assertThat(constraint(read("no more than a couple hundred", "blenders"), "price").max()).isEqualByComparingTo("200");
        assertThat(read("a blender for under five people", null).constraints()).noneMatch(c -> c.id().equals("price"));
        Constraint power = constraint(read("not a glass one, and 900 W max", "blenders"), "attr.power");
        assertThat(power.min()).isNull();
        assertThat(power.max()).isEqualByComparingTo("900");
    }

    @Test
    void halfAndOneOfAUnit() {
        assertThat(constraint(read("a blender under half a litre", null), "attr.jar_capacity").max()).isEqualByComparingTo("0.5");
        assertThat(constraint(read("a blender with a jar of at least a litre", null), "attr.jar_capacity").min()).isEqualByComparingTo("1");
    }

    @Test
    void aProductsOwnMaximumSaidPlainlyIsOneItMustReachAndNonNativeBoundsKeepTheirDirection() {
        Vocabulary fryers = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                AttributeDefinition.quantity("max_temperature", "Highest temperature", Dimension.TEMPERATURE, Unit.FAHRENHEIT, "100", "600", true),
                AttributeDefinition.quantity("power", "Power", Dimension.POWER, Unit.WATT, "500", "3000", true)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading reading = new IntentParser(fryers, Meanings.NONE).read(
                "I search air fryer not more of 1500 watt, it must make 200 degree celsius, price until 100", null, List.of());
        Constraint heat = constraint(reading, "attr.max_temperature");
        assertThat(heat.min()).isEqualByComparingTo("392");
        assertThat(heat.max()).isNull();
        assertThat(constraint(reading, "attr.power").max()).isEqualByComparingTo("1500");
        assertThat(constraint(reading, "attr.power").min()).isNull();
        assertThat(constraint(reading, "price").max()).isEqualByComparingTo("100");
    }

    @Test
    void whatTheShopperMakesIsAUseNotAProgramItMustHave() {
        Reading mornings = read("I make smoothies every morning at 6, nothing over 80 dB", null);
        assertThat(mornings.constraints()).filteredOn(Constraint::hard).extracting(Constraint::field).doesNotContain("attr.programs");
        assertThat(mornings.constraints()).filteredOn(c -> !c.hard()).extracting(Constraint::field).contains("attr.programs");
        // named as a setting it is one
        Constraint program = constraint(read("a blender with smoothie and soup programs", null), "attr.programs");
        assertThat(program.hard()).isTrue();
        assertThat(constraint(read("a blender with a smoothie program", null), "attr.programs").hard()).isTrue();
    }

    @Test
    void poundsAreMoneyWhereNothingIsWeighed() {
        Constraint price = constraint(read("wooden toy for a 4 year old, under twenty pounds", "kids-toys"), "price");
        assertThat(price.text()).contains("£");
        // "lb" is never money
        assertThat(read("wooden toy for a 4 year old, under 7 lb", "kids-toys").constraints()).extracting(Constraint::id).doesNotContain("price");
    }

    @Test
    void numbersAboutTheShopperAreNoLimits() {
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        assertThat(parser.read("I weigh about 170 pounds, I want a santoku", null, List.of()).constraints())
                .extracting(Constraint::id).containsExactly("attr.style");
        assertThat(parser.read("lost 15 kilos this year and cook more, a santoku please", null, List.of()).constraints())
                .extracting(Constraint::id).containsExactly("attr.style");
        assertThat(parser.read("I'm 6 foot 1 and want a santoku", null, List.of()).constraints())
                .extracting(Constraint::id).containsExactly("attr.style");
        // the product's own weight still is one
        assertThat(constraint(parser.read("a santoku that weighs under 200 g", null, List.of()), "attr.weight").max()).isEqualByComparingTo("200");
    }

    @Test
    void aNegationReachesPastWordsThatOnlyPoint() {
        Constraint glass = constraint(read("a blender, and none of that glass jar nonsense", null), "attr.jar_material");
        assertThat(glass.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(glass.values()).containsExactly("glass");
        // a dash standing apart ends the clause, and the negation with it
        assertThat(constraint(read("a blender without a lot of fuss — glass jar", null), "attr.jar_material").operator())
                .isEqualTo(Constraint.Operator.ANY_OF);
        // three words that say something still end its reach
        assertThat(constraint(read("no question I want the glass one", "blenders"), "attr.jar_material").operator())
                .isEqualTo(Constraint.Operator.ANY_OF);
    }

    @Test
    void whatThingsOfAKindAlwaysDoIsHeldAgainstThem() {
        Constraint shatter = constraint(read("need a new blender, the glass ones shatter", null), "attr.jar_material");
        assertThat(shatter.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(shatter.values()).containsExactly("glass");
        // the value wanted is the chip; the one complained of does not join it
        Constraint wanted = constraint(read("a blender with a Tritan jar, glass jars always crack", null), "attr.jar_material");
        assertThat(wanted.operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(wanted.values()).containsExactly("Tritan");
        // what happened to one jar, or a jar that will not crack, is no complaint about the kind
        assertThat(constraint(read("my glass jar cracked, I want a glass one again", "blenders"), "attr.jar_material").operator())
                .isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(constraint(read("a blender whose glass jar won't crack", null), "attr.jar_material").operator())
                .isEqualTo(Constraint.Operator.ANY_OF);
        // their own one failing, in the present, is why they want another of it
        Reading again = read("the glass jar leaks. I need a replacement glass jar", null);
        assertThat(constraint(again, "attr.material").operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(constraint(read("need a new blender, the glass jars leak", null), "attr.jar_material").operator())
                .as("things of a kind").isEqualTo(Constraint.Operator.NONE_OF);
    }

    @Test
    void numbersInWordsJoinedByAndAreTwoNumbersUnlessAHundredComesFirst() {
        Constraint range = constraint(read("a blender somewhere between twenty and thirty-five dollars", null), "price");
        assertThat(range.min()).isEqualByComparingTo("20");
        assertThat(range.max()).isEqualByComparingTo("35");
        assertThat(constraint(read("a blender under a hundred and twenty dollars", null), "price").max()).isEqualByComparingTo("120");
    }

    @Test
    void oneUnitWithItsBoundAfterIsOne() {
        assertThat(constraint(read("a blender with a jar that holds a litre or more", null), "attr.jar_capacity").min())
                .isEqualByComparingTo("1");
    }

    @Test
    void aValueInsteadOfWhichAnotherIsWantedIsRefused() {
        Constraint jar = constraint(read("a blender with a Tritan jar instead of glass", null), "attr.jar_material");
        assertThat(jar.operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(jar.values()).containsExactly("Tritan");
    }

    @Test
    void skippingAFeatureRefusesIt() {
        assertThat(constraint(read("a blender, skip the dishwasher safe stuff", null), "attr.dishwasher_safe").values()).containsExactly("no");
        // and in a follow-up, the refusal takes the chip's place
        assertThat(constraint(read("actually skip the glass jar", "blenders"), "attr.jar_material").operator())
                .isEqualTo(Constraint.Operator.NONE_OF);
    }

    /** Headphones: a flag named by what is missing, and forms named by where they sit. */
    private static final Vocabulary EARS = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("headphones",
            "Headphones", List.of(AttributeDefinition.choice("form", "Form", true, "in-ear", "on-ear", "over-ear"),
                    AttributeDefinition.flag("wireless", "Wireless", true), AttributeDefinition.flag("noise_cancelling", "Active noise cancelling", true)), 1),
            List.of(), Map.of(), Set.of())), List.of());

    @Test
    void aThingMissingAndWhereItSitsAreTheStoresWordsForThem() {
        IntentParser parser = new IntentParser(EARS, Meanings.NONE);
        Reading buds = parser.read("headphones, the ones that sit inside your ear, with no wire between them", null, List.of());
        assertThat(constraint(buds, "attr.form").values()).containsExactly("in-ear");
        assertThat(constraint(buds, "attr.wireless").values()).containsExactly("yes");
        assertThat(constraint(parser.read("headphones that go over the whole ear", null, List.of()), "attr.form").values())
                .containsExactly("over-ear");
        assertThat(constraint(parser.read("headphones, the kind that rests on the ear", null, List.of()), "attr.form").values())
                .containsExactly("on-ear");
        // a word the store does not use stays as said
        assertThat(parser.read("headphones with no fuss", null, List.of()).constraints()).isEmpty();
        // "noise cancelling" said verb first
        for (String said : List.of("headphones that actively cancel out that background noise", "headphones that cancel the plane engine noise",
                "noise cancelling headphones")) {
            assertThat(constraint(parser.read(said, null, List.of()), "attr.noise_cancelling").values()).as(said).containsExactly("yes");
        }
    }

    @Test
    void moneyAsItIsSaid() {
        assertThat(constraint(read("blender, can't go past 2 fiddy", null), "price").max()).isEqualByComparingTo("250");
        assertThat(constraint(read("blender for one fifty max", null), "price").max()).isEqualByComparingTo("150");
    }

    @Test
    void aNoThatAnswersRefusesNothing() {
        Constraint glass = constraint(read("no actually glass", "blenders"), "attr.jar_material");
        assertThat(glass.operator()).isEqualTo(Constraint.Operator.ANY_OF);
    }

    @Test
    void aPlainMeasureWordSaidOfTheThingWantedRanks() {
        assertThat(constraint(read("after a big air fryer, there's five of us", null), "prefer.attr.capacity").operator())
                .isEqualTo(Constraint.Operator.PREFER_MORE);
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        assertThat(constraint(parser.read("a santoku please, and light", null, List.of()), "prefer.attr.weight").operator())
                .isEqualTo(Constraint.Operator.PREFER_LESS);
        assertThat(constraint(read("a blender, he hates noise", null), "prefer.attr.noise").operator())
                .isEqualTo(Constraint.Operator.PREFER_LESS);
        // what the shopper has, or a measure word about something else, ranks nothing
        assertThat(read("my big air fryer died, I need a new air fryer", null).constraints()).isEmpty();
        assertThat(read("an air fryer, we have a big kitchen", null).constraints()).isEmpty();
    }

    @Test
    void aFirstWordSeveralKindsShareNamesThemAll() {
        Vocabulary luggage = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage",
                List.of(AttributeDefinition.choice("type", "Type", true, "carry-on", "checked medium", "checked large", "backpack")), 1),
                List.of(), Map.of(), Set.of())), List.of(new com.concierge.catalog.api.search.Synonym("suitcase",
                com.concierge.catalog.api.search.Synonym.Kind.WORDS, "luggage")));
        IntentParser parser = new IntentParser(luggage, Meanings.NONE);
        Reading bag = parser.read("a checked suitcase for two weeks away", null, List.of());
        assertThat(bag.category()).isEqualTo("luggage");
        assertThat(constraint(bag, "attr.type").values()).containsExactlyInAnyOrder("checked medium", "checked large");
        assertThat(constraint(parser.read("I checked the reviews, a carry-on please", null, List.of()), "attr.type").values())
                .containsExactly("carry-on");
        assertThat(constraint(parser.read("a large checked case", null, List.of()), "attr.type").values()).containsExactly("checked large");
        assertThat(constraint(parser.read("a checked suitcase that can expand, the large size", null, List.of()), "attr.type").values())
                .containsExactly("checked large");
        // a made thing no store word names, said after that word, is one of those kinds, not a thing the store lacks
        assertThat(parser.read("a checked bag, softside", null, List.of()).category()).isEqualTo("luggage");
    }

    @Test
    void theValueSaidWithInsteadReplacesTheOthers() {
        Constraint jar = constraint(read("hmm glass is so heavy. make it the Tritan one instead", "blenders"), "attr.jar_material");
        assertThat(jar.values()).containsExactly("Tritan");
        assertThat(constraint(read("glass or Tritan, either", "blenders"), "attr.jar_material").values()).containsExactly("glass", "Tritan");
    }

    @Test
    void neitherNorRefusesBoth() {
        Constraint colours = constraint(read("a blender, neither black nor white", null), "option.color");
        assertThat(colours.operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(colours.values()).containsExactlyInAnyOrder("black", "white");
    }

    @Test
    void orderModelAndPostalNumbersAreCodesNotLimits() {
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        for (String text : List.of("a santoku, my last orders 114-2231 and 114-9980 never came", "my old model VX-900 broke, a santoku please",
                "santoku please, zip is 30307", "a santoku for my flat, apartment 4, row 40")) {
            assertThat(parser.read(text, null, List.of()).constraints()).as(text).extracting(Constraint::id).containsExactly("attr.style");
        }
        // a number in the next clause is read as ever
        assertThat(constraint(parser.read("a santoku, it's for my order. 100 dollars max", null, List.of()), "price").max())
                .isEqualByComparingTo("100");
    }

    @Test
    void aSizeNoProductCouldHaveIsAboutSomethingElse() {
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        // blades run from 50 to 400 mm in this schema: a 3 metre one is the counter's length
        assertThat(parser.read("a santoku, I have a 3 metre long counter", null, List.of()).constraints())
                .extracting(Constraint::id).containsExactly("attr.style");
        // a limit just past the range is still the shopper's, and shows nothing rather than breaking it
        assertThat(constraint(parser.read("a santoku with a blade under 30 mm", null, List.of()), "attr.blade_length").max()).isNotNull();
    }

    @Test
    void aWidthNothingHereHasMeasuresSomethingElse() {
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        assertThat(parser.read("my station is 3 feet wide, a santoku please", null, List.of()).constraints())
                .extracting(Constraint::id).containsExactly("attr.style");
        assertThat(constraint(parser.read("a santoku 7 inches long", null, List.of()), "attr.blade_length").min()).isNotNull();
    }

    @Test
    void theSizeOfWhatTheShopperHasIsALimitOnlyThroughAComparative() {
        Constraint jar = constraint(read("my current blender holds 1.25 liters, I want a bigger jar this time", null), "attr.jar_capacity");
        assertThat(jar.min()).isEqualByComparingTo("1.25");
        assertThat(jar.max()).isNull();
        assertThat(read("my old blender holds 1.25 liters and it broke, I want a new blender", null).constraints()).isEmpty();
        assertThat(read("my old blender holds 1.25 liters, I want a quieter blender", null).constraints())
                .noneMatch(c -> c.id().equals("attr.jar_capacity"));
    }

    @Test
    void aValueRefusedInPassingLeavesTheWantedOne() {
        Constraint jar = constraint(read("a blender with a glass jar, I'm done buying tritan ones", null), "attr.jar_material");
        assertThat(jar.operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(jar.values()).containsExactly("glass");
        Constraint refused = constraint(read("a blender, sick of tritan", null), "attr.jar_material");
        assertThat(refused.operator()).isEqualTo(Constraint.Operator.NONE_OF);
    }

    @Test
    void aCodeInsideAValueNamesIt() {
        // "Japanese VG-10": "VG-10" and "vg10" name the steel, and "stainless" is one jar material
        // beside "glass", not a guess another value overrules
        Reading knife = new IntentParser(STEELS, Meanings.NONE).read("a santoku in vg10", null, List.of());
        assertThat(constraint(knife, "attr.steel").values()).containsExactly("Japanese VG-10");
        Reading written = new IntentParser(STEELS, Meanings.NONE).read("santoku, VG-10 or Damascus", null, List.of());
        assertThat(constraint(written, "attr.steel").values()).containsExactlyInAnyOrder("Japanese VG-10", "Damascus");
        assertThat(constraint(read("a blender, jar stainless or glass", null), "attr.jar_material").values())
                .containsExactlyInAnyOrder("stainless steel", "glass");
    }

    @Test
    void aQuestionAskingForOthersIsASearch() {
        IntentParser parser = new IntentParser(VOCABULARY, Meanings.NONE);
        Reading others = parser.read("anything cheaper than the first one?", "blenders", SHOWN);
        assertThat(others.kind()).isEqualTo(Reading.Kind.SHOP);
        assertThat(others.relatives()).extracting(Reading.Relative::card).containsExactly(0);
        assertThat(parser.read("is it cheaper than the first one?", "blenders", SHOWN).kind()).isEqualTo(Reading.Kind.QUESTION);
    }

    @Test
    void whichIsTheSuperlativeAsksAcrossTheCardsShown() {
        IntentParser parser = new IntentParser(VOCABULARY, Meanings.NONE);
        for (String asked : List.of("which is the cheapest?", "which is quietest?")) {
            Reading r = parser.read(asked, "blenders", SHOWN);
            assertThat(r.kind()).as(asked).isEqualTo(Reading.Kind.QUESTION);
            assertThat(r.across()).as(asked).isNotEmpty();
        }
        assertThat(parser.read("which is quietest?", "blenders", List.of()).kind()).as("no cards: a search").isEqualTo(Reading.Kind.SHOP);
    }

    @Test
    void aBasketToPutInTheDishwasherIsNoCart() {
        assertThat(read("air fryer with a basket I can put in the dishwasher", null).action()).isNull();
        assertThat(read("put the second one in my basket", "blenders").action()).isEqualTo(ProposedAction.Kind.ADD_TO_CART);
    }

    @Test
    void aFollowUpThatAddsSaysSo() {
        assertThat(read("or red, either works", "blenders").adds()).isTrue();
        assertThat(read("and Calma too", "blenders").adds()).isTrue();
        // a second thing to buy is what the shopper looks at now: its type replaces the one before
        assertThat(read("and a tamper too", "blender-parts").adds()).isFalse();
        assertThat(read("or a tamper, either is fine", "blender-parts").adds()).isTrue();
        assertThat(read("tampers are fine too", "blender-parts").adds()).as("an acceptance widens").isTrue();
        assertThat(read("red please", "blenders").adds()).isFalse();
        assertThat(read("nothing too loud, red please", "blenders").adds()).isFalse();
    }

    @Test
    void britishSpellingsReadAsTheCatalogs() {
        assertThat(Words.tokens("a grey colour")).containsExactly("a", "gray", "color");
    }

    @Test
    void removingASizeOrAWordOfTheMerchandiser() {
        assertThat(read("forget the size", "air-fryers").removals()).containsExactly("attr.capacity");
        assertThat(read("the weight isn't a big deal, drop it", "blenders").removals()).isEmpty(); // no weight here
        assertThat(read("dishwasher safe is not needed", "blenders").removals()).containsExactly("attr.dishwasher_safe");
        assertThat(has(read("dishwasher safe is not needed", "blenders"), "attr.dishwasher_safe")).isFalse();
        // a flag's words before "isnt needed" (no apostrophe) or "really isn't necessary" (dev corpus rv-0054 said "pet tool isnt needed")
        Vocabulary vacuums = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                AttributeDefinition.flag("pet_hair", "Pet-hair tool", true), AttributeDefinition.choice("type", "Type", true, "stick", "robot")), 1),
                List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(vacuums, Meanings.NONE);
        for (String said : List.of("actually the pet hair tool isnt needed either", "the pet-hair tool really isn't necessary")) {
            Reading r = parser.read(said, "vacuums", List.of());
            assertThat(r.removals()).as(said).containsExactly("attr.pet_hair");
            assertThat(r.constraints()).as(said).noneMatch(c -> c.field().equals("attr.pet_hair"));
        }
    }

    @Test
    void aFlagSaidThroughItsLabelsVerbOrNegation() {
        Vocabulary home = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                AttributeDefinition.choice("kind", "Kind", true, "smart plug", "thermostat"),
                AttributeDefinition.flag("local_control", "Works without the internet", false),
                AttributeDefinition.flag("programmable", "Programmable start", false)), 1), List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(home, Meanings.NONE);
        assertThat(constraint(parser.read("smart plug without internet", null, List.of()), "attr.local_control").values()).containsExactly("yes");
        assertThat(constraint(parser.read("a smart plug I can program the night before", null, List.of()), "attr.programmable").values())
                .containsExactly("yes");
    }

    @Test
    void aSparePartInATalkAboutTheWholeProduct() {
        Reading jar = read("actually I just need a spare jar", "blenders");
        assertThat(jar.category()).isEqualTo("blender-parts");
        assertThat(constraint(jar, "attr.kind").values()).containsExactly("jar");
        assertThat(jar.unknown()).isEmpty();
        assertThat(read("a glass jar please", "blenders").category()).isNull(); // the blender's jar: no switch
        // in the same message as the blender it is for, named more often than the part
        Reading story = read("I bought my blender 4 years ago and love the blender, but the jar cracked. I need a replacement jar, "
                + "Tritan this time", null);
        assertThat(story.category()).isEqualTo("blender-parts");
        assertThat(constraint(story, "attr.kind").values()).containsExactly("jar");
    }

    @Test
    void aComparativeAgainstACardIsALimitNotANewPreference() {
        Reading quieter = new IntentParser(VOCABULARY, Meanings.NONE).read("something quieter than the second one", "blenders", SHOWN);
        assertThat(quieter.relatives()).extracting(Reading.Relative::field, Reading.Relative::card).containsExactly(
                org.assertj.core.groups.Tuple.tuple("attr.noise", 1));
        assertThat(quieter.constraints()).noneMatch(c -> c.operator() == Constraint.Operator.PREFER_LESS);
        // on its own, "the quietest" still ranks
        assertThat(read("the quietest blender", null).constraints()).anyMatch(c -> c.operator() == Constraint.Operator.PREFER_LESS);
    }

    @Test
    void aMeasureSaidWithWeightIsAPreference() {
        // ranked by the measured value, whether a reason code ("quiet") or the adjective carries it
        for (String said : List.of("a blender as quiet as possible", "a really quiet blender")) {
            assertThat(Recommender.measuredPreferences(read(said, null).constraints(), VOCABULARY, "blenders"))
                    .as(said).containsEntry("attr.noise", Vocabulary.Direction.LESS);
        }
        Reading light = new IntentParser(STEELS, Meanings.NONE).read("a santoku as light as possible", null, List.of());
        assertThat(Recommender.measuredPreferences(light.constraints(), STEELS, "kitchen-knives"))
                .containsEntry("attr.weight", Vocabulary.Direction.LESS);
        assertThat(light.relatives()).isEmpty();
        // a plain "light" ranks only when said of the thing wanted ("a light santoku"), not of a colour
        assertThat(new IntentParser(STEELS, Meanings.NONE).read("a santoku with a light grey handle", null, List.of()).constraints())
                .noneMatch(c -> c.field().equals("attr.weight"));
    }

    @Test
    void aDegreeWordMeasuresTheAttributeNamedAfterIt() {
        IntentParser parser = new IntentParser(STEELS, Meanings.NONE);
        Reading longest = parser.read("the santoku with the longest blade", null, List.of());
        assertThat(Recommender.measuredPreferences(longest.constraints(), STEELS, "kitchen-knives"))
                .containsExactly(java.util.Map.entry("attr.blade_length", Vocabulary.Direction.MORE));
        Reading shorter = parser.read("a shorter blade than the first", "kitchen-knives",
                List.of(new IntentParser.Shown("Keen 8 Chef", "Keen"), new IntentParser.Shown("Hamono 7 Santoku", "Hamono")));
        assertThat(shorter.relatives()).extracting(Reading.Relative::field, Reading.Relative::direction, Reading.Relative::card)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("attr.blade_length", Vocabulary.Direction.LESS, 0));
    }

    @Test
    void whatDoesNotMatterStaysInItsClause() {
        Reading r = read("a glass jar, the rest is fine", "blenders");
        assertThat(constraint(r, "attr.jar_material").values()).containsExactly("glass");
        assertThat(r.removals()).doesNotContain("attr.jar_material");
    }
}
