package com.concierge.assistant.internal.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceCheckTest {

    private static final String EVIDENCE = """
            3 blenders fit (under $150, prefer quiet). Top pick: the Calma Go 500 Blender at $64.99 — rated 4.5 from 1,204 reviews.
            product: Vortex Pro 900 Blender by Vortex, $129.00
            evidence: Noise at full speed: 58 dB
            evidence: Returns within 30 days""";

    private final EvidenceCheck check = new EvidenceCheck(List.of("Calma", "Vortex", "Sonora"), List.of("quiet", "free", "warranty", "sale",
            "dishwasher safe"));

    @Test
    void wordingThatOnlyRestatesTheEvidencePasses() {
        assertThat(check.unsupported("The Calma Go 500 Blender ($64.99) is my top pick of the 3: quiet, rated 4.5 by 1204 reviewers. "
                + "The Vortex Pro 900 costs $129 and runs at 58 dB.", EVIDENCE)).isEmpty();
    }

    @Test
    void anInventedNumberProductOrClaimIsReported() {
        assertThat(check.unsupported("It is on sale for $49.99.", EVIDENCE)).containsExactly("number 49.99", "claim 'sale'");
        assertThat(check.unsupported("Also look at the Calma Go 700.", EVIDENCE)).containsExactly("number 700");
        assertThat(check.unsupported("Also look at the Calma Breeze.", EVIDENCE)).containsExactly("product calma breeze");
        assertThat(check.unsupported("The Sonora Mini is quieter.", EVIDENCE)).containsExactly("product sonora mini");
        assertThat(check.unsupported("It comes with a free warranty and is dishwasher safe.", EVIDENCE))
                .containsExactly("claim 'free'", "claim 'warranty'", "claim 'dishwasher safe'");
    }

    @Test
    void smallCountsAndPositionsNeedNoEvidence() {
        assertThat(check.unsupported("Here are 2 options; the first is the Calma Go 500 Blender.", EVIDENCE)).isEmpty();
    }
}
