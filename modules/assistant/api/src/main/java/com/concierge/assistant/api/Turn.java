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
 * @param corrections     misspelt words read as the store's words ("blendr" read as "blender")
 * @param notUnderstood   the message's content words nothing read: said back to the shopper, never
 *                        silently dropped ("I didn't catch \"VG-10 steel\"")
 */
public record Turn(UUID conversation, int number, Intent intent, String reply, List<Constraint> constraints,
                   List<Recommendation> recommendations, List<Relaxation> relaxations, List<String> followUps, Refusal refused,
                   Answer answer, Comparison comparison, ProposedAction action, List<Correction> corrections,
                   List<String> notUnderstood) {

    public Turn {
        constraints = List.copyOf(constraints);
        recommendations = List.copyOf(recommendations);
        relaxations = List.copyOf(relaxations);
        followUps = List.copyOf(followUps);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        notUnderstood = notUnderstood == null ? List.of() : List.copyOf(notUnderstood);
    }

    /** A turn that corrected and missed nothing (see {@link #heard}). */
    public Turn(UUID conversation, int number, Intent intent, String reply, List<Constraint> constraints,
                List<Recommendation> recommendations, List<Relaxation> relaxations, List<String> followUps, Refusal refused,
                Answer answer, Comparison comparison, ProposedAction action) {
        this(conversation, number, intent, reply, constraints, recommendations, relaxations, followUps, refused, answer, comparison,
                action, List.of(), List.of());
    }

    /** This turn with what the reading corrected and missed, and {@code reply} worded to say so. */
    public Turn heard(String reply, List<Correction> corrections, List<String> notUnderstood) {
        return new Turn(conversation, number, intent, reply, constraints, recommendations, relaxations, followUps, refused, answer,
                comparison, action, corrections, notUnderstood);
    }

    /** A word read as another: {@code written} "dishwsher", {@code read} "dishwasher". */
    public record Correction(String written, String read) {
    }

    /**
     * SUPPORT: help with something bought (a setup guide or a troubleshooting tree, {@code answer}
     * citing its steps); SAFETY: a danger told about something bought (smoke, a burning smell, a
     * shock): stop using it, the safety route, and an item in the review queue.
     */
    public enum Intent { SHOP, REFINE, QUESTION, COMPARE, DECIDE, ACTION, REFUSED, EDIT, UNCLEAR, SUPPORT, SAFETY }
}
