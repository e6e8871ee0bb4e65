package com.concierge.catalog.api.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void knownConversionsAreExact() {
        assertThat(Quantity.parse("1 in").to(Unit.CENTIMETRE).value()).isEqualByComparingTo("2.54");
        assertThat(Quantity.parse("10 lb").to(Unit.KILOGRAM).value()).isEqualByComparingTo("4.5359237");
        assertThat(Quantity.parse("16 oz").to(Unit.POUND).value()).isEqualByComparingTo("1");
        assertThat(Quantity.parse("4 qt").to(Unit.GALLON).value()).isEqualByComparingTo("1");
        assertThat(Quantity.parse("2 qt").to(Unit.LITRE).value()).isEqualByComparingTo("1.892705892");
        assertThat(Quantity.parse("1.5 kW").canonicalValue()).isEqualByComparingTo("1500");
        assertThat(Quantity.parse("90 min").to(Unit.HOUR).value()).isEqualByComparingTo("1.5");
    }

    @Test
    void temperaturesConvertWithTheOffset() {
        assertThat(Quantity.parse("212 °F").to(Unit.CELSIUS).value()).isEqualByComparingTo("100");
        assertThat(Quantity.parse("32 F").canonicalValue()).isEqualByComparingTo("0");
        assertThat(Quantity.parse("-40 °C").to(Unit.FAHRENHEIT).value()).isEqualByComparingTo("-40");
        assertThat(Quantity.parse("350 °F").to(Unit.CELSIUS).value()).isEqualByComparingTo("176.666667");
    }

    @Test
    void parsesTheWaysProductDataWritesQuantities() {
        assertThat(Quantity.parse("1500W")).isEqualTo(new Quantity(new BigDecimal("1500"), Unit.WATT));
        assertThat(Quantity.parse("1,500 watts").canonicalValue()).isEqualByComparingTo("1500");
        assertThat(Quantity.parse("1,5 L").canonicalValue()).isEqualByComparingTo("1500");
        assertThat(Quantity.parse(" 12 inches ").unit()).isEqualTo(Unit.INCH);
        assertThat(Quantity.parse("64 fl oz").unit()).isEqualTo(Unit.FLUID_OUNCE);
        assertThat(Quantity.parse("500 mL").unit()).isEqualTo(Unit.MILLILITRE);
        assertThat(Quantity.parse("3 KG").unit()).isEqualTo(Unit.KILOGRAM);
        assertThat(Quantity.parse("62 dB(A)").unit()).isEqualTo(Unit.DECIBEL);
    }

    @Test
    void badQuantitiesSayWhatWasNotUnderstood() {
        assertThatThrownBy(() -> Quantity.parse("12 furlongs")).hasMessage("unknown unit 'furlongs' in '12 furlongs'");
        assertThatThrownBy(() -> Quantity.parse("loud")).hasMessage("'loud' is not a number followed by a unit");
        assertThatThrownBy(() -> Quantity.parse("")).hasMessage("quantity is missing");
        assertThatThrownBy(() -> Quantity.parse("2 L").to(Unit.KILOGRAM))
                .hasMessage("cannot convert 2 L (volume) to kg (mass)");
    }

    @Test
    void quantitiesOfOneDimensionCompareByAmount() {
        assertThat(Quantity.parse("1 qt").compareTo(Quantity.parse("1 L"))).isNegative();
        assertThat(Quantity.parse("100 cm").compareTo(Quantity.parse("1 m"))).isZero();
    }

    @Test
    void everyDimensionHasExactlyOneCanonicalUnit() {
        for (Dimension dimension : Dimension.values()) {
            assertThat(dimension.canonicalUnit().dimension()).isEqualTo(dimension);
        }
    }
}
