package com.concierge.catalog.api.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Conversion laws that must hold for every value and every pair of units of a dimension. */
class UnitConversionPropertiesTest {

    /** Temperatures are rounded to 6 decimals each way (Unit.SCALE); everything else is exact. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.00001");

    record SameDimension(Unit from, Unit to) {
    }

    @Provide
    Arbitrary<SameDimension> unitPairs() {
        return Arbitraries.of(Unit.values()).flatMap(from -> Arbitraries
                .of(Arrays.stream(Unit.values()).filter(u -> u.dimension() == from.dimension()).toList())
                .map(to -> new SameDimension(from, to)));
    }

    @Property(tries = 2000)
    void convertingThereAndBackGivesTheValueBack(@ForAll("unitPairs") SameDimension pair,
                                                @ForAll @BigRange(min = "-10000", max = "100000") @Scale(3) BigDecimal value) {
        Quantity original = new Quantity(value, pair.from());

        Quantity back = original.to(pair.to()).to(pair.from());

        assertThat(back.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    @Property(tries = 2000)
    void conversionKeepsTheCanonicalValue(@ForAll("unitPairs") SameDimension pair,
                                          @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal value) {
        Quantity original = new Quantity(value, pair.from());

        assertThat(original.to(pair.to()).canonicalValue())
                .isCloseTo(original.canonicalValue(), org.assertj.core.data.Offset.offset(TOLERANCE));
    }

    @Property(tries = 1000)
    void conversionPreservesOrder(@ForAll("unitPairs") SameDimension pair,
                                  @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal a,
                                  @ForAll @BigRange(min = "-1000", max = "1000") @Scale(2) BigDecimal b) {
        int before = a.compareTo(b);
        int after = new Quantity(a, pair.from()).to(pair.to()).value().compareTo(new Quantity(b, pair.from()).to(pair.to()).value());

        assertThat(Integer.signum(after)).isEqualTo(Integer.signum(before));
    }

    @Provide
    Arbitrary<Unit> unitsWithExactFactors() {
        return Arbitraries.of(Arrays.stream(Unit.values()).filter(u -> u.dimension() != Dimension.TEMPERATURE).toList());
    }

    /** Legal definitions make these factors finite decimals: no tolerance needed, none given. */
    @Property(tries = 1000)
    void exceptForTemperatureTheRoundTripThroughTheCanonicalUnitIsExact(
            @ForAll("unitsWithExactFactors") Unit unit, @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal value) {
        assertThat(unit.fromCanonical(unit.toCanonical(value))).isEqualByComparingTo(value);
    }
}
