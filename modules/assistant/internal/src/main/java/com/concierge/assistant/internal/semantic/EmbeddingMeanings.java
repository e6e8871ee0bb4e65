package com.concierge.assistant.internal.semantic;

import com.concierge.assistant.internal.intent.Meanings;
import com.concierge.assistant.internal.intent.Meanings.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Meanings} by embedding similarity: the nearest target wins when its cosine reaches the
 * threshold and clearly beats the runner-up (an ambiguous word maps to nothing).
 */
public final class EmbeddingMeanings implements Meanings {

    /**
     * For {@link #likeliest}: words about a person sit far from every category name (0.6–0.7 where the
     * right one is first), so the bar is lower, and the lead must be wide: a thing the store does not
     * sell lands between two categories ("electric kettle": coffee makers 0.678, smart home 0.664).
     */
    private static final double LIKELIEST_THRESHOLD = 0.6;
    private static final double LIKELIEST_MARGIN = 0.05;

    /**
     * A value of a choice ("puzzle", "road") becomes a hard limit that can change every card, from
     * words no phrase read: it needs a nearer meaning than a yes/no attribute. Words sharing nothing with
     * the store's text reach 0.78–0.83 by chance ("holds" near the merchandiser's "holdall", "coffee"
     * near "coffee concentrate"); a shopper's own name for the value reaches 0.86–0.9 ("jigsaw" near
     * "jigsaw pieces", "lego" near "like lego").
     */
    private static final double VALUE_THRESHOLD = 0.85;

    private final Embeddings embeddings;
    private final double threshold;
    private final double margin;

    public EmbeddingMeanings(Embeddings embeddings, double threshold, double margin) {
        this.embeddings = embeddings;
        this.threshold = threshold;
        this.margin = margin;
    }

    @Override
    public Optional<Target> nearest(String words, List<Target> targets) {
        return nearest(words, targets, threshold, margin);
    }

    @Override
    public Optional<Target> likeliest(String words, List<Target> targets) {
        return nearest(words, targets, LIKELIEST_THRESHOLD, LIKELIEST_MARGIN);
    }

    private Optional<Target> nearest(String words, List<Target> targets, double threshold, double margin) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        float[] query = embeddings.vector(words);
        // each meaning scores by its nearest wording: "jigsaw puzzle" near both "puzzle" and the
        // merchandiser's "jigsaw pieces" is one meaning clearly ahead, not two in a tie
        Map<String, Double> byMeaning = new LinkedHashMap<>(); // in the targets' order: a tie goes to the first
        Map<String, Target> nearestWording = new LinkedHashMap<>();
        for (Target target : targets) {
            double score = Embeddings.cosine(query, embeddings.vector(target.text()));
            String meaning = target.kind() + " " + target.category() + " " + target.key();
            if (score > byMeaning.getOrDefault(meaning, -1.0)) {
                byMeaning.put(meaning, score);
                nearestWording.put(meaning, target);
            }
        }
        String best = null;
        double bestScore = -1;
        double second = -1;
        for (Map.Entry<String, Double> scored : byMeaning.entrySet()) {
            if (scored.getValue() > bestScore) {
                second = bestScore;
                bestScore = scored.getValue();
                best = scored.getKey();
            } else if (scored.getValue() > second) {
                second = scored.getValue();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Target chosen = nearestWording.get(best);
        double bar = chosen.kind() == Kind.VALUE ? Math.max(threshold, VALUE_THRESHOLD) : threshold;
        return bestScore >= bar && bestScore - second >= margin ? Optional.of(chosen) : Optional.empty();
    }
}
