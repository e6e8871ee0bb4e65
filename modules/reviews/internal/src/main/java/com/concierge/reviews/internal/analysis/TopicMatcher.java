package com.concierge.reviews.internal.analysis;

import com.concierge.reviews.api.guardrails.RegulatedTopic;
import com.concierge.reviews.api.guardrails.TopicMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the regulated topics a text touches: each phrase is matched as whole words, ignoring case
 * and apostrophes ("Blood-pressure" matches "blood pressure"; "cured" does not match "cure").
 */
public final class TopicMatcher {

    private record Phrase(String topic, String listed, List<String> words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    public TopicMatcher(List<RegulatedTopic> topics) {
        for (RegulatedTopic topic : topics) {
            for (String phrase : topic.phrases()) {
                List<String> words = Tokens.words(phrase);
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(topic.id(), phrase, words));
                }
            }
        }
    }

    public List<TopicMatch> matches(String text) {
        List<Tokens.Token> tokens = Tokens.of(text, 0, text.length());
        List<String> words = tokens.stream().map(Tokens.Token::word).toList();
        List<TopicMatch> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            for (int at = Tokens.find(words, phrase.words(), 0); at >= 0; at = Tokens.find(words, phrase.words(), at + 1)) {
                found.add(new TopicMatch(phrase.topic(), phrase.listed(), tokens.get(at).start(),
                        tokens.get(at + phrase.words().size() - 1).end()));
            }
        }
        found.sort(Comparator.comparingInt(TopicMatch::start).thenComparing(TopicMatch::topic));
        return List.copyOf(found);
    }

    public boolean touches(String text) {
        return !matches(text).isEmpty();
    }
}
