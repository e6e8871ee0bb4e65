package com.concierge.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Personal data planted anywhere in a shopper's message never survives redaction, and redaction is idempotent. */
class PersonalDataPropertiesTest {

    @Property(tries = 3000)
    void plantedPersonalDataLeavesNoTrace(@ForAll("planted") PlantedPersonalData.Planted planted) {
        String redacted = PersonalData.redact(planted.message());

        assertThat(PlantedPersonalData.tracesIn(redacted, planted)).as("traces of %s left in %s", planted.data(), redacted).isEmpty();
        assertThat(PersonalData.redact(redacted)).isEqualTo(redacted);
    }

    @Property(tries = 500)
    void theShoppingWordsAroundItStay(@ForAll("planted") PlantedPersonalData.Planted planted) {
        String redacted = PersonalData.redact(planted.message());
        String message = planted.message().replace(planted.data(), "").replaceAll("\\s+", " ").strip();

        for (String word : message.split(" ")) {
            if (word.length() > 3 && !word.equalsIgnoreCase("at") && word.chars().allMatch(Character::isLetter)) {
                assertThat(redacted).as("the word '%s' of %s", word, planted.message()).containsIgnoringCase(word);
            }
        }
    }

    @Provide
    Arbitrary<PlantedPersonalData.Planted> planted() {
        return PlantedPersonalData.planted();
    }
}
