package com.concierge.measurement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One sampled assistant answer in the audit queue (docs/answer-audits.md).
 *
 * @param question the shopper's message, redacted; null after the text retention period
 * @param answer   what the assistant showed: {@code reply} (its words, redacted), and where there were any,
 *                 {@code answer} (text, known, citations), {@code recommendations} (product, receipt, sponsored),
 *                 {@code comparison} (verdict), {@code refused} (topic); null after the text retention period
 * @param grade    null while the item is open
 */
public record AuditItem(UUID id, UUID conversation, int turn, LocalDate answeredOn, Instant answeredAt, String category, String intent,
                        String question, Map<String, Object> answer, Status status, Grade grade) {

    public enum Status { OPEN, GRADED }

    /** Scores 1 (poor) to 5 (excellent). */
    public record Grade(int accuracy, int policy, int tone, String comment, String gradedBy, Instant gradedAt) {

        public static final int MIN = 1;
        public static final int MAX = 5;
    }
}
