package com.concierge.catalog.api.qa;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded question and answer about {@code product}; {@code id} is what citations point at. */
public record QaEntry(UUID id, UUID product, String question, String answer, AnswerSource source, LocalDate answeredOn) {
}
