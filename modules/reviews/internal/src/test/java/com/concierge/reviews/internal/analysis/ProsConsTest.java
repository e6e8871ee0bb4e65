package com.concierge.reviews.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.reviews.api.AspectOpinion;
import com.concierge.reviews.api.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProsConsTest {

    private final Lexicon lexicon = Lexicon.standard();
    private final ReviewReader reader = new ReviewReader(lexicon);

    private ProsCons.Digest digest(String... texts) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            statements.addAll(reader.read(new ReviewText(new UUID(0, i + 1), texts[i], 4)));
        }
        return new ProsCons(lexicon).of(statements, texts.length);
    }

    @Test
    void aPatternNeedsTwoReviewsAndCountsEachReviewOnce() {
        ProsCons.Digest digest = digest(
                "Very quiet. So quiet, really quiet.",
                "Quiet enough to use at 6 am.",
                "Easy to clean.",
                "The lid cracked after a week.");

        assertThat(digest.pros()).extracting(AspectOpinion::aspect, AspectOpinion::reviews).containsExactly(
                org.assertj.core.groups.Tuple.tuple("noise", 2));
        assertThat(digest.cons()).isEmpty(); // one cracked lid is an anecdote, not a pattern
        AspectOpinion noise = digest.pros().get(0);
        assertThat(noise.citations()).hasSize(3).allSatisfy(c -> assertThat(c.quote()).containsIgnoringCase("quiet"));
        assertThat(noise.label()).isEqualTo("Noise");
    }

    @Test
    void anAspectCanBeBothAProAndACon() {
        ProsCons.Digest digest = digest(
                "Comfortable all day.", "Very comfortable shoes.", "Comfortable and light.",
                "Uncomfortable after an hour.", "Not comfortable, they pinch.");

        assertThat(digest.pros()).extracting(AspectOpinion::aspect).contains("comfort");
        assertThat(digest.cons()).extracting(AspectOpinion::aspect).contains("comfort");
        AspectOpinion con = digest.cons().stream().filter(o -> o.aspect().equals("comfort")).findFirst().orElseThrow();
        assertThat(con.reviews()).isEqualTo(2);
        assertThat(con.mentions()).isEqualTo(5);
    }

    @Test
    void theSameReviewsGiveTheSameAnswer() {
        String[] texts = {"Loud motor.", "Too loud.", "Great price.", "Worth the money, cheap too."};
        assertThat(digest(texts)).isEqualTo(digest(texts));
    }
}
