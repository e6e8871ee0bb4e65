package com.concierge.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopperTextTest {

    @Test
    void loneSurrogatesAndControlCharactersBecomeReplacementsAndTheRestStays() {
        assertThat(ShopperText.clean("a blender \uD83D under $150")).isEqualTo("a blender \uFFFD under $150");
        assertThat(ShopperText.clean("\uDE00 tail")).isEqualTo("\uFFFD tail");
        assertThat(ShopperText.clean("nul\u0000 and bell\u0007")).isEqualTo("nul\uFFFD and bell\uFFFD");
        String valid = "a \uD83D\uDE42 gift\tfor my\nmum, caf\u00E9, \u6771\u4EAC";
        assertThat(ShopperText.clean(valid)).isSameAs(valid);
        assertThat(ShopperText.clean(null)).isNull();
    }

    @Test
    void invisibleTextIsBlank() {
        assertThat(ShopperText.blank("\u200B")).isTrue();
        assertThat(ShopperText.blank(" \uFEFF \u2060\u00A0")).isTrue();
        assertThat(ShopperText.blank(ShopperText.clean("\uD800"))).as("only a lone surrogate").isTrue();
        assertThat(ShopperText.blank(null)).isTrue();
        assertThat(ShopperText.blank("\u200Bkettle")).isFalse();
    }
}
