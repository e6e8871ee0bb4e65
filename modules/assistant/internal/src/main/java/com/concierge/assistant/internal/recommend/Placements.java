package com.concierge.assistant.internal.recommend;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /** Labels sponsored products among {@code shown} and adds at most {@code maxPerReply} from {@code fitting}. */
    void place(List<Recommender.Pick> shown, List<Recommender.Pick> fitting) {
        for (int i = 0; i < shown.size(); i++) {
            Recommender.Pick pick = shown.get(i);
            String label = sponsored.get(pick.summary().id());
            if (label != null) {
                shown.set(i, labelled(pick, label));
            }
        }
        int added = 0;
        for (Recommender.Pick candidate : fitting) {
            if (added >= maxPerReply) {
                break;
            }
            String label = sponsored.get(candidate.summary().id());
            if (label == null || shown.stream().anyMatch(p -> p.summary().id().equals(candidate.summary().id()))) {
                continue;
            }
            shown.add(Math.min(earliestPosition - 1, shown.size()), labelled(candidate, label));
            added++;
        }
    }

    private static Recommender.Pick labelled(Recommender.Pick pick, String label) {
        return new Recommender.Pick(pick.summary(), pick.details(), pick.variant(), pick.score(), pick.matched(), pick.checks(), true, label);
    }
}
