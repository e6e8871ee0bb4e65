package com.concierge.kernel.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text before anything reads it (docs/privacy.md): e-mail
 * addresses, card-like numbers, phone numbers and address-like strings become {@code [email]},
 * {@code [card]}, {@code [phone]} and {@code [address]}. The shopping words around them stay
 * ("a quiet blender under 150, call me on [phone]"). The assistant runs it on the shopper's message
 * before parsing it, so no derived field (uncovered words, chips, constraint words) can hold what
 * this removes; measurement runs it again on every text it stores.
 *
 * <p>Patterns, in the order they run (a card number must not be read as a phone number):
 * <ul>
 * <li>e-mail: local part, {@code @}, a domain with a dot; and the forms people write to dodge
 *     harvesters: {@code john at gmail dot com}, {@code john(at)gmail(dot)com},
 *     {@code jane.doe at example.org}. A plain " at " only counts with a spelled-out "dot", or a
 *     domain of a well-known mail provider, or a local part no word has (a dot, a digit, {@code _}
 *     or {@code +}), so "good at crushing ice.com" is left alone;</li>
 * <li>card: 13 to 19 digits, alone or in groups separated by single spaces or dashes;</li>
 * <li>phone: an international number ({@code +} and 8 to 15 digits with separators), or a
 *     North American one (3-3-4 digits, area code optionally in parentheses, or 10 digits written
 *     together);</li>
 * <li>address: a house number, one to four words and a street type with an optional unit ("Apt 4B"),
 *     compass direction and town ("123 Elm Street, Springfield, IL 62704"). Types that are rarely
 *     anything else (Street, St, Ave, Rd, Blvd, ...) count in any case; types that are everyday
 *     words (Road, Lane, Drive, Way, Place, ...) only after capitalised names, so "a 5 minute drive"
 *     stays; a PO box; a US ZIP+4 code; a UK postcode.</li>
 * </ul>
 * Bare numbers that shoppers use for sizes and prices ("10000 mAh", "under 150", "1200 W") are kept.
 */
public final class PersonalData {

    /** What redaction leaves where personal data was: readers of redacted text skip these ({@code [email]}, ...). */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:email|card|phone|address)\\]");

    /**
     * A pattern and what replaces its matches. A rule only runs on text with at least
     * {@code minDigits} digits (and an {@code @} when {@code needsAt}): every match it can find holds
     * that many, so most shopping text ("under 150") skips the phone and card patterns. A match
     * {@code accept} refuses is left as it is.
     */
    private record Rule(Pattern pattern, String replacement, int minDigits, boolean needsAt, Predicate<MatchResult> accept) {

        Rule(String regex, String replacement, int minDigits) {
            this(Pattern.compile(regex), replacement, minDigits, false, m -> true);
        }

        boolean mayMatch(int digits, boolean at) {
            return digits >= minDigits && (at || !needsAt);
        }
    }

    /** Street types that are rarely anything else: any case, after any words. */
    private static final String STREET_TYPES = "street|avenue|boulevard|parkway|highway|st|ave|rd|blvd|ln|dr|ct|pl|pkwy|cir|hwy|sq|ter";
    /** Street types that are also everyday words ("a 5 minute drive"): only after capitalised names. */
    private static final String NAMED_STREET_TYPES = "Road|Lane|Drive|Court|Way|Place|Close|Row|Square|Circle|Terrace|Crescent|Street|Avenue";
    /** What may follow a street: a unit, a compass direction, then ", Town[, ST] [ZIP]". */
    private static final String UNIT = "(?:,?\\s+(?:(?i:apt|apartment|suite|ste|unit|flat)\\b\\.?|#)\\s*#?\\w+)?"
            + "(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?"
            + "(?:,\\s*[A-Z][a-z'.-]+(?:\\s+[A-Z][a-z'.-]+){0,2}(?:,?\\s+[A-Z]{2}\\b)?(?:\\s+\\d{5}(?:-\\d{4})?\\b)?)?";

    /** A dot written as a dot or spelled out: ".", " dot ", "(dot)", "[dot]". */
    private static final String DOT = "(?:\\s*(?:\\(dot\\)|\\[dot\\]|\\{dot\\})\\s*|\\s+dot\\s+|\\.)";
    /** An "at" written out: " at ", "(at)", "[at]", "{at}". */
    private static final String AT = "(?:\\s*(?:\\(at\\)|\\[at\\]|\\{at\\})\\s*|\\s+at\\s+)";
    private static final Pattern SPELLED_EMAIL = Pattern.compile("(?i)(?<![\\w.+-])([a-z0-9_%+-]+(?:" + DOT + "[a-z0-9_%+-]+)*)" + AT
            + "([a-z0-9-]+)((?:" + DOT + "[a-z0-9-]+)+)(?![\\w-])");
    private static final Set<String> MAIL_PROVIDERS = Set.of("gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud",
            "me", "mac", "aol", "proton", "protonmail", "gmx", "yandex", "zoho", "fastmail", "mail", "web", "orange", "comcast", "verizon",
            "att", "btinternet", "qq", "163");
    private static final Set<String> TOP_LEVEL = Set.of("com", "org", "net", "edu", "gov", "io", "co", "info", "biz", "me", "app", "dev",
            "ai", "us", "uk", "ca", "au", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "ie", "pl", "pt", "jp", "cn",
            "in", "br", "mx", "nz", "za", "ru", "eu");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"), "[email]", 0, true, m -> true),
            new Rule(SPELLED_EMAIL, "[email]", 0, false, PersonalData::spelledAddress),
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

    /**
     * Whether a spelled-out match is an address: it ends in a top-level domain, and its "at" is
     * not an everyday word ("looking at amazon.com"): it is bracketed, or a dot is spelled out, or
     * the domain is a mail provider's, or the local part has what words do not.
     */
    private static boolean spelledAddress(MatchResult match) {
        String whole = match.group().toLowerCase(Locale.ROOT);
        String local = match.group(1).toLowerCase(Locale.ROOT);
        String domain = match.group(2).toLowerCase(Locale.ROOT);
        String[] labels = match.group(3).toLowerCase(Locale.ROOT).split("\\s*(?:\\(dot\\)|\\[dot\\]|\\{dot\\})\\s*|\\s+dot\\s+|\\.");
        if (!TOP_LEVEL.contains(labels[labels.length - 1])) {
            return false;
        }
        return whole.contains("(at)") || whole.contains("[at]") || whole.contains("{at}") || whole.contains(" dot ") || whole.contains("(dot)")
                || whole.contains("[dot]") || MAIL_PROVIDERS.contains(domain) || local.matches(".*[0-9._+].*");
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
                    result = matcher.replaceAll(m -> Matcher.quoteReplacement(rule.accept().test(m) ? rule.replacement() : m.group()));
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
