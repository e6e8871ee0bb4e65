package com.concierge.assistant.internal.wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a language model's wording of a turn against the turn's evidence (the template reply,
 * the receipts, relaxations, answer citations, comparison): every number, every product (a brand
 * and the model name after it) and every claim word it uses must appear in the evidence. What does
 * not is reported, and the caller keeps the template wording.
 */
public final class EvidenceCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    /** Counts and positions ("the 2 options", "the first of 3") the wording may use without evidence. */
    private static final int FREE_INTEGERS = 4;

    private final Set<String> brands;
    private final Set<String> claims;

    /**
     * @param brands every brand the catalog sells (a mentioned brand must be in the evidence)
     * @param claims words and phrases that state a property, a policy or a superlative
     */
    public EvidenceCheck(Collection<String> brands, Collection<String> claims) {
        this.brands = lower(brands);
        this.claims = lower(claims);
    }

    /** What {@code wording} says that {@code evidence} does not support; empty when it passes. */
    public List<String> unsupported(String wording, String evidence) {
        List<String> problems = new ArrayList<>();
        String said = normalize(wording);
        String known = normalize(evidence);
        Set<BigDecimal> knownNumbers = numbers(known);
        for (BigDecimal n : numbers(said)) {
            boolean free = n.scale() <= 0 && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(FREE_INTEGERS)) <= 0;
            if (!free && !knownNumbers.contains(n)) {
                problems.add("number " + n.toPlainString());
            }
        }
        for (String brand : brands) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(brand) + "\\b(\\s+[a-z0-9][\\w-]*)?").matcher(said);
            while (m.find()) {
                if (!contains(known, brand)) {
                    problems.add("product " + m.group().strip());
                    break;
                }
                String named = m.group().strip();
                String model = m.group(1) == null ? "" : m.group(1).strip();
                boolean modelName = !model.isEmpty() && (Character.isDigit(model.charAt(0)) || startsUpper(wording, m.start(1)));
                if (modelName && !contains(known, named)) {
                    problems.add("product " + named);
                }
            }
        }
        for (String claim : claims) {
            if (contains(said, claim) && !contains(known, claim)) {
                problems.add("claim '" + claim + "'");
            }
        }
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static boolean startsUpper(String original, int index) {
        // the normalized text keeps positions: only case and white space runs differ
        int i = index;
        while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
            i++;
        }
        return i < original.length() && Character.isUpperCase(original.charAt(i));
    }

    private static boolean contains(String text, String phrase) {
        return Pattern.compile("(?<![\\w])" + Pattern.quote(phrase) + "(?![\\w])").matcher(text).find();
    }

    private static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group().replace(",", "");
            try {
                out.add(new BigDecimal(digits).stripTrailingZeros());
            } catch (NumberFormatException e) {
                // "1,2,3" style runs are not numbers
            }
        }
        return out;
    }

    /** Lower case with each white-space character kept as one space (positions match the original). */
    private static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static Set<String> lower(Collection<String> words) {
        Set<String> out = new LinkedHashSet<>();
        words.stream().filter(w -> w != null && !w.isBlank()).map(w -> w.strip().toLowerCase(Locale.ROOT)).forEach(out::add);
        return out;
    }
}
