package com.concierge.catalog.api.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.catalog.api.attributes.InvalidAttributeValueException.Reason;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class AttributeDefinitionTest {

    private final AttributeDefinition noise = AttributeDefinition.quantity("noise", "Noise level", Dimension.SOUND_LEVEL, Unit.DECIBEL, "20", "120", true);
    private final AttributeDefinition capacity = AttributeDefinition.quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "100", "10000", false);
    private final AttributeDefinition material = AttributeDefinition.choice("jar_material", "Jar material", false, "glass", "Tritan", "stainless steel");
    private final AttributeDefinition dishwasher = AttributeDefinition.flag("dishwasher_safe", "Dishwasher safe", false);

    @Test
    void numbersAreStoredCanonicallyAndKeepTheirSource() {
        var value = (AttributeValue.Number) capacity.check("64 fl oz").orElseThrow();

        assertThat(value.source()).isEqualTo(Quantity.parse("64 fl oz"));
        assertThat(value.canonical()).isEqualByComparingTo("1892.705892");
    }

    @Test
    void choicesAndFlagsAreNormalized() {
        assertThat(material.check("tritan")).contains(new AttributeValue.Choice("Tritan"));
        assertThat(dishwasher.check("Yes")).contains(new AttributeValue.Flag(true));
        assertThat(dishwasher.check("no")).contains(new AttributeValue.Flag(false));
        var list = new AttributeDefinition("materials", null, AttributeType.LIST, null, null, null, null,
                java.util.Set.of("glass", "steel", "plastic"), false);
        assertThat(list.check("Glass | steel; glass")).contains(new AttributeValue.Choices(List.of("glass", "steel")));
    }

    @Test
    void blankOptionalValuesAreNotStatedButRequiredOnesAreRefused() {
        assertThat(capacity.check("  ")).isEqualTo(Optional.empty());
        refused(() -> noise.check(""), Reason.MISSING_REQUIRED, "noise: is required");
    }

    @Test
    void everyKindOfBadValueHasItsReason() {
        refused(() -> noise.check("62 furlongs"), Reason.UNKNOWN_UNIT, "noise: unknown unit 'furlongs' in '62 furlongs'");
        refused(() -> noise.check("62"), Reason.MISSING_UNIT, "noise: '62' has no unit; write it like '62 dB'");
        refused(() -> noise.check("quiet"), Reason.NOT_A_NUMBER, "noise: 'quiet' is not a number followed by a unit");
        refused(() -> noise.check("3 kg"), Reason.WRONG_DIMENSION, "noise: '3 kg' measures mass, not sound level");
        refused(() -> noise.check("130 dB"), Reason.OUT_OF_RANGE, "noise: '130 dB' is outside 20–120 dB");
        refused(() -> capacity.check("20 L"), Reason.OUT_OF_RANGE, "jar_capacity: '20 L' is outside 100–10000 ml");
        refused(() -> material.check("wood"), Reason.NOT_ALLOWED, "jar_material: 'wood' is not one of glass, stainless steel, Tritan");
        refused(() -> dishwasher.check("sometimes"), Reason.NOT_A_BOOLEAN, "dishwasher_safe: 'sometimes' is not yes/no or true/false");
    }

    @Test
    void inconsistentDefinitionsAreRejected() {
        assertThatThrownBy(() -> AttributeDefinition.quantity("Noise Level", null, Dimension.SOUND_LEVEL, null, null, null, false))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> AttributeDefinition.quantity("noise", null, Dimension.SOUND_LEVEL, Unit.WATT, null, null, false))
                .hasMessageContaining("W does not measure SOUND_LEVEL");
        assertThatThrownBy(() -> AttributeDefinition.quantity("noise", null, Dimension.SOUND_LEVEL, null, "90", "30", false))
                .hasMessageContaining("min 90 is above max 30");
        assertThatThrownBy(() -> AttributeDefinition.choice("color", null, false))
                .hasMessageContaining("needs allowed values");
    }

    @Test
    void merchandisersWriteSchemasInTheirOwnUnits() {
        AttributeDefinition capacity = AttributeDefinition.fromText("jar_capacity", "Jar capacity", "Number", "qt", "1 cup", "2", null, false);

        assertThat(capacity.dimension()).isEqualTo(Dimension.VOLUME);
        assertThat(capacity.min()).isEqualByComparingTo("236.5882365");
        assertThat(capacity.max()).isEqualByComparingTo("1892.705892");
        assertThat(capacity.boundText(capacity.max())).isEqualTo("2 qt");
        assertThat(capacity.boundText(capacity.min())).isEqualTo("0.25 qt");
        assertThat(AttributeDefinition.fromText("speeds", null, "number", null, "1", "12", null, false).boundText(new java.math.BigDecimal("12")))
                .isEqualTo("12");
    }

    @Test
    void boundsAreKeptAsPlainDecimals() {
        AttributeDefinition noise = AttributeDefinition.quantity("noise", null, Dimension.SOUND_LEVEL, null, "20.000", "1.2E+2", false);

        assertThat(noise.min().toString()).isEqualTo("20");
        assertThat(noise.max().toString()).isEqualTo("120");
        assertThat(noise).isEqualTo(AttributeDefinition.quantity("noise", null, Dimension.SOUND_LEVEL, null, "20", "120", false));
    }

    @Test
    void allowedValuesCannotHoldTheListSeparators() {
        assertThatThrownBy(() -> AttributeDefinition.choice("color", null, false, "black|white"))
                .hasMessage("attribute color: allowed value 'black|white' must be non-blank without '|' or ';'");
    }

    private static void refused(ThrowableAssert.ThrowingCallable check, Reason reason, String message) {
        assertThatThrownBy(check)
                .isInstanceOfSatisfying(InvalidAttributeValueException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage(message);
    }
}
