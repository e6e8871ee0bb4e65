package com.concierge.catalog.api.qa;

import java.time.LocalDate;

/** A question and its answer to record; the compact constructor names what is wrong. */
public record NewQaEntry(String question, String answer, AnswerSource source, LocalDate answeredOn) {

    public static final int QUESTION_MAX = 1000;
    public static final int ANSWER_MAX = 4000;

    public NewQaEntry {
        question = required("question", question, QUESTION_MAX);
        answer = required("answer", answer, ANSWER_MAX);
        if (source == null) {
            throw new IllegalArgumentException("source is missing");
        }
        if (answeredOn == null) {
            throw new IllegalArgumentException("answeredOn is missing");
        }
        if (answeredOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new IllegalArgumentException("answeredOn " + answeredOn + " is in the future");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
