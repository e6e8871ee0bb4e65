package com.concierge.reviews.api.guardrails;

/**
 * Where a text touches a regulated topic.
 *
 * @param topic  the topic's id
 * @param phrase the phrase that matched, as listed
 * @param start  offset of the match in the text
 * @param end    offset after it
 */
public record TopicMatch(String topic, String phrase, int start, int end) {
}
