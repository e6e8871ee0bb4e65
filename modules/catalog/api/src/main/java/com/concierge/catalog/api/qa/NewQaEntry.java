package com.concierge.catalog.api.qa;

import com.concierge.catalog.api.RequiredText;
import java.time.LocalDate;

/** A question and its answer to record; the compact constructor names what is wrong. */
public record NewQaEntry(String question, String answer, AnswerSource source, LocalDate answeredOn) {

    public static final int QUESTION_MAX = 1000;
    public static final int ANSWER_MAX = 4000;

    public NewQaEntry {
        question = RequiredText.of("question", question, QUESTION_MAX);
        answer = RequiredText.of("answer", answer, ANSWER_MAX);
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
}
