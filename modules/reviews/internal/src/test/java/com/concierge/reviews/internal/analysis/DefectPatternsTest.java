package com.concierge.reviews.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.reviews.api.DefectPattern;
import com.concierge.reviews.api.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefectPatternsTest {

    private final Lexicon lexicon = Lexicon.standard();

    private List<DefectPattern> find(String... reviews) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < reviews.length; i++) {
            statements.addAll(new ReviewReader(lexicon).read(new ReviewText(new UUID(0, i + 1), reviews[i], 2)));
        }
        return new DefectPatterns(lexicon).find(statements);
    }

    @Test
    void theSameFailingPartInThreeReviewsIsAPattern() {
        List<DefectPattern> patterns = find(
                "Loved it until the handle broke after two months.",
                "Handle snapped off on day ten.",
                "Great blender. Unfortunately the handles cracked.",
                "The lid broke.",
                "Never broke, sturdy handle even after a year.");

        assertThat(patterns).singleElement().satisfies(p -> {
            assertThat(p.part()).isEqualTo("handle");
            assertThat(p.reviews()).isEqualTo(3);
            assertThat(p.failure()).containsExactly("broke", "cracked", "snapped");
            assertThat(p.citations()).extracting(c -> c.quote()).containsExactly(
                    "Loved it until the handle broke after two months.", "Handle snapped off on day ten.",
                    "Unfortunately the handles cracked.");
        });
    }

    @Test
    void failuresWithoutAPartAreFiledUnderTheProductAndTwoReviewsAreNotYetAPattern() {
        assertThat(find("Stopped working after a week.", "It died in a month.", "Mine stopped working too."))
                .extracting(DefectPattern::part, DefectPattern::reviews)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("product", 3));
        assertThat(find("The zipper broke.", "Zipper tore on the first trip.")).isEmpty();
    }
}
