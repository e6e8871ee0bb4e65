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

    @net.jqwik.api.Example
    void theStoresOwnIdsAndTimesAreNoTraceOfAPhone() {
        PlantedPersonalData.Planted phone = new PlantedPersonalData.Planted("+1 365 950 0866 a coffee maker", "+1 365 950 0866",
                java.util.List.of("9500866"));
        assertThat(PlantedPersonalData.tracesIn("turn 4586f4b9-9500-8664-a1b2-0c0d0e0f0a0b at 2026-12-06T19:19:36.950086612Z, "
                + "logged 19:19:44.9500866", phone)).isEmpty();
        assertThat(PlantedPersonalData.tracesIn("call me on 365.950.0866 at 2026-12-06T19:19:36Z", phone)).containsExactly("9500866");
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
