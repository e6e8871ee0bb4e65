package com.concierge.assistant.internal.recommend;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sponsored placement, by the rules merchandisers keep as data (table
 * {@code assistant_placement_rules}, products in {@code assistant_sponsored}): a sponsored product
 * is only ever shown when it satisfies every hard constraint; it is always labelled; at most
 * {@code maxPerReply} are added beyond the organic ranking, and an added one goes no higher than
 * {@code earliestPosition}. A sponsored product that ranks on its own merit keeps its place, labelled.
 *
 * @param sponsored product id → the label shown ("Sponsored by Calma")
 */
public record Placements(int maxPerReply, int earliestPosition, Map<UUID, String> sponsored) {

    public static final Placements NONE = new Placements(0, 1, Map.of());

    public Placements {
        if (maxPerReply < 0 || earliestPosition < 1) {
            throw new IllegalArgumentException("max per reply must be ≥ 0 and the earliest position ≥ 1");
        }
        sponsored = Map.copyOf(sponsored);
    }

    /**
     * Labels sponsored products among {@code shown} and adds at most {@code maxPerReply} more from
     * the candidates; only sponsored candidates are checked for this, best ranked first.
     */
    void place(List<Recommender.Pick> shown, Candidates candidates) {
        for (int i = 0; i < shown.size(); i++) {
            Recommender.Pick pick = shown.get(i);
            String label = sponsored.get(pick.summary().id());
            if (label != null) {
                shown.set(i, labelled(pick, label));
            }
        }
        if (maxPerReply == 0 || sponsored.isEmpty()) {
            return;
        }
        Set<UUID> already = shown.stream().map(p -> p.summary().id()).collect(Collectors.toSet());
        List<Recommender.Pick> extra = candidates.fitting(Comparator.comparing((Candidates.Ranked r) -> !sponsored.containsKey(r.summary().id())))
                .takeWhile(p -> sponsored.containsKey(p.summary().id()))
                .filter(p -> !already.contains(p.summary().id()))
                .limit(maxPerReply).toList();
        for (Recommender.Pick candidate : extra) {
            shown.add(Math.min(earliestPosition - 1, shown.size()), labelled(candidate, sponsored.get(candidate.summary().id())));
        }
    }

    private static Recommender.Pick labelled(Recommender.Pick pick, String label) {
        return new Recommender.Pick(pick.summary(), pick.details(), pick.variant(), pick.score(), pick.matched(), pick.checks(), true, label);
    }
}
