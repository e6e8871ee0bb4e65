package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Constraint;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.search.Synonym;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What names a category and what a word of the schema means, in a store whose vocabulary is built
 * here as the catalog would hand it over (title heads and shared title words as {@link TitleWords}
 * learns them).
 */
class CategoryEvidenceTest {

    static final Vocabulary VOCABULARY = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys and games", List.of(
                    AttributeDefinition.choice("kind", "Kind", true, "board game", "puzzle", "card game"),
                    AttributeDefinition.flag("small_parts", "Small parts (choking hazard under 3)", true)), 1),
                    List.of(new Vocabulary.Reason("toddler_safe", "No small parts", "small_parts", null)), Map.of(), Set.of(), Map.of(),
                    Set.of("game", "puzzle"), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                    AttributeDefinition.choice("kind", "Kind", true, "smart speaker", "smart plug", "smart bulb"),
                    AttributeDefinition.flag("subscription_required", "Subscription required for core features", true)), 1),
                    List.of(new Vocabulary.Reason("no_subscription", "No subscription", "subscription_required", null)),
                    Map.of("color", new TreeSet<>(Set.of("white"))), Set.of(), Map.of("color", "smart bulb"), Set.of("plug", "speaker", "bulb"),
                    Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                    AttributeDefinition.choice("form", "Form", true, "in-ear", "over-ear"),
                    AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "0", "360000", false)), 1),
                    List.of(), Map.of(), Set.of(), Map.of("earbud", "in-ear"), Set.of("earbud"), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("running-shoes", "Running shoes", List.of(
                    AttributeDefinition.quantity("drop", "Heel-to-toe drop", Dimension.LENGTH, Unit.MILLIMETRE, "0", "16", true)), 1),
                    List.of(), Map.of("color", new TreeSet<>(Set.of("orange", "white", "black"))), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("coffee-makers", "Coffee makers", List.of(
                    AttributeDefinition.choice("type", "Type", true, "drip", "espresso", "cold brew"),
                    AttributeDefinition.flag("grinder", "Built-in grinder", false)), 1),
                    List.of(), Map.of("color", new TreeSet<>(Set.of("black"))), Set.of(), Map.of("machine", "espresso"), Set.of("maker", "machine"),
                    Set.of("brew", "grind"))),
            List.of(new Synonym("earphones", Synonym.Kind.WORDS, "earbuds")));

    private static Reading read(String text, String current) {
        return new IntentParser(VOCABULARY, Meanings.NONE).read(text, current, List.of());
    }

    private static Constraint chip(Reading reading, String field) {
        return reading.constraints().stream().filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " not in " + reading.constraints()));
    }

    @Test
    void aReasonThatSaysAFlagsNameIsThatFlagAHardLimit() {
        Constraint noSmallParts = chip(read("a puzzle with no small parts", null), "attr.small_parts");
        assertThat(noSmallParts.hard()).isTrue();
        assertThat(noSmallParts.values()).containsExactly("no");
        Constraint noSubscription = chip(read("video doorbell, no subscription needed", "smart-home"), "attr.subscription_required");
        assertThat(noSubscription.hard()).isTrue();
        assertThat(noSubscription.values()).containsExactly("no");
    }

    @Test
    void aMerchandisersWordForAValueBelongsOnlyWhereTheValueIsTaken() {
        // "cabin bag" means luggage of type carry-on; coffee makers also have a "type", but no carry-on
        Vocabulary withLuggage = new Vocabulary(java.util.stream.Stream.concat(VOCABULARY.categories().stream(), java.util.stream.Stream.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("luggage", "Luggage", List.of(
                        AttributeDefinition.choice("type", "Type", true, "carry-on", "checked medium"),
                        AttributeDefinition.quantity("height", "Height", Dimension.LENGTH, Unit.CENTIMETRE, "0", "100", false)), 1),
                        List.of(), Map.of(), Set.of()))).toList(),
                List.of(new Synonym("cabin bag", Synonym.Kind.ATTRIBUTE, "type=carry-on"),
                        new Synonym("hand luggage", Synonym.Kind.ATTRIBUTE, "type=carry-on")));
        Reading reading = new IntentParser(withLuggage, Meanings.NONE).read("cabin bag", null, List.of());
        assertThat(reading.category()).isEqualTo("luggage");
        assertThat(chip(reading, "attr.type").values()).containsExactly("carry-on");
        assertThat(new IntentParser(withLuggage, Meanings.NONE).read("cabin bag no more than 55 cm high", null, List.of()).category()).isEqualTo("luggage");
        // the word naming the category is part of the merchandiser's phrase
        Reading hand = new IntentParser(withLuggage, Meanings.NONE).read("hand luggage please", null, List.of());
        assertThat(hand.category()).isEqualTo("luggage");
        assertThat(chip(hand, "attr.type").values()).containsExactly("carry-on");
        assertThat(hand.unknown()).isEmpty();
    }

    @Test
    void anotherCategorysProductTypeOrTitleHeadSwitchesTheConversation() {
        assertThat(read("ok now smart plugs", "kids-toys").category()).isEqualTo("smart-home");
        assertThat(read("now earbuds", "smart-home").category()).isEqualTo("headphones");
        assertThat(read("what about earphones", "kids-toys").category()).isEqualTo("headphones");
        // a word the current category uses, or something the shopper has, does not switch
        assertThat(read("any color is fine", "coffee-makers").category()).isNull();
        assertThat(read("one that fits in my earbuds case", "kids-toys").category()).isNull();
        // nor does a thing the product talked about should come with
        assertThat(read("it needs a smart plug as well", "headphones").category()).isNull();
        assertThat(read("with a speaker", "headphones").category()).isNull();
        assertThat(read("and a smart plug", "headphones").category()).isEqualTo("smart-home");
    }

    @Test
    void aBoundWordAfterTheAttributesNameBoundsTheQuantity() {
        Constraint drop = chip(read("running shoes, 4mm drop max, orange or white", null), "attr.drop");
        assertThat(drop.min()).isNull();
        assertThat(drop.max()).isEqualByComparingTo("4");
        assertThat(chip(read("running shoes, 4mm drop max, orange or white", null), "option.color").values())
                .containsExactlyInAnyOrder("orange", "white");
        Constraint battery = chip(read("headphones with 6 hours battery minimum", null), "attr.battery_life");
        assertThat(battery.min()).isEqualByComparingTo("6");
        assertThat(battery.max()).isNull();
        Constraint plus = chip(read("headphones with 30+ hours battery", null), "attr.battery_life");
        assertThat(plus.min()).isEqualByComparingTo("30");
        assertThat(plus.max()).isNull();
    }

    @Test
    void aValueNamedInFullWinsOverOneATitleWordSuggests() {
        assertThat(chip(read("a drip machine for the office", null), "attr.type").values()).containsExactly("drip");
        // "coffee machine" names the category; "brew" is in drip and cold brew titles alike
        assertThat(read("coffee machine that uses less than 1000 watts", null).constraints())
                .noneMatch(c -> c.field().equals("attr.type"));
        assertThat(read("grind and brew coffee maker", null).constraints()).noneMatch(c -> c.field().equals("attr.type"));
    }

    @Test
    void wiredIsNotWirelessAndASizeOfWhatTheShopperHasIsNoLimit() {
        Vocabulary vocabulary = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                AttributeDefinition.flag("wireless", "Wireless", true),
                AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.GRAM, "1", "1000", false)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading wired = new IntentParser(vocabulary, Meanings.NONE).read("wired headphones under $90", null, List.of());
        assertThat(chip(wired, "attr.wireless").values()).containsExactly("no");
        Reading mine = new IntentParser(vocabulary, Meanings.NONE).read("headphones that fit my 300 g bag", null, List.of());
        assertThat(mine.constraints()).noneMatch(c -> c.field().equals("attr.weight") || c.field().equals("price"));
    }

    @Test
    void aUnitMisspeltByOneLetterIsStillAUnitNeverAPrice() {
        Reading r = read("headphones with at least 20 hors of battery", null);
        assertThat(chip(r, "attr.battery_life").min()).isEqualByComparingTo("20");
        assertThat(r.constraints()).noneMatch(c -> c.field().equals("price"));
    }

    @Test
    void forgettingAFlagByItsWholeLabelRemovesItAndAsksForNothing() {
        Reading r = read("ok forget the built-in grinder, I'll buy one separately", "coffee-makers");
        assertThat(r.removals()).containsExactly("attr.grinder");
        assertThat(r.constraints()).as("the label's last word is not read again as the flag").isEmpty();
    }

    @Test
    void aThingNamedAfterForMyIsWhatTheShopperHasNotWhatTheyAskFor() {
        // "card game" and "game" are two mentions of toys against one of a plug, but they say what the plug is for
        assertThat(read("a plug for my card game", null).category()).isEqualTo("smart-home");
        assertThat(read("something for my card game", null).category()).as("nothing else named").isEqualTo("kids-toys");
    }

    @Test
    void aThingNamedAfterWithIsAFeatureOfWhatWasNamedFirst() {
        // "card game" and "game" are two mentions of toys against one of a plug, but they come after "with"
        assertThat(read("a plug with a card game on it", null).category()).isEqualTo("smart-home");
        assertThat(read("a card game", null).category()).isEqualTo("kids-toys");
    }

    @Test
    void aChildsAgeTwoVocabularyWordsWrittenAsOneAndMoneyToSpend() {
        Vocabulary toys = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys and games", List.of(
                AttributeDefinition.choice("kind", "Kind", true, "board game", "puzzle"),
                new AttributeDefinition("age_min", "Minimum age (years)", com.concierge.catalog.api.attributes.AttributeType.NUMBER, null, null,
                        java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN, Set.of(), false)), 1), List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(toys, Meanings.NONE);
        Reading grandson = parser.read("my grandson is 5 and he loves puzzles", null, List.of());
        assertThat(chip(grandson, "attr.age_min").max()).isEqualByComparingTo("5");
        assertThat(parser.read("my dad is 60 and loves puzzles", null, List.of()).constraints()).noneMatch(c -> c.field().equals("attr.age_min"));
        Reading boardgame = parser.read("boardgame for the family", null, List.of());
        assertThat(chip(boardgame, "attr.kind").values()).containsExactly("board game");
        assertThat(boardgame.corrections()).anyMatch(c -> c.written().equals("boardgame"));
        assertThat(chip(parser.read("a puzzle, got maybe 40 to spend", null, List.of()), "price").max()).isEqualByComparingTo("40");
    }

    @Test
    void atLeastAGradeOfAScaleIsThatGradeAndEveryOneAbove() {
        Vocabulary vocabulary = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                AttributeDefinition.choice("water_resistance", "Water resistance", false, "none", "IPX4", "IPX5", "IPX7")), 1),
                List.of(), Map.of(), Set.of())), List.of());
        IntentParser parser = new IntentParser(vocabulary, Meanings.NONE);
        assertThat(chip(parser.read("earbuds, water resistance at least IPX5", null, List.of()), "attr.water_resistance").values())
                .containsExactly("IPX5", "IPX7");
        assertThat(chip(parser.read("headphones IPX4 or better", null, List.of()), "attr.water_resistance").values())
                .containsExactly("IPX4", "IPX5", "IPX7");
        assertThat(chip(parser.read("headphones rated IPX5", null, List.of()), "attr.water_resistance").values()).containsExactly("IPX5");
    }

    @Test
    void aWordTwoCategoriesUseGoesWhereMoreOfTheMessageIsRead() {
        // "jar" names blender parts, but blenders have a jar too, and a motor
        Reading jar = IntentParserTest.read("1.5 litre jar minimum, 1200 watts or more, dishwasher safe", null);
        assertThat(jar.category()).isEqualTo("blenders");
        assertThat(IntentParserTest.constraint(jar, "attr.power").min()).isEqualByComparingTo("1200");
        assertThat(jar.understood()).anyMatch(u -> u.contains("reads more of the message"));
        // a part said plainly stays a part
        assertThat(IntentParserTest.read("a replacement glass jar", null).category()).isEqualTo("blender-parts");
    }

    @Test
    void aGiftSaidOnlyThroughThePersonGetsTheClearlyNearestCategory() {
        Meanings fries = new Meanings() {
            @Override
            public java.util.Optional<Meanings.Target> nearest(String words, List<Meanings.Target> targets) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Meanings.Target> likeliest(String words, List<Meanings.Target> targets) {
                return words.contains("fries") ? targets.stream().filter(t -> t.key().equals("air-fryers")).findFirst()
                        : java.util.Optional.empty();
            }
        };
        IntentParser parser = new IntentParser(IntentParserTest.VOCABULARY, fries);
        Reading gift = parser.read("a birthday present for a student who lives on frozen fries, under $80", null, List.of());
        assertThat(gift.category()).isEqualTo("air-fryers");
        assertThat(gift.categorySource()).isEqualTo("gift");
        assertThat(gift.unknown()).isEmpty();
        assertThat(IntentParserTest.constraint(gift, "price").max()).isEqualByComparingTo("80");
        // without an occasion the same words choose nothing, and a gift the model cannot place stays open
        assertThat(parser.read("a student who lives on frozen fries", null, List.of()).category()).isNull();
        assertThat(parser.read("a birthday present for my aunt", null, List.of()).category()).isNull();
    }

    @Test
    void aMerchandisersWordForAProductTypeIsReadAsThatWordWhereverItStands() {
        Vocabulary jugs = new Vocabulary(IntentParserTest.VOCABULARY.categories(), List.of(new Synonym("jug", Synonym.Kind.WORDS, "jar")));
        Reading part = new IntentParser(jugs, Meanings.NONE).read("a replacement jug for my blender", null, List.of());
        assertThat(part.category()).isEqualTo("blender-parts");
        assertThat(chip(part, "attr.kind").values()).containsExactly("jar");
        Reading blender = new IntentParser(jugs, Meanings.NONE).read("a new blender, and its jugs have to be glass", null, List.of());
        assertThat(blender.category()).as("the blender's own jar, not a part").isEqualTo("blenders");
        assertThat(chip(blender, "attr.jar_material").values()).containsExactly("glass");
    }

    @Test
    void aPartSaidToBeForAWholeOfItsKindIsAPartAskedFor() {
        // as the catalog hands them over: blender jars are sold under the blender makers' brands
        List<Vocabulary.CategoryWords> categories = new java.util.ArrayList<>(IntentParserTest.VOCABULARY.categories());
        categories.replaceAll(c -> c.key().equals("blender-parts") ? new Vocabulary.CategoryWords(c.definition(), c.reasons(), c.options(),
                Set.of("Vortex", "Calma"), Map.of(), Set.of("jar", "lid"), Set.of()) : c);
        IntentParser parser = new IntentParser(new Vocabulary(categories, List.of()), Meanings.NONE);
        for (String said : List.of("need a bigger jar for my Vortex, the one I've got is too small", "a glass jar for my Calma",
                "a jar that fits the blender", "a lid that fits my old Vortex")) {
            assertThat(parser.read(said, null, List.of()).category()).as(said).isEqualTo("blender-parts");
        }
        Reading jar = parser.read("the biggest glass jar for my Vortex", null, List.of());
        assertThat(chip(jar, "attr.kind").values()).containsExactly("jar");
        assertThat(chip(jar, "attr.material").values()).containsExactly("glass");
        // a jar of the blender asked for, and "for" what is not a blender, stay with blenders
        for (String said : List.of("a Vortex blender with a glass jar", "a blender with a glass jar for my smoothies",
                "a blender whose jar is big enough for my family")) {
            assertThat(parser.read(said, null, List.of()).category()).as(said).isEqualTo("blenders");
        }
    }

    @Test
    void aPartWordOfTheProductNamedIsThatProductsPartNotAPartAskedFor() {
        Reading blender = IntentParserTest.read("I'm after a new blender. You have to wash my old one's jar by hand, so the new one's jar has to be glass", null);
        assertThat(blender.category()).isEqualTo("blenders");
        assertThat(chip(blender, "attr.jar_material").values()).containsExactly("glass");
        assertThat(IntentParserTest.read("a new blender and a spare jar", null).category()).as("a part asked for").isEqualTo("blender-parts");
    }

    @Test
    void aPartRefusedIsNoEvidenceThatAPartIsAskedFor() {
        Reading whole = IntentParserTest.read("I need a whole blender, not a replacement jar. glass jar on it, the plastic ones go cloudy", null);
        assertThat(whole.category()).isEqualTo("blenders");
        assertThat(chip(whole, "attr.jar_material").values()).containsExactly("glass");
        assertThat(IntentParserTest.read("I need a replacement jar, glass", null).category()).as("a part asked for").isEqualTo("blender-parts");
    }

    @Test
    void aMakerOfWhatAProductMakesNamesThatProduct() {
        // "smoothie" is a blender program: a smoothie maker is a blender, any blender, and its jar the
        // blender's jar, though "jar" also ends the titles of the parts ("Vortex 64 oz Tritan Jar")
        // (a store that sells coffee makers too, so "maker" is a word of the store's)
        List<Vocabulary.CategoryWords> categories = java.util.stream.Stream.concat(IntentParserTest.VOCABULARY.categories().stream()
                .map(c -> !c.key().equals("blender-parts") ? c : new Vocabulary.CategoryWords(c.definition(), c.reasons(), c.options(),
                        c.brands(), Map.of("jar", "jar", "tamper", "tamper"), Set.of("jar", "tamper"), Set.of())),
                VOCABULARY.categories().stream().filter(c -> c.key().equals("coffee-makers"))).toList();
        IntentParser parser = new IntentParser(new Vocabulary(categories, IntentParserTest.VOCABULARY.synonyms()), Meanings.NONE);
        Reading maker = parser.read("smoothie maker for my teenager's room. Tritan jar, not glass, up to 90 dollars", null, List.of());
        assertThat(maker.category()).isEqualTo("blenders");
        assertThat(chip(maker, "attr.jar_material").values()).containsExactly("Tritan");
        assertThat(maker.constraints()).as("no program asked for").noneMatch(c -> c.field().equals("attr.programs"));
        assertThat(parser.read("a Tritan jar for my blender", null, List.of()).category()).as("a part asked for").isEqualTo("blender-parts");
    }

    @Test
    void aProductTypeSaidAsAVerbNamesNothing() {
        Vocabulary knives = new Vocabulary(java.util.stream.Stream.concat(VOCABULARY.categories().stream(), java.util.stream.Stream.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                        AttributeDefinition.choice("style", "Style", true, "chef", "paring", "set")), 1),
                        List.of(), Map.of(), Set.of(), Map.of("set", "set", "paring", "paring"), Set.of("knife", "set"), Set.of()))).toList(), List.of());
        IntentParser parser = new IntentParser(knives, Meanings.NONE);
        Reading nightBefore = parser.read("want to wake up to coffee already made, so one I can set the night before", null, List.of());
        assertThat(nightBefore.category()).isNotEqualTo("kitchen-knives");
        assertThat(nightBefore.constraints()).noneMatch(c -> c.field().equals("attr.style"));
        assertThat(parser.read("something to play music and set timers", null, List.of()).category()).isNotEqualTo("kitchen-knives");
        assertThat(chip(parser.read("actually switch to paring knives", "kitchen-knives", List.of()), "attr.style").values()).containsExactly("paring");
        Reading set = parser.read("a knife set, or a set of chef knives", null, List.of());
        assertThat(set.category()).isEqualTo("kitchen-knives");
        assertThat(chip(set, "attr.style").values()).contains("set");
    }

    @Test
    void whatNothingIsSaidOfIsRefused() {
        Vocabulary paying = new Vocabulary(VOCABULARY.categories(),
                List.of(new Synonym("pay monthly", Synonym.Kind.ATTRIBUTE, "subscription_required=yes"),
                        new Synonym("locked behind a subscription", Synonym.Kind.ATTRIBUTE, "subscription_required=yes")));
        IntentParser parser = new IntentParser(paying, Meanings.NONE);
        for (String said : List.of("smart plug, nothing I have to pay monthly for", "a smart speaker where nothing important is locked behind a subscription")) {
            assertThat(chip(parser.read(said, null, List.of()), "attr.subscription_required").values()).as(said).containsExactly("no");
        }
        assertThat(chip(parser.read("a smart plug, happy to pay monthly", null, List.of()), "attr.subscription_required").values()).containsExactly("yes");
    }

    @Test
    void aPartForAnotherPartAsksForTheFirst() {
        Reading lid = IntentParserTest.read("Spare lid for a Vortex jar? The dog chewed ours.", null);
        assertThat(lid.category()).isEqualTo("blender-parts");
        assertThat(chip(lid, "attr.kind").values()).containsExactly("lid");
        assertThat(chip(IntentParserTest.read("I want a lid. Also looking for a tamper", null), "attr.kind").values()).containsExactlyInAnyOrder("lid", "tamper");
    }

    @Test
    void aCompoundIsItsLastNounUnlessThatNounIsHowTheFirstIsMade() {
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                        AttributeDefinition.choice("kind", "Kind", true, "camera", "video doorbell"),
                        AttributeDefinition.choice("power_source", "Power source", true, "battery", "wired")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuum-parts", "Vacuum parts", List.of(
                        AttributeDefinition.choice("kind", "Part", true, "battery", "filter")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("type", "Type", true, "robot", "stick")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys", List.of(
                        AttributeDefinition.choice("kind", "Kind", true, "STEM kit", "puzzle")), 1), List.of(), Map.of(), Set.of(), Map.of(),
                        Set.of("kit"), Set.of())), List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        // "battery" is how a camera is powered: no vacuum part is a camera's
        Reading camera = parser.read("doorbell camera battery, under 120", null, List.of());
        assertThat(camera.category()).isEqualTo("smart-home");
        assertThat(chip(camera, "attr.power_source").values()).containsExactly("battery");
        // a vacuum's battery is a vacuum part, and a robot kit a kit
        assertThat(parser.read("a vacuum battery", null, List.of()).category()).isEqualTo("vacuum-parts");
        assertThat(parser.read("a coding robot kit", null, List.of()).category()).isEqualTo("kids-toys");
    }

    @Test
    void aPartAskedForWithReplacementOrForTheWholeStaysAPartThoughTheWholeReadsMore() {
        // blind corpus pf-0113: the vacuum reads "battery" (its power source) and "stick" (its type), every word
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuum-parts", "Vacuum parts", List.of(
                        AttributeDefinition.choice("kind", "Part", true, "battery", "filter")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("type", "Type", true, "robot", "stick"),
                        AttributeDefinition.choice("power_source", "Power source", true, "battery", "corded")), 1), List.of(), Map.of(), Set.of())),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        for (String said : List.of("replacement battery for a stick vacuum", "a battery for my stick vacuum")) {
            Reading part = parser.read(said, null, List.of());
            assertThat(part.category()).as(said).isEqualTo("vacuum-parts");
            assertThat(chip(part, "attr.kind").values()).as(said).containsExactly("battery");
        }
        // the whole product with a battery is still the vacuum
        assertThat(parser.read("a battery stick vacuum", null, List.of()).category()).isEqualTo("vacuums");
    }

    @Test
    void anAmountSaidWithItsAttributesWordsPointsAtThatCategoryOverAValueWord() {
        // blind corpus: "battery" is a toy's "Batteries required" and a vacuum's power source; the amount's own words decide
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                        AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "7200", "360000", false)), 1),
                        List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys and games", List.of(
                        AttributeDefinition.quantity("play_time", "Play time", Dimension.DURATION, Unit.MINUTE, "60", "14400", false),
                        AttributeDefinition.flag("batteries_required", "Batteries required", false)), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("power_source", "Power source", true, "battery", "corded"),
                        AttributeDefinition.quantity("bin_capacity", "Bin capacity", Dimension.VOLUME, Unit.LITRE, "100", "5000", false)), 1),
                        List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                        AttributeDefinition.choice("steel", "Steel", true, "German stainless", "carbon steel"),
                        new AttributeDefinition("hardness", "Hardness (HRC)", AttributeType.NUMBER, null, null, new BigDecimal("50"),
                                new BigDecimal("66"), Set.of(), false)), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                        AttributeDefinition.choice("basket_coating", "Basket coating", true, "ceramic", "stainless steel")), 1),
                        List.of(), Map.of(), Set.of())),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        assertThat(parser.read("battery life over 30 hours", null, List.of()).category()).isEqualTo("headphones");
        assertThat(parser.read("I hate emptying the bin after every room. Bin of at least 2 litres, and not a battery that dies halfway.", null,
                List.of()).category()).isEqualTo("vacuums");
        assertThat(parser.read("the kind of steel that rusts if you leave it wet, hardness 60 or more", null, List.of()).category())
                .isEqualTo("kitchen-knives");
        // an amount's own attribute word wins over a size adjective beside it: the drop, not an air fryer's width
        Vocabulary shoes = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                        AttributeDefinition.quantity("width", "Width", Dimension.LENGTH, Unit.INCH, "150", "600", false)), 1),
                        List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("running-shoes", "Running shoes", List.of(
                        AttributeDefinition.choice("support", "Support", true, "neutral", "stability"),
                        AttributeDefinition.quantity("drop", "Heel-to-toe drop", Dimension.LENGTH, Unit.MILLIMETRE, "0", "16", true)), 1),
                        List.of(), Map.of(), Set.of())),
                List.of());
        Reading drop = new IntentParser(shoes, Meanings.NONE).read("my PT says I need stability, drop of 8mm or more, size 11 wide", null, List.of());
        assertThat(drop.category()).isEqualTo("running-shoes");
        assertThat(chip(drop, "attr.drop").min()).isEqualByComparingTo("8");
    }

    @Test
    void theThingAskedForOutweighsThingsToldOfAroundIt() {
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("type", "Type", true, "robot", "stick")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                        AttributeDefinition.choice("form", "Form", true, "over-ear", "in-ear")), 1), List.of(), Map.of(), Set.of())),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        // blind corpus fo-0104: two words name the vacuum in the backstory, one the headphones asked for
        assertThat(parser.read("My roommate runs a robot vacuum all day while I'm trying to work. I need headphones that block out sound.", null,
                List.of()).category()).isEqualTo("headphones");
        assertThat(parser.read("my robot vacuum is so loud, I'm looking for over-ear headphones", null, List.of()).category()).isEqualTo("headphones");
        // not asked for when the asking is negated
        assertThat(parser.read("I don't need headphones, just a robot vacuum that is quiet", null, List.of()).category()).isEqualTo("vacuums");
        // nor when the name only says which thing of another noun ("the speaker unit" of headphones)
        Vocabulary speakers = new Vocabulary(List.of(store.categories().get(1),
                new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                        AttributeDefinition.choice("kind", "Kind", true, "speaker", "plug")), 1), List.of(), Map.of(), Set.of())),
                List.of());
        assertThat(new IntentParser(speakers, Meanings.NONE).read("I want the speaker unit inside each earcup to be big. Over-ear or in-ear.", null,
                List.of()).category()).isEqualTo("headphones");
    }

    @Test
    void aPartForItAfterTheWholeIsNamedIsAPartAskedFor() {
        // blind corpus: the shopper's own vacuum is told of first, then the part is asked for "for it"
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuum-parts", "Vacuum filters and batteries", List.of(
                        AttributeDefinition.choice("kind", "Part", true, "battery", "HEPA filter")), 1), List.of(), Map.of(), Set.of("Cyclone")),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("type", "Type", true, "robot", "stick"),
                        AttributeDefinition.choice("power_source", "Power source", true, "battery", "corded"),
                        AttributeDefinition.flag("hepa", "HEPA filtration", true)), 1), List.of(), Map.of(), Set.of("Cyclone"))),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        for (String said : List.of("my Cyclone stick only lasts 10 minutes now, do you sell batteries for it?",
                "our stick vacuum has been losing suction. Need the HEPA filter for it")) {
            assertThat(parser.read(said, null, List.of()).category()).as(said).isEqualTo("vacuum-parts");
        }
        // "for it" with no whole of the kind named before says nothing about parts
        assertThat(parser.read("a stick vacuum with a big battery, I need it for my stairs", null, List.of()).category()).isEqualTo("vacuums");
        // a range after "replace the HEPA filter" swaps nothing out: the filter is the part asked for
        Reading filter = parser.read("our stick vacuum is losing suction and the manual says to replace the HEPA filter every 6-12 months. "
                + "Need the HEPA filter for it", null, List.of());
        assertThat(filter.category()).isEqualTo("vacuum-parts");
        assertThat(chip(filter, "attr.kind").operator()).isEqualTo(Constraint.Operator.ANY_OF);
        assertThat(chip(filter, "attr.kind").values()).containsExactly("HEPA filter");
        assertThat(filter.constraints()).as("a span of months is no price").noneMatch(c -> c.field().equals("price"));
    }

    @Test
    void aSparePartToldOfIsNoPartAskedFor() {
        Vocabulary store = new Vocabulary(List.of(
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuum-parts", "Vacuum filters and batteries", List.of(
                        AttributeDefinition.choice("kind", "Part", true, "battery", "HEPA filter", "foam filter")), 1), List.of(), Map.of(), Set.of()),
                new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                        AttributeDefinition.choice("type", "Type", true, "upright", "stick"),
                        AttributeDefinition.flag("hepa", "HEPA filtration", true)), 1), List.of(), Map.of(), Set.of())),
                List.of());
        IntentParser parser = new IntentParser(store, Meanings.NONE);
        // blind corpus fe-0053, p-0039: the spare filters are why no HEPA filter is wanted, not what is asked for
        Reading stick = parser.read("stick vac without a HEPA filter, the replacement filters cost a fortune", null, List.of());
        assertThat(stick.category()).isEqualTo("vacuums");
        assertThat(chip(stick, "attr.hepa").values()).containsExactly("no");
        Reading followUp = parser.read("no HEPA filter please — the replacement filters cost a fortune", "vacuums", List.of());
        assertThat(followUp.category()).as("the talk stays with vacuums").isNull();
        assertThat(chip(followUp, "attr.hepa").values()).containsExactly("no");
        // asked for, they are parts
        for (String said : List.of("the replacement filter for my stick vacuum", "replacement filters please", "I need the replacement filters")) {
            assertThat(parser.read(said, null, List.of()).category()).as(said).isEqualTo("vacuum-parts");
        }
    }

    @Test
    void aPartSaidOfTheThingNamedBeforeItIsThatThingsPart() {
        for (String said : List.of("a blender whose jar is glass", "I want a blender where the jar is glass", "looking for a blender, the jar has to be glass")) {
            Reading blender = IntentParserTest.read(said, null);
            assertThat(blender.category()).as(said).isEqualTo("blenders");
            assertThat(chip(blender, "attr.jar_material").values()).as(said).containsExactly("glass");
        }
        // a part asked for is still a part, the blender it is for only says which
        assertThat(IntentParserTest.read("a replacement lid for my Calma blender", null).category()).isEqualTo("blender-parts");
        assertThat(IntentParserTest.read("a blender lid", null).category()).isEqualTo("blender-parts");
    }
}
