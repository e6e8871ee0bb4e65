package com.concierge.postpurchase.internal.returns;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Receipt;
import com.concierge.postpurchase.api.ReturnReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContradictionsTest {

    private static final UUID PRODUCT = UUID.randomUUID();

    /** A blender recommended as quiet: a noise limit it met, its noise value and the "quiet" reason code cited. */
    private static final Receipt QUIET_BLENDER = new Receipt(UUID.randomUUID(), UUID.randomUUID(), 1, PRODUCT, "BL-1", List.of("quiet"),
            List.of(new Receipt.ConstraintCheck("attr.noise", "noise ≤ 60 dB", "52 dB"), new Receipt.ConstraintCheck("price", "under $150", "$129")),
            List.of("prefer quiet"), List.of(), List.of(
                    new Evidence(Evidence.Kind.ATTRIBUTE, PRODUCT + "/noise", "Noise level: 52 dB"),
                    new Evidence(Evidence.Kind.ATTRIBUTE, PRODUCT + "/jar_capacity", "Jar capacity: 1.5 L"),
                    new Evidence(Evidence.Kind.REASON, PRODUCT + "/quiet", "Quiet: under 60 dB at full speed"),
                    new Evidence(Evidence.Kind.POLICY, "store-30", "Returnable until …")),
            false, null, "quiet and under budget", Instant.now());

    @Test
    void tooLoudContradictsWhatTheReceiptSaidAboutNoiseOnly() {
        assertThat(Contradictions.of(ReturnReason.TOO_LOUD, QUIET_BLENDER)).extracting(Contradictions.Claim::subject)
                .containsExactly("attribute noise", "reason code quiet");
        assertThat(Contradictions.of(ReturnReason.TOO_LOUD, QUIET_BLENDER).get(0).text()).isEqualTo("Noise level: 52 dB");
    }

    @Test
    void sizeReasonsContradictSizeClaimsAndReasonsWithoutAPropertyNothing() {
        assertThat(Contradictions.of(ReturnReason.TOO_BIG, QUIET_BLENDER)).extracting(Contradictions.Claim::subject)
                .containsExactly("attribute jar_capacity");
        assertThat(Contradictions.of(ReturnReason.CHANGED_MIND, QUIET_BLENDER)).isEmpty();
        assertThat(Contradictions.of(ReturnReason.DEFECTIVE, QUIET_BLENDER)).isEmpty();
        assertThat(Contradictions.of(ReturnReason.DOES_NOT_FIT, QUIET_BLENDER)).as("the receipt claimed nothing about fit").isEmpty();
    }

    @Test
    void aLimitTheProductMetCountsWhenNoEvidenceWasCited() {
        Receipt bare = new Receipt(UUID.randomUUID(), UUID.randomUUID(), 1, PRODUCT, null, List.of(),
                List.of(new Receipt.ConstraintCheck("attr.noise", "noise ≤ 60 dB", "52 dB")), List.of(), List.of(), List.of(), false, null, "",
                Instant.now());

        assertThat(Contradictions.of(ReturnReason.TOO_LOUD, bare)).containsExactly(new Contradictions.Claim("attribute noise", "noise ≤ 60 dB (52 dB)"));
    }
}
