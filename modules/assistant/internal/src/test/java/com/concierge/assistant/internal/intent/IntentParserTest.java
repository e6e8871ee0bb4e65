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

/** The parser reads words with a vocabulary built here the way the catalog would hand it over. */
public class IntentParserTest {

    public static final Vocabulary VOCABULARY = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("blenders", "Blenders", List.of(
                    AttributeDefinition.quantity("noise", "Noise at full speed", Dimension.SOUND_LEVEL, Unit.DECIBEL, "40", "110", true),
                    AttributeDefinition.quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "300", "3000", true),
                    AttributeDefinition.quantity("power", "Motor power", Dimension.POWER, Unit.WATT, "100", "3000", true),
                    AttributeDefinition.choice("jar_material", "Jar material", true, "glass", "Tritan", "stainless steel"),
                    AttributeDefinition.flag("dishwasher_safe", "Dishwasher-safe jar", true),
                    new AttributeDefinition("programs", "Programs", AttributeType.LIST, null, null, null, null, Set.of("smoothie", "soup"), false)), 1),
                    List.of(new Vocabulary.Reason("quiet", "Quiet", "noise", Vocabulary.Direction.LESS),
                            new Vocabulary.Reason("easy_to_clean", "Easy to clean", "dishwasher_safe", null)),
                    Map.of("color", new TreeSet<>(Set.of("black", "red", "white"))), Set.of("Calma", "Vortex")),
            new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                    AttributeDefinition.quantity("capacity", "Basket capacity", Dimension.VOLUME, Unit.QUART, "1000", "12000", true)), 1),
                    List.of(new Vocabulary.Reason("family_size", "Family size", "capacity", Vocabulary.Direction.MORE)), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("kids-toys", "Kids' toys and games", List.of(
                    new AttributeDefinition("age_min", "Minimum age (years)", AttributeType.NUMBER, null, null, BigDecimal.ZERO, BigDecimal.TEN, Set.of(), false),
                    AttributeDefinition.choice("material", "Main material", true, "wood", "plastic")), 1),
                    List.of(new Vocabulary.Reason("giftable", "Giftable", "kind", null)), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("blender-parts", "Blender jars and parts", List.of(
                    AttributeDefinition.choice("kind", "Part", true, "jar", "lid", "tamper"),
                    AttributeDefinition.choice("material", "Material", false, "glass", "Tritan")), 1),
                    List.of(), Map.of(), Set.of())),
            List.of(new Synonym("quiet", Synonym.Kind.REASON, "quiet"), new Synonym("dishwasher safe", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=yes")));

    static Reading read(String text, String current) {
        return new IntentParser(VOCABULARY, Meanings.NONE).read(text, current, List.of());
    }

    /** A message read while {@code shown} cards are on screen. */
    public static Reading read(String text, String current, List<com.concierge.assistant.internal.session.SessionState.ShownItem> shown) {
        return new IntentParser(VOCABULARY, Meanings.NONE).read(text, current, shown.stream().map(s -> new IntentParser.Shown(s.title(), s.brand())).toList());
    }

    /** The chip read on {@code field}, if any. */
    static java.util.Optional<Constraint> chip(Reading reading, String field) {
        return reading.constraints().stream().filter(c -> c.field().equals(field)).findFirst();
    }

    static Constraint constraint(Reading reading, String id) {
        return reading.constraints().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + reading.constraints()));
    }

    @Test
    void aQuietBlenderForSmoothiesEasyToCleanUnder150() {
        Reading r = read("a quiet blender for smoothies, easy to clean, under $150", null);
        assertThat(r.kind()).isEqualTo(Reading.Kind.SHOP);
        assertThat(r.category()).isEqualTo("blenders");
        assertThat(constraint(r, "price").max()).isEqualByComparingTo("150");
        assertThat(constraint(r, "price").hard()).isTrue();
        assertThat(constraint(r, "reason.quiet").hard()).isFalse();
        assertThat(constraint(r, "reason.easy_to_clean").hard()).isFalse();
        assertThat(constraint(r, "use.smoothie").field()).isEqualTo("attr.programs");
    }

    @Test
    void theBestRatedRanksByRating() {
        Reading r = read("the best rated blender under $100", null);
        assertThat(constraint(r, "prefer.rating").operator()).isEqualTo(Constraint.Operator.PREFER_MORE);
        assertThat(constraint(r, "price").max()).isEqualByComparingTo("100");
    }

    @Test
    void pricesInAnyNotation() {
        assertThat(constraint(read("blender, 150 bucks max", null), "price").max()).isEqualByComparingTo("150");
        assertThat(constraint(read("blender below 99.99 dollars", null), "price").max()).isEqualByComparingTo("99.99");
        Constraint range = constraint(read("a blender between $50 and $100", null), "price");
        assertThat(range.min()).isEqualByComparingTo("50");
        assertThat(range.max()).isEqualByComparingTo("100");
        Constraint dash = constraint(read("blender $60-$90", null), "price");
        assertThat(dash.min()).isEqualByComparingTo("60");
        assertThat(dash.max()).isEqualByComparingTo("90");
        assertThat(constraint(read("blender over $200", null), "price").min()).isEqualByComparingTo("200");
    }

    @Test
    void thePersonAGiftIsForIsNoThingAskedFor() {
        Reading son = read("My son just finished culinary school, I want to get him something nice, up to $300", null);
        assertThat(son.gift()).isTrue();
        assertThat(son.recipient()).isEqualTo("son");
        assertThat(son.unknown()).doesNotContain("son");
        assertThat(constraint(son, "price").max()).isEqualByComparingTo("300");
        assertThat(read("something for my 60 year old dad", null).recipient()).isEqualTo("dad");
        assertThat(read("a quiet blender", null).gift()).isFalse();
    }

    @Test
    void aNegatedBoundOfAnyWordingIsTurnedRound() {
        Constraint north = constraint(read("dont want to spend north of 200 on a blender", null), "price");
        assertThat(north.min()).isNull();
        assertThat(north.max()).isEqualByComparingTo("200");
        Constraint penny = constraint(read("a blender, not a penny over 140", null), "price");
        assertThat(penny.min()).isNull();
        assertThat(penny.max()).isEqualByComparingTo("140");
        assertThat(constraint(read("a blender, north of 200", null), "price").min()).isEqualByComparingTo("200");
        assertThat(constraint(read("earbuds that arent more than 50", null), "price").max()).isEqualByComparingTo("50");
    }

    @Test
    void anAmountForTheThingIsWhatTheShopperMeansToPay() {
        assertThat(constraint(read("the best blender for 60 dollars", null), "price").max()).isEqualByComparingTo("60");
        assertThat(read("my old blender cost like 90 bucks, want a new one", null).constraints().stream()
                .noneMatch(c -> c.field().equals("price"))).as("what something cost is no limit").isTrue();
    }

    @Test
    void ouncesAreAWeightBelowSixteenAndAVolumeFromThere() {
        Vocabulary weighed = new Vocabulary(List.of(new Vocabulary.CategoryWords(new CategoryDefinition("blenders", "Blenders", List.of(
                AttributeDefinition.quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "300", "3000", true),
                AttributeDefinition.quantity("weight", "Weight", Dimension.MASS, Unit.KILOGRAM, "200", "8000", false)), 1),
                List.of(), Map.of(), Set.of())), List.of());
        Reading jar = new IntentParser(weighed, Meanings.NONE).read("a 64oz blender", null, List.of());
        assertThat(jar.constraints()).extracting(Constraint::field).containsExactly("attr.jar_capacity");
        Reading light = new IntentParser(weighed, Meanings.NONE).read("a blender under 12 oz", null, List.of());
        assertThat(light.constraints()).extracting(Constraint::field).containsExactly("attr.weight");
    }

    @Test
    void aNegatedAdjectiveOfMeasurePrefersTheOtherEnd() {
        for (String said : List.of("a blender, but not one of those loud ones", "a blender, nothing loud", "a blender that is not too noisy")) {
            Reading r = read(said, null);
            assertThat(r.constraints()).as(said).anyMatch(c -> c.field().equals("reason") && c.values().contains("quiet")
                    || c.field().equals("attr.noise") && c.operator() == Constraint.Operator.PREFER_LESS);
        }
        assertThat(read("a blender for my loud kitchen", null).constraints()).noneMatch(c -> c.operator() == Constraint.Operator.PREFER_LESS);
    }

    @Test
    void limitsAsABlindWritersShoppersSaidThem() {
        assertThat(constraint(read("a blender, quieter then 72 db", null), "attr.noise").max()).isEqualByComparingTo("72");
        assertThat(constraint(read("blender, three hundred and not a penny more", null), "price").max()).isEqualByComparingTo("300");
        assertThat(constraint(read("a blender, $55ish", null), "price").max()).isEqualByComparingTo("55");
        assertThat(constraint(read("a blender, budget's around two hundred", null), "price").max()).isEqualByComparingTo("200");
        Constraint phone = constraint(read("a blender under $160, our number is 555-0142", null), "price");
        assertThat(phone.min()).as("a code with a leading zero is no amount").isNull();
        assertThat(phone.max()).isEqualByComparingTo("160");
        assertThat(read("a blender for his birthday on 12 March", null).constraints()).as("a day of a date is no limit").isEmpty();
        Constraint power = constraint(read("a blender that goes up to 1500 watts", null), "attr.power");
        assertThat(power.min()).as("what the product can reach").isEqualByComparingTo("1500");
        assertThat(power.max()).isNull();
        assertThat(constraint(read("a blender up to 1500 watts", null), "attr.power").max()).isEqualByComparingTo("1500");
        assertThat(constraint(read("a blender, Rs 5000 maximum", null), "price").source()).contains("rs");
    }

    @Test
    void aChildsAgeInMonthsOrAsTheYoungest() {
        assertThat(constraint(read("a toy for an 18 month old", null), "attr.age_min").max()).isEqualByComparingTo("1.5");
        assertThat(constraint(read("a wooden toy, my youngest is 6", null), "attr.age_min").max()).isEqualByComparingTo("6");
    }

    @Test
    void aBudgetSaidLooselyIsACapWhileASizeSaidLooselyIsAWindow() {
        Constraint budget = constraint(read("a blender, around 250 dollars", null), "price");
        assertThat(budget.min()).isNull();
        assertThat(budget.max()).isEqualByComparingTo("250");
        assertThat(constraint(read("blender for about $80", null), "price").max()).isEqualByComparingTo("80");
        Constraint size = constraint(read("an air fryer of about 6 quarts", null), "attr.capacity");
        assertThat(size.min()).isNotNull();
        assertThat(size.max()).isNotNull();
    }

    @Test
    void quantitiesWithUnitsBecomeAttributeBoundsInTheDisplayUnit() {
        Constraint quarts = constraint(read("an air fryer between 2 and 4 quarts", null), "attr.capacity");
        assertThat(quarts.min()).isEqualByComparingTo("2");
        assertThat(quarts.max()).isEqualByComparingTo("4");
        assertThat(quarts.unit()).isEqualTo("qt");
        Constraint noise = constraint(read("blender under 60 dB", null), "attr.noise");
        assertThat(noise.max()).isEqualByComparingTo("60");
        Constraint litres = constraint(read("blender with at least 64 oz jar", null), "attr.jar_capacity");
        assertThat(litres.min()).isEqualByComparingTo("1.89"); // 64 fl oz in litres, as the schema shows it
    }

    @Test
    void negationsBooleansAndOptions() {
        Reading r = read("blender not red, no glass, dishwasher safe", null);
        assertThat(constraint(r, "option.color").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(r, "option.color").values()).containsExactly("red");
        assertThat(constraint(r, "attr.jar_material").operator()).isEqualTo(Constraint.Operator.NONE_OF);
        assertThat(constraint(r, "attr.dishwasher_safe").values()).containsExactly("yes");
        assertThat(constraint(read("only black", "blenders"), "option.color").values()).containsExactly("black");
    }

    @Test
    void recipientsAndOccasions() {
        Reading r = read("a wedding gift for my son who is seven", null);
        assertThat(r.category()).isEqualTo("kids-toys");
        assertThat(constraint(r, "attr.age_min").max()).isEqualByComparingTo("7");
        assertThat(constraint(r, "reason.giftable").hard()).isFalse();
    }

    @Test
    void followUpsRefineRemoveAndStartOver() {
        Reading cheaper = read("cheaper", "blenders");
        assertThat(cheaper.kind()).isEqualTo(Reading.Kind.SHOP);
        assertThat(cheaper.relatives()).extracting(Reading.Relative::field).containsExactly("price");
        Reading quieter = read("quieter please", "blenders");
        assertThat(quieter.relatives()).extracting(Reading.Relative::field).containsExactly("attr.noise");
        assertThat(read("forget the price limit", "blenders").removals()).containsExactly("price");
        assertThat(read("start over", "blenders").fresh()).isTrue();
        Reading other = read("actually an air fryer", "blenders");
        assertThat(other.fresh()).as("a new category is a new topic").isTrue();
        assertThat(read("with a glass jar", "blenders").category()).as("'jar' alone does not leave blenders").isNull();
    }

    @Test
    void theCategoryNamedFirstWinsAndItsWordsCanBeValues() {
        Reading part = read("a replacement glass jar for a blender", null);
        assertThat(part.category()).isEqualTo("blender-parts");
        assertThat(constraint(part, "attr.kind").values()).containsExactly("jar");
        assertThat(constraint(part, "attr.material").values()).containsExactly("glass");
        Reading blender = read("a blender with a glass jar", null);
        assertThat(blender.category()).isEqualTo("blenders");
        assertThat(constraint(blender, "attr.jar_material").values()).containsExactly("glass");
        assertThat(blender.unknown()).as("'jar' belongs to 'glass'").isEmpty();
    }

    @Test
    void materialAdjectivesAndOunces() {
        Reading toy = read("a wooden toy", null);
        assertThat(toy.category()).isEqualTo("kids-toys");
        assertThat(constraint(toy, "attr.material").values()).containsExactly("wood");
        Reading jar = read("blender with at least 64 oz jar", null);
        assertThat(constraint(jar, "attr.jar_capacity").unit()).isEqualTo("L");
    }

    @Test
    void questionsComparisonsAndRequests() {
        List<IntentParser.Shown> shown = List.of(new IntentParser.Shown("Calma Whisper 900 Blender", "Calma"),
                new IntentParser.Shown("Vortex Go 350 Blender", "Vortex"));
        IntentParser parser = new IntentParser(VOCABULARY, Meanings.NONE);
        Reading question = parser.read("is it dishwasher safe?", "blenders", shown);
        assertThat(question.kind()).isEqualTo(Reading.Kind.QUESTION);
        assertThat(question.constraints()).as("a question does not filter").isEmpty();
        Reading compare = parser.read("the Calma or the Vortex?", "blenders", shown);
        assertThat(compare.kind()).isEqualTo(Reading.Kind.COMPARE);
        assertThat(compare.references()).containsExactly(0, 1);
        assertThat(parser.read("help me decide", "blenders", shown).kind()).isEqualTo(Reading.Kind.DECIDE);
        assertThat(parser.read("add the second one to my cart", "blenders", shown).references()).containsExactly(1);
        assertThat(parser.read("add the second one to my cart", "blenders", shown).kind()).isEqualTo(Reading.Kind.ACTION);
        assertThat(parser.read("what is the return policy?", "blenders", shown).kind()).isEqualTo(Reading.Kind.QUESTION);
    }

    @Test
    void starsAreARatingFloorNeverAPrice() {
        for (String text : List.of("a blender rated 4.5 stars or better", "blender, at least 4 stars", "blender 4+ stars under $100",
                "blender 4 stars min")) {
            Reading r = read(text, null);
            assertThat(constraint(r, "rating").min()).as(text).isIn(new BigDecimal("4"), new BigDecimal("4.5"));
            assertThat(r.constraints().stream().filter(c -> c.field().equals("price")).map(Constraint::max).toList()).as(text)
                    .allMatch(max -> max != null && max.compareTo(new BigDecimal("100")) == 0);
        }
    }

    @Test
    void moneyAsShoppersSayIt() {
        assertThat(constraint(read("blender, half a grand tops", null), "price").max()).isEqualByComparingTo("500");
        assertThat(constraint(read("blender budget 1.5k", null), "price").max()).isEqualByComparingTo("1500");
        assertThat(constraint(read("blender, nothin over a hundo", null), "price").max()).isEqualByComparingTo("100");
        assertThat(constraint(read("sub-100 blender", null), "price").max()).isEqualByComparingTo("100");
        assertThat(constraint(read("blender south of $140", null), "price").max()).isEqualByComparingTo("140");
        assertThat(constraint(read("a blender north of 80 dollars", null), "price").min()).isEqualByComparingTo("80");
        assertThat(read("a 1.5 kg blender", null).constraints()).noneMatch(c -> c.field().equals("price"));
        assertThat(constraint(read("blender, 60 clams max", null), "price").max()).isEqualByComparingTo("60");
        assertThat(constraint(read("blender for under 80 bones", null), "price").max()).isEqualByComparingTo("80");
        assertThat(constraint(read("a blender for under a tenner", null), "price").unit()).as("pounds").isNotEqualTo("USD");
    }

    @Test
    void anOccasionDoesNotChooseACategory() {
        assertThat(read("birthday present for my dad", null).category()).isNull();
        assertThat(read("a birthday present, a wooden toy", null).category()).isEqualTo("kids-toys");
    }
}
