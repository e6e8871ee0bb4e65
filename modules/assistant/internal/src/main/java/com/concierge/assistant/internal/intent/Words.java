package com.concierge.assistant.internal.intent;

import com.concierge.kernel.privacy.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shopper's words as tokens: lower case, hyphens and apostrophes folded ("over-ear" → "over
 * ear", "kids'" → "kids"), numbers split from glued units ("60db" → "60 db", "$150" → "$ 150").
 * Vocabulary phrases are read the same way, so both sides compare token by token.
 */
public final class Words {

    private static final Pattern GLUED_UNIT = Pattern.compile("(\\d)([a-z°\"$€£¥₹])");
    /** British spellings read as the American ones, on both sides (message and catalog): "grey" is "gray". */
    private static final Pattern BRITISH = Pattern.compile("\\b(grey|colour)(?=s?\\b)");
    private static final Pattern GLUED_CURRENCY = Pattern.compile("([$€£¥₹])(\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    // compiled once: normalize() and tokens() run many times for every message
    private static final Pattern DASH_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})[-‐–—](?=\\p{L})");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b");
    private static final Pattern COMPARISON_SIGN = Pattern.compile("([<>]=?)(?=[$€£¥₹\\d])");
    private static final Pattern PLUS_AFTER_WORD = Pattern.compile("(?<=\\p{L})\\+");
    private static final Pattern THEN_FOR_THAN = Pattern.compile("\\b(\\p{L}+er|more|less) then(?=\\s*[$£€¥₹\\d])");
    private static final Pattern WITH_SLASH = Pattern.compile("\\bw/(?=\\s|\\p{L})");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("(?<=\\d)-(?=[a-z])");
    private static final Pattern FIDDY = Pattern.compile("\\bfiddy\\b");
    private static final Pattern COUPLE_HUNDRED = Pattern.compile("\\b(?:a )?couple (?:of )?hundred\\b");
    /** Money slang and the amount it means, replaced in this order. */
    private static final Map<Pattern, String> MONEY_SLANG = slang(
            "\\bhalf a grand\\b", "\\$500", "\\b(?:a|one) grand\\b", "\\$1000", "\\b(?:a |one )?(?:hundo|hunnid|c note)\\b", "\\$100",
            "\\b(?:a |one )?fiver\\b", "5 quid", "\\b(?:a |one )?tenner\\b", "10 quid");
    private static final Pattern TON_BOUND_AFTER = Pattern.compile("\\b(?:a|one) ton (?=max\\b|tops\\b|maximum\\b|or less\\b|or under\\b)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BETWEEN_TOKENS = Pattern.compile("[^\\p{L}\\p{N}$€£¥₹°.,+<>#]+");
    private static final Pattern EDGE_POINTS = Pattern.compile("^[.,]+|[.,]+$");
    private static final Pattern POINTS = Pattern.compile("[.,]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private static Map<Pattern, String> slang(String... regexAndReplacement) {
        Map<Pattern, String> slang = new java.util.LinkedHashMap<>();
        for (int i = 0; i < regexAndReplacement.length; i += 2) {
            slang.put(Pattern.compile(regexAndReplacement[i]), regexAndReplacement[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(slang);
    }

    /** Small numbers shoppers write as words ("for my son who is seven", "family of five"). */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100));

    /** Words that carry no product meaning on their own. */
    public static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "for", "to", "of", "in", "on", "with", "my", "me", "i",
            "im", "i'm", "want", "need", "looking", "look", "search", "searching", "seeking", "find", "show", "get", "some", "something", "any", "that", "this", "it", "is",
            "are", "be", "can", "could", "would", "should", "please", "thanks", "thank", "you", "your", "good", "great", "nice", "best",
            "one", "ones", "which", "what", "whats", "who", "how", "do", "does", "did", "have", "has", "will", "at", "by", "from", "as",
            "about", "like", "really", "very", "so", "but", "also", "just", "too", "there", "their", "they", "them", "we", "our", "us",
            "new", "buy", "buying", "shopping", "recommend", "suggest", "hi", "hello", "hey", "maybe", "ok", "okay", "yes", "no", "not",
            "under", "over", "below", "above", "than", "less", "more", "max", "min", "up", "least", "most", "between", "around", "it's",
            "its", "he", "she", "his", "her", "him", "am", "was", "were", "if", "all", "only", "much", "many", "lot", "lots", "kind",
            "type", "thing", "things", "product", "products", "item", "items", "budget", "price", "cost", "dollars", "bucks", "usd",
            "anything", "everything", "pls", "plz", "gimme", "wanna", "gonna", "got", "same", "actually", "instead", "now",
            "hmm", "hm", "um", "uh", "well", "then", "alright", "sure", "cool", "oh", "ah", "aw", "wow", "yeah", "yep", "yup", "nah",
            "nope", "oops", "btw", "lol");

    private Words() {
    }

    /**
     * Lower case, folded punctuation, numbers split from what they are glued to; where redaction
     * took personal data out ({@code [phone]}) there is nothing to read.
     */
    public static String normalize(String text) {
        String lower = unitLetters(DECIMAL_COMMA.matcher(PersonalData.PLACEHOLDER.matcher(text).replaceAll(" ")).replaceAll("$1.$2"))
                .toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        lower = POSSESSIVE.matcher(DASH_BETWEEN_LETTERS.matcher(lower).replaceAll(" ")).replaceAll("").replace("'", "");
        lower = BRITISH.matcher(lower).replaceAll(r -> r.group(1).equals("grey") ? "gray" : "color");
        lower = ISH.matcher(lower).replaceAll("about $1"); // "$55ish", "60-ish"
        lower = money(lower);
        lower = COMPARISON_SIGN.matcher(lower).replaceAll("$1 "); // "<$100", ">=4"
        lower = PLUS_AFTER_WORD.matcher(lower).replaceAll(" +"); // "1000 watts+": the plus is a bound word after the unit
        lower = THEN_FOR_THAN.matcher(lower).replaceAll("$1 than"); // "quieter then 72 dB": "then" typed for "than"
        lower = WITH_SLASH.matcher(lower).replaceAll("with "); // "w/ a thermal carafe", "w/mic"
        lower = INCH_MARK.matcher(lower).replaceAll("$1 inch"); // "under 22\"", "a 15.6″ laptop": the tokens drop the mark
        lower = GLUED_CURRENCY.matcher(lower).replaceAll("$1 $2");
        lower = GLUED_UNIT.matcher(lower).replaceAll("$1 $2");
        lower = DASH_AFTER_DIGIT.matcher(lower).replaceAll(" ");
        return lower;
    }

    /** An inch mark right after a number and before a space, a punctuation mark or the end: {@code 22"}, {@code 7-8″}. */
    private static final Pattern INCH_MARK = Pattern.compile("(\\d)\\s?[\"″](?![\\p{L}\\p{N}])");

    /**
     * A decimal comma ("1,5 litres", "4,5 stars"): one or two digits after the comma and a word
     * right after, other than a list's ("sizes 3,4 or 5"); "1,500" stays a thousands separator.
     */
    private static final Pattern DECIMAL_COMMA = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?=\\s*[\\p{L}°])(?!\\s*(?:or|and|to|nor)\\b)");

    /**
     * A temperature written with a degree sign or a capital C or F right after the number ("230 C",
     * "450°F"): the letters alone are also ordinary words, so the unit is spelt out before reading.
     */
    private static final Pattern DEGREES = Pattern.compile("(\\d)\\s*(?:°\\s*([CcFf])|([CF]))\\b(?!\\s*batter)");
    /** A one-letter unit glued to its number ("1000w", "250g", "1.5l", "8h"): a unit, never a word. */
    private static final Pattern UNIT_LETTER = Pattern.compile("(\\d)([wWgGlLhH])\\b");
    private static final Map<String, String> UNIT_WORDS = Map.of("w", "watts", "W", "watts", "g", "grams", "G", "grams", "l", "litres",
            "L", "litres", "h", "hours", "H", "hours");

    private static String unitLetters(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return text;
        }
        String out = DEGREES.matcher(text).replaceAll(r -> {
            String letter = r.group(2) != null ? r.group(2) : r.group(3);
            return r.group(1) + (letter.equalsIgnoreCase("c") ? " celsius" : " fahrenheit");
        });
        return UNIT_LETTER.matcher(out).replaceAll(r -> r.group(1) + " " + UNIT_WORDS.get(r.group(2)));
    }

    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s?k\\b");
    private static final Pattern GRAND = Pattern.compile("\\b(\\d+(?:\\.\\d+)?) grand\\b");
    private static final Pattern HUNDREDS = Pattern.compile("\\b(\\d+) bills\\b");
    /** An amount with "ish" after it: about that much ("$55ish", "60-ish"). */
    private static final Pattern ISH = Pattern.compile("([$£€¥₹]?\\d+(?:\\.\\d+)?)[ -]?ish\\b");
    /** "3 hundred", "1.5 thousand": digits with a word of their scale are the number they say. */
    private static final Pattern DIGITS_AND_SCALE = Pattern.compile("\\b(\\d+(?:\\.\\d+)?) (hundred|thousand)\\b");

    /** "half a watt", "half an hour": half of one unit. */
    private static final Pattern HALF = Pattern.compile("\\bhalf an? (?=\\p{L})");
    /** "under an hour", "at least a litre": one unit, after a bound word. */
    private static final Pattern ONE_UNIT = Pattern.compile("\\b(under|less than|at least|over|more than|within|up to|about|around|"
            + "at most|no more than|no less than|than) an? (?=(?:hour|minute|litre|liter|quart|gallon|kilo|pound|foot|metre|meter|inch|cup)s?\\b)");
    private static final String A_STEP = " (?:and |but )?(?:really |absolutely |just )?not (?:a|one) (?:single )?(?:gram|ounce|oz|pound|lb|kilo|kg"
            + "|minute|second|hour|inch|cm|mm|decibel|db|watt|litre|liter|degree|penny|cent|dollar|buck|quid|euro)s? ";
    private static final Pattern NOT_A_STEP_MORE = Pattern.compile("(?i)" + A_STEP
            + "(?:more|heavier|longer|bigger|louder|over|higher|wider|taller|extra|above)\\b");
    private static final Pattern NOT_A_STEP_LESS = Pattern.compile("(?i)" + A_STEP
            + "(?:less|lighter|shorter|smaller|quieter|under|lower|narrower|below|fewer)\\b");
    private static final Pattern TON = Pattern.compile("\\b(under|below|less than|no more than|not more than|max|maximum|up to|at most|within"
            + "|around|about|over|more than|than) (?:a|one) ton\\b");

    /** "runs for an hour or more", "a litre minimum": one unit, with the bound word after it. */
    private static final Pattern ONE_UNIT_BOUND_AFTER = Pattern.compile("\\ban? (?=(?:hour|minute|litre|liter|quart|gallon|kilo|pound|foot|metre"
            + "|meter|inch|cup) (?:or more|or less|or longer|or over|or under|or bigger|or smaller|minimum|maximum|min|max|at least|at most|tops)\\b)");

    /**
     * Money as shoppers say it, as the number it means: "1.5k" → 1500, "half a grand" → $500,
     * "2 grand" → $2000, "a hundo" / "a c-note" → $100, "3 bills" → $300, "a fiver" / "a tenner" → 5 / 10
     * quid (then read like any amount in pounds). Only amounts: "1.5 kg" keeps its unit, and a lone
     * "k" after a number is read as thousands only when no unit letter follows.
     */
    static String money(String text) {
        // "2 fiddy", "one fiddy": fifty as it is said; a digit before a tens word is hundreds, as prices are said
        String out = FIDDY.matcher(text).replaceAll("fifty");
        out = SPOKEN_HUNDREDS.matcher(out).replaceAll(r -> (Integer.parseInt(r.group(1)) * 100 + TENS_VALUES.get(r.group(2))) + "");
        out = COUPLE_HUNDRED.matcher(numberWords(out)).replaceAll("200");
        out = COUPLE_OF_UNITS.matcher(out).replaceAll("2 ");
        out = FIRM_LIMIT.matcher(out).replaceAll("$1 ");
        for (Map.Entry<Pattern, String> slang : MONEY_SLANG.entrySet()) {
            out = slang.getKey().matcher(out).replaceAll(slang.getValue());
        }
        // "3 kg and really not a gram heavier", "40 minutes and not a minute less": the smallest step of the unit past the amount is refused
        out = NOT_A_STEP_MORE.matcher(out).replaceAll(" max");
        out = NOT_A_STEP_LESS.matcher(out).replaceAll(" minimum");
        // "under a ton": British slang for a hundred pounds, read only after a bound ("a ton of storage" is no price)
        out = TON_BOUND_AFTER.matcher(TON.matcher(out).replaceAll("$1 100 quid")).replaceAll("100 quid ");
        out = ONE_UNIT.matcher(HALF.matcher(out).replaceAll("0.5 ")).replaceAll("$1 1 ");
        out = ONE_UNIT_BOUND_AFTER.matcher(out).replaceAll("1 ");
        out = THOUSANDS.matcher(out).replaceAll(r -> plain(new java.math.BigDecimal(r.group(1)).multiply(java.math.BigDecimal.valueOf(1000))));
        out = GRAND.matcher(out).replaceAll(r -> "\\$" + plain(new java.math.BigDecimal(r.group(1)).multiply(java.math.BigDecimal.valueOf(1000))));
        out = HUNDREDS.matcher(out).replaceAll(r -> "\\$" + plain(new java.math.BigDecimal(r.group(1)).multiply(java.math.BigDecimal.valueOf(100))));
        out = DIGITS_AND_SCALE.matcher(out).replaceAll(r -> plain(new java.math.BigDecimal(r.group(1))
                .multiply(java.math.BigDecimal.valueOf(r.group(2).equals("hundred") ? 100 : 1000))));
        return out;
    }

    /** "a couple of kilos", "couple hours": two of a unit (only before a unit: "a couple of friends" is no amount). */
    private static final Pattern COUPLE_OF_UNITS = Pattern.compile("\\b(?:a )?couple (?:of )?(?=(?:kilo|kilogram|kg|litre|liter|pound|lb|hour|hr"
            + "|minute|min|inch|foot|feet|quart|qt|cup|ounce|oz|metre|meter|gallon)s?\\b)");

    /** "is my absolute ceiling", "is the hard limit": how firm a limit is says nothing more about it than "is my limit". */
    private static final Pattern FIRM_LIMIT = Pattern.compile("\\b((?:is|are) (?:my|the|our)) (?:absolute|hard|upper|total|very|real|firm|strict"
            + "|top|final|maximum)\\s+(?=(?:max|maximum|limit|ceiling|budget|cap)\\b)");

    private static final Pattern NUMBER_PHRASE = Pattern.compile(
            "\\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a hundred|a thousand)(?:[\\s-]+(?:and[\\s-]+)?|\\b))+");

    /**
     * Numbers written in words with more than one word ("two hundred and fifty" → 250, "a hundred
     * and fifty" → 150, "twenty-five" → 25); single words stay words ({@link #NUMBER_WORDS}).
     */
    static String numberWords(String text) {
        if (!text.contains("hundred") && !text.contains("thousand") && !TENS_WORD.matcher(text).find()) {
            return text; // nothing of two or more number words can be here
        }
        return NUMBER_PHRASE.matcher(text).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(spoken(r.group())));
    }

    /** "and" joins the parts of one number only after "hundred" or "thousand": "twenty and thirty-five" is two numbers. */
    private static final Pattern TWO_NUMBERS = Pattern.compile("(?<!hundred|thousand)[\\s-]+and[\\s-]+(?=\\S)");

    /** One run of number words as digits ("a hundred and twenty" → "120"), or two when an "and" stands between numbers. */
    private static String spoken(String run) {
        java.util.regex.Matcher split = TWO_NUMBERS.matcher(run);
        if (split.find()) {
            return spoken(run.substring(0, split.start())) + " and " + spoken(run.substring(split.end()));
        }
        {
            String phrase = run.strip();
            String keep = "";
            if (phrase.endsWith(" and") || phrase.endsWith("-and")) {
                phrase = phrase.substring(0, phrase.length() - 4); // "fifty and under": the "and" is the sentence's
                keep = " and";
            }
            String[] words = SPACES.split(phrase.replace('-', ' '));
            long total = 0;
            long current = 0;
            int numberWords = 0;
            for (String word : words) {
                if (word.equals("and") || word.equals("a")) {
                    if (word.equals("a")) {
                        current = Math.max(current, 1);
                    }
                    continue;
                }
                numberWords++;
                if (word.equals("hundred")) {
                    current = Math.max(current, 1) * 100;
                } else if (word.equals("thousand")) {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                } else {
                    Integer value = NUMBER_WORDS.get(word);
                    if (value == null) {
                        value = TENS.get(word);
                    }
                    // "one fifty", "two twenty-five": a digit word before a tens word is hundreds, as prices are said
                    if (current > 0 && current < 10 && value >= 20 && value % 10 == 0 && numberWords == 2) {
                        current *= 100;
                    }
                    current += value;
                }
            }
            if (numberWords < 2 && !phrase.startsWith("a ")) {
                return run;
            }
            String trailing = run.substring(run.stripTrailing().length());
            return (total + current) + keep + trailing;
        }
    }

    /** "2 fifty", "1 twenty": a digit and a tens word, as 250 and 120 are said. */
    private static final Pattern SPOKEN_HUNDREDS = Pattern.compile("(?<![\\d.,])\\b([1-9]) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b");
    private static final Map<String, Integer> TENS_VALUES = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Pattern TENS_WORD = Pattern.compile("(?:twen|thir|for|fif|six|seven|eigh|nine)ty");
    private static final Map<String, Integer> TENS = Map.of("sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90, "nineteen", 19);

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Tokens of {@link #normalize normalized} text; numbers keep their decimal point or thousands commas. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : BETWEEN_TOKENS.split(normalize(text))) {
            String token = EDGE_POINTS.matcher(raw).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(token).matches() && (token.contains(",") || token.contains("."))) {
                for (String part : POINTS.split(token)) {
                    if (!part.isEmpty()) {
                        tokens.add(part);
                    }
                }
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** A word's singular for matching ("knives" → "knife", "batteries" → "battery", "shoes" → "shoe"). */
    public static String singular(String word) {
        if (word.length() <= 3 || isNumber(word)) {
            return word;
        }
        if (word.endsWith("ives") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "fe";
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    public static List<String> singulars(List<String> tokens) {
        return tokens.stream().map(Words::singular).toList();
    }

    /** Normalized, singular tokens of a vocabulary phrase ("Dishwasher-safe jar" → [dishwasher, safe, jar]). */
    public static List<String> phrase(String text) {
        List<String> known = PHRASES.get(text);
        if (known != null) {
            return known;
        }
        List<String> phrase = singulars(tokens(PARENTHESES.matcher(text).replaceAll(" ")));
        if (PHRASES.size() < MAX_PHRASES) {
            PHRASES.put(text, phrase);
        }
        return phrase;
    }

    /**
     * Vocabulary phrases read before (labels, values, names, synonyms): the parser reads the same
     * few thousand on every message, so each is normalized once. Bounded: the catalog's strings, not
     * shoppers' messages, come here.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PHRASES = 50_000;

    public static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches() || NUMBER_WORDS.containsKey(token);
    }

    /** The number a token says ("1,500" → 1500, "1.5", "seven" → 7), or null. */
    public static java.math.BigDecimal number(String token) {
        Integer word = NUMBER_WORDS.get(token);
        if (word != null) {
            return java.math.BigDecimal.valueOf(word);
        }
        if (!NUMBER.matcher(token).matches()) {
            return null;
        }
        String plain = token.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? token.replace(",", "") : token.replace(',', '.');
        try {
            return new java.math.BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A comparative or superlative read by its ending: the base forms it may have, in order ("bigger" → bigg, big;
     * "largest" → larg, large; "heaviest" → heavy), and whether it is a superlative.
     */
    public record Compared(List<String> bases, boolean superlative) {
    }

    /**
     * {@code word} as a comparative or superlative whose stem before the ending has at least {@code shortestStem}
     * letters, by the first of the endings -iest, -est, -ier, -er it has; empty when it has none of them.
     */
    public static java.util.Optional<Compared> compared(String word, int shortestStem) {
        for (String[] suffix : new String[][] {{"iest", "y"}, {"est", ""}, {"ier", "y"}, {"er", ""}}) {
            if (word.endsWith(suffix[0]) && word.length() - suffix[0].length() >= shortestStem) {
                String stem = word.substring(0, word.length() - suffix[0].length()) + suffix[1];
                List<String> bases = new java.util.ArrayList<>(List.of(stem));
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    bases.add(stem.substring(0, stem.length() - 1)); // "bigger" → "big"
                }
                if (suffix[1].isEmpty() && !stem.endsWith("e")) {
                    bases.add(stem + "e"); // "largest" → "large"
                }
                return java.util.Optional.of(new Compared(List.copyOf(bases), suffix[0].endsWith("st")));
            }
        }
        return java.util.Optional.empty();
    }
}
