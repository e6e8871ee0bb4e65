package com.concierge.assistant.api;

import java.util.List;
import java.util.UUID;

/**
 * The assistant's reply to one message.
 *
 * @param number          1 for the first message
 * @param intent          what the message was read as
 * @param reply           the wording for the shopper
 * @param constraints     the conversation's constraints after this message (the chips)
 * @param recommendations products shown, best first, each with its receipt
 * @param relaxations     when nothing fits: the smallest loosenings that find something
 * @param followUps       suggested next messages
 * @param refused         whether the assistant declined (a regulated topic)
 * @param answer          for a question: the answer, else null
 * @param comparison      for "X or Y?" and compare requests: the table, else null
 * @param action          an action the shopper must confirm, else null
 */
public record Turn(UUID conversation, int number, Intent intent, String reply, List<Constraint> constraints,
                   List<Recommendation> recommendations, List<Relaxation> relaxations, List<String> followUps, Refusal refused,
                   Answer answer, Comparison comparison, ProposedAction action) {

    public Turn {
        constraints = List.copyOf(constraints);
        recommendations = List.copyOf(recommendations);
        relaxations = List.copyOf(relaxations);
        followUps = List.copyOf(followUps);
    }

    public enum Intent { SHOP, REFINE, QUESTION, COMPARE, DECIDE, ACTION, REFUSED, EDIT, UNCLEAR }
}
