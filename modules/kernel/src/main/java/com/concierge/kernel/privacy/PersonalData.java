package com.concierge.kernel.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text before it is stored for analysis (docs/privacy.md):
 * e-mail addresses, card-like numbers, phone numbers and address-like strings become
 * {@code [email]}, {@code [card]}, {@code [phone]} and {@code [address]}. The shopping words
 * around them stay ("a quiet blender under 150, call me on [phone]").
 *
 * <p>Patterns, in the order they run (a card number must not be read as a phone number):
 * <ul>
 * <li>e-mail: local part, {@code @}, a domain with a dot;</li>
 * <li>card: 13 to 19 digits, alone or in groups separated by single spaces or dashes;</li>
 * <li>phone: an international number ({@code +} and 8 to 15 digits with separators), or a
 *     North American one (3-3-4 digits, area code optionally in parentheses, or 10 digits written
 *     together);</li>
 * <li>address: a house number, one to four words and a street type with an optional unit ("Apt 4B").
 *     Types that are rarely anything else (Street, St, Ave, Rd, Blvd, ...) count in any case; types
 *     that are everyday words (Road, Lane, Drive, Way, Place, ...) only after capitalised names, so
 *     "a 5 minute drive" stays; a PO box; a US ZIP+4 code; a UK postcode.</li>
 * </ul>
 * Bare numbers that shoppers use for sizes and prices ("10000 mAh", "under 150", "1200 W") are kept.
 */
public final class PersonalData {

    /**
     * A pattern and what replaces its matches. A rule only runs on text with at least
     * {@code minDigits} digits (and an {@code @} when {@code needsAt}): every match it can find holds
     * that many, so most shopping text ("under 150") skips the phone and card patterns.
     */
    private record Rule(Pattern pattern, String replacement, int minDigits, boolean needsAt) {

        Rule(String regex, String replacement, int minDigits) {
            this(Pattern.compile(regex), replacement, minDigits, false);
        }

        boolean mayMatch(int digits, boolean at) {
            return digits >= minDigits && (at || !needsAt);
        }
    }

    /** Street types that are rarely anything else: any case, after any words. */
    private static final String STREET_TYPES = "street|avenue|boulevard|parkway|highway|st|ave|rd|blvd|ln|dr|ct|pl|pkwy|cir|hwy|sq|ter";
    /** Street types that are also everyday words ("a 5 minute drive"): only after capitalised names. */
    private static final String NAMED_STREET_TYPES = "Road|Lane|Drive|Court|Way|Place|Close|Row|Square|Circle|Terrace|Crescent|Street|Avenue";
    private static final String UNIT = "(?:,?\\s+(?i:apt|apartment|suite|ste|unit|flat|#)\\.?\\s*#?\\w+)?";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"), "[email]", 0, true),
            new Rule("(?<![\\w.])\\d(?:[ -]?\\d){12,18}(?![\\w.])", "[card]", 13),
            new Rule("(?<![\\w+])\\+\\d(?:[ .-]?\\(?\\d\\)?){7,14}(?!\\w)", "[phone]", 8),
            new Rule("(?<![\\w+])(?:\\(\\d{3}\\)\\s?|\\d{3}[ .-])\\d{3}[ .-]?\\d{4}(?!\\w)", "[phone]", 10),
            new Rule("(?<![\\w.])1?\\d{10}(?![\\w.])", "[phone]", 10),
            new Rule("(?<!\\w)\\d{1,6}[A-Za-z]?\\s+(?:[A-Za-z][A-Za-z'.-]*\\s+){1,4}(?i:" + STREET_TYPES + ")\\b\\.?" + UNIT, "[address]", 1),
            new Rule("(?<!\\w)\\d{1,6}[A-Za-z]?\\s+(?:[A-Z][A-Za-z'.-]*\\s+){1,4}(?:" + NAMED_STREET_TYPES + ")\\b" + UNIT, "[address]", 1),
            new Rule("(?i)\\bp\\.?\\s?o\\.?\\s+box\\s+\\d+", "[address]", 1),
            new Rule("(?<!\\w)\\d{5}-\\d{4}(?!\\w)", "[address]", 9),
            new Rule("(?<!\\w)[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}(?!\\w)", "[address]", 2));

    private PersonalData() {
    }

    /** The text with personal data replaced; null stays null. Applying it twice changes nothing more. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        String result = text;
        for (Rule rule : RULES) {
            if (rule.mayMatch(digits, at)) {
                Matcher matcher = rule.pattern().matcher(result);
                if (matcher.find()) {
                    result = matcher.replaceAll(Matcher.quoteReplacement(rule.replacement()));
                }
            }
        }
        return result;
    }

    /** Whether the text holds anything {@link #redact} would replace. */
    public static boolean contains(String text) {
        return text != null && !redact(text).equals(text);
    }
}
