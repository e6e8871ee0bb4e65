package com.concierge.reviews.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.reviews.api.guardrails.RegulatedTopic;
import com.concierge.reviews.api.guardrails.TopicMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {

    private final TopicMatcher matcher = new TopicMatcher(List.of(
            new RegulatedTopic("medical", "Medical claims", List.of("blood pressure", "cured"), "Ask a doctor."),
            new RegulatedTopic("age-restricted", "Age-restricted", List.of("vodka"), "Not here.")));

    @Test
    void phrasesMatchAsWholeWordsIgnoringCaseAndPunctuation() {
        String text = "My Blood-Pressure dropped and it cured my cold; great for Vodka cocktails.";

        List<TopicMatch> found = matcher.matches(text);

        assertThat(found).extracting(TopicMatch::topic).containsExactly("medical", "medical", "age-restricted");
        assertThat(found).extracting(m -> text.substring(m.start(), m.end())).containsExactly("Blood-Pressure", "cured", "Vodka");
        assertThat(found.get(0).phrase()).isEqualTo("blood pressure");
    }

    @Test
    void partsOfWordsAndOtherFormsDoNotMatch() {
        assertThat(matcher.touches("The blood orange smoothie had no pressure issues.")).isFalse();
        assertThat(matcher.touches("A cure-all? No, but it is curedly good.")).isFalse();
        assertThat(matcher.touches("Vodkas")).isFalse();
    }
}
