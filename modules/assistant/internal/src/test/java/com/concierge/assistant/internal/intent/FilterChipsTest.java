package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.SearchFilters;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterChipsTest {

    private static final Optional<CategoryDefinition> BLENDERS = Optional.of(new CategoryDefinition("blenders", "Blenders", List.of(
            AttributeDefinition.quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "300", "3000", true),
            new AttributeDefinition("programs", "Programs", AttributeType.LIST, null, null, null, null, Set.of("smoothie", "soup"), false)), 1));

    @Test
    void searchFiltersBecomeHardChipsInTheUnitsTheShopperSees() {
        SearchFilters filters = new SearchFilters("blenders", new BigDecimal("50.00"), new BigDecimal("200.00"), new BigDecimal("4"),
                List.of("Vortex", "Calma"), Map.of("jar_capacity", new SearchFilters.Range(new BigDecimal("1500"), null)),
                Map.of("programs", List.of("soup", "smoothie")));
        List<Constraint> chips = FilterChips.constraints(filters, BLENDERS, "USD");
        assertThat(chips).extracting(Constraint::text).containsExactly("$50–$200", "rated 4+", "Calma or Vortex", "jar capacity ≥ 1.5 L",
                "programs: smoothie or soup");
        assertThat(chips).allMatch(Constraint::hard).allMatch(FilterChips::expresses);
        assertThat(chips.get(3).min()).isEqualByComparingTo("1.5");
    }

    @Test
    void onlyHardConstraintsSearchCanFilterOnAreReplaced() {
        assertThat(FilterChips.expresses(Constraints.option("color", List.of("black"), false, "black"))).isFalse();
        assertThat(FilterChips.expresses(Constraints.brand(List.of("Vortex"), true, "not Vortex"))).as("an exclusion").isFalse();
        assertThat(FilterChips.expresses(Constraints.direction("price", "Price", true, "cheaper"))).as("a preference").isFalse();
        assertThat(FilterChips.expresses(Constraints.price(null, new BigDecimal("150"), "USD", "under $150"))).isTrue();
    }

    @Test
    void anAttributeTheCategoryDoesNotHaveIsRefusedByName() {
        SearchFilters filters = new SearchFilters("blenders", null, null, null, List.of(), Map.of("wingspan", new SearchFilters.Range(null,
                BigDecimal.ONE)), Map.of());
        assertThatThrownBy(() -> FilterChips.constraints(filters, BLENDERS, "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'wingspan' is not an attribute of blenders the assistant can filter on");
    }
}
