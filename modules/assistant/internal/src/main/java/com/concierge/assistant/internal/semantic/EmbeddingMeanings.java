package com.concierge.assistant.internal.semantic;

import com.concierge.assistant.internal.intent.Meanings;
import java.util.List;
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
        Target best = null;
        double bestScore = -1;
        double second = -1;
        for (Target target : targets) {
            double score = Embeddings.cosine(query, embeddings.vector(target.text()));
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = target;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore >= threshold && bestScore - second >= margin ? Optional.of(best) : Optional.empty();
    }
}
