package com.concierge.assistant.internal.semantic;

import com.concierge.assistant.internal.intent.Meanings;
import java.util.List;
import java.util.Optional;

/**
 * {@link Meanings} by embedding similarity: the nearest target wins when its cosine reaches the
 * threshold and clearly beats the runner-up (an ambiguous word maps to nothing).
 */
public final class EmbeddingMeanings implements Meanings {

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
