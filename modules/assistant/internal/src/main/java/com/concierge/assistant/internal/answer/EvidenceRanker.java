package com.concierge.assistant.internal.answer;

import com.concierge.assistant.internal.intent.Words;
import com.concierge.assistant.internal.semantic.Embeddings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks evidence for a question: attribute values, content, Q&amp;A, policies and review
 * statements. Four signals, each measured on the shared product-QA data (docs/quality.md):
 * meaning twice (embedding cosine of question and evidence with bge-small, the question given as a
 * search query, and with all-MiniLM; ADR 37), words (BM25 over the candidates of the question) and
 * naming (the question names the attribute: "how much does it weigh" → weight).
 */
public final class EvidenceRanker {

    /**
     * One piece of evidence.
     *
     * @param name  what it is about (an attribute key or label, "return policy"), or null
     * @param text  what it says
     */
    public record Candidate(String name, String text) {

        /** The text that is embedded and matched: "name: text". */
        public String full() {
            String said = text == null ? "" : text;
            return name == null || name.isBlank() ? said : name.replace('_', ' ') + ": " + said;
        }

        /** Whether it says anything: evidence with neither a name nor a text is never ranked. */
        public boolean usable() {
            return !full().isBlank();
        }
    }

    /** The score of evidence that says nothing ({@link Candidate#usable()} false): below every other. */
    public static final double UNUSABLE = Double.NEGATIVE_INFINITY;

    /** How the signals are weighed; {@link #DEFAULT} is what the evaluation chose. */
    public record Weights(double meaning, double miniLm, double words, double naming) {
    }

    /**
     * Chosen on the shared dev files (docs/quality.md#product-questions): the weighing with the best
     * P@1 averaged over semiPQA, hetPQA and ePQA on the grid of {@code eval.QaEval}. The score is
     * about two cosines, so the answer threshold ({@code cc.assistant.answer-threshold}) is on
     * that scale.
     */
    public static final Weights DEFAULT = new Weights(1.0, 1.0, 0.10, 0.20);

    /**
     * The score below which the best evidence does not answer ({@code cc.assistant.answer-threshold}'s
     * default). Chosen with {@code ./ops/eval-qa}'s "at the threshold" lines on the dev files: against
     * the one-model ranker at 0.72 it answers more answerable questions, more of them right, and
     * declines as many unanswerable ones (docs/quality.md#product-questions).
     */
    public static final String ANSWER_THRESHOLD = "1.15";

    /** Question words that ask about a kind of quantity, and the attribute words they point at. */
    private static final Map<String, List<String>> ASKS_ABOUT = Map.ofEntries(
            Map.entry("weigh", List.of("weight", "mass")), Map.entry("heavy", List.of("weight", "mass")),
            Map.entry("light", List.of("weight")), Map.entry("loud", List.of("noise", "sound", "decibel")),
            Map.entry("noisy", List.of("noise", "sound")), Map.entry("quiet", List.of("noise", "sound")),
            Map.entry("big", List.of("size", "dimension", "capacity", "length", "height", "width")),
            Map.entry("tall", List.of("height", "dimension")), Map.entry("wide", List.of("width", "dimension")),
            Map.entry("long", List.of("length", "dimension", "life", "time")), Map.entry("hold", List.of("capacity", "volume")),
            Map.entry("old", List.of("age")), Map.entry("age", List.of("age")), Map.entry("kid", List.of("age")),
            Map.entry("color", List.of("color", "colour")), Map.entry("colour", List.of("color", "colour")),
            Map.entry("material", List.of("material")), Map.entry("made", List.of("material")),
            Map.entry("battery", List.of("battery", "batteries")), Map.entry("batteries", List.of("battery", "batteries")),
            Map.entry("warranty", List.of("warranty")), Map.entry("return", List.of("return")), Map.entry("ship", List.of("shipping")),
            Map.entry("shipping", List.of("shipping")), Map.entry("deliver", List.of("shipping")), Map.entry("watt", List.of("power", "wattage")),
            Map.entry("power", List.of("power", "wattage")), Map.entry("size", List.of("size", "dimension")),
            Map.entry("fit", List.of("size", "compatible", "fit")), Map.entry("player", List.of("player")),
            Map.entry("brand", List.of("brand", "manufacturer")), Map.entry("make", List.of("brand", "manufacturer")),
            Map.entry("price", List.of("price")), Map.entry("cost", List.of("price")), Map.entry("dishwasher", List.of("dishwasher")));

    private final Embeddings embeddings;
    private final Embeddings miniLm;
    private final Weights weights;

    /**
     * @param embeddings bge-small ({@link Embeddings#shared()}), or null when meanings are off
     * @param miniLm     all-MiniLM ({@link Embeddings#miniLm()}), or null when meanings are off or it cannot load
     */
    public EvidenceRanker(Embeddings embeddings, Embeddings miniLm, Weights weights) {
        this.embeddings = embeddings;
        this.miniLm = miniLm;
        this.weights = weights;
    }

    /**
     * One score per candidate, higher is better. A candidate with no name and no text scores {@link #UNUSABLE};
     * a blank question scores every usable candidate 0, so nothing is ranked above anything else.
     */
    public double[] scores(String question, List<Candidate> candidates) {
        return features(question, candidates).scores(weights);
    }

    /**
     * How many candidates all-MiniLM re-reads: the best by the other three signals. On the product-QA
     * dev files re-reading the best five gave the same P@1 as re-reading every candidate
     * (docs/quality.md#product-questions), and a product's first question does not embed its
     * thirty-odd pieces of evidence twice (ADR 37).
     */
    public static final int REREAD = 5;

    /**
     * The four signals of each candidate, before they are weighed: meaning (bge cosine, the question
     * as a query), miniLm (all-MiniLM cosine; NaN where it was not computed), words (BM25 divided by
     * the question's best) and naming (the share of the candidate's name the question points at). The
     * evaluation weighs them many ways without embedding anything twice.
     *
     * @param usable false for a candidate that says nothing (never ranked)
     */
    public record Features(double[] meaning, double[] miniLm, double[] words, double[] naming, boolean[] usable) {

        /**
         * Scores by the weights: the other three signals for every candidate, then all-MiniLM's cosine
         * added for the {@link #REREAD} best of them.
         */
        public double[] scores(Weights weights) {
            double[] scores = firstReading(weights);
            for (int i : best(scores, REREAD)) {
                scores[i] += Double.isNaN(miniLm[i]) ? 0 : weights.miniLm() * miniLm[i];
            }
            return scores;
        }

        double[] firstReading(Weights weights) {
            double[] scores = new double[meaning.length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = !usable[i] ? UNUSABLE : weights.meaning() * meaning[i] + weights.words() * words[i] + weights.naming() * naming[i];
            }
            return scores;
        }
    }

    /** The indexes of the {@code k} highest usable scores, the first in the list first on ties. */
    static List<Integer> best(double[] scores, int k) {
        return java.util.stream.IntStream.range(0, scores.length).filter(i -> scores[i] != UNUSABLE).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> -scores[i])).limit(k).toList();
    }

    public Features features(String question, List<Candidate> candidates) {
        return features(question, candidates, REREAD);
    }

    /**
     * @param reread how many candidates all-MiniLM reads, the best by the other signals under this
     *               ranker's weights: {@link #REREAD} live; the evaluation asks for all, as it
     *               weighs the signals other ways too
     */
    public Features features(String question, List<Candidate> candidates, int reread) {
        int n = candidates.size();
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            usable[i] = candidates.get(i).usable();
        }
        if (question == null || question.isBlank()) {
            return new Features(new double[n], new double[n], new double[n], new double[n], usable);
        }
        double[] meaning = meaning(embeddings, question, candidates, usable);
        double[] words = Bm25.scores(question, candidates.stream().map(c -> c.usable() ? c.full() : "").toList());
        double maxWords = 0;
        for (double w : words) {
            maxWords = Math.max(maxWords, w);
        }
        for (int i = 0; i < n; i++) {
            words[i] = maxWords == 0 ? 0 : words[i] / maxWords;
        }
        List<String> asked = Words.singulars(Words.tokens(question));
        Set<String> pointed = new HashSet<>();
        for (String word : asked) {
            for (Map.Entry<String, List<String>> e : ASKS_ABOUT.entrySet()) {
                if (word.startsWith(e.getKey())) {
                    pointed.addAll(e.getValue());
                }
            }
            if (!Words.STOPWORDS.contains(word) && word.length() > 2) {
                pointed.add(word);
            }
        }
        double[] naming = new double[n];
        for (int i = 0; i < n; i++) {
            String name = candidates.get(i).name();
            if (usable[i] && name != null && !name.isBlank()) {
                List<String> nameWords = Words.singulars(Words.tokens(name.replace('_', ' ')));
                long hits = nameWords.stream().filter(w -> pointed.stream().anyMatch(p -> w.startsWith(p) || p.startsWith(w) && w.length() > 3)).count();
                naming[i] = nameWords.isEmpty() ? 0 : (double) hits / nameWords.size();
            }
        }
        double[] second;
        if (miniLm == null) {
            second = meaning; // without the second model (it could not load) bge's meaning counts twice: scores stay on the threshold's scale
        } else {
            boolean[] reads = new boolean[n];
            double[] first = new Features(meaning, new double[n], words, naming, usable).firstReading(weights);
            best(first, reread).forEach(i -> reads[i] = true);
            second = meaning(miniLm, question, candidates, reads);
        }
        return new Features(meaning, second, words, naming, usable);
    }

    /** The cosine of the question with each candidate {@code read}; NaN for the others. */
    private static double[] meaning(Embeddings model, String question, List<Candidate> candidates, boolean[] read) {
        double[] out = new double[candidates.size()];
        if (model == null) {
            return out;
        }
        float[] q = model.queryVector(question);
        for (int i = 0; i < out.length; i++) {
            out[i] = read[i] ? Embeddings.cosine(q, model.vector(candidates.get(i).full())) : Double.NaN;
        }
        return out;
    }

    /** Okapi BM25 with the question's candidates as the collection (k1 1.2, b 0.75). */
    public static final class Bm25 {

        private Bm25() {
        }

        public static double[] scores(String query, List<String> documents) {
            if (query == null) {
                return new double[documents.size()];
            }
            List<List<String>> docs = documents.stream().map(d -> d == null ? List.<String>of() : Words.singulars(Words.tokens(d))).toList();
            double avg = docs.stream().mapToInt(List::size).average().orElse(1);
            Map<String, Integer> df = new HashMap<>();
            for (List<String> doc : docs) {
                new HashSet<>(doc).forEach(t -> df.merge(t, 1, Integer::sum));
            }
            Set<String> terms = new HashSet<>(Words.singulars(Words.tokens(query)));
            terms.removeIf(Words.STOPWORDS::contains);
            double[] scores = new double[docs.size()];
            for (int i = 0; i < docs.size(); i++) {
                Map<String, Integer> tf = new HashMap<>();
                docs.get(i).forEach(t -> tf.merge(t, 1, Integer::sum));
                double score = 0;
                for (String term : terms) {
                    int f = tf.getOrDefault(term, 0);
                    if (f == 0) {
                        continue;
                    }
                    int n = df.getOrDefault(term, 0);
                    double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                    score += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * docs.get(i).size() / avg));
                }
                scores[i] = score;
            }
            return scores;
        }
    }
}
