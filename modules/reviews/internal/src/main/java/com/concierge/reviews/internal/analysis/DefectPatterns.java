package com.concierge.reviews.internal.analysis;

import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.DefectPattern;
import com.concierge.reviews.api.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Finds the same failure in several reviews. A clause that tells a failure (the lexicon's
 * {@code failures}: "broke", "cracked", "stopped working", not negated: "never broke" is praise) is
 * filed under the part it names nearest before the failure ({@code parts}: handle, lid, zipper,
 * ...), or the first part after it, or "product"; a part failing in {@link #REVIEWS} or more
 * distinct reviews is a defect pattern for the human review queue.
 */
public final class DefectPatterns {

    static final int REVIEWS = 3;

    private final Lexicon lexicon;

    public DefectPatterns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<DefectPattern> find(List<Statement> statements) {
        Map<String, Set<UUID>> reviews = new TreeMap<>();
        Map<String, Set<String>> failures = new TreeMap<>();
        Map<String, List<Citation>> citations = new TreeMap<>();
        for (Statement statement : statements) {
            List<String> words = Tokens.words(statement.citation().quote());
            Map<Integer, String> failed = new TreeMap<>(lexicon.failures(words));
            failed.keySet().removeIf(at -> lexicon.isNegated(words, at));
            if (failed.isEmpty()) {
                continue;
            }
            int firstFailure = failed.keySet().iterator().next();
            String part = part(lexicon.parts(words), firstFailure);
            reviews.computeIfAbsent(part, p -> new HashSet<>()).add(statement.citation().review());
            failures.computeIfAbsent(part, p -> new TreeSet<>()).addAll(failed.values());
            citations.computeIfAbsent(part, p -> new ArrayList<>()).add(statement.citation());
        }
        List<DefectPattern> patterns = new ArrayList<>();
        reviews.forEach((part, told) -> {
            if (told.size() >= REVIEWS) {
                patterns.add(new DefectPattern(part, List.copyOf(failures.get(part)), told.size(), citations.get(part)));
            }
        });
        patterns.sort(Comparator.comparingInt(DefectPattern::reviews).reversed().thenComparing(DefectPattern::part));
        return patterns;
    }

    /** The part named last before the failure ("the handle broke"), else the first after it ("broke: the handle"). */
    private static String part(Map<Integer, String> parts, int failure) {
        String before = null;
        String after = null;
        for (Map.Entry<Integer, String> part : parts.entrySet()) {
            if (part.getKey() < failure) {
                before = part.getValue();
            } else if (after == null) {
                after = part.getValue();
            }
        }
        String named = before != null ? before : after != null ? after : "product";
        return singular(named);
    }

    private static String singular(String part) {
        return part.endsWith("s") && !part.endsWith("ss") && part.length() > 3 ? part.substring(0, part.length() - 1) : part;
    }
}
