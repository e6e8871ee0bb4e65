package com.concierge.reviews.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.reviews.api.Contradiction;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {

    private final Lexicon lexicon = Lexicon.standard();
    private final List<ProductDetails.Attribute> blender = List.of(
            new ProductDetails.Attribute("power", "Power", AttributeType.NUMBER, new BigDecimal("1200"), "W", "1,200 W", "1200 W"),
            new ProductDetails.Attribute("jar_capacity", "Jar capacity", AttributeType.NUMBER, new BigDecimal("1500"), "ml", "1.5 L", "1.5 L"),
            new ProductDetails.Attribute("weight", "Weight", AttributeType.NUMBER, new BigDecimal("4.2"), "kg", "4.2 kg", "4.2 kg"),
            new ProductDetails.Attribute("jar_material", "Jar material", AttributeType.ENUM, "glass", null, "glass", "glass"));

    private List<Contradiction> check(String review) {
        return new ClaimChecker(lexicon).check(new ReviewReader(lexicon).read(new ReviewText(UUID.randomUUID(), review, 4)), blender);
    }

    @Test
    void aStatedQuantityFarFromTheCatalogIsFlaggedWithBothValues() {
        List<Contradiction> found = check("Nice machine. The jar holds 2 L, plenty for a family.");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.attribute()).isEqualTo("jar_capacity");
            assertThat(c.label()).isEqualTo("Jar capacity");
            assertThat(c.stated()).isEqualTo("2 L");
            assertThat(c.catalog()).isEqualTo("1.5 L");
            assertThat(c.citation().quote()).isEqualTo("The jar holds 2 L, plenty for a family.");
        });
    }

    @Test
    void agreeingOrRoundedNumbersAndUnmatchedDimensionsAreNotFlagged() {
        assertThat(check("It is 1,200 W and weighs about 9 lb.")).isEmpty(); // 9 lb = 4.08 kg
        assertThat(check("The jar holds 50 oz.")).isEmpty(); // 1.48 L
        assertThat(check("Blends for 45 s on high.")).isEmpty(); // no duration attribute
        assertThat(check("Mine weighs 6 kg!")).extracting(Contradiction::attribute).containsExactly("weight");
        assertThat(check("A 1,800 W motor.")).extracting(Contradiction::stated).containsExactly("1,800 W");
    }
}
