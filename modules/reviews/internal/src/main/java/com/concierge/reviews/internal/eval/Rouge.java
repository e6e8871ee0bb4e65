package com.concierge.reviews.internal.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-N and ROUGE-L (Lin, 2004) between a candidate summary and one reference: tokens are
 * lower-case runs of letters and digits, no stemming and no stop-word removal; n-gram matches are
 * clipped by their count in the reference; ROUGE-L uses the longest common subsequence of the
 * whole texts. Scores are precision, recall and F1 (β = 1).
 */
final class Rouge {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    record Score(double precision, double recall, double f1) {
        static Score of(double matches, int candidateLength, int referenceLength) {
            double p = candidateLength == 0 ? 0 : matches / candidateLength;
            double r = referenceLength == 0 ? 0 : matches / referenceLength;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private Rouge() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static Score n(String candidate, String reference, int n) {
        Map<List<String>, Integer> ours = grams(tokens(candidate), n);
        Map<List<String>, Integer> theirs = grams(tokens(reference), n);
        int matches = 0;
        for (Map.Entry<List<String>, Integer> gram : ours.entrySet()) {
            matches += Math.min(gram.getValue(), theirs.getOrDefault(gram.getKey(), 0));
        }
        return Score.of(matches, total(ours), total(theirs));
    }

    static Score l(String candidate, String reference) {
        List<String> a = tokens(candidate);
        List<String> b = tokens(reference);
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String word : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Score.of(previous[b.size()], a.size(), b.size());
    }

    private static Map<List<String>, Integer> grams(List<String> tokens, int n) {
        Map<List<String>, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static int total(Map<List<String>, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }
}
