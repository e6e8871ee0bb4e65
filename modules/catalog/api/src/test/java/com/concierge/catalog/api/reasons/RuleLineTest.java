package com.concierge.catalog.api.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conditions written as one line in the console ("noise at most 60 dB") read and write back the same. */
class RuleLineTest {

    @Test
    void everyOpReadsAndWritesBack() {
        for (String line : List.of("noise at most 60 dB", "power at least 1200 W", "noise lowest 25%", "capacity highest 10%",
                "dishwasher_safe is yes", "jar_material one of Tritan, stainless steel", "noise at most 60 dB and dishwasher_safe is yes")) {
            assertThat(RuleText.line(RuleText.readLine(line))).as(line).isEqualTo(line);
        }
    }

    @Test
    void aLineBecomesTheConditionTheApiTakes() {
        assertThat(RuleText.readLine("  Noise   AT MOST 60 dB ")).isEqualTo(new RuleText.Cond("at_most", "noise", "60 dB", null, null, null));
        assertThat(RuleText.readLine("noise lowest 25 %")).isEqualTo(new RuleText.Cond("lowest_percent", "noise", null, null, 25, null));
        assertThat(RuleText.readLine("jar_material one of Tritan,glass,").values()).containsExactly("Tritan", "glass");
        RuleText.Cond both = RuleText.readLine("weight lowest 25% and pet_hair is yes");
        assertThat(both.op()).isEqualTo("all_of");
        assertThat(both.conditions()).extracting(RuleText.Cond::op).containsExactly("lowest_percent", "is");
    }

    @Test
    void aLineThatIsNotAConditionSaysHowOneIsWritten() {
        assertThatThrownBy(() -> RuleText.readLine("quietest blenders")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a condition").hasMessageContaining("noise at most 60 dB");
        assertThatThrownBy(() -> RuleText.readLine("noise lowest a quarter")).hasMessageContaining("takes a percent from 1 to 99");
        assertThatThrownBy(() -> RuleText.readLine(" ")).hasMessageContaining("write a condition");
    }
}
