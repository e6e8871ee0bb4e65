package com.concierge.assistant.internal.support;

import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Purchases.Purchase;
import com.concierge.catalog.api.guides.Guide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a help turn, each step cited (docs/postpurchase.md#in-the-conversation). Never
 * promises what the guide does not say; never starts a return itself (it points to the order page).
 */
public final class SupportWording {

    /** Said for every danger, with or without a safety guide for the category. */
    static final String STOP = "Please stop using it now: switch it off and unplug it (or take it off its charger) if you can do that safely, "
            + "and keep it away from anything that can burn.";
    static final String SIGN_IN = "Sign in so I can see what you bought here, or look your order up with its number and e-mail on the "
            + "Orders page: its setup guides and troubleshooting are there too.";

    private SupportWording() {
    }

    /** The reply and the evidence it rests on. */
    public record Worded(String reply, List<Evidence> citations, List<String> followUps) {
    }

    /** Said to a signed-in shopper when what they speak of is not among their orders. */
    public static final String NOT_FOUND = "I can't find it among your orders here; if you bought it as a guest, look the order up with its number "
            + "and e-mail on the Orders page: its setup guides and troubleshooting are there too.";

    /** @param signedIn whether the shopper is signed in (a guest is asked to sign in; a shopper, told it is not among their orders) */
    public static Worded word(SupportDesk.Help help, boolean signedIn) {
        String findIt = signedIn ? NOT_FOUND : SIGN_IN;
        List<Evidence> cited = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String thing = help.purchase() != null ? "your " + help.purchase().title() : "it";
        switch (help.kind()) {
            case SAFETY -> {
                text.append(STOP);
                if (help.guide() != null) {
                    text.append(' ');
                    steps(help.guide(), text, cited);
                } else {
                    text.append(" Do not use it again until our team has looked at it.");
                }
                if (help.purchase() != null) {
                    // the caller raises the review-queue item for the product in the same turn
                    text.append(" I have passed this to our product safety team. You can start a return for ").append(thing).append(" from order ")
                            .append(help.purchase().orderNumber()).append(" (I won't start it myself).");
                } else {
                    text.append(' ').append(findIt).append(" Then our product safety team can look at it.");
                }
                return new Worded(text.toString(), cited, List.of());
            }
            case GUIDE -> {
                Guide guide = help.guide();
                if (guide.kind() == Guide.Kind.SETUP) {
                    text.append(guide.title()).append(help.purchase() != null ? " (" + help.purchase().title() + ")" : "").append(": ");
                    steps(guide, text, cited);
                } else {
                    text.append("Sorry ").append(thing).append(" is giving you trouble. From our guide \"")
                            .append(guide.title()).append("\", try these in order: ");
                    steps(guide, text, cited);
                    text.append(' ').append(otherwise(guide, help.purchase()));
                }
                if (help.purchase() == null) {
                    text.append(' ').append(findIt);
                }
                return new Worded(text.toString(), cited, List.of());
            }
            case NO_GUIDE -> {
                text.append("I have no guide for that");
                if (help.purchase() != null) {
                    text.append(" for your ").append(help.purchase().title());
                }
                if (!help.available().isEmpty()) {
                    text.append(". What I do have: ").append(String.join("; ", help.available().stream().map(Guide::title).toList()))
                            .append(". Tell me which, or describe what happens.");
                } else {
                    text.append(". Write to us and our team will help");
                    text.append(help.purchase() != null ? "; you can also start a return from order " + help.purchase().orderNumber() + "." : ".");
                }
                if (help.purchase() == null) {
                    text.append(' ').append(findIt);
                }
                return new Worded(text.toString(), cited, help.available().stream().limit(3).map(Guide::title).toList());
            }
            case WHICH -> {
                text.append("Which one do you mean: ").append(String.join(", ", help.choices().stream().map(Purchase::title).toList()))
                        .append("? Tell me, and what happens.");
                return new Worded(text.toString(), cited, help.choices().stream().limit(3).map(p -> "My " + p.title()).toList());
            }
            case SIGN_IN -> {
                text.append("I can help with something you bought. Which product is it? ").append(findIt);
                return new Worded(text.toString(), cited, List.of());
            }
        }
        throw new IllegalStateException(help.kind().toString());
    }

    /** "1. Is it plugged in? If not: plug it in. 2. ..." with each step cited as {@code <guide>/<n>}. */
    private static void steps(Guide guide, StringBuilder text, List<Evidence> cited) {
        for (Guide.Step step : guide.steps()) {
            text.append(step.number()).append(". ").append(step.text());
            if (step.fix() != null) {
                text.append(" If not: ").append(lower(step.fix()));
            }
            text.append(' ');
            cited.add(new Evidence(Evidence.Kind.GUIDE, guide.id() + "/" + step.number(), guide.title() + ", step " + step.number() + ": "
                    + step.text() + (step.fix() == null ? "" : " " + step.fix())));
        }
        text.setLength(text.length() - 1);
    }

    private static String otherwise(Guide guide, Purchase purchase) {
        return switch (guide.otherwise() == null ? Guide.Otherwise.CONTACT_US : guide.otherwise()) {
            case START_RETURN -> purchase != null
                    ? "If none of this helps, you can start a return from order " + purchase.orderNumber() + " (I won't start it myself)."
                    : "If none of this helps, you can start a return from your order's page.";
            case CONTACT_US -> "If none of this helps, write to us and our team will help.";
        };
    }

    private static String lower(String text) {
        return text.length() < 2 || !Character.isLowerCase(text.charAt(1)) ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
