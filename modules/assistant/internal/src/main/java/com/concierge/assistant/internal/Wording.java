package com.concierge.assistant.internal;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Recommendation;
import com.concierge.assistant.api.Relaxation;
import com.concierge.assistant.api.Turn;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.Reading;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The template wording of replies: every product, number and claim in it comes from the turn's
 * recommendations, receipts and relaxations, so it can never say more than the evidence.
 */
final class Wording {

    private Wording() {
    }

    static String recommendations(String category, List<Constraint> constraints, List<Recommendation> shown, List<Relaxation> relaxations,
                                  List<String> understood) {
        String wanted = constraints.isEmpty() ? "" : " (" + String.join(", ", constraints.stream().map(Constraint::text).toList()) + ")";
        if (shown.isEmpty()) {
            StringBuilder reply = new StringBuilder("Nothing in stock fits everything you asked for" + wanted + ".");
            if (relaxations.isEmpty()) {
                reply.append(" Loosening any single requirement does not help either; try removing a few.");
            } else {
                reply.append(" The smallest changes that find something: ");
                List<String> offers = new ArrayList<>();
                relaxations.forEach(r -> offers.add(r.text()));
                reply.append(String.join("; or ", offers)).append('.');
            }
            return reply.toString();
        }
        Recommendation top = shown.get(0);
        StringBuilder reply = new StringBuilder();
        // "one of the kitchen knives": a category's name is plural and often a list ("vacuum filters and batteries"), so never cut to a singular
        reply.append(shown.size() == 1 ? "One of the " + category + " fits" : shown.size() + " " + category + " fit").append(wanted).append(". ");
        reply.append("Top pick: the ").append(top.title()).append(" at ").append(Constraints.money(top.price())).append(" — ")
                .append(lowerFirst(top.receipt().why()));
        if (top.sponsored()) {
            reply.append(" [").append(top.receipt().sponsorLabel()).append("]");
        }
        return reply.toString();
    }

    /**
     * The turn with what its reading corrected and missed, said in the reply: "Read "blendr" as
     * "blender"." first, and for a search "I didn't catch "VG-10 steel"." last, so no stated
     * requirement is dropped without the shopper knowing.
     */
    static Turn heard(Turn turn, Reading reading) {
        List<Turn.Correction> corrections = reading.corrections().stream().map(c -> new Turn.Correction(c.written(), c.read())).toList();
        String reply = turn.reply();
        if (!corrections.isEmpty()) {
            reply = "Read " + String.join(", ", corrections.stream().map(c -> "\"" + c.written() + "\" as \"" + c.read() + "\"").toList())
                    + ". " + reply;
        }
        boolean search = turn.intent() == Turn.Intent.SHOP || turn.intent() == Turn.Intent.REFINE;
        if (search && !reading.unknown().isEmpty()) {
            reply = reply + " I didn't catch " + String.join(", ", reading.unknown().stream().map(w -> "\"" + w + "\"").toList())
                    + ": if it matters, say it another way.";
        }
        return turn.heard(reply, corrections, reading.unknown());
    }

    static String decision(List<Recommendation> decision) {
        StringBuilder reply = new StringBuilder();
        for (Recommendation r : decision) {
            reply.append(reply.isEmpty() ? "" : " ").append(r.receipt().why().replace("My pick:", "My pick is the " + r.title() + " ("
                    + Constraints.money(r.price()) + "):").replace("Budget option:", "Budget option: the " + r.title() + " ("
                    + Constraints.money(r.price()) + "),").replace("Upgrade:", "Upgrade: the " + r.title() + " (" + Constraints.money(r.price()) + "),"));
        }
        boolean budget = decision.stream().anyMatch(r -> r.role() == Recommendation.Role.BUDGET);
        boolean upgrade = decision.stream().anyMatch(r -> r.role() == Recommendation.Role.UPGRADE);
        if (!budget) {
            reply.append(" Nothing else that fits is cheaper.");
        }
        if (!upgrade) {
            reply.append(" Nothing pricier that fits is better rated or meets more of what you asked.");
        }
        return reply.toString();
    }

    /** Next messages that make sense from here: cheaper, the category's own "more of" words, deciding, comparing. */
    static List<String> followUps(SessionState state, Vocabulary vocabulary, List<Recommendation> shown) {
        List<String> followUps = new ArrayList<>();
        if (shown.isEmpty()) {
            followUps.add("Forget the price limit");
            return followUps;
        }
        followUps.add("Cheaper");
        vocabulary.category(state.category()).ifPresent(c -> c.reasons().stream()
                .filter(r -> r.direction() != null && state.constraints().stream().noneMatch(x -> x.id().equals("reason." + r.code())))
                .limit(1).forEach(r -> followUps.add(r.label().toLowerCase(Locale.ROOT).split(" ")[0].equals("quiet") ? "Quieter"
                        : "Make it " + r.label().toLowerCase(Locale.ROOT))));
        if (shown.size() >= 2) {
            followUps.add("Compare the first and the second");
        }
        followUps.add("Help me decide");
        return followUps;
    }

    /** "the third" asked about while two cards are shown: what is there, and how to name it. */
    static String missingCard(int card, List<SessionState.ShownItem> shown) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            named.add((i + 1) + ". " + shown.get(i).title());
        }
        return "I showed " + (shown.size() == 1 ? "only one product" : "only " + shown.size() + " products") + ", so there is no number "
                + card + ": " + String.join("; ", named) + ". Which one do you mean?";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
