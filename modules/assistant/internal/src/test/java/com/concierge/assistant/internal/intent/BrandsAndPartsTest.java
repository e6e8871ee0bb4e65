package com.concierge.assistant.internal.intent;

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
 * What a brand, a part said with its whole, and a product type said as a verb tell about the category, in a store
 * whose brands make blenders and their parts, vacuums and their parts, or several kinds of thing.
 */
class BrandsAndPartsTest {

    static final Vocabulary VOCABULARY = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("blenders", "Blenders", List.of(
                    AttributeDefinition.quantity("power", "Motor power", Dimension.POWER, Unit.WATT, "100", "3000", true),
                    AttributeDefinition.choice("jar_material", "Jar material", true, "glass", "Tritan")), 1),
                    List.of(), Map.of(), Set.of("Vortex", "KitchenPro")),
            new Vocabulary.CategoryWords(new CategoryDefinition("blender-parts", "Blender jars and parts", List.of(
                    AttributeDefinition.choice("kind", "Part", true, "jar", "lid", "tamper")), 1),
                    List.of(), Map.of(), Set.of("Vortex", "KitchenPro")),
            new Vocabulary.CategoryWords(new CategoryDefinition("air-fryers", "Air fryers", List.of(
                    AttributeDefinition.quantity("power", "Power", Dimension.POWER, Unit.WATT, "500", "3000", true)), 1),
                    List.of(), Map.of(), Set.of("KitchenPro", "Crispo")),
            new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                    AttributeDefinition.choice("type", "Type", true, "stick", "upright", "robot"),
                    AttributeDefinition.choice("power_source", "Power source", true, "battery", "mains")), 1),
                    List.of(), Map.of(), Set.of("Cyclone", "Sweepa")),
            new Vocabulary.CategoryWords(new CategoryDefinition("vacuum-parts", "Vacuum filters and batteries", List.of(
                    AttributeDefinition.choice("kind", "Part", true, "battery", "filter"),
                    AttributeDefinition.quantity("battery_capacity", "Battery capacity", Dimension.ELECTRIC_CHARGE, Unit.MILLIAMPERE_HOUR,
                            "500", "10000", true)), 1),
                    List.of(), Map.of(), Set.of("Cyclone", "Sweepa")),
            new Vocabulary.CategoryWords(new CategoryDefinition("headphones", "Headphones", List.of(
                    AttributeDefinition.quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "0", "360000", false)), 1),
                    List.of(), Map.of(), Set.of("Quietude")),
            new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                    AttributeDefinition.choice("style", "Style", true, "chef", "set")), 1),
                    List.of(), Map.of(), Set.of("Hamono")),
            new Vocabulary.CategoryWords(new CategoryDefinition("coffee-makers", "Coffee makers", List.of(
                    AttributeDefinition.flag("programmable", "Programmable start", true)), 1),
                    List.of(), Map.of(), Set.of("Brewster")),
            new Vocabulary.CategoryWords(new CategoryDefinition("smart-home", "Smart home", List.of(
                    AttributeDefinition.choice("kind", "Kind", true, "smart speaker", "smart plug")), 1),
                    List.of(), Map.of(), Set.of("Nestor"), Map.of(), Set.of("plug", "speaker"), Set.of())),
            List.of());

    private static Reading read(String text, String current) {
        return new IntentParser(VOCABULARY, Meanings.NONE).read(text, current, List.of());
    }

    private static List<String> values(Reading reading, String field) {
        return reading.constraints().stream().filter(c -> c.field().equals(field)).findFirst().map(Constraint::values).orElse(List.of());
    }

    @Test
    void aBrandThatMakesOneKindOfThingSaysWhatIsWanted() {
        assertThat(read("Vortex", null).category()).isEqualTo("blenders");
        // the brand settles which category's power "900 watts" is: blenders, not air fryers
        Reading another = read("I want another Vortex, at least 900 watts", null);
        assertThat(another.category()).isEqualTo("blenders");
        assertThat(another.constraints()).anyMatch(c -> c.field().equals("attr.power") && c.min().intValue() == 900);
        // a brand that makes several kinds of thing says none of them
        assertThat(read("KitchenPro", null).category()).isNull();
        // refused, it still says what is shopped for (blind corpus sh-0123: "not Brewster, not KitchenPro. stainless finish")
        Reading refused = read("not another Vortex, at least 900 watts", null);
        assertThat(refused.category()).isEqualTo("blenders");
        assertThat(values(refused, "brand")).containsExactly("Vortex");
        assertThat(refused.constraints()).anyMatch(c -> c.field().equals("brand") && c.operator() == Constraint.Operator.NONE_OF);
    }

    @Test
    void aBrandSaidAsWhatTheThingIsForAsksForItsParts() {
        assertThat(read("something for my Vortex", null).category()).isEqualTo("blender-parts");
        // the battery capacity is a part's: the brand makes both, the amount says which
        assertThat(read("sweepa battery 2500mah+ under $90", null).category()).isEqualTo("vacuum-parts");
    }

    @Test
    void aThingForABrandItsCategoryDoesNotSellIsThatBrandsPart() {
        // no vacuum is a Vortex: the stick is a blender's
        assertThat(read("that stick you push the frozen fruit down with, for a Vortex", null).category()).isEqualTo("blender-parts");
        // a stick vacuum for a brand of vacuums stays one
        assertThat(read("a stick vacuum for a Cyclone fan", null).category()).isEqualTo("vacuums");
    }

    @Test
    void aPartSaidWithItsWholeIsThePartNotTheWholesFeature() {
        Reading battery = read("vacuum battery that lasts the longest", null);
        assertThat(battery.category()).isEqualTo("vacuum-parts");
        assertThat(values(battery, "attr.kind")).containsExactly("battery");
    }

    @Test
    void aProductTypeSaidAsAVerbNamesNothing() {
        // "set" of "be set to start" and "ever set it" is a doing, not a knife set: the talk stays on coffee makers
        assertThat(read("can the second one be set to start on a timer?", "coffee-makers").category()).isNull();
        assertThat(read("skip the programmable stuff, nobody will ever set it", "coffee-makers").category()).isNull();
        assertThat(read("a knife set", null).category()).isEqualTo("kitchen-knives");
        // "plugs into the jack" is how it connects, not a smart plug
        assertThat(read("the kind with a cable that plugs into the jack", null).category()).isNotEqualTo("smart-home");
        assertThat(read("a smart plug", null).category()).isEqualTo("smart-home");
    }

    @Test
    void aThingTheShopperHadIsWhyNotWhat() {
        // said of blenders: the talk stays on blenders
        Reading had = read("and no KitchenPro, had their air fryer and it was junk", "blenders");
        assertThat(had.category()).isNull();
        assertThat(had.constraints()).anyMatch(c -> c.field().equals("brand") && c.operator() == Constraint.Operator.NONE_OF);
    }
}
