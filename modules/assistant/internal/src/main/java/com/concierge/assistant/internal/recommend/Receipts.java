package com.concierge.assistant.internal.recommend;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Receipt;
import com.concierge.assistant.api.Recommendation;
import com.concierge.assistant.internal.answer.AddressedText;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.session.SessionState;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.reasons.ReasonCode;
import com.concierge.reviews.api.AspectOpinion;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.Reviews;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decision receipts: for each product shown, what the ranking optimized for, each hard constraint
 * with the product's own value, the preferences it meets, how it trades off against the other
 * products shown, the evidence (attribute ids, reason codes, review spans, the return policy) and
 * whether the placement is sponsored.
 */
public final class Receipts {

    private final Reviews reviews;
    private final Catalog catalog;
    private final String region;
    private final LocalDate today;
    private final Vocabulary vocabulary;

    public Receipts(Reviews reviews, Catalog catalog, Vocabulary vocabulary, String region, LocalDate today) {
        this.reviews = reviews;
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        this.region = region;
        this.today = today;
    }

    public List<Recommendation> recommendations(UUID conversation, int turn, List<Recommender.Pick> picks, List<Constraint> constraints,
                                                Instant now) {
        List<Recommendation> out = new ArrayList<>();
        for (Recommender.Pick pick : picks) {
            List<String> tradeoffs = new ArrayList<>();
            for (Recommender.Pick other : picks) {
                if (other != pick) {
                    tradeoff(pick, other, constraints).ifPresent(tradeoffs::add);
                }
            }
            out.add(recommendation(conversation, turn, pick, constraints, tradeoffs, null, why(pick, constraints), now));
        }
        return out;
    }

    /** Help me decide: the pick, a cheaper alternative and an upgrade, each with its reason. */
    public List<Recommendation> decision(UUID conversation, int turn, Candidates candidates, List<Constraint> constraints, Instant now) {
        Recommender.Pick pick = candidates.first(1).get(0);
        long pickPrice = pick.variant().price().minorUnits();
        // A variant never costs less than its product's lowest price (the summary's), and rating and
        // preferences are on the ranked data: candidates those rule out are never read.
        Optional<Recommender.Pick> budget = candidates.fitting(r -> r.summary().price().minorUnits() < pickPrice)
                .filter(p -> p != pick && p.variant().price().minorUnits() < pickPrice).findFirst();
        // An upgrade costs more and gives more: a higher rating or more of the shopper's preferences.
        // Merely pricier is not an upgrade.
        Optional<Recommender.Pick> upgrade = candidates.fitting(Comparator.comparing((Candidates.Ranked r) -> rating(r.summary().rating())).reversed()
                        .thenComparingDouble(r -> -r.score()),
                        r -> rating(r.summary().rating()).compareTo(rating(pick)) > 0 || r.matched().stream().anyMatch(m -> !pick.matched().contains(m)))
                .filter(p -> p != pick && p.variant().price().minorUnits() > pickPrice)
                .filter(p -> rating(p).compareTo(rating(pick)) > 0 || extra(p, pick).size() > 0).findFirst();
        List<Recommendation> out = new ArrayList<>();
        out.add(recommendation(conversation, turn, pick, constraints, List.of(), Recommendation.Role.PICK,
                "My pick: the best fit for what you asked. " + why(pick, constraints), now));
        budget.ifPresent(b -> out.add(recommendation(conversation, turn, b, constraints, tradeoff(b, pick, constraints).map(List::of).orElse(List.of()),
                Recommendation.Role.BUDGET, "Budget option: " + Constraints.money(pick.variant().price().minus(b.variant().price()))
                        + " less than my pick" + tradeoff(b, pick, constraints).map(t -> " (" + t + ")").orElse("") + ".", now)));
        upgrade.ifPresent(u -> out.add(recommendation(conversation, turn, u, constraints, tradeoff(u, pick, constraints).map(List::of).orElse(List.of()),
                Recommendation.Role.UPGRADE, "Upgrade: " + Constraints.money(u.variant().price().minus(pick.variant().price()))
                        + " more than my pick for " + gains(u, pick) + tradeoff(u, pick, constraints).map(t -> "; " + t).orElse("") + ".", now)));
        return out;
    }

    /** The preferences {@code a} meets that {@code b} does not. */
    private static List<String> extra(Recommender.Pick a, Recommender.Pick b) {
        return a.matched().stream().filter(m -> !b.matched().contains(m)).toList();
    }

    /** What an upgrade gives over the pick: "a higher rating (4.6 vs 4.2)", "also: prefer quiet". */
    private static String gains(Recommender.Pick upgrade, Recommender.Pick pick) {
        List<String> gains = new ArrayList<>();
        if (rating(upgrade).compareTo(rating(pick)) > 0) {
            gains.add("a higher rating (" + Constraints.plain(rating(upgrade)) + " vs " + Constraints.plain(rating(pick)) + ")");
        }
        List<String> extra = extra(upgrade, pick);
        if (!extra.isEmpty()) {
            gains.add("also: " + String.join(", ", extra));
        }
        return String.join(" and ", gains);
    }


    private static BigDecimal rating(Recommender.Pick p) {
        return rating(p.summary().rating());
    }

    private static BigDecimal rating(BigDecimal rating) {
        return rating == null ? BigDecimal.ZERO : rating;
    }

    public static SessionState.ShownItem shown(Recommender.Pick pick) {
        return new SessionState.ShownItem(pick.summary().id(), pick.variant().sku(), pick.summary().title(), pick.summary().brand(),
                pick.variant().price().amount(), pick.variant().price().currency().getCurrencyCode(), pick.summary().attributes(),
                pick.summary().rating());
    }

    private Recommendation recommendation(UUID conversation, int turn, Recommender.Pick pick, List<Constraint> constraints, List<String> tradeoffs,
                                          Recommendation.Role role, String why, Instant now) {
        List<Receipt.ConstraintCheck> meets = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c.hard()) {
                meets.add(new Receipt.ConstraintCheck(c.id(), c.text(), pick.checks().get(c.id())));
            }
        }
        meets.add(new Receipt.ConstraintCheck("stock", "in stock", pick.variant().stock() + " in stock"));
        List<String> optimizedFor = new ArrayList<>();
        constraints.stream().filter(c -> !c.hard()).map(Constraint::text).forEach(optimizedFor::add);
        optimizedFor.add("rating");
        Receipt receipt = new Receipt(UUID.randomUUID(), conversation, turn, pick.summary().id(), pick.variant().sku(), optimizedFor, meets,
                pick.matched(), tradeoffs, evidence(pick, constraints), pick.sponsored(), pick.sponsorLabel(), why, now);
        return new Recommendation(pick.summary().id(), pick.variant().sku(), pick.summary().handle(), pick.summary().title(),
                pick.summary().brand(), pick.variant().price(), pick.summary().rating(), pick.summary().reviewCount(), role, pick.sponsored(), receipt);
    }

    private static String why(Recommender.Pick pick, List<Constraint> constraints) {
        long hard = constraints.stream().filter(Constraint::hard).count();
        StringBuilder why = new StringBuilder();
        why.append(hard == 0 ? "In stock" : hard == 1 ? "Meets your requirement" : "Meets all " + hard + " of your requirements");
        if (!pick.matched().isEmpty()) {
            why.append("; ").append(String.join(", ", pick.matched()));
        }
        if (pick.summary().rating() != null) {
            why.append("; rated ").append(Constraints.plain(pick.summary().rating())).append(" from ")
                    .append(pick.summary().reviewCount()).append(" review").append(pick.summary().reviewCount() == 1 ? "" : "s");
        }
        if (pick.sponsored()) {
            why.append(" (").append(pick.sponsorLabel()).append(")");
        }
        return why.append('.').toString();
    }

    /**
     * "vs Calma Go 500: $30 cheaper, noise at full speed 2 dB higher": price, every attribute the
     * shopper limited or cares about (a measured reason code such as "quiet" names noise), rating.
     */
    Optional<String> tradeoff(Recommender.Pick a, Recommender.Pick b, List<Constraint> constraints) {
        List<String> parts = new ArrayList<>();
        long diff = a.variant().price().minorUnits() - b.variant().price().minorUnits();
        if (diff != 0) {
            parts.add(Constraints.money(BigDecimal.valueOf(Math.abs(diff), 2), a.variant().price().currency().getCurrencyCode())
                    + (diff < 0 ? " cheaper" : " more expensive"));
        }
        Set<String> fields = new LinkedHashSet<>();
        Recommender.measuredPreferences(constraints, vocabulary, a.summary().category()).keySet().stream()
                .filter(f -> f.startsWith("attr.")).forEach(fields::add);
        constraints.stream().map(Constraint::field).filter(f -> f.startsWith("attr.")).forEach(fields::add);
        for (String field : fields) {
            String key = field.substring(5);
            Optional<ProductDetails.Attribute> av = a.details().attribute(key);
            Optional<ProductDetails.Attribute> bv = b.details().attribute(key);
            if (av.isEmpty() || bv.isEmpty()) {
                continue;
            }
            if (av.get().value() instanceof BigDecimal x && bv.get().value() instanceof BigDecimal y && x.compareTo(y) != 0) {
                String[] ax = av.get().display().split(" ", 2);
                String[] bx = bv.get().display().split(" ", 2);
                try {
                    BigDecimal d = new BigDecimal(ax[0]).subtract(new BigDecimal(bx[0]));
                    parts.add(av.get().label().toLowerCase(Locale.ROOT) + " " + Constraints.plain(d.abs()) + (ax.length > 1 ? " " + ax[1] : "")
                            + (d.signum() > 0 ? " higher" : " lower"));
                } catch (NumberFormatException e) {
                    parts.add(av.get().label().toLowerCase(Locale.ROOT) + " " + av.get().display() + " vs " + bv.get().display());
                }
            } else if (!(av.get().value() instanceof BigDecimal) && !String.valueOf(av.get().value()).equals(String.valueOf(bv.get().value()))) {
                parts.add(av.get().label().toLowerCase(Locale.ROOT) + " " + av.get().display() + " vs " + bv.get().display());
            }
        }
        if (a.summary().rating() != null && b.summary().rating() != null && a.summary().rating().compareTo(b.summary().rating()) != 0) {
            parts.add("rated " + Constraints.plain(a.summary().rating()) + " vs " + Constraints.plain(b.summary().rating()));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("vs " + b.summary().title() + ": " + String.join(", ", parts));
    }

    private List<Evidence> evidence(Recommender.Pick pick, List<Constraint> constraints) {
        List<Evidence> evidence = new ArrayList<>();
        String id = pick.summary().id().toString();
        Set<String> keys = new LinkedHashSet<>();
        constraints.stream().map(Constraint::field).filter(f -> f.startsWith("attr.")).forEach(f -> keys.add(f.substring(5)));
        for (String key : keys) {
            pick.details().attribute(key).ifPresent(a -> evidence.add(new Evidence(Evidence.Kind.ATTRIBUTE, id + "/" + key,
                    a.label() + ": " + a.display())));
        }
        Set<String> wanted = new LinkedHashSet<>();
        constraints.stream().filter(c -> c.field().equals("reason")).forEach(c -> wanted.addAll(c.values()));
        for (ReasonCode code : pick.details().reasonCodes()) {
            if (wanted.contains(code.code())) {
                evidence.add(new Evidence(Evidence.Kind.REASON, id + "/" + code.code(), code.label() + ": " + code.because()));
            }
        }
        Optional<ReviewSummary> summary = reviews.summary(pick.summary().id(), null);
        summary.flatMap(s -> s.pros().stream().filter(p -> !p.citations().isEmpty())
                .filter(p -> !AddressedText.standard().addressesTheAssistant(p.citations().get(0).quote())).findFirst()).ifPresent(pro -> {
            Citation c = pro.citations().get(0);
            evidence.add(new Evidence(Evidence.Kind.REVIEW, c.review() + ":" + c.start() + "-" + c.end(), label(pro) + ": “" + c.quote().strip() + "”"));
        });
        try {
            var policies = catalog.policiesFor(pick.summary().id(), region, today, false, today);
            if (policies.returns().policyId() != null) {
                evidence.add(new Evidence(Evidence.Kind.POLICY, policies.returns().policyId(), policies.returns().why()));
            }
        } catch (RuntimeException e) {
            // a product without a policy evaluation simply has no policy evidence
        }
        return evidence;
    }

    private static String label(AspectOpinion opinion) {
        return opinion.reviews() + " reviewer" + (opinion.reviews() == 1 ? "" : "s") + " praise the " + opinion.label().toLowerCase(Locale.ROOT);
    }
}
