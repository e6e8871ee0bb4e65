package com.concierge.reviews.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void countsClippedNGramsAndTheLongestCommonSubsequence() {
        String candidate = "The cat sat on the mat.";
        String reference = "the cat lay on the mat";

        assertThat(Rouge.n(candidate, reference, 1).f1()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(Rouge.n(candidate, reference, 2).f1()).isCloseTo(0.6, within(1e-9));
        assertThat(Rouge.l(candidate, reference).f1()).isCloseTo(5.0 / 6, within(1e-9));
    }

    @Test
    void repeatsAreClippedByTheReference() {
        Rouge.Score score = Rouge.n("the the the the", "the cat", 1);
        assertThat(score.precision()).isEqualTo(0.25);
        assertThat(score.recall()).isEqualTo(0.5);
    }

    @Test
    void precisionAndRecallDifferWhenLengthsDiffer() {
        Rouge.Score score = Rouge.l("a b c d", "a x c");
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Rouge.n("", "a b", 1).f1()).isZero();
    }
}
