package com.concierge.assistant.internal.intent;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.ProposedAction;
import com.concierge.assistant.internal.intent.Reading.Relative;
import com.concierge.assistant.internal.intent.Vocabulary.CategoryWords;
import com.concierge.assistant.internal.intent.Vocabulary.Direction;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.search.Synonym;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one shopper message into a {@link Reading}, deterministically and offline. The words it
 * knows come from the {@link Vocabulary} (the catalog's schema and synonyms); what is written here
 * is English grammar only: how prices, amounts, negations, comparisons, questions and requests are
 * phrased. Words nothing names go to {@link Meanings} (the embedding model).
 */
public final class IntentParser {

    // clauses and number shapes, compiled once (read() runs for every message)
    private static final Pattern ABBREVIATION_POINT = Pattern.compile("(?i)\\b(min|max|approx|ca)\\.(?=\\s)");
    private static final Pattern NUMBER_DASH = Pattern.compile("(\\d)\\s*[-–]\\s*(?=[$£€]?\\d)");
    private static final Pattern DIGIT_PLUS = Pattern.compile("(\\d)\\+");
    private static final Pattern UNIT_PLUS = Pattern.compile("(?i)(\\d\\s*[a-z°]{1,4})\\+");
    private static final Pattern CLAUSE_END = Pattern.compile("[;!?—]|,(?!\\d)|\\.(?!\\d)|\\s[-–]\\s");
    private static final Pattern LEADING_ZERO = Pattern.compile("0\\d+");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d{1,2}(st|nd|rd|th)");

    private static final List<List<String>> AT_MOST_BEFORE = concat(phrases("under", "below", "less than", "up to", "at most", "max", "maximum",
            "no more than", "not more than", "within", "cheaper than", "lower than", "<", "<=", "budget", "budget is", "budget of",
            "sub", "south of", "nothing over", "nothin over", "nothing above", "nothin above", "nothing more than", "not over", "not above", "no over", "less then",
            "lower then", "no more then", "undr", "upto", "max of", "at the most", "tops", "no higher then",
            "spend", "afford", "no higher than", "smaller than", "lighter than", "quieter than", "shorter than", "no heavier than",
            "no louder than", "no bigger than", "not louder than", "not heavier than", "not bigger than", "not larger than",
            "not longer than", "no longer than", "not wider than", "no wider than", "not taller than", "no taller than", "not higher than",
            "not more expensive than", "no more expensive than", "narrower than", "thinner than", "slimmer than",
            "cheaper then", "less expensive than", "tops out at", "topping out at", "top out at", "limit of", "hard limit of", "limit is",
            "capped at", "cap of", "cap at", "cap is", "cap it at", "cap that at", "cap it to", "keep it under", "keep it below", "ceiling of", "ceiling is", "nothing past", "nothing beyond", "not exceeding", "not to exceed", "shy of", "at the very most",
            // calques of other languages' bounds ("nicht mehr als", "bis", "hasta", "maximal"), as non-native shoppers write them
            "not more as", "no more as", "not more of", "no more of", "less as", "cheaper as", "lower as", "smaller as", "lighter as",
            "quieter as", "until", "up until", "till", "maximal", "maximally", "at maximum", "at max", "as maximum", "as max", "maximum of",
            // the bound named, then its amount: "my budget maximum is 220 dollars", "the max would be 90"
            "max is", "maximum is", "max would be", "maximum would be"), periphrastic(true));
    private static final List<List<String>> AT_LEAST_BEFORE = concat(phrases("over", "above", "more than", "at least", "min", "minimum", "a good",
            "no less than", ">", ">=", "greater than", "bigger than", "larger than", "longer than", "higher than", "north of", "atleast",
            "at lest", "more then", "no less then", "not less than", "not under", "not below", "no smaller than", "no shorter than",
            "not smaller than", "not shorter than", "not lighter than", "no lighter than", "not quieter than", "no quieter than",
            "heavier than", "wider than", "taller than", "louder than", "stronger than", "harder than", "at the least", "upwards of", "upward of",
            "in excess of", "no fewer than", "not fewer than", "exceed", "exceeds", "exceeding", "beyond", "go past", "going past",
            "goes past", "at the very least", "at a minimum", "as a minimum", "anything past", "anything beyond",
            // calques: "mehr als", "mínimo", "minimal"
            "more as", "not less as", "no less as", "bigger as", "larger as", "higher as", "longer as", "minimal", "minimally", "at minimum",
            "as minimum", "minimum of", "min is", "minimum is", "min would be", "minimum would be"), periphrastic(false));
    private static final List<List<String>> AROUND_BEFORE = phrases("around", "about", "approximately", "roughly", "close to", "near");
    /**
     * Words that revise a limit already set ("make it £110 then", "can we go to 200?"): an amount
     * after them with no bound word of its own is a price cap, or a quantity read as written.
     */
    private static final List<List<String>> REVISE = phrases("make it", "make that", "change it to", "change that to", "change to",
            "how about", "what about", "lets say", "let's say", "say", "go up to", "go to", "raise it to", "bump it to", "up it to",
            "lower it to", "drop it to", "bring it down to", "stretch to", "increase it to", "increase to", "raise to", "lower to",
            "i can do", "i could do", "can do", "could do", "raise the budget to", "raise my budget to", "bump the budget to",
            "increase the budget to", "increase my budget to", "up the budget to", "stretch the budget to", "move the budget to",
            "push the budget to", "budget to", "lower the budget to", "drop the budget to", "bring the budget down to", "can be", "could be");
    /**
     * One edge of a limit moved ("bump the top end to 180", "lower end to 100"): the other edge of a
     * range in effect stays ({@link #edgeOf}).
     */
    private static final List<List<String>> TOP_EDGE = phrases("top end to", "upper end to", "high end to", "upper limit to",
            "top limit to", "top of the range to", "top of my range to", "max to", "maximum to", "ceiling to", "cap to", "top to",
            "upper bound to", "top end at", "upper limit at", "ceiling at");
    private static final List<List<String>> BOTTOM_EDGE = phrases("bottom end to", "lower end to", "low end to", "lower limit to",
            "bottom limit to", "bottom of the range to", "bottom of my range to", "min to", "minimum to", "floor to", "bottom to",
            "lower bound to", "bottom end at", "lower limit at", "floor at");
    /** Words that move a price limit said bare after them ("can go a bit higher, 90", "go lower, like 50"). */
    private static final Set<String> MOVE_WORDS = Set.of("higher", "more", "up", "stretch", "increase", "raise", "extend", "bump",
            "lower", "less", "down", "reduce", "drop", "cut");
    private static final List<List<String>> AT_MOST_AFTER = phrases("max", "maximum", "or less", "or under", "or below", "tops",
            "at most", "and under", "or cheaper", "or lower", "at the most", "and below", "or smaller", "or lighter", "or shorter",
            "or quieter", "or fewer", "or narrower", "or thinner", "or softer", "or slower", "at the very most", "absolute max", "max budget", "is my max", "is the max", "is my limit",
            "is my budget", "limit", "to spend", "to blow", "to play with", "or so max", "and no more", "no more", "is the limit",
            "is my ceiling", "is the ceiling", "or thereabouts max", "at the outside", "and not a penny more", "not a penny more",
            "and not a cent more", "not a cent more", "and not a dollar more", "and nothing more", "is the most", "is as high as",
            "is as much as", "is as far as");
    /** The caps said with "is" after an amount, without it: "as high as", "my limit", "the most". */
    private static final List<List<String>> CAPS_AFTER_IS = AT_MOST_AFTER.stream().filter(p -> p.size() > 1 && p.get(0).equals("is"))
            .map(p -> p.subList(1, p.size())).toList();
    /** Words a shopper puts between "is" and the cap it says: "is honestly about as high as", "is really my limit". */
    private static final Set<String> CAP_FILLERS = Set.of("honestly", "really", "about", "pretty", "probably", "realistically", "basically",
            "just", "absolutely", "definitely", "truly", "roughly", "kind", "sort", "of", "genuinely", "seriously");

    /** The end of a cap said after an amount with fillers between "is" and its words ("is honestly about as high as"), or -1. */
    private static int capAfterFillers(Message m, int end) {
        if (!m.token(end).equals("is")) {
            return -1;
        }
        int k = end + 1;
        while (k < m.size() && CAP_FILLERS.contains(m.token(k)) && !m.clauseStarts.contains(k)) {
            k++;
        }
        return k > end + 1 && !m.clauseStarts.contains(k) ? m.startingAt(k, CAPS_AFTER_IS) : -1;
    }

    /** After a value or a brand: it is refused ("Cyclone is out", "Sweepa's out too", "glass is a no"). */
    private static final List<List<String>> REFUSED_AFTER = phrases("is out", "s out", "are out", "is off the table", "are off the table",
            "is a no", "are a no", "is a no go", "are a no go", "is a dealbreaker", "are a dealbreaker", "is not an option", "isnt an option",
            "is ruled out", "are ruled out", "out too", "out as well", "out also", "out either");
    /** Verbs a complaint about a kind of thing starts with: "are a faff", "always end up scratched", "go cloudy". */
    private static final Set<String> COMPLAINT_VERBS = Set.of("is", "are", "always", "keep", "keeps", "get", "gets", "go", "goes",
            "end", "ends", "tend", "tends");
    /** Words of a thing going wrong or being a bother, after a complaint's verb. */
    private static final Set<String> COMPLAINT_WORDS = Set.of("faff", "pain", "hassle", "nightmare", "rubbish", "useless", "flimsy",
            "awful", "terrible", "horrible", "junk", "garbage", "trash", "annoying", "scratched", "scratch", "peel", "peeling", "flake",
            "flaking", "stink", "smelly", "cloudy", "break", "broke", "leak", "leaky", "rust", "rusty", "stained", "chip", "chipped",
            "crack", "cracked", "dull", "blunt", "worst", "disaster");

    /** After "over $100": what is above the amount is refused. */
    private static final List<List<String>> TOO_MUCH = phrases("is too much", "is too expensive", "is too pricey", "is too steep", "is out",
            "is off the table", "is a no", "is a dealbreaker", "is a deal breaker", "is too heavy", "is too loud", "is too big", "is overkill",
            "too much", "too expensive", "too pricey", "is just too much", "is way too much", "is crazy");
    private static final List<List<String>> AT_LEAST_AFTER = phrases("or more", "and up", "and above", "plus", "+", "minimum",
            "at least", "or bigger", "or longer", "or higher", "or larger", "or better", "or greater", "or over", "and over",
            "or heavier", "or louder", "min", "at minimum", "or harder", "or wider", "or taller", "or stronger", "or faster",
            "or above", "and more", "at the least", "or upwards", "and upwards", "upwards", "at a minimum", "as a minimum",
            "or thicker", "at the very least");
    /** Words after a noun that make it describe something else ("battery powered", "battery life"). */
    private static final Set<String> MODIFIER_AFTER = Set.of("powered", "operated", "life", "free", "included", "required", "driven",
            "proof", "safe");
    private static final Set<String> LIST_WORDS = Set.of("or", "and", "nor", "either", "&", "/", "plus");
    /** Currencies the store does not price in, as shoppers write them ("£80", "60 quid", "€250", "100 euros"). */
    private static final Map<String, String> FOREIGN_CURRENCIES = Map.ofEntries(Map.entry("£", "GBP"), Map.entry("quid", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"), Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("ca$", "CAD"), Map.entry("c$", "CAD"), Map.entry("cad", "CAD"), Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"), Map.entry("aud", "AUD"), Map.entry("nz$", "NZD"), Map.entry("nzd", "NZD"), Map.entry("¥", "JPY"),
            Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"), Map.entry("₹", "INR"), Map.entry("inr", "INR"), Map.entry("rupees", "INR"),
            Map.entry("chf", "CHF"), Map.entry("francs", "CHF"), Map.entry("rs", "INR"));
    /** Dollars as written, slang included ("50 bucks", "40 clams", "30 bones", "20 smackers"). */
    private static final Set<String> CURRENCY_WORDS = Set.of("dollar", "dollars", "buck", "bucks", "usd", "$", "bux", "dolla", "dollas",
            "clam", "clams", "bone", "bones", "smacker", "smackers", "simoleon", "simoleons");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "non", "avoid", "never", "except", "excluding",
            "exclude", "dont", "isnt", "arent", "doesnt", "nothing", "hate", "but", "cant", "cannot", "shouldnt", "wont", "mustnt",
            "nor", "none", "neither", "aint", "skip"); // "skip the noise cancelling": refused, not merely left out
    /** Words after which a "no" answers what was said before instead of refusing what follows. */
    private static final Set<String> REPLY_AFTER_NO = Set.of("actually", "wait", "sorry", "thanks", "thank", "i", "we", "id", "im", "lets",
            "make", "ok", "okay", "please", "then", "scratch");
    /** Words that open a clause about what stands before them: a description is not read across one. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("where", "whose");
    /** Words that only point at what follows, skipped when looking back for a negation: "none of that", "no more of those". */
    private static final Set<String> POINTING = Set.of("of", "that", "those", "these", "this", "the", "a", "an");
    /** The subject and auxiliaries of a relative clause after "nothing": "nothing (that) I'd have to", "nothing that is". */
    private static final Set<String> RELATIVE = Set.of("that", "which", "i", "we", "you", "id", "wed", "youd", "ill", "have", "has", "need",
            "needs", "would", "will", "must", "to", "is", "are", "gets", "get", "be", "should", "ever");
    private static final List<List<String>> RESET = phrases("start over", "start again", "new search", "forget everything",
            "something else", "reset", "lets start over", "from scratch", "never mind", "nevermind");
    private static final List<List<String>> REMOVE = phrases("forget", "remove", "drop", "ignore", "clear", "no longer", "never mind", "nevermind",
            "doesnt need to be", "does not need to be", "doesnt have to be", "does not have to be", "dont care if its", "dont care if it is",
            "dont mind if its", "no need for", "dont need it to be", "do not need it to be",
            "dont care about", "get rid of", "lose the", "without the", "nvm", "scratch the", "scrap", "scrap the", "ditch", "ditch the",
            "dont need", "do not need", "doesnt need", "does not need", "dont really need", "dont even need");
    /** Removal words that say a thing is not needed: said of a flag that is itself a need ("Batteries required"), they answer it no. */
    private static final List<List<String>> NOT_NEEDED = phrases("dont need", "do not need", "doesnt need", "does not need", "dont really need",
            "dont even need");
    /**
     * Nouns that name a measured quantity by what it measures rather than by an attribute's label:
     * "forget the wattage", "nvm the time limit". A unit's own name does too ("drop the watts").
     */
    private static final Map<String, Dimension> DIMENSION_NOUNS = Map.ofEntries(
            Map.entry("wattage", Dimension.POWER), Map.entry("weight", Dimension.MASS), Map.entry("time", Dimension.DURATION),
            Map.entry("runtime", Dimension.DURATION), Map.entry("loudness", Dimension.SOUND_LEVEL), Map.entry("volume", Dimension.VOLUME),
            Map.entry("temperature", Dimension.TEMPERATURE), Map.entry("length", Dimension.LENGTH), Map.entry("speed", Dimension.SPEED));
    /**
     * Words that accept a value rather than require it ("wired is fine too", "I don't mind batteries"):
     * the value widens a limit already on its field, or asks for nothing when there is none.
     */
    private static final List<List<String>> ACCEPT_AFTER = acceptances();
    private static final List<List<String>> ACCEPT_BEFORE = phrases("dont mind", "do not mind", "ok with", "okay with",
            "fine with", "open to", "can live with", "could live with");

    /** Words that accept the value just before them when they end its clause: "batteries ok, under $40". */
    private static final Set<String> BARE_ACCEPT = Set.of("ok", "okay", "fine", "alright");

    /** "is fine", "are totally ok", "would be perfectly acceptable", "works too", "will do". */
    private static List<List<String>> acceptances() {
        List<String> said = new ArrayList<>(List.of("works too", "work too", "would work", "will do", "works for me", "works fine",
                "work fine", "would work too"));
        for (String copula : List.of("is", "are", "would be")) {
            for (String degree : List.of("", "totally ", "perfectly ", "completely ", "absolutely ", "also ", "really ", "just ", "quite ")) {
                for (String fine : List.of("fine", "ok", "okay", "alright", "acceptable")) {
                    said.add(copula + " " + degree + fine);
                }
            }
        }
        return phrases(said.toArray(String[]::new));
    }
    private static final List<List<String>> DOES_NOT_MATTER = phrases("doesnt matter", "does not matter", "dont matter",
            "is not important", "isnt important", "is fine", "any", "isnt a big deal", "is not a big deal", "not a big deal",
            "no big deal", "not important", "is optional", "isnt needed", "is not needed", "not needed", "isnt necessary",
            "is not necessary", "not necessary", "doesnt really matter", "dont really matter", "matters less", "isnt a dealbreaker",
            "is not a dealbreaker", "not a dealbreaker", "isnt a deal breaker", "is not a deal breaker", "isnt a must", "is not a must",
            "not a must", "isnt essential", "is not essential", "not essential");
    /**
     * "do you sell toasters?", "do you carry milk frothers", "where are your stand mixers": asking
     * whether the store has a thing is a request for it, not a question about a product shown (and
     * "carry" here is no carry-on).
     */
    private static final List<List<String>> SELLS = phrases("do you sell", "do you have", "do you carry", "do you stock", "do you do",
            "do you offer", "do you also sell", "do you also have", "do you also carry", "do you also stock", "do you guys sell",
            "do you guys have", "do you guys carry", "do you lot sell", "do you lot have", "do yall sell", "do yall have", "do u sell",
            "do u have", "do u carry", "you guys sell", "you guys have", "you guys carry", "have you got", "have you got any",
            "do you have any", "do you sell any", "do you carry any", "where are your", "where are the", "where can i find", "where do i find",
            "any chance you sell", "any chance you have", "do you happen to sell", "do you happen to have",
            "does the store sell", "does this store sell", "does your store sell", "do you still sell", "do you still have",
            "got any", "you got any", "do youse sell", "do youse have", "do youse stock", "do ya sell", "do ya have", "youd have",
            "you would have", "you might have", "do you stock any");
    private static final List<List<String>> DECIDE = phrases("help me decide", "help me choose", "help me pick", "decide for me",
            "which should i", "which one should", "what should i get", "what should i buy", "pick one", "cant decide", "can not decide",
            "cannot decide", "just pick", "your pick", "which would you pick", "which would you choose", "which do you recommend",
            "which one do you recommend", "what would you get", "narrow it down", "make a choice", "choose for me");
    private static final List<List<String>> COMPARE = phrases("compare", "vs", "versus", "difference between", "differences between",
            "side by side", "better than");
    private static final Set<String> QUESTION_STARTS = Set.of("does", "do", "is", "are", "can", "will", "how", "what", "whats", "which",
            "where", "when", "why", "who", "should", "could", "would", "has", "have", "hows", "isnt", "doesnt", "tell", "any");
    /** Question starts that are modal verbs: a question has its subject right after them ("can it …", "could you …"). */
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "should");
    /** Verbs that follow a modal whose subject the shopper left out ("can go up to 110", "could stretch to 90", "can do 80"). */
    private static final Set<String> BARE_VERBS = Set.of("go", "do", "be", "stretch", "spend", "pay", "afford", "manage", "live", "push",
            "take", "accept", "deal", "handle", "settle", "work", "cope", "stand", "tolerate", "splurge", "justify");
    /** Words that answer the last reply before a question starts: "ok", "so", "hmm". */
    private static final Set<String> REPLY_WORDS = Set.of("ok", "okay", "k", "so", "hmm", "hm", "well", "alright", "right", "cool", "great",
            "thanks", "thank", "and", "but", "oh", "ah", "nice", "sure", "yes", "yeah", "no", "nope");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "this", "that", "they", "them", "these", "those", "one");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 0), Map.entry("1st", 0), Map.entry("#1", 0),
            Map.entry("top", 0), Map.entry("second", 1), Map.entry("2nd", 1), Map.entry("#2", 1), Map.entry("third", 2),
            Map.entry("3rd", 2), Map.entry("#3", 2), Map.entry("fourth", 3), Map.entry("4th", 3), Map.entry("#4", 3),
            Map.entry("last", -1));
    private static final List<List<String>> CHEAPER = phrases("cheaper", "less expensive", "more affordable", "lower price",
            "lower priced", "less money", "cheaper one", "cheaper option", "cheaper options");
    /** Comparatives of price upwards: "no more expensive than the first" is their negation. */
    private static final List<List<String>> PRICIER = phrases("more expensive", "pricier", "dearer", "costlier", "more costly",
            "higher priced");
    private static final List<List<String>> CHEAPEST = phrases("cheapest", "least expensive", "lowest price", "most affordable");
    /** The rating wanted as high as the store has: ranks by it, and asked across the cards answers with the best rated. */
    private static final List<List<String>> BEST_RATED = phrases("best rated", "highest rated", "top rated", "best reviewed", "best reviews",
            "highest rating", "best rating", "highest ratings", "best ratings", "most stars");
    private static final List<List<String>> PRICE_WORDS = phrases("price", "price limit", "price cap", "budget", "cost", "limit", "cap",
            "price range", "spending limit");
    private static final List<List<String>> OCCASIONS = phrases("gift", "present", "birthday", "wedding", "christmas", "anniversary",
            "holiday", "holidays", "graduation", "housewarming", "baby shower", "mothers day", "fathers day", "valentine");
    private static final List<List<String>> USE_MARKERS = phrases("for", "for making", "to make", "making", "for my", "good for",
            "great for", "mostly for", "used for", "use for");
    private static final Set<String> GENERIC_LABEL_WORDS = Set.of("works", "work", "hold", "holds", "great", "long", "easy", "good",
            "size", "life", "with", "friendly", "safe", "free", "power", "low", "high");
    /** Some units are also ordinary words; "2 in 1" is not two inches, "3 m" is rarely what a shopper means. */
    private static final Set<String> NEVER_UNITS = Set.of("in", "m", "s", "a", "'", "\"");
    private static final Set<String> AMBIGUOUS_UNITS = Set.of("in", "'", "\"", "m", "s", "h", "c", "f", "l", "g", "w", "a");

    private final Vocabulary vocabulary;
    private final Meanings meanings;
    private final Spelling spelling;
    private final Currencies currencies;
    private final Said said;
    private final Set<String> sharedNameWords;
    private final Derived derived;
    /** Each category's words ({@link CategoryWords#words()}), for this parser's messages. */
    private final Map<String, Set<String>> wordsCache = new HashMap<>();
    /** Each category's naming phrases, per conversation category, for this parser's messages. */
    private final Map<String, List<List<String>>> namesCache = new HashMap<>();
    /** The same for the words that switch a conversation to another category ({@link #switching}). */
    private final Map<String, List<List<String>>> switchingCache = new HashMap<>();

    /** Cap words that are really verbs or nouns of money: a bound word after the amount overrules them. */
    private static final Set<String> WEAK_CAPS = Set.of("spend", "afford", "budget");

    /** Words that make a number money even without a currency ("spend up to 80", "budget 100"). */
    private static final Set<String> MONEY_WORDS = Set.of("spend", "pay", "afford", "cheaper", "cost", "costs", "expensive", "price",
            "budget", "cap", "dollar", "cents");

    /**
     * Whether a price was read from a bare number ("5 or more", "under 100"): no currency sign or
     * word and no word of money stands in the words it was read from, so the number may as well be
     * the last quantity the shopper talked about.
     */
    public static boolean bareAmount(String source) {
        Message m = new Message(source);
        for (int i = 0; i < m.size(); i++) {
            String t = m.token(i);
            if (CURRENCY_WORDS.contains(t) || FOREIGN_CURRENCIES.containsKey(t) || MONEY_WORDS.contains(t)
                    || MONEY_WORDS.contains(m.singular.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every word of the parser's own phrases ("under", "least", "cheaper"): a misspelling of one is corrected too. */
    /** {@link #grammar()}, built once, for the checks of a turn. */
    private static final class Grammar {
        static final Set<String> WORDS = Set.copyOf(grammar());
    }

    static Set<String> grammar() {
        Set<String> words = new HashSet<>();
        for (List<List<String>> phrases : List.of(AT_MOST_BEFORE, AT_LEAST_BEFORE, AROUND_BEFORE, REVISE, TOP_EDGE, BOTTOM_EDGE, AT_MOST_AFTER, AT_LEAST_AFTER, RESET,
                REMOVE, DOES_NOT_MATTER, NOT_BOTHERED, INDIFFERENT_WHETHER, ACCEPT_AFTER, ACCEPT_BEFORE, DECIDE, COMPARE, CHEAPER, CHEAPEST, BEST_RATED, PRICE_WORDS, OCCASIONS, USE_MARKERS,
                SELLS, TOO_MUCH, REFUSED_AFTER)) {
            phrases.forEach(words::addAll);
        }
        for (Set<String> set : List.of(CURRENCY_WORDS, NEGATIONS, QUESTION_STARTS, PRONOUNS, STARS, ORDINALS.keySet(), Words.STOPWORDS,
                Words.NUMBER_WORDS.keySet(), NEGATION_FILLERS, COMPARATIVE_NEGATIONS, SIZE_ADJECTIVES.keySet(), MORE_WORDS, LESS_WORDS,
                COMPARED.keySet(), MEASURE_WORDS.keySet(), MEASURED_NOUNS.keySet(), MEASURE_VERBS.keySet(), DEGREES.keySet(), ANTONYMS.keySet())) {
            words.addAll(set);
        }
        // "quitest" is "quietest": the comparatives and superlatives of the measure adjectives
        MEASURE_WORDS.keySet().stream().filter(w -> !MEASURE_NOUNS.contains(w)).forEach(w -> words.addAll(inflected(w)));
        // a misspelling the phrases read on purpose ("at lest"): a word is never corrected to it
        words.remove("lest");
        return words;
    }

    /** The measure words of {@link #MEASURE_WORDS} that are no adjectives ("the most space"): they have no "-er". */
    private static final Set<String> MEASURE_NOUNS = Set.of("space", "room", "capacity", "power", "powerful");

    /** An English adjective's comparative and superlative by the spelling rules: "quieter", "larger", "heavier", "bigger". */
    static List<String> inflected(String adjective) {
        int n = adjective.length();
        String vowels = "aeiou";
        if (adjective.endsWith("e")) {
            return List.of(adjective + "r", adjective + "st");
        }
        if (adjective.endsWith("y") && n > 1 && vowels.indexOf(adjective.charAt(n - 2)) < 0) {
            String stem = adjective.substring(0, n - 1);
            return List.of(stem + "ier", stem + "iest");
        }
        if (n == 3 && vowels.indexOf(adjective.charAt(1)) >= 0 && vowels.indexOf(adjective.charAt(0)) < 0
                && vowels.indexOf(adjective.charAt(2)) < 0 && "wxy".indexOf(adjective.charAt(2)) < 0) {
            String doubled = adjective + adjective.charAt(2);
            return List.of(doubled + "er", doubled + "est"); // one short syllable: "big", "hot"
        }
        return List.of(adjective + "er", adjective + "est");
    }

    public IntentParser(Vocabulary vocabulary, Meanings meanings) {
        this(vocabulary, meanings, Spelling.NONE);
    }

    public IntentParser(Vocabulary vocabulary, Meanings meanings, Spelling spelling) {
        this(vocabulary, meanings, spelling, Currencies.NONE);
    }

    public IntentParser(Vocabulary vocabulary, Meanings meanings, Spelling spelling, Currencies currencies) {
        this(vocabulary, meanings, spelling, currencies, Said.NOTHING);
    }

    public IntentParser(Vocabulary vocabulary, Meanings meanings, Spelling spelling, Currencies currencies, Said said) {
        this.currencies = currencies;
        this.said = said;
        this.spelling = spelling;
        this.vocabulary = vocabulary;
        this.sharedNameWords = vocabulary.sharedNameWords();
        this.derived = Derived.of(vocabulary);
        this.meanings = meanings;
    }

    /**
     * What the parser derives from a vocabulary before reading (word sets, compiled patterns, phrase
     * entries), made once per vocabulary instead of once per parser: a turn makes a parser or two, and
     * the vocabulary changes only when {@link VocabularySource} reads it again. The last vocabulary's
     * data is kept (by identity), so a store serving one vocabulary at a time derives it once per reading.
     */
    private static final class Derived {
        private static volatile Derived last;

        final Vocabulary vocabulary;
        final Set<String> categoryWords;
        /** Two-word names and values written as one word ("boardgame") → the two words. */
        final Map<String, String> compounds;
        /** One-word values a shopper may write as two ("softside" as "soft side"). */
        final Set<String> splitWords;
        /**
         * The store's words said another way, each a pattern and its replacement, read before the message: one-word
         * merchandiser synonyms for a word of a product type ("jug" for "jar"), yes/no attributes said verb first
         * ("cancel the noise"), values said by a place ("inside the ear").
         */
        final Map<Pattern, String> aliases;
        final Map<Pattern, String> doings;
        final Map<Pattern, String> places;
        final Map<Pattern, String> ellipses;
        /** Things whose "-less" word the store uses ("cord" of "cordless"). */
        final Set<String> lessWords;
        final Set<String> storeWords;
        final Set<String> sharedTypeWords;
        final Set<String> thingWords;
        final Map<String, Set<String>> labelWords;
        /** By a parts category's key, the singular words of its name that name the whole it serves ("blender" of "Blender jars and parts"). */
        final Map<String, Set<String>> wholeWords;
        /** By a whole category's key, its parts category's: the rest of the parts' name is the whole's name ("blenders" → "blender-parts"). */
        final Map<String, String> partsOf;
        /** By brand, the one category whose whole products it makes, its parts aside ("Vortex" → "blenders"); brands that make more are not here. */
        final Map<String, String> onlyMaker;
        /** Two words standing together in a phrase of the store or of the parser ("board game", "tsa lock", "at least"). */
        final Set<List<String>> pairs;
        /** The same in the store's phrases only. */
        final Set<List<String>> storePairs;
        /** Phrase entries by the scope's category keys. */
        final Map<List<String>, List<Entry>> entries = new java.util.concurrent.ConcurrentHashMap<>();

        private Derived(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            this.categoryWords = categoryWords(vocabulary);
            this.compounds = compounds(vocabulary);
            this.splitWords = splitWords(vocabulary);
            this.aliases = aliases(vocabulary);
            this.lessWords = lessWords(vocabulary);
            this.doings = doings(vocabulary);
            this.places = places(vocabulary);
            this.ellipses = ellipses(vocabulary);
            this.storeWords = storeWords(vocabulary);
            Set<String> shared = new HashSet<>();
            vocabulary.categories().forEach(c -> c.productTypeAttribute().ifPresent(type -> shared.addAll(sharingFirstWord(c, type).keySet())));
            this.sharedTypeWords = Set.copyOf(shared);
            this.thingWords = thingWords(vocabulary);
            this.labelWords = labelWords(vocabulary);
            this.wholeWords = vocabulary.categories().stream().collect(Collectors.toUnmodifiableMap(CategoryWords::key, IntentParser::wholeWords));
            this.partsOf = partsOf(vocabulary, wholeWords);
            this.onlyMaker = onlyMaker(vocabulary, Set.copyOf(partsOf.values()));
            this.storePairs = storePairs(vocabulary);
            Set<List<String>> all = new HashSet<>(storePairs);
            for (List<List<String>> bounds : List.of(AT_MOST_BEFORE, AT_LEAST_BEFORE, AT_MOST_AFTER, AT_LEAST_AFTER)) {
                bounds.forEach(phrase -> addPairs(phrase, all));
            }
            this.pairs = Set.copyOf(all);
        }

        static Derived of(Vocabulary vocabulary) {
            Derived known = last;
            if (known != null && known.vocabulary == vocabulary) {
                return known;
            }
            Derived made = new Derived(vocabulary);
            last = made;
            return made;
        }
    }

    /**
     * The store's words that say a thing is missing ("cordless", "wireless", "bagless"), by the thing
     * ("cord", "wire", "bag"): "no cord at all", "without a wire", "with no bags" are read as them.
     */
    private static Set<String> lessWords(Vocabulary vocabulary) {
        Set<String> known = new HashSet<>();
        vocabulary.categories().forEach(c -> known.addAll(c.words()));
        vocabulary.synonyms().forEach(s -> known.addAll(Words.tokens(s.term())));
        return known.stream().filter(w -> w.length() > 6 && w.endsWith("less")).map(w -> w.substring(0, w.length() - 4))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Values named by where a thing sits, a preposition and a noun ("in-ear", "on-ear", "over-ear"): shoppers
     * say them with the noun's article ("the kind that sits inside the ear", "goes over the whole ear").
     */
    private static Map<Pattern, String> places(Vocabulary vocabulary) {
        Set<List<String>> said = new HashSet<>();
        vocabulary.categories().forEach(c -> c.definition().attributes().forEach(a -> a.allowedValues().stream().map(Words::phrase)
                .filter(p -> p.size() == 2 && PLACES.containsKey(p.get(0))).forEach(said::add)));
        Map<Pattern, String> places = new HashMap<>();
        for (List<String> place : said) {
            String prepositions = String.join("|", PLACES.get(place.get(0)));
            places.put(Pattern.compile("\\b(?:" + prepositions + ")\\s+(?:the|your|my|their|his|her)\\s+(?:whole\\s+)?"
                    + Pattern.quote(place.get(1)) + "s?\\b", Pattern.CASE_INSENSITIVE), Matcher.quoteReplacement(place.get(0) + "-" + place.get(1)));
        }
        return Map.copyOf(places);
    }

    /** Prepositions of place, with the ones shoppers use for them ("inside the ear" is in-ear, "around the ear" over-ear). */
    private static final Map<String, Set<String>> PLACES = Map.of("in", Set.of("in", "inside", "into", "within"),
            "on", Set.of("on", "onto", "upon"), "over", Set.of("over", "around", "round", "covering"));

    /**
     * Yes/no attributes named by a noun and a verb in -ing ("noise cancelling"), said the other way round, the verb
     * first: "cancels the noise", "actively cancel out that background noise", "cancel the plane engine noise".
     */
    private static Map<Pattern, String> doings(Vocabulary vocabulary) {
        Map<Pattern, String> doings = new LinkedHashMap<>();
        vocabulary.categories().forEach(c -> c.definition().attributes().stream().filter(a -> a.type() == AttributeType.BOOLEAN).forEach(a -> {
            List<String> label = Words.tokens(a.label());
            if (label.size() < 2 || !label.get(label.size() - 1).endsWith("ing") || label.get(label.size() - 1).length() < 7) {
                return;
            }
            String noun = label.get(label.size() - 2);
            String stem = label.get(label.size() - 1).substring(0, label.get(label.size() - 1).length() - 3);
            if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                stem = stem.substring(0, stem.length() - 1); // "cancell" → "cancel"
            }
            doings.put(Pattern.compile("\\b" + Pattern.quote(stem) + "\\p{L}*\\s+(?:out\\s+)?(?:(?!and\\b|or\\b|but\\b)\\p{L}+\\s+){0,3}?"
                    + Pattern.quote(noun) + "s?\\b", Pattern.CASE_INSENSITIVE), Matcher.quoteReplacement(noun + " " + label.get(label.size() - 1)));
        }));
        return Map.copyOf(doings);
    }

    /**
     * "no cord", "without a wire", "with no bags", "doesn't have a cord", "should not need a wire": a thing said
     * missing (group 1), perhaps plural (group 2).
     */
    private static final Pattern MISSING = Pattern.compile(
            "\\b(?:with no|without(?: an?| any)?|no|(?:does|do|did|should|must|can|will|would)\\s*(?:not|n['’]?t)\\s+(?:have|need|come with)"
            + "(?: an?| any)?)\\s+(\\p{L}+?)(s?)\\b(?!\\s+(?:more|less|than|longer|bigger|smaller))", Pattern.CASE_INSENSITIVE);

    /**
     * The message with the store's words said another way written as the store writes them: aliases first ("jug"
     * as "jar"), then "no cord" as "cordless", "cancel the noise" as "noise cancelling" and "inside the ear" as "in-ear".
     */
    private String rewritten(String text) {
        String out = replaced(text, derived.aliases);
        if (!derived.lessWords.isEmpty()) {
            // a lead of a kind the store has no "-less" word for is read as its own below ({@link #sameMissing})
            out = MISSING.matcher(out).replaceAll(r -> derived.lessWords.contains(r.group(1).toLowerCase(Locale.ROOT))
                    || CABLES.contains(r.group(1).toLowerCase(Locale.ROOT))
                    ? Matcher.quoteReplacement(r.group(1) + "less") : Matcher.quoteReplacement(r.group()));
        }
        return replaced(replaced(replaced(out, derived.doings), derived.places), derived.ellipses);
    }

    /**
     * Values of one attribute that end in the same word ("card game", "board game"; "HEPA filter", "foam filter"),
     * said with that word once: "a card or board game" is read as "a card game or board game", so both are asked for.
     */
    private static Map<Pattern, String> ellipses(Vocabulary vocabulary) {
        Map<Pattern, String> rules = new LinkedHashMap<>();
        for (CategoryWords category : vocabulary.categories()) {
            for (AttributeDefinition attribute : category.definition().attributes()) {
                if (attribute.type() != AttributeType.ENUM && attribute.type() != AttributeType.LIST) {
                    continue;
                }
                Map<String, List<String>> byHead = new TreeMap<>();
                for (String value : attribute.allowedValues()) {
                    String[] words = value.toLowerCase(Locale.ROOT).split(" ");
                    if (words.length == 2) {
                        byHead.computeIfAbsent(words[1], k -> new ArrayList<>()).add(Pattern.quote(words[0]));
                    }
                }
                byHead.forEach((head, firsts) -> {
                    if (firsts.size() >= 2) {
                        String any = "(?:" + String.join("|", firsts.stream().sorted().toList()) + ")";
                        String or = "\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*";
                        rules.put(Pattern.compile("(?i)\\b(" + any + ")(?=" + or + "(?:" + any + or + ")*" + any + "\\s+" + Pattern.quote(head)
                                + "(?:s|es)?\\b)"), "$1 " + head);
                    }
                });
            }
        }
        return rules;
    }

    /** {@code text} with every match of each pattern replaced by its replacement. */
    private static String replaced(String text, Map<Pattern, String> rules) {
        String out = text;
        for (Map.Entry<Pattern, String> rule : rules.entrySet()) {
            out = rule.getKey().matcher(out).replaceAll(rule.getValue());
        }
        return out;
    }

    /**
     * One-word synonyms ({@link Synonym.Kind#WORDS}) whose target is one word of a product type the
     * store sells ("jug" → "jar", "cam" → "camera"). They are read as that word everywhere, so they
     * mean what it means where it stands: a part asked for in "a replacement jug for my Vortex", the
     * blender's own jar in "the new blender's jug must go in the dishwasher". (As a name of the parts
     * category instead, the second read as a part.)
     */
    private static Map<Pattern, String> aliases(Vocabulary vocabulary) {
        Set<String> typeWords = new HashSet<>();
        vocabulary.categories().forEach(c -> c.productTypes().stream().filter(p -> p.size() == 1).forEach(p -> typeWords.add(p.get(0))));
        // each alias is written as the word it stands for, in the alias's number ("jugs" → "jars")
        Map<String, String> targets = new HashMap<>();
        for (Synonym synonym : vocabulary.synonyms()) {
            List<String> term = Words.tokens(synonym.term());
            List<String> target = Words.phrase(synonym.target());
            if (synonym.kind() == Synonym.Kind.WORDS && term.size() == 1 && target.size() == 1 && typeWords.contains(target.get(0))) {
                targets.put(term.get(0), synonym.target().strip().toLowerCase(Locale.ROOT));
            }
        }
        Map<Pattern, String> aliases = new HashMap<>();
        targets.forEach((term, target) -> aliases.put(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(s?)(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Matcher.quoteReplacement(target) + "$1"));
        return Map.copyOf(aliases);
    }

    /**
     * What the conversation said before this message that reading it needs.
     *
     * @param currency the currency the shopper last named ("GBP" after "under £300"), or null: an
     *                 amount said without one is meant in it ("ok, I can stretch to 450")
     * @param price    the words the price limit in effect was read from ("under £ 300"), or null: a
     *                 message that only names another currency ("sorry, pounds not euros") restates
     *                 that limit in it
     */
    public record Said(String currency, String price) {

        public static final Said NOTHING = new Said(null, null);

        /** From the conversation's words so far and the words of its price limit (either may be null). */
        public static Said of(String conversation, String price) {
            return new Said(conversation == null ? null : lastCurrencyNamed(conversation), price);
        }
    }

    /**
     * The currency last named in {@code text}, or null: a sign or a currency word ("£", "quid",
     * "euros", "bucks"), or "pounds" when no number stands before it ("in pounds", not "7 pounds");
     * one negated is not named ("pounds, not euros").
     */
    static String lastCurrencyNamed(String text) {
        Message m = new Message(text);
        String last = null;
        for (int i = 0; i < m.size(); i++) {
            String code = currencyAt(m, i);
            last = code != null ? code : last;
        }
        return last;
    }

    private static String currencyAt(Message m, int i) {
        String t = m.token(i);
        if (NEGATIONS.contains(m.token(i - 1)) || m.token(i - 1).equals("in") && NEGATIONS.contains(m.token(i - 2))) {
            return null;
        }
        if (FOREIGN_CURRENCIES.containsKey(t)) {
            return FOREIGN_CURRENCIES.get(t);
        }
        if (CURRENCY_WORDS.contains(t)) {
            return "USD";
        }
        return Set.of("pound", "pounds").contains(t) && Words.number(m.token(i - 1)) == null ? "GBP" : null;
    }

    /** A product the conversation showed, for "the second one" and "the Calma". */
    public record Shown(String title, String brand) {
    }

    /**
     * @param current the category the conversation is in, or null
     * @param shown   the products shown last, best first
     */
    public Reading read(String written, String current, List<Shown> shown) {
        String text = rewritten(written);
        Reading asWritten = byEvidence(text, written, List.of(), current, shown);
        if (asWritten.unknown().isEmpty()) {
            return asWritten;
        }
        // words nothing understood may be misspelt store words: read again with them corrected, and
        // keep that reading when it understands more
        List<Reading.Correction> corrections = new ArrayList<>();
        String corrected = text;
        for (String chunk : asWritten.unknown()) {
            // "soft side", "hard side": one word of the vocabulary written as two
            String[] said = chunk.split(" ");
            for (int k = 0; k + 1 < said.length; k++) {
                String pair = said[k] + " " + said[k + 1];
                String joined = said[k] + said[k + 1];
                if (derived.splitWords.contains(joined) && corrections.stream().noneMatch(c -> c.written().equals(pair))) {
                    corrections.add(new Reading.Correction(pair, joined));
                    corrected = corrected(corrected, List.of(said[k], said[k + 1]), joined);
                }
            }
            for (String word : chunk.split(" ")) {
                // "boardgame", "carryon": two words of the vocabulary written as one
                Optional<String> correction = Optional.ofNullable(derived.compounds.get(Words.singular(word.toLowerCase(Locale.ROOT))))
                        .or(() -> spelling.correct(word)).or(() -> comparativeBeforeThan(text, word))
                        .or(() -> sameMissing(word, asWritten.category() != null ? asWritten.category() : current))
                        .or(() -> beside(text, word));
                if (correction.isPresent() && corrections.stream().noneMatch(c -> c.written().equals(word))) {
                    corrections.add(new Reading.Correction(word, correction.get()));
                    corrected = corrected(corrected, List.of(word), correction.get());
                }
            }
        }
        if (corrections.isEmpty()) {
            return asWritten;
        }
        Reading read = byEvidence(corrected, written, corrections, current, shown);
        return words(read.unknown()) < words(asWritten.unknown()) ? read : asWritten;
    }

    /**
     * A word misspelt as another word, or too short to correct alone, that the word beside it corrects: "bored game"
     * is a "board game", "tsa lok" a "TSA lock", "at leat" "at least". The one store word within two edits that makes a
     * pair of the store's phrases (names, values, labels, brands) or the parser's own with its neighbour, when only
     * one does.
     */
    private Optional<String> beside(String text, String word) {
        List<String> tokens = Words.tokens(text);
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(lower)) {
                continue;
            }
            // a word of English ("bored") only where the pair is the store's own ("board game"), not the parser's ("no more of")
            Set<List<String>> pairs = EnglishWords.contains(lower) ? derived.storePairs : derived.pairs;
            String previous = i > 0 ? Words.singular(tokens.get(i - 1)) : null;
            String following = i + 1 < tokens.size() ? Words.singular(tokens.get(i + 1)) : null;
            if (pairs.stream().noneMatch(pair -> pair.get(0).equals(previous) || pair.get(1).equals(following))) {
                continue; // no neighbour begins or ends a pair: nothing to look up in the speller
            }
            for (String candidate : spelling.near(lower, lower.length() < 5 ? 1 : 2)) {
                String near = Words.singular(candidate);
                if (previous != null && pairs.contains(List.of(previous, near)) || following != null && pairs.contains(List.of(near, following))) {
                    found.add(candidate);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The reading under the category the message names, or under another category that uses the naming
     * word itself when that reading explains more of the message: "1.5 litre jar minimum, 1200 watts
     * or more" names blender parts by "jar", but blenders have a jar too and a motor, so under blenders
     * every word is read. The words that remain unread decide; on a tie the named category stays. A category
     * named by its key's name where a wanted thing stands ("a blender whose jar …", not "a blade for my blender") stays.
     */
    private Reading byEvidence(String text, String written, List<Reading.Correction> corrections, String current, List<Shown> shown) {
        Reading named = read(text, written, corrections, current, shown, null);
        if (named.category() == null || named.categorySource() == null || named.category().equals(current)) {
            return named;
        }
        List<String> naming = Words.singulars(Words.tokens(named.categorySource()));
        if (vocabulary.category(named.category()).map(c -> c.phrases().get(0)).filter(naming::equals).isPresent() && namedAsWanted(text, naming)) {
            // named by the name its key gives it, as the thing wanted ("a blender whose jar is glass"): a blender, however
            // its words read; not by a part of a longer name ("battery" of "Vacuum filters and batteries")
            return named;
        }
        Reading best = named;
        Message said = new Message(text);
        for (CategoryWords other : vocabulary.categories()) {
            if (other.key().equals(named.category()) || java.util.Collections.disjoint(words(other), naming)
                    || askedAsPartOf(said, naming, vocabulary.category(named.category()).orElseThrow(), other, current)) {
                continue;
            }
            Reading alternative = read(text, written, corrections, current, shown, other.key());
            if (words(alternative.unknown()) < words(best.unknown())) {
                best = alternative;
            }
        }
        return best;
    }

    /**
     * Whether the words naming a part stand as the thing asked for, not as a feature of {@code whole}: after
     * "spare" or "replacement" ("replacement battery"), or before "for" or "that fits" and a name of {@code whole}
     * ("a battery for my stick vac") or what {@code parts} says its parts fit ({@link #fitsWhole}: "a bigger jar
     * for my Vortex"). The whole product reads more of such a message (its battery is a power source, "bigger
     * jar" its jar capacity), but the shopper asked for the part.
     */
    private boolean askedAsPartOf(Message m, List<String> naming, CategoryWords parts, CategoryWords whole, String current) {
        for (int i = 0; i < m.size(); i++) {
            if (!m.at(i, naming) || m.negatedBefore(i)) {
                continue;
            }
            int spare = wordBefore(m, i, SPARE);
            if (spare >= 0 && !toldOf(m, spare, i + naming.size()) || fitsWhole(m, i + naming.size(), parts)
                    || partOfNamedBefore(m, i, naming, parts, whole, current)) {
                return true;
            }
            int after = m.startingAt(i + naming.size(), FOR_A_WHOLE) - 1;
            if (after >= 0 && !m.clauseStarts.contains(after)) {
                for (int k = after + 1; k <= after + 4 && k < m.size() && !m.clauseStarts.contains(k); k++) {
                    int at = k;
                    if (names(whole, current).stream().anyMatch(p -> m.at(at, p)) || vocabulary.synonyms().stream()
                            .anyMatch(s -> s.kind() == Synonym.Kind.WORDS && names(whole, current).contains(Words.phrase(s.target()))
                                    && m.at(at, Words.phrase(s.term())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether another category's name stands right before the part's ("vacuum battery that lasts the longest",
     * "blender jar"): the compound names the part, not a feature of {@code whole}, unless the part's word and the
     * one after it start a label of {@code whole} ("vacuum battery life").
     */
    private boolean partOfNamedBefore(Message m, int i, List<String> naming, CategoryWords parts, CategoryWords whole, String current) {
        List<String> after = List.of(naming.get(naming.size() - 1), m.token(i + naming.size()));
        if (whole.definition().attributes().stream().map(a -> Words.phrase(a.label()))
                .anyMatch(label -> label.size() >= 2 && Words.singulars(label.subList(0, 2)).equals(Words.singulars(after)))) {
            return false;
        }
        return vocabulary.categories().stream().filter(c -> c != parts)
                .anyMatch(c -> names(c, current).stream().anyMatch(p -> m.at(i - p.size(), p)));
    }

    /** Whether {@code phrase} stands in {@code text} where a wanted thing stands (not "a blade for my blender"). */
    private static boolean namedAsWanted(String text, List<String> phrase) {
        Message m = new Message(text);
        for (int i = 0; i < m.size(); i++) {
            if (m.at(i, phrase) && wanted(m, i) && !m.negatedBefore(i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with the words {@code written} (whole words, any case, any space between) replaced by {@code correction}. */
    private static String corrected(String text, List<String> written, String correction) {
        String words = written.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\s+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(Matcher.quoteReplacement(correction));
    }

    /**
     * A misspelt word as near a comparative as another word, standing before "than" ("quiter than 75 dB": "quieter"
     * or "quite"): only a comparative is compared, so it is that one.
     */
    private Optional<String> comparativeBeforeThan(String text, String word) {
        if (!Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "\\s+th[ae]n\\b").matcher(text).find()) {
            return Optional.empty();
        }
        List<String> comparatives = spelling.closest(word.toLowerCase(Locale.ROOT)).stream()
                .filter(w -> MORE_WORDS.contains(w) || LESS_WORDS.contains(w) || COMPARED.containsKey(w)).toList();
        return comparatives.size() == 1 ? Optional.of(comparatives.get(0)) : Optional.empty();
    }

    /** Things that are all a lead to the wall or the phone: "cordless", "wireless", "cableless" say the same ("no cable"). */
    private static final Set<String> CABLES = Set.of("cord", "wire", "cable");

    /**
     * The category's own word for a lead said missing, for another such word it does not use: "cordless earbuds" are
     * wireless ones, a "wireless vacuum" a cordless one.
     */
    private Optional<String> sameMissing(String word, String category) {
        String said = word.toLowerCase(Locale.ROOT).replace("-free", "less");
        if (category == null || !said.endsWith("less") || !CABLES.contains(said.substring(0, said.length() - 4))) {
            return Optional.empty();
        }
        Set<String> own = vocabulary.category(category).map(this::words).orElse(Set.of());
        List<String> instead = CABLES.stream().map(c -> c + "less").filter(own::contains).sorted().toList();
        return own.contains(said) || instead.size() != 1 ? Optional.empty() : Optional.of(instead.get(0));
    }

    private static int words(List<String> chunks) {
        return chunks.stream().mapToInt(c -> c.split(" ").length).sum();
    }

    /** @param forced a category to read the message in instead of the one it names (see {@link #byEvidence}), or null */
    private Reading read(String text, String written, List<Reading.Correction> corrections, String current, List<Shown> shown,
                         String forced) {
        Message m = new Message(text);
        dates(m);
        Optional<int[]> reset = m.find(RESET);
        // "never mind" alone starts over; "never mind the glass" drops the glass
        boolean fresh = reset.isPresent() && !(m.words(reset.get()[0], reset.get()[1]).replace(" ", "").equals("nevermind")
                && reset.get()[1] < m.size());
        ProposedAction.Kind action = action(m);
        boolean decide = m.find(DECIDE).isPresent();
        if (decide) {
            m.markAll(DECIDE);
        }
        // "I know better than to argue": "better than" before a verb compares no products
        boolean compare = m.find(COMPARE).filter(at -> !m.token(at[1]).equals("to")).isPresent();
        boolean gift = m.find(OCCASIONS).isPresent();
        List<Integer> references = references(m, shown);
        boolean stockAsk = m.find(SELLS).isPresent() && shownNotNamed(m) && references.isEmpty();
        if (stockAsk) {
            m.markAll(SELLS);
        }
        boolean pronoun = m.tokens.stream().anyMatch(PRONOUNS::contains) || !references.isEmpty();

        unsoldThings(m, current);
        Optional<Match<CategoryWords>> named = forced == null ? category(m, current) : Optional.empty();
        String category = forced != null ? forced : named.map(Match::value).map(CategoryWords::key).orElse(null);
        String categorySource = forced != null ? "evidence" : named.map(Match::source).orElse(null);
        boolean newTopic = category != null && current != null && !category.equals(current);
        // "and a whetstone to keep it sharp": a thing the store does not sell, asked for in a talk about
        // knives, is asked for itself, not as knives
        String working = category != null ? category : fresh || !m.unsoldHeads.isEmpty() ? null : current;

        Set<String> removals = removals(m, working);
        List<Constraint> constraints = new ArrayList<>();
        List<String> understood = new ArrayList<>();
        named.ifPresent(c -> understood.add("\"" + c.source() + "\" → " + c.value().definition().name()));
        if (forced != null) {
            vocabulary.category(forced).ifPresent(c -> understood.add(c.definition().name() + " (reads more of the message)"));
        }

        // Without a category, the words that name a value or an age can imply one; amounts are then
        // read in its terms ("a carry-on under 8 pounds" weighs the luggage, not a shoe size 8).
        // a thing the store does not sell, named with what it is for ("ear cushions for my Sonora headphones"):
        // the brand and the product it goes with do not make it one the store sells
        if (working == null && m.unsoldHeads.isEmpty()) {
            Optional<String> implied = implied(text);
            if (implied.isPresent()) {
                category = working = implied.get();
                categorySource = "implied";
            }
        }
        List<CategoryWords> scope = working == null ? vocabulary.categories() : vocabulary.category(working).map(List::of).orElse(List.of());
        Map<String, Integer> votes = new HashMap<>();
        ages(m, scope, constraints, votes, understood);
        ratings(m, constraints, understood);
        amounts(m, scope, working, constraints, votes, understood, false);
        resistances(m, scope, constraints, understood);
        presences(m, scope, constraints, understood);
        currencySwitch(m, current, constraints, understood);
        List<Constraint> accepted = new ArrayList<>();
        phrases(m, scope, working, constraints, accepted, votes, understood);
        List<Relative> relatives = relatives(m, scope, working, constraints, understood);
        if (!references.isEmpty()) {
            // "cheaper than the first", "quieter than the second one": against that card, a limit only
            // (the preferences already stated keep ranking what is below it)
            relatives = relatives.stream().map(r -> r.against(references.get(0))).toList();
            Set<String> bounded = relatives.stream().filter(Relative::strict).map(Relative::field).collect(Collectors.toSet());
            constraints.removeIf(c -> bounded.contains(c.field()) && !c.hard()
                    && (c.operator() == Constraint.Operator.PREFER_LESS || c.operator() == Constraint.Operator.PREFER_MORE));
        }
        occasions(m, scope, constraints, votes, understood);
        String recipient = recipient(m);
        gift |= recipient != null;
        // a category is chosen by words that point at it; an occasion ("a birthday present") votes for
        // none, so a gift for a marathon runner is not read as a toy
        if (working == null) {
            brandMakers(new Message(text), votes, c -> true);
        }
        if (working == null && m.unsoldHeads.isEmpty() && votes.values().stream().anyMatch(v -> v > 0)) {
            // the category most words point at; ties go to the first key, so the reading is repeatable
            working = votes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
            category = working;
            categorySource = "implied";
            String kept = working;
            constraints.removeIf(c -> c.field().startsWith("attr.") && vocabulary.category(kept).flatMap(w -> w.attribute(c.field().substring(5))).isEmpty());
            constraints.removeIf(c -> c.field().equals("reason") && vocabulary.category(kept).flatMap(w -> w.reason(c.values().get(0))).isEmpty());
        }
        String first = working == null ? null : priority(m, working, constraints, understood);
        List<String> unknown = unknown(m);
        if (!unknown.isEmpty()) {
            Optional<String> meant = meanings(m, unknown, working, constraints, understood);
            // "an air fryer recipe book": the words of a thing the store does not sell choose no category by meaning
            if (working == null && meant.isPresent() && m.unsoldHeads.isEmpty()) {
                category = working = meant.get();
                categorySource = "meaning";
            }
            unknown = unknown(m);
        }
        if (working == null && gift && !unknown.isEmpty() && m.unsoldHeads.isEmpty()) {
            // "a birthday present for my dad who runs marathons": nothing names a product, so what the
            // shopper says about the person suggests one, when one category is clearly nearest
            m.markAll(OCCASIONS);
            String about = String.join(" ", unknown(m));
            List<Meanings.Target> targets = vocabulary.categories().stream()
                    .map(c -> new Meanings.Target(Meanings.Kind.CATEGORY, c.key(), c.key(), c.definition().name())).toList();
            Optional<Meanings.Target> idea = about.isBlank() ? Optional.empty() : meanings.likeliest(about, targets);
            if (idea.isPresent()) {
                category = working = idea.get().key();
                categorySource = "gift";
                understood.add("\"" + about + "\" → " + vocabulary.category(working).orElseThrow().definition().name() + " (a gift idea, by meaning)");
                for (String chunk : unknown(m)) {
                    int at = chunkStart(m, chunk);
                    if (at >= 0) {
                        m.mark(at, at + chunk.split(" ").length);
                    }
                }
            }
            unknown = unknown(m);
        }
        List<String> fragments = compare && references.size() < 2 ? fragments(m.text) : List.of();
        boolean question = m.question();

        Reading.Kind kind;
        List<Constraint> across = List.of();
        if (action != null) {
            kind = Reading.Kind.ACTION;
        } else if (decide) {
            kind = Reading.Kind.DECIDE;
        } else if ((compare || question && m.tokens.contains("or")) && (references.size() >= 2 || fragments.size() >= 2)) {
            kind = Reading.Kind.COMPARE;
        } else if (question && references.isEmpty() && !shown.isEmpty() && !constraints.isEmpty()
                && constraints.stream().allMatch(c -> c.field().startsWith("option.") && c.hard())
                && m.tokens.stream().noneMatch(t -> Set.of("it", "its", "this", "that").contains(t))) {
            // "do they come in white?", "got one in red or blue?": the shopper wants to see those
            kind = Reading.Kind.SHOP;
        } else if (question && !stockAsk && named.isEmpty()
                // "do you sell electric kettles? need one that boils 1.7 litres": with no card shown, asks for a thing
                && !(shown.isEmpty() && !m.unsoldHeads.isEmpty())
                && (pronoun || acrossShown(m, shown, constraints)
                || constraints.isEmpty() && relatives.isEmpty() && removals.isEmpty() && accepted.isEmpty())
                && !fresh && (!shown.isEmpty() || pronoun) && !(asksForOthers(m) && !relatives.isEmpty())) {
            kind = Reading.Kind.QUESTION;
            // "which one is the quietest?" asks across the cards shown: the superlative is the question
            across = constraints.stream().filter(c -> c.operator() == Constraint.Operator.PREFER_LESS
                    || c.operator() == Constraint.Operator.PREFER_MORE).toList();
            constraints.clear(); // "is it dishwasher safe?" asks about the product; it does not filter
            relatives = List.of();
        } else if (category != null || working != null && (!constraints.isEmpty() || !relatives.isEmpty() || !removals.isEmpty() || !accepted.isEmpty())
                || fresh) {
            kind = Reading.Kind.SHOP;
        } else {
            kind = Reading.Kind.UNCLEAR;
        }
        return new Reading(text, kind, category, categorySource, dedupe(bothEdges(constraints, working)), removals, fresh || newTopic, relatives, references,
                fragments, pronoun, action, understood, unknown, corrections, written, across, !fresh && adds(m) && !anotherThing(m, constraints), m.revised, accepted,
                references.isEmpty() ? missingCard(m, shown) : null, m.unplaced, gift, recipient, unsoldChunks(m, unknown),
                kind == Reading.Kind.QUESTION ? null : first);
    }

    // ---- what matters most -------------------------------------------------------------------

    /** Words after a measure that say it matters most: "runtime comes first", "battery is more important to me". */
    private static final List<List<String>> FIRST_AFTER = phrases("comes first", "come first", "is more important", "are more important",
            "is most important", "is the most important", "is the priority", "is my priority", "is my top priority", "is my main priority",
            "above all", "above all else", "more than anything", "most of all", "first");
    /** Words before a measure that say it matters most: "most important is the runtime", "prioritise weight". */
    private static final List<List<String>> FIRST_BEFORE = phrases("most important is", "most importantly", "the most important thing is",
            "my priority is", "priority is", "prioritise", "prioritize", "prioritising", "prioritizing", "above all");
    /** The verb of "X matters more": what follows it within three words says whether X matters most. */
    private static final Set<String> ITSELF = Set.of("matter", "matters");

    /**
     * The measured attribute the shopper says matters most ("light would be nice too, but runtime comes first", "battery is more
     * important to me", "being quiet matters far more to me than raw power", "lightest first"), as its field, or null. A preference
     * on it is added in its better direction when this message states none (the one stated before may; the conversation puts it
     * first); the words are read.
     */
    private String priority(Message m, String working, List<Constraint> constraints, List<String> understood) {
        CategoryWords category = vocabulary.category(working).orElse(null);
        if (category == null) {
            return null;
        }
        for (int i = 0; i < m.size(); i++) {
            int cueEnd = m.startingAt(i, FIRST_AFTER);
            // "matters more", "matters far more to me", "matter most"
            if (cueEnd < 0 && ITSELF.contains(m.token(i))) {
                for (int k = i + 1; k <= i + 3 && k < m.size() && m.sameClause(i, k); k++) {
                    if (Set.of("more", "most").contains(m.token(k))) {
                        cueEnd = k + 1;
                        break;
                    }
                }
            }
            if (cueEnd > 0) {
                // "first" alone only after a measure said as a preference ("lightest first"), never "the first one"
                boolean bare = cueEnd == i + 1 && m.token(i).equals("first");
                if (bare && (i + 1 < m.size() && !m.clauseStarts.contains(i + 1) || i == 0 || m.clauseStarts.contains(i))) {
                    continue;
                }
                Optional<Ranked> said = measureBefore(m, i, category, constraints);
                if (said.isPresent() && !(bare && !said.get().read())) {
                    return first(m, said.get(), i, cueEnd, category, constraints, understood);
                }
            }
            int before = m.startingAt(i, FIRST_BEFORE);
            if (before > 0) {
                Optional<Ranked> said = measureAfter(m, before, category, constraints);
                if (said.isPresent()) {
                    return first(m, said.get(), i, before, category, constraints, understood);
                }
            }
        }
        return null;
    }

    /** A measured attribute named at {@code at} near a cue of what matters most: the field, its better direction, whether a preference read it. */
    private record Ranked(String field, String label, boolean less, boolean read, int at) {
    }

    private String first(Message m, Ranked said, int cueStart, int cueEnd, CategoryWords category, List<Constraint> constraints,
                         List<String> understood) {
        m.mark(cueStart, cueEnd);
        if (constraints.stream().noneMatch(c -> said.field().equals(measuredField(c, category)))) {
            constraints.add(Constraints.direction(said.field(), said.label(), said.less(), m.words(said.at(), said.at() + 1)));
        }
        m.mark(said.at(), said.at() + 1);
        understood.add("\"" + m.words(cueStart, cueEnd) + "\" → " + said.label().toLowerCase(Locale.ROOT) + " first");
        return said.field();
    }

    /** The attribute a preference measures: its own field, or for a reason code the attribute the code ranks by ("quiet": noise). */
    public static String measuredField(Constraint c, CategoryWords category) {
        if (c.operator() == Constraint.Operator.PREFER_LESS || c.operator() == Constraint.Operator.PREFER_MORE) {
            return c.field();
        }
        if (c.operator() == Constraint.Operator.PREFER && c.field().equals("reason") && !c.values().isEmpty()) {
            return category.ranking(c.values().get(0)).map(r -> "attr." + r.attribute()).orElse(null);
        }
        return null;
    }

    /** The measure named in the few words of its clause before the cue at {@code cue}. */
    private Optional<Ranked> measureBefore(Message m, int cue, CategoryWords category, List<Constraint> constraints) {
        for (int k = cue - 1; k >= Math.max(0, cue - 4); k--) {
            Optional<Ranked> at = measureAt(m, k, category, constraints);
            if (at.isPresent()) {
                return at;
            }
            if (m.clauseStarts.contains(k)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The measure named in the few words of its clause from {@code from}. */
    private Optional<Ranked> measureAfter(Message m, int from, CategoryWords category, List<Constraint> constraints) {
        for (int k = from; k < Math.min(m.size(), from + 4) && (k == from || !m.clauseStarts.contains(k)); k++) {
            Optional<Ranked> at = measureAt(m, k, category, constraints);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /**
     * The measure named at k: a preference this message read there ("lightest"), a measure adjective ("quiet": the
     * attribute of its dimension), or a word of one measured attribute's label only ("runtime", "battery" of "Battery life").
     */
    private Optional<Ranked> measureAt(Message m, int k, CategoryWords category, List<Constraint> constraints) {
        String word = m.token(k);
        for (Constraint c : constraints) {
            String field = measuredField(c, category);
            if (field != null && c.source() != null && Words.tokens(c.source()).contains(word) && !Words.STOPWORDS.contains(word)) {
                boolean less = c.operator() == Constraint.Operator.PREFER_LESS || c.operator() == Constraint.Operator.PREFER
                        && category.ranking(c.values().get(0)).map(r -> r.direction() == Direction.LESS).orElse(false);
                return Optional.of(new Ranked(field, c.label(), less, true, k));
            }
        }
        List<AttributeDefinition> measured = category.definition().attributes().stream()
                .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() != null).toList();
        String adjective = MEASURE_WORDS.containsKey(word) ? word : MEASURED_NOUNS.get(Words.singular(word));
        if (adjective != null && !MEASURE_NOUNS.contains(adjective)) {
            Object[] measure = MEASURE_WORDS.get(adjective);
            List<AttributeDefinition> of = measured.stream().filter(a -> a.dimension() == measure[0]).toList();
            if (of.size() == 1) {
                return Optional.of(new Ranked("attr." + of.get(0).key(), of.get(0).label(), measure[1] == Direction.LESS, false, k));
            }
        }
        String singular = Words.singular(word);
        List<AttributeDefinition> labelled = Words.STOPWORDS.contains(word) ? List.of()
                : measured.stream().filter(a -> Words.singulars(Words.phrase(a.label())).contains(singular)).toList();
        if (labelled.size() == 1) {
            AttributeDefinition attribute = labelled.get(0);
            Optional<Boolean> less = betterLess(attribute, category);
            if (less.isPresent()) {
                return Optional.of(new Ranked("attr." + attribute.key(), attribute.label(), less.get(), false, k));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether less of an attribute is better: as the category's reason codes rank it, else as its dimension is usually
     * wanted (lighter, quieter; more capacity, power, charge, heat; a battery's life or a runtime longer, any other time
     * shorter); empty for a length, which may be wanted either way.
     */
    private static Optional<Boolean> betterLess(AttributeDefinition attribute, CategoryWords category) {
        Optional<Boolean> byReason = category.reasons().stream().filter(r -> attribute.key().equals(r.attribute()) && r.direction() != null)
                .map(r -> r.direction() == Direction.LESS).findFirst();
        if (byReason.isPresent()) {
            return byReason;
        }
        List<String> label = Words.singulars(Words.phrase(attribute.label()));
        return switch (attribute.dimension()) {
            case MASS, SOUND_LEVEL -> Optional.of(true);
            case VOLUME, POWER, ELECTRIC_CHARGE, TEMPERATURE -> Optional.of(label.contains("standby"));
            case DURATION -> Optional.of(label.stream().noneMatch(w -> Set.of("life", "runtime", "play").contains(w)));
            default -> Optional.empty();
        };
    }

    /** The unknown chunks holding the head of an unsold thing asked for ("smart locks"). */
    private static List<String> unsoldChunks(Message m, List<String> unknown) {
        return unknown.stream().filter(chunk -> m.unsoldHeads.stream().anyMatch(h -> Words.tokens(chunk).contains(m.token(h)))).toList();
    }

    /**
     * "which is the cheapest?", "which is quietest?": a question starting with "which" whose only
     * readings are preferences asks across the cards shown, like "which one is …" does.
     */
    private static boolean acrossShown(Message m, List<Shown> shown, List<Constraint> constraints) {
        return !shown.isEmpty() && Set.of("which", "wich", "whats", "what").contains(m.token(0)) && !constraints.isEmpty()
                && constraints.stream().allMatch(c -> c.operator() == Constraint.Operator.PREFER_LESS || c.operator() == Constraint.Operator.PREFER_MORE);
    }

    private static final Set<String> ADDING_STARTS = Set.of("or", "and", "also", "plus");
    /** Sounds and fillers a message may open with: "hmm", "oh", "ok". */
    private static final Set<String> INTERJECTIONS = Set.of("hmm", "hm", "hmmm", "oh", "ok", "okay", "um", "umm", "uh", "well", "yeah", "right");
    private static final List<List<String>> ADDING = phrases("also", "as well", "either works", "either is fine", "both work",
            "both are fine");

    /**
     * Whether the message adds to what was chosen: it starts with "or" or "and", says "as well" or
     * "either works", or ends a clause with "too" ("a tamper too"; not "too loud").
     */
    private static boolean adds(Message m) {
        if (m.tokens.contains("instead")) {
            return false; // "and black instead of white": a value in place of another, however the message starts
        }
        int first = 0;
        while (first < m.size() - 1 && INTERJECTIONS.contains(m.token(first))) {
            first++; // "hmm, or Fryday": a sound before the words is no word of them
        }
        if (ADDING_STARTS.contains(m.token(first)) || m.matchesAnywhere(ADDING)) {
            return true;
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.token(i).equals("too") && (i == m.size() - 1 || m.clauseStarts.contains(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words that widen a choice ("or a canister, either is fine") rather than add a second thing to buy. */
    private static final List<List<String>> WIDENING = phrases("or", "either", "both", "fine", "ok", "okay", "works");

    /**
     * Whether the message asks for a second thing ("also need the blade assembly", "and a backpack too"):
     * it adds by "also", "and", "too" or "as well", not by "or" or "either", and names what a product is
     * (its kind, type, form or style). The new thing is what the shopper looks at now, so its type replaces
     * the one chosen before instead of joining it.
     */
    private static boolean anotherThing(Message m, List<Constraint> constraints) {
        return !m.matchesAnywhere(WIDENING) && constraints.stream().anyMatch(c -> c.operator() == Constraint.Operator.ANY_OF
                && c.field().startsWith("attr.") && Vocabulary.PRODUCT_TYPE_KEYS.contains(c.field().substring("attr.".length())));
    }

    private static final Set<String> PART_CUES = Set.of("spare", "replacement", "extra", "new", "another");
    /** Part cues that only ever ask for a part: "a spare battery", never "a spare vacuum". */
    private static final Set<String> SPARE = Set.of("spare", "replacement");

    /** Where a word asking for a part stands up to two words before i (a brand may stand between): "a spare Sweepa battery"; -1 if none. */
    private static int partCue(Message m, int i) {
        return wordBefore(m, i, PART_CUES);
    }

    /** Words that ask for other products, not about one: "anything cheaper than the first one?", "any lighter ones?". */
    private static final Set<String> OTHERS = Set.of("anything", "something", "any", "another", "others", "ones", "options", "alternatives");

    private static boolean asksForOthers(Message m) {
        // "is there a lighter one than the first?", "do you have a cheaper one": asks whether others exist
        return m.tokens.stream().anyMatch(OTHERS::contains) || Collections.indexOfSubList(m.tokens, List.of("is", "there")) >= 0
                || Collections.indexOfSubList(m.tokens, List.of("are", "there")) >= 0 || Collections.indexOfSubList(m.tokens, List.of("you", "have")) >= 0;
    }

    // ---- the message -------------------------------------------------------------------------

    /** Tokens with their singular forms and which ones a reading already used. */
    private static final class Message {
        /** How many other words may stand between two content words of a loosely read description. */
        static final int LOOSE_GAP = 2;
        final String text;
        final List<String> tokens;
        final List<String> singular;
        /** Word stems, for reading merchandiser descriptions loosely ({@link #looseEnd}). */
        final List<String> stems;
        final boolean[] used;
        /** Tokens used only to name the category. */
        final boolean[] naming;
        /** Token indexes that start a clause (after a comma, semicolon or full stop): negations do not cross them. */
        final Set<Integer> clauseStarts = new HashSet<>();
        /** Where the names of unsold things asked for stand ("cushions" of "ear cushions for my headphones"): no category is read from them by meaning. */
        final Set<Integer> unsoldHeads = new HashSet<>();
        /** Where a maker named by what another category's products make starts ("smoothie maker"), and that category's key. */
        final Map<Integer, String> makerOf = new HashMap<>();
        /** Category words that only say which unsold thing is meant ("knife" of "knife sharpener"): read, and reported with it. */
        final boolean[] unsoldModifier;
        /** Fields whose limit a revising phrase restated without a bound word of its own ("make that 6mm"), with the value said. */
        final Map<String, BigDecimal> revised = new HashMap<>();
        /** Limits with a bound and a unit that no attribute was chosen for ("the foam has to be at least 35 mm thick"). */
        final List<Reading.Unplaced> unplaced = new ArrayList<>();

        Message(String text) {
            this.text = text;
            List<String> all = new ArrayList<>();
            // "30+ hours", "1.5kW+": the plus is a bound word of its own; "≤ 70 dB" is "<= 70 dB"; a dash
            // standing apart ("without a vat of oil — ceramic basket") ends a clause as a comma does
            // "min. 20 minutes", "approx. 2 kg": the abbreviation's point ends no sentence
            String marked = ABBREVIATION_POINT.matcher(text).replaceAll("$1");
            marked = UNIT_PLUS.matcher(DIGIT_PLUS.matcher(NUMBER_DASH.matcher(marked).replaceAll("$1 to ")).replaceAll("$1 +")).replaceAll("$1 +");
            for (String clause : CLAUSE_END.split(marked.replace("≤", " <= ").replace("≥", " >= "))) {
                clauseStarts.add(all.size());
                all.addAll(Words.tokens(clause));
            }
            this.tokens = List.copyOf(all);
            this.singular = Words.singulars(tokens);
            this.stems = tokens.stream().map(Stems::of).toList();
            this.used = new boolean[tokens.size()];
            this.naming = new boolean[tokens.size()];
            this.unsoldModifier = new boolean[tokens.size()];
        }

        /** The token without a plural "s" ("smoothies" → "smoothie", where the singular rule says "smoothy"). */
        private String plain(int i) {
            String t = tokens.get(i);
            return t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.substring(0, t.length() - 1) : t;
        }

        int size() {
            return tokens.size();
        }

        String token(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
        }

        /** Whether {@code phrase} is at i (singular forms compared), unused. */
        boolean at(int i, List<String> phrase) {
            return at(i, phrase, false);
        }

        /** Whether {@code phrase} is at i, unused except, when allowed, by naming the category. */
        boolean at(int i, List<String> phrase, boolean categoryWordsToo) {
            if (phrase.isEmpty() || i < 0 || i + phrase.size() > tokens.size()) {
                return false;
            }
            for (int k = 0; k < phrase.size(); k++) {
                if (used[i + k] && !(categoryWordsToo && naming[i + k]) || !same(i + k, phrase.get(k))
                        || k > 0 && clauseStarts.contains(i + k)) {
                    return false; // "a blender, jar can't be glass" names no blender jar
                }
            }
            return true;
        }

        /**
         * Where a merchandiser's description ends when its content words ({@code content}, stems, see
         * {@link Stems#content}) stand from i in its order, each at most {@link #LOOSE_GAP} words after the one before,
         * compared by stem, in one clause and unread: "plug into the wall" in "one that plugs straight
         * into the wall", "set the night before" in "one I can set up the night before". -1 if not.
         */
        int looseEnd(int i, List<String> content, boolean categoryWordsToo) {
            if (content.size() < 2 || i < 0 || i >= tokens.size() || !free(i, categoryWordsToo) || !stems.get(i).equals(content.get(0))) {
                return -1;
            }
            int at = i;
            for (int w = 1; w < content.size(); w++) {
                int next = -1;
                for (int k = at + 1; k <= at + 1 + LOOSE_GAP && k < tokens.size(); k++) {
                    if (clauseStarts.contains(k) || !free(k, categoryWordsToo) || CLAUSE_OPENERS.contains(tokens.get(k))) {
                        return -1; // "a blender where the jar goes in the dishwasher" says no "blender jar"
                    }
                    if (stems.get(k).equals(content.get(w))) {
                        next = k;
                        break;
                    }
                }
                if (next < 0) {
                    return -1;
                }
                at = next;
            }
            return at + 1;
        }

        private boolean free(int k, boolean categoryWordsToo) {
            return !used[k] || categoryWordsToo && naming[k];
        }

        Optional<int[]> find(List<List<String>> phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                for (List<String> phrase : phrases) {
                    if (at(i, phrase)) {
                        return Optional.of(new int[] {i, i + phrase.size()});
                    }
                }
            }
            return Optional.empty();
        }

        /** Whether one of {@code phrases} stands anywhere, read or not. */
        boolean matchesAnywhere(List<List<String>> phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                for (List<String> phrase : phrases) {
                    if (i + phrase.size() <= tokens.size() && matchesIgnoringUse(i, phrase)) {
                        return true;
                    }
                }
            }
            return false;
        }

        void markAll(List<List<String>> phrases) {
            for (int i = 0; i < tokens.size(); i++) {
                for (List<String> phrase : phrases) {
                    if (at(i, phrase)) {
                        mark(i, i + phrase.size());
                    }
                }
            }
        }

        /**
         * The phrase among {@code phrases} that ends right before {@code end}, in the same clause and
         * not read already, if any: its start ("$300 tops, 1000 watts or more": "tops" is the price's).
         */
        int endingAt(int end, List<List<String>> phrases) {
            for (List<String> phrase : phrases.stream().sorted(Comparator.comparingInt(p -> -p.size())).toList()) {
                int start = end - phrase.size();
                if (start >= 0 && matchesIgnoringUse(start, phrase) && unread(start, end) && sameClause(start, end)) {
                    return start; // the number at end is in the phrase's clause
                }
            }
            return -1;
        }

        /** The phrase among {@code phrases} that starts at {@code start}, within one clause and not read already: its end. */
        int startingAt(int start, List<List<String>> phrases) {
            for (List<String> phrase : phrases.stream().sorted(Comparator.comparingInt(p -> -p.size())).toList()) {
                int end = start + phrase.size();
                if (end <= tokens.size() && matchesIgnoringUse(start, phrase) && unread(start, end) && sameClause(start, end - 1)) {
                    return end;
                }
            }
            return -1;
        }

        private boolean unread(int from, int to) {
            for (int k = from; k < to; k++) {
                if (used[k]) {
                    return false;
                }
            }
            return true;
        }

        /** No clause starts inside (from, to]: a phrase and the number it qualifies are in one clause. */
        boolean sameClause(int from, int to) {
            for (int k = from + 1; k <= to; k++) {
                if (clauseStarts.contains(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean matchesIgnoringUse(int i, List<String> phrase) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!same(i + k, phrase.get(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The same word, in the plural, or as a material adjective ("wooden" for wood, "woolen" for wool). */
        private boolean same(int i, String word) {
            String token = tokens.get(i);
            return singular.get(i).equals(word) || token.equals(word) || plain(i).equals(word)
                    || word.length() >= 3 && token.length() == word.length() + 2 && token.startsWith(word) && token.endsWith("en");
        }

        void mark(int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, used.length); i++) {
                used[i] = true;
            }
        }

        String words(int from, int to) {
            return String.join(" ", tokens.subList(Math.max(0, from), Math.min(to, tokens.size())));
        }

        /** Whether only list words ("or", "and", "nor", "/") stand between from and to; a comma ends no list. */
        boolean onlyConnectors(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!LIST_WORDS.contains(tokens.get(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A negation among the three tokens before i ("no plastic", "not red", "without a"); words that only
         * point ("of", "that", "the") do not count: "none of that monthly subscription".
         */
        boolean negatedBefore(int i) {
            if (refusedByRelative(i) || refusedAfter(i)) {
                return true;
            }
            int counted = 0;
            for (int k = i - 1; k >= Math.max(0, i - 6) && counted < 3; k--) {
                String t = tokens.get(k);
                if (!POINTING.contains(t)) {
                    counted++;
                }
                if (used[k] || clauseStarts.contains(k + 1)) {
                    return false; // "no glass, dishwasher safe": the negation belongs to glass
                }
                if (t.equals("no") && REPLY_AFTER_NO.contains(token(k + 1))) {
                    return false; // "no actually battery powered", "no I want glass": an answer, not a refusal
                }
                if (NEGATIONS.contains(t)) {
                    // "but" negates after "anything", "everything" or "any brand": "any colour but black"
                    return !t.equals("but") || Set.of("anything", "everything", "all").contains(token(k - 1)) || token(k - 2).equals("any");
                }
                if (t.equals("with") && Set.of("nothing", "none", "no", "not").contains(token(k - 1))) {
                    return true; // "nothing with small parts"
                }
                if (t.equals("and") || t.equals("with") || t.equals("or")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether what is said at i is refused by the words after it: "Cyclone is out", "Sweepa's out too", "stainless
         * steel is off the table" (one more word of the value may stand between).
         */
        boolean refusedAfter(int i) {
            int skip = i + 1 < size() && !clauseStarts.contains(i + 1) && Set.of("one", "ones").contains(token(i + 1)) ? 1 : 0;
            // of the shopper's own ("the blade on my nutrimax is blunt") a complaint refuses nothing: it says what needs replacing
            boolean own = POSSESSIVES.contains(token(i - 1)) || POSSESSIVES.contains(token(i - 2));
            int complaint = own ? -1 : complainedOf(i + 1 + skip);
            if (complaint > 0) {
                mark(i + 1 + skip, complaint); // "paper ones are a faff": the complaint is understood as a refusal
                return true;
            }
            for (int at = i + 1; at <= i + 2 && at < size(); at++) {
                int end = startingAt(at, REFUSED_AFTER);
                if (end < 0 && token(at).equals("out") && !used[at] && (at + 1 >= size() || clauseStarts.contains(at + 1))) {
                    end = at + 1; // "Sweepa's out": the "'s" is gone from the tokens
                }
                if (end > 0) {
                    mark(at, end); // the refusal is understood
                    return true;
                }
                if (Words.STOPWORDS.contains(token(at)) || clauseStarts.contains(at)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Where a complaint about what stands before {@code at} ends, or -1: "(paper ones) are a faff", "(the
         * nonstick ones) always end up scratched", "(plastic jugs) go cloudy and stink": a verb of being or
         * becoming, then within its clause a word of something going wrong. Said of a value, it refuses it.
         */
        int complainedOf(int at) {
            if (at >= size() || clauseStarts.contains(at) || !COMPLAINT_VERBS.contains(token(at)) || used[at]) {
                return -1;
            }
            for (int k = at + 1; k <= at + 4 && k < size() && !clauseStarts.contains(k); k++) {
                if (COMPLAINT_WORDS.contains(token(k)) && !NEGATIONS.contains(token(k - 1))) {
                    return k + 1;
                }
            }
            return -1;
        }

        /**
         * Whether i stands in a relative clause of "nothing" or "none": "nothing I have to pay monthly for",
         * "nothing important is locked behind a subscription", "none that need the cloud". One word may say
         * which nothing ("important", "else"); the others are the clause's subject and auxiliaries.
         */
        boolean refusedByRelative(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
                String t = tokens.get(k);
                if (used[k] || clauseStarts.contains(k + 1)) {
                    return false;
                }
                if (t.equals("nothing") || t.equals("none")) {
                    return k < i - 1 && !token(k + 1).equals("but") && !token(k + 1).equals("over") && !token(k + 1).equals("under");
                }
                if (!RELATIVE.contains(t) && !(k > 0 && (tokens.get(k - 1).equals("nothing") || tokens.get(k - 1).equals("none")))) {
                    return false;
                }
            }
            return false;
        }

        boolean question() {
            if (text.strip().endsWith("?")) {
                return true;
            }
            // "ok which of these weighs the least", "so how loud is it": a word of reply before the question
            int first = 0;
            while (first < tokens.size() - 1 && first < 2 && REPLY_WORDS.contains(tokens.get(first))) {
                first++;
            }
            // "what about a camera that works with Google Home": a suggestion of what to show
            // "can go up to 110 if it's worth it": a modal with a verb and no subject after it drops the shopper's "I"
            // "any colour is fine, but …": "any" said of what does not matter asks nothing
            return !tokens.isEmpty() && QUESTION_STARTS.contains(tokens.get(first))
                    && !(Set.of("what", "how").contains(tokens.get(first)) && token(first + 1).equals("about"))
                    && !(MODALS.contains(tokens.get(first)) && BARE_VERBS.contains(token(first + 1)))
                    && !(tokens.get(first).equals("any") && (saidAt(first + 2, DOES_NOT_MATTER) || saidAt(first + 2, ACCEPT_AFTER)));
        }

        /** Whether one of {@code phrases} stands at i, read or not. */
        boolean saidAt(int i, List<List<String>> phrases) {
            return i >= 0 && phrases.stream().anyMatch(p -> i + p.size() <= tokens.size() && matchesIgnoringUse(i, p));
        }
    }

    private record Match<T>(T value, String source, int start, int end) {
    }

    // ---- requests ----------------------------------------------------------------------------

    private static ProposedAction.Kind action(Message m) {
        // "add it to my cart", "put the second one in my basket"; not "a basket I can put in the dishwasher"
        for (int i = 0; i < m.size(); i++) {
            if (Set.of("add", "put").contains(m.token(i))) {
                for (int k = i + 1; k <= Math.min(m.size() - 1, i + 7); k++) {
                    if (Set.of("cart", "basket", "bag", "trolley").contains(m.token(k))) {
                        return ProposedAction.Kind.ADD_TO_CART;
                    }
                }
            }
        }
        if (m.find(phrases("buy it", "buy this", "buy that", "buy the", "order it", "order this", "order that", "purchase it",
                "purchase this", "ill take it", "i will take it", "ill take the", "i will take the")).isPresent()) {
            return ProposedAction.Kind.ADD_TO_CART;
        }
        if (m.find(phrases("checkout", "check out", "place the order", "place my order", "pay now")).isPresent()) {
            return ProposedAction.Kind.CHECKOUT;
        }
        Optional<int[]> ret = m.find(phrases("return it", "return this", "return my", "return the", "start a return", "send it back",
                "send back"));
        if (ret.isPresent() && !Set.of("policy", "window", "period", "rule", "rules").contains(m.token(ret.get()[1]))
                && !m.tokens.contains("policy") && !m.question()) {
            return ProposedAction.Kind.START_RETURN;
        }
        return null;
    }

    private static List<Integer> references(Message m, List<Shown> shown) {
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            Integer ordinal = ordinalAt(m, i);
            if (ordinal != null && !shown.isEmpty()) {
                if (m.token(i).equals("top") && !Set.of("one", "pick", "choice", "result").contains(m.token(i + 1))) {
                    continue;
                }
                int index = ordinal < 0 ? shown.size() - 1 : ordinal;
                if (index < shown.size() && !refs.contains(index)) {
                    refs.add(index);
                }
            }
        }
        // Brands and model words of the products shown ("the Calma", "whisper 900").
        for (int i = 0; i < m.size(); i++) {
            for (int s = 0; s < shown.size(); s++) {
                if (refs.contains(s)) {
                    continue;
                }
                if (distinctive(shown, s).contains(m.singular.get(i))) {
                    refs.add(s);
                }
            }
        }
        return refs;
    }

    /**
     * No card is pointed at and no service asked about: "do you have it in red?" asks about the one
     * shown and "do you have free shipping?" about the store's policies; "do you have toasters?" asks
     * for a thing.
     */
    private static boolean shownNotNamed(Message m) {
        return m.tokens.stream().noneMatch(t -> Set.of("it", "its", "this", "that", "these", "those", "them", "they").contains(t))
                && m.singular.stream().noneMatch(SERVICE_WORDS::contains);
    }

    /** What a store offers besides products: asked about with "do you have …" too. */
    private static final Set<String> SERVICE_WORDS = Set.of("shipping", "delivery", "deliver", "warranty", "guarantee", "return", "refund",
            "exchange", "discount", "coupon", "code", "sale", "financing", "installment", "payment", "pickup", "policy", "support",
            "price", "match");

    /** The card index an ordinal at i names ("second" → 1, "number 3" → 2, "last" → -1), or null. */
    private static Integer ordinalAt(Message m, int i) {
        Integer ordinal = ORDINALS.get(m.token(i));
        if (ordinal == null && m.token(i).equals("number") && Words.number(m.token(i + 1)) != null) {
            ordinal = Words.number(m.token(i + 1)).intValue() - 1;
        }
        return ordinal;
    }

    /** "the third one" when two cards are shown: the card named (1-based) that is not there, or null. */
    private static Integer missingCard(Message m, List<Shown> shown) {
        if (shown.isEmpty()) {
            return null;
        }
        for (int i = 0; i < m.size(); i++) {
            Integer ordinal = ordinalAt(m, i);
            if (ordinal != null && ordinal >= shown.size() && !m.token(i).equals("top")) {
                return ordinal + 1;
            }
        }
        return null;
    }

    /** Words of a shown product's title or brand no other shown product has. */
    private static Set<String> distinctive(List<Shown> shown, int index) {
        Set<String> own = new HashSet<>(Words.phrase(shown.get(index).title() + " " + shown.get(index).brand()));
        for (int other = 0; other < shown.size(); other++) {
            if (other != index) {
                own.removeAll(Words.phrase(shown.get(other).title() + " " + shown.get(other).brand()));
            }
        }
        own.removeIf(w -> Words.STOPWORDS.contains(w) || w.length() < 3 && !w.chars().allMatch(Character::isDigit));
        return own;
    }

    /** "compare the Calma Whisper 900 and the Vortex Go 350": the words naming each product. */
    private static List<String> fragments(String text) {
        String cleaned = text.replaceAll("(?i)\\b(compare|please|can you|could you|the|between|differences?|side by side)\\b", " ")
                .replace("?", " ");
        List<String> parts = new ArrayList<>();
        for (String part : cleaned.split("(?i)\\s+(?:and|or|vs\\.?|versus|with|to)\\s+|,")) {
            if (part.strip().length() >= 3) {
                parts.add(part.strip());
            }
        }
        return parts.size() >= 2 && parts.size() <= 4 ? parts : List.of();
    }

    // ---- category ----------------------------------------------------------------------------

    private static final Set<String> OWNED_BEFORE = Set.of("old", "current", "previous", "last", "broken", "existing");
    private static final Set<String> WITH = Set.of("with", "w", "including");
    private static final Set<String> SIZE_WORDS = Set.of("low", "lower", "high", "higher", "zero", "small", "big", "minimal", "moderate");

    /** Words after which a word is a verb: a modal, a subject, or "and" joining it to another doing ("play music and set timers"). */
    private static final Set<String> BEFORE_A_VERB = Set.of("can", "could", "will", "would", "should", "must", "cant", "couldnt", "wont",
            "wouldnt", "dont", "i", "we", "you", "they", "he", "she", "and", "lets", "ever", "never");
    /** Words that make the word after them a verb when "to" follows it: "be set to start at 6", but "has to be espresso". */
    private static final Set<String> PASSIVE = Set.of("be", "been", "is", "are", "get", "gets");
    /** Words after which a word is a verb with its object or direction: "set it", "plugs into the jack", "set them up". */
    private static final Set<String> AFTER_A_VERB = Set.of("it", "them", "into", "up");
    /** Words before "to" that make the word after it a verb: "easy to set up", but "switch to robot vacs". */
    private static final Set<String> BEFORE_TO_A_VERB = Set.of("want", "wants", "need", "needs", "have", "has", "able", "easy", "how", "going",
            "like", "love", "hard", "simple");

    /**
     * Whether the one-word product type at i stands as a verb, where no thing is named: "one I can set the night
     * before", "set timers", "to set up". A noun "set" follows an article, a number or a word saying which set
     * ("a knife set", "a 7-piece set", "the set"); "a set of" stays a noun whatever stands before it. A word with
     * its object or direction after it and no article or number before it is a verb too: "nobody will ever set it",
     * "a cable that plugs into the jack".
     */
    private static boolean verbAt(Message m, int i, List<String> phrase) {
        boolean afterTo = m.token(i - 1).equals("to") && BEFORE_TO_A_VERB.contains(m.token(i - 2));
        boolean withObject = AFTER_A_VERB.contains(m.token(i + 1)) && !ARTICLES.contains(m.token(i - 1))
                && !POSSESSIVES.contains(m.token(i - 1)) && !Words.isNumber(m.token(i - 1))
                || PASSIVE.contains(m.token(i - 1)) && m.token(i + 1).equals("to"); // "can it be set to start at 6"
        if (phrase.size() != 1 || i == 0 && !withObject || i + 1 >= m.size() || m.clauseStarts.contains(i + 1)
                || !BEFORE_A_VERB.contains(m.token(i - 1)) && !afterTo && !withObject || m.token(i + 1).equals("of")) {
            return false;
        }
        // after "and" only with an object of its own: "a lid and jar for my blender" names two parts
        return !m.token(i - 1).equals("and") || !Words.STOPWORDS.contains(m.token(i + 1));
    }

    /** Whether a possessive stands just before i, perhaps with "old" or "current" between: "my old chef knife". */
    private static boolean owned(Message m, int i) {
        return possessiveBefore(m, i) >= 0;
    }

    /** Where the possessive of {@link #owned} stands, or -1. */
    private static int possessiveBefore(Message m, int i) {
        if (POSSESSIVES.contains(m.token(i - 1))) {
            return i - 1;
        }
        return OWNED_BEFORE.contains(m.token(i - 1)) && POSSESSIVES.contains(m.token(i - 2)) ? i - 2 : -1;
    }

    /** Verbs that ask for another of the thing the shopper owns: "replace my chef's knife", "upgrading my old santoku". */
    private static final Set<String> REPLACING = Set.of("replace", "replacing", "replaces", "upgrade", "upgrading");

    /** What asks for another of the thing named before: "had my old paring knife for 15 years, time for a new one". */
    private static final List<List<String>> ANOTHER_ONE = List.of(List.of("new", "one"), List.of("another", "one"), List.of("replace", "it"),
            List.of("a", "replacement"));

    /**
     * Whether the owned thing at i is said to be replaced: "I'll just replace my chef's knife" asks for a
     * chef's knife, and so does "my paring knife finally snapped, need a new one".
     */
    private static boolean replaced(Message m, int i) {
        int possessive = possessiveBefore(m, i);
        if (possessive > 0 && REPLACING.contains(m.token(possessive - 1))) {
            return true;
        }
        for (int k = i + 1; k < m.size(); k++) {
            for (List<String> phrase : ANOTHER_ONE) {
                if (k + phrase.size() <= m.size() && m.matchesIgnoringUse(k, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a one-word product type at i ("jar") is a part of another category the message names by
     * its own name, whose words use it ("I'm after a new blender … the new one's jar has to go in the
     * dishwasher": the blender's jar), unless a part is asked for ("a spare jar").
     */
    private boolean partOfNamed(Message m, int i, List<String> phrase, CategoryWords category, Set<CategoryWords> namedByName) {
        if (phrase.size() != 1 || category.phrases().contains(phrase) || wordBefore(m, i, SPARE) >= 0) {
            return false;
        }
        return namedByName.stream().anyMatch(other -> other != category && words(other).contains(phrase.get(0)));
    }

    /** Whether "with" (or "w/") stands just before i, perhaps with an article or one word between: "with a HEPA filter". */
    private static boolean afterWith(Message m, int i) {
        return wordBefore(m, i, WITH) >= 0;
    }

    /**
     * Whether the one-word name at i only finishes another category's attribute after its value: "a stainless steel
     * jar" is the jar material of a blender ("Jar material"), "a dishwasher safe jar" its "Dishwasher-safe jar", not a
     * jar asked for, unless a part is ("a spare glass jar").
     */
    private boolean labelAfterValue(Message m, int i, List<String> phrase, CategoryWords category) {
        if (phrase.size() != 1 || wordBefore(m, i, SPARE) >= 0 || !m.clauseStarts.contains(i + 1) && Set.of("for", "fits", "fit", "to", "that")
                .contains(m.token(i + 1))) {
            return false; // "a glass jar for my Vortex", "a glass jar that fits …" ask for the part
        }
        String word = phrase.get(0);
        for (CategoryWords other : vocabulary.categories()) {
            if (other == category) {
                continue;
            }
            for (AttributeDefinition attribute : other.definition().attributes()) {
                List<String> label = Words.phrase(attribute.label());
                if (!label.contains(word)) {
                    continue;
                }
                List<List<String>> said = new ArrayList<>();
                attribute.allowedValues().forEach(v -> said.add(Words.phrase(v)));
                if (attribute.type() == AttributeType.BOOLEAN) {
                    said.add(label.stream().filter(w -> !w.equals(word)).toList());
                }
                for (List<String> value : said) {
                    int from = i - value.size();
                    if (!value.isEmpty() && from >= 0 && m.singular.subList(from, i).equals(value) && m.sameClause(from, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs that give the thing already named a feature: "it needs a HEPA filter", "it has to have a glass jar". */
    private static final Set<String> HAVING = Set.of("needs", "has", "have", "should", "must", "got", "comes", "includes");

    /**
     * Whether the name at i is a feature of the thing talked about ("it needs a HEPA filter as well", "it should
     * have a glass jar"): "it" and a verb of having stand among the four tokens before, in its clause.
     */
    private static boolean saidOfIt(Message m, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 4) && !m.clauseStarts.contains(k + 1); k--) {
            if (HAVING.contains(m.token(k)) && m.token(k - 1).equals("it")) {
                return true;
            }
        }
        return false;
    }

    /** Determiners that point at a thing already there: "the", "its", "whose", "those", "these". */
    private static final Set<String> ITS_OWN = Set.of("the", "its", "whose", "those", "these");

    /**
     * Whether the name at i is said as a part of the thing named before it ("a blender whose jar is glass", "a blender
     * where the jug can go in the dishwasher, I'm not scrubbing around those blades"): a determiner that points at
     * something already there stands just before it, or one word before it ("the glass jar").
     */
    private static boolean itsOwn(Message m, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (ITS_OWN.contains(m.token(k))) {
                return true;
            }
            if (m.clauseStarts.contains(k) || Words.STOPWORDS.contains(m.token(k))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the category's own name ("blender parts") starts at i, rather than a word its products share with another's. */
    private static boolean namedAt(Message m, int i, CategoryWords category) {
        return category.phrases().stream().anyMatch(phrase -> m.at(i, phrase));
    }

    /** A category named at i by a phrase of {@code length} words: one more mention, and the words it covers. */
    private static void mention(Set<Integer> starts, Set<Integer> covered, int i, int length) {
        starts.add(i);
        for (int k = i; k < i + length; k++) {
            covered.add(k);
        }
    }

    /** Where one of {@code words} stands among the three tokens before i, within i's clause; -1 if none. */
    private static int wordBefore(Message m, int i, Set<String> words) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (words.contains(m.token(k))) {
                return k;
            }
            if (m.clauseStarts.contains(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether another category's name or product type starts at i: "blender lid" is a lid, the
     * blender only says which (the head of an English compound is its last noun).
     */
    private boolean namesAnother(Message m, int i, CategoryWords category, String current, List<String> modifier) {
        return namesAnotherAt(m, i, category, current, modifier)
                // one descriptive word may stand between: "battery security camera"
                || i < m.size() && !Words.STOPWORDS.contains(m.token(i)) && !LIST_WORDS.contains(m.token(i)) && Words.number(m.token(i)) == null
                && !CLAUSE_OPENERS.contains(m.token(i)) // "a blender whose jar is glass" is no blender jar
                && !m.clauseStarts.contains(i) && namesAnotherAt(m, i + 1, category, current, modifier);
    }

    /**
     * Whether another category's name starts at i as the head of a compound whose modifier names {@code category}:
     * "blender lid" is a blender part, a "robot kit" a kit. Not where the head is also a word of the modifier's own
     * category and the other category has no word of the modifier: a "doorbell camera battery" is no vacuum part
     * (nothing in vacuum parts is a camera's) but a camera and how it is powered.
     */
    private boolean namesAnotherAt(Message m, int i, CategoryWords category, String current, List<String> modifier) {
        if (m.clauseStarts.contains(i)) {
            return false; // "a blender, jar can't be glass"
        }
        for (CategoryWords other : vocabulary.categories()) {
            if (other != category && names(other, current).stream().anyMatch(p -> m.at(i, p)
                    && (modifier.stream().anyMatch(w -> words(other).contains(w)) || !words(category).containsAll(p)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases that name {@code category} in a message: its name's parts; with no conversation
     * under way also its head nouns and product types ("santoku", "video doorbell"). In a
     * conversation, a name word another schema shares ("battery") does not switch categories.
     */
    /** {@link CategoryWords#words()}, built once per category for this parser's messages. */
    private Set<String> words(CategoryWords category) {
        return wordsCache.computeIfAbsent(category.key(), k -> category.words());
    }

    private List<List<String>> names(CategoryWords category, String current) {
        return namesCache.computeIfAbsent(category.key() + "|" + current, k -> namesOf(category, current));
    }

    private List<List<String>> namesOf(CategoryWords category, String current) {
        List<List<String>> names = new ArrayList<>(category.phrases());
        if (current == null) {
            names.addAll(category.headNouns());
            names.addAll(category.productTypes());
        } else {
            names.removeIf(p -> p.size() == 1 && sharedNameWords.contains(p.get(0)) && !category.key().equals(current));
            names.addAll(switching(category, current));
        }
        return names;
    }

    /**
     * In a conversation about {@code current}, the head nouns and product types of another category
     * that {@code current}'s own words never use: "ok now smart plugs" in a talk about card games,
     * "now earbuds" after smart speakers. A word the current category also uses ("jar" of a blender,
     * "battery" of a vacuum) stays with it.
     */
    private List<List<String>> switching(CategoryWords category, String current) {
        return switchingCache.computeIfAbsent(category.key() + "|" + current, k -> switchingOf(category, current));
    }

    private List<List<String>> switchingOf(CategoryWords category, String current) {
        if (category.key().equals(current)) {
            return List.of();
        }
        Set<String> own = vocabulary.category(current).map(CategoryWords::words).orElse(Set.of());
        List<List<String>> names = new ArrayList<>();
        List<List<String>> types = category.productTypeAttribute().map(a -> a.allowedValues().stream().map(Words::phrase).toList())
                .orElse(List.of()); // the schema's product types; a word learned from titles ("color" of smart bulbs) is too weak to switch
        for (List<String> phrase : concat(category.headNouns(), types)) {
            if (!phrase.isEmpty() && phrase.stream().noneMatch(own::contains) && !names.contains(phrase)
                    && !(phrase.size() == 1 && sharedNameWords.contains(phrase.get(0)))) {
                names.add(phrase);
            }
        }
        return names;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Words that make what follows something the shopper has: "my 16 inch laptop", "her old chef knife".
     * Not "your": said to the store it is the store's ("can I see your espresso machines").
     */
    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * Words before a name that make it something the shopper has or uses, not what they want now:
     * "fits in my carry-on", "for the backpack".
     */
    private static final Set<String> BELONGING = Set.of("my", "our", "your", "his", "her", "their", "in", "into", "inside", "for", "with",
            "fits", "fit", "under", "on");

    /** Verbs before a possessive that tell of a thing the shopper had: "had their air fryer and it was junk". */
    private static final Set<String> HAD = Set.of("had", "owned", "bought", "used", "tried");

    /**
     * Whether the name at i, in a conversation about another category, is only what the shopper has ("in my backpack")
     * or had ("no KitchenPro, had their air fryer and it was junk", said of blenders: why, not what).
     */
    private boolean belongs(Message m, int i, CategoryWords category, String current, List<String> phrase) {
        if (current == null || category.key().equals(current)) {
            return false;
        }
        int possessive = possessiveBefore(m, i);
        if (possessive > 0 && HAD.contains(m.token(possessive - 1))) {
            return true;
        }
        if (!switching(category, current).contains(phrase)) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (BELONGING.contains(m.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words before "for my blender" that ask about the blender or for one, not for another thing: "the
     * warranty for my blender", "an upgrade for my old blender", "gift ideas for the coffee lover".
     */
    private static final Set<String> ABOUT_IT = Set.of("deal", "deals", "review", "reviews", "rating", "ratings", "recommendation",
            "recommendations", "recs", "option", "options", "idea", "ideas", "suggestion", "suggestions", "price", "prices", "replacement",
            "upgrade", "alternative", "alternatives", "warranty", "guarantee", "return", "returns", "refund", "shipping", "delivery",
            "manual", "instructions", "support", "repair", "help", "advice", "info", "information", "details", "specs", "gift", "gifts",
            "present", "presents", "money", "time");

    /**
     * Finds things asked for that the store does not sell, named with the product they go with, and
     * reads that product as something the shopper has, not as what they want: in "ear cushions for my
     * Sonora headphones" the words from "for" on only say what the cushions are for, so neither the
     * headphones nor the brand choose a category. The thing's name is a word nothing in the store
     * uses ({@link #unsoldName}); a part or product the store sells is not one, so "a replacement jar
     * for my blender" is read as before.
     * <p>
     * The head of a request is the thing asked for, and the words before it only say which one: a
     * "knife sharpener" is a sharpener, "waterproof hiking boots" are boots. Where that head is a noun
     * for a made thing ({@link Things}, from WordNet) that the store's words never use, the category
     * word before it ("knife") and the values said of it ("waterproof") choose no category, and the
     * whole compound is what the store does not sell. The head stands where a thing wanted does: not
     * after a preposition or a possessive ("a blender for my kitchen", "fits in my bag").
     */
    private void unsoldThings(Message m, String current) {
        // each pass reads the names afresh: what an earlier one marked names nothing any more
        for (Mention n : mentions(m, current)) {
            int forAt = m.at(n.at(), n.phrase()) ? forBefore(m, n.at()) : -1;
            if (forAt > 0 && unsoldName(m, forAt - 1)) {
                m.mark(forAt, n.end());
                m.unsoldHeads.add(forAt - 1);
            }
        }
        makers(m, current);
        boolean named = false;
        for (Mention n : mentions(m, current)) {
            int i = n.at();
            if (!m.at(i, n.phrase()) || m.negatedBefore(i)) {
                continue;
            }
            int head = compoundEnd(m, n.end());
            // a feature's word after the name ("an air fryer basket") is a thing asked for only where one is wanted:
            // "my air fryer basket is peeling" tells of the shopper's own
            boolean featureHead = head < m.size() && !unusedByStore(m, head);
            if (unsoldHead(m, head, current, true) && m.sameClause(i, head) && !(featureHead && (owned(m, i) || !wanted(m, i)))
                    && !Things.sameThing(String.join(" ", m.singular.subList(i, head + 1)), String.join(" ", m.singular.subList(i, head)))) {
                // "knife sharpener": the knife says which sharpener; it is reported with it
                m.mark(i, head);
                for (int k = i; k < head; k++) {
                    m.unsoldModifier[k] = true;
                }
                m.unsoldHeads.add(head);
                markFeatureHead(m, head);
            } else if (wanted(m, i)) {
                named = true;
            }
        }
        if (!named) {
            // nothing the store sells is named: "waterproof hiking boots", "a kids bike with stabilisers";
            // in the first clause, where a request names its thing (a long story's "apartment 4B" is no request)
            // a greeting is no clause of its own here ("g'day, do youse sell lawn mowers?")
            int firstClause = 0;
            int firstClauseEnd = m.size();
            for (int from = 0; from < m.size(); ) {
                int start = from;
                int end = m.clauseStarts.stream().filter(c -> c > start).min(Integer::compare).orElse(m.size());
                firstClause = start;
                firstClauseEnd = end;
                if (end >= m.size() || !m.tokens.subList(start, end).stream().allMatch(GREETING_WORDS::contains)) {
                    break;
                }
                from = end;
            }
            for (int j = firstClause; j < firstClauseEnd; j++) {
                if ((unsoldHead(m, j, current, false) || opensRequest(m, j, current) && unsoldHead(m, j, current, true))
                        && wanted(m, j) && !m.negatedBefore(j) && !NEGATIONS.contains(m.token(j - 1))) {
                    m.unsoldHeads.add(j);
                    markFeatureHead(m, j);
                }
            }
        }
        if (m.unsoldHeads.isEmpty()) {
            askedStock(m, current);
        }
        if (!m.unsoldHeads.isEmpty()) {
            // "a knife sharpener for japanese knives": the knives say what the sharpener is for
            for (Mention n : mentions(m, current)) {
                if (m.at(n.at(), n.phrase()) && !wanted(m, n.at())) {
                    m.mark(n.at(), n.end());
                }
            }
        }
    }

    /** Words that greet and say nothing of what is wanted: a clause of only these is no request. */
    private static final Set<String> GREETING_WORDS = Set.of("hi", "hey", "hello", "hiya", "howdy", "gday", "yo", "morning", "evening",
            "afternoon", "good", "there", "all", "folks", "guys", "team", "mate", "ok", "okay", "so", "well", "um", "hmm", "cheers");

    /** Words before the thing a stock question asks about: "do you sell replacement carafes", "have you got a milk frother". */
    private static final Set<String> STOCK_DETERMINERS = Set.of("a", "an", "the", "any", "some");

    /**
     * The thing a stock question asks about, when no word of it is the store's: "do you sell replacement carafes?",
     * "have you got a milk frother?", "do you sell the rubber seal ring on its own?". Its head, the last word before a
     * preposition or the clause's end, is a thing the store does not sell, though WordNet may not know it ("frother");
     * a word the store uses anywhere in it ("do you sell vacuum bags" has the luggage's "bag"), a pronoun, a generic
     * word ("do you have one in red") or a service ("do you do student discounts") asks about the store's own.
     * A word that only names a feature of the store's products ({@link #featureWord}: "motor" of a
     * blender's "Motor power") is a thing asked for too, after "replacement" or "spare" or alone ("do you
     * sell replacement motors?"): the store sells the blender, not its motor on its own. Not a feature of
     * the category being talked about ("do you have a grinder" about coffee makers asks for the feature).
     */
    private void askedStock(Message m, String current) {
        for (int s = 0; s < m.size(); s++) {
            for (List<String> cue : SELLS) {
                if (s + cue.size() > m.size() || !m.matchesIgnoringUse(s, cue)) {
                    continue;
                }
                int from = s + cue.size();
                while (from < m.size() && !m.clauseStarts.contains(from)
                        && (STOCK_DETERMINERS.contains(m.token(from)) || SPARE.contains(m.singular.get(from)))) {
                    from++;
                }
                int head = -1;
                for (int k = from; k < m.size() && (k == from || !m.clauseStarts.contains(k)); k++) {
                    String t = m.token(k);
                    if (PREPOSITIONS.contains(t) || Set.of("as", "too", "please", "pls", "or", "and").contains(t) || Words.number(t) != null) {
                        break;
                    }
                    if (m.used[k] || !unusedByStore(m, k) && !featureWord(m, k, current, false) || PRONOUNS.contains(t)
                            || GENERIC.contains(m.singular.get(k)) || OTHERS.contains(t) || Words.STOPWORDS.contains(t)
                            || SERVICE_WORDS.contains(m.singular.get(k))) {
                        return; // the store's word, a pronoun, a generic word or a service ("student discounts"): no thing asked for
                    }
                    head = k;
                }
                String word = head < 0 ? null : m.singular.get(head);
                if (word != null && (Things.noun(word) || !Things.known(word)) && !Things.condition(word)) {
                    m.unsoldHeads.add(head);
                }
                return;
            }
        }
    }

    /**
     * The last word of the nouns from {@code at} on that the store never uses: a compound after a category's word
     * is named by its last noun ("robot lawn mower": the mower; "air fryer recipe book": the book). {@code at} itself
     * when the word after it is no such noun.
     */
    private int compoundEnd(Message m, int at) {
        int end = at;
        while (end + 1 < m.size() && !m.clauseStarts.contains(end + 1) && plainNoun(m, end) && plainNoun(m, end + 1)) {
            end++;
        }
        return end;
    }

    /** An unread word the store never uses that WordNet knows as a noun ("lawn", "recipe"), no small word of grammar. */
    private boolean plainNoun(Message m, int j) {
        return !m.used[j] && unusedByStore(m, j) && !Words.STOPWORDS.contains(m.token(j)) && Things.noun(m.token(j));
    }

    /** Words a request opens with before the thing asked for: "do you sell", "looking for a", "also need some". */
    private static final Set<String> REQUEST_OPENING = Set.of("do", "you", "u", "guys", "sell", "have", "carry", "stock", "got", "any",
            "a", "an", "some", "the", "i", "im", "we", "need", "want", "looking", "for", "after", "please", "pls", "hi", "hey", "hello",
            "also", "and", "plus", "just", "one", "ya", "lot");

    /**
     * Whether the word at j ends the noun phrase a request opens with: only request words and unread words the store
     * never uses stand before it in its clause, and no noun of that kind follows ("microwave, 1000W+", "do you have
     * digital photo frames?"). There a noun names the thing asked for even where its made-thing sense is not its
     * first ("microwave": a wave first). While a category is talked about, only a request that adds a thing does
     * ("and the charger for it", "also a steam mop"); "a board game" then may be one of its products.
     */
    private boolean opensRequest(Message m, int j, String current) {
        if (current != null && !Set.of("and", "also", "plus").contains(m.token(0))
                || j + 1 < m.size() && !m.clauseStarts.contains(j + 1) && plainNoun(m, j + 1)) {
            return false;
        }
        for (int k = j - 1; k >= 0 && !m.clauseStarts.contains(k + 1); k--) {
            if (!REQUEST_OPENING.contains(m.token(k)) && !(plainNoun(m, k) || !m.used[k] && unusedByStore(m, k) && Things.known(m.singular.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** Heads that say only that a thing makes what the word before names: a coffee maker, an espresso machine. */
    private static final Set<String> AGENT_HEADS = Set.of("maker", "machine");

    /**
     * "a smoothie maker", "a bread maker": a head that only says the thing makes something is named by what it
     * makes. Where the word before is a noun, or a word WordNet does not know and no store word is near ("jaffle";
     * never an adjective: "a new machine"), and not one of the category's own words ("coffee", "espresso"), the
     * head does not name that category: what another category's products are used for ("smoothie", "soup":
     * blender programs) chooses that category, and anything else is a thing the store does not sell, reported whole.
     */
    private void makers(Message m, String current) {
        for (Mention n : mentions(m, current)) {
            int i = n.at();
            if (n.phrase().size() != 1 || !AGENT_HEADS.contains(n.phrase().get(0)) || !m.at(i, n.phrase()) || i == 0
                    || m.clauseStarts.contains(i) || m.used[i - 1]) {
                continue;
            }
            String made = m.singular.get(i - 1);
            if (Words.STOPWORDS.contains(made) || !Things.onlyNoun(made) && (Things.known(made) || nearStoreWord(made)) || words(n.category()).contains(made)
                    || Set.of("to", "and", "n", "&", "or").contains(m.token(i - 2))) {
                // "a bean-to-cup machine", "grind-and-brew": the noun ends a longer name, read as before
                continue;
            }
            Optional<CategoryWords> maker = vocabulary.categories().stream().filter(c -> c.definition().attributes().stream()
                    .filter(a -> a.type() == AttributeType.LIST).flatMap(a -> a.allowedValues().stream())
                    .anyMatch(v -> Words.phrase(v).equals(List.of(made)))).findFirst();
            m.mark(i, i + 1);
            // "a smoothie maker" names a blender, any blender: the made word names it and asks for no program
            maker.ifPresent(c -> {
                m.makerOf.put(i - 1, c.key());
                m.mark(i - 1, i);
            });
            if (maker.isEmpty()) {
                m.mark(i - 1, i);
                m.unsoldModifier[i - 1] = true;
                m.unsoldModifier[i] = true;
                m.unsoldHeads.add(i);
            }
        }
    }

    /** Whether a word WordNet does not know is a store word misspelt ("expresso"): two edits or fewer from one. */
    private boolean nearStoreWord(String word) {
        return word.length() >= 4 && storeWords().stream().anyMatch(w -> w.length() >= 4 && Math.abs(w.length() - word.length()) <= 2
                && EDITS.getDistance(w, word) >= 1f - 2f / Math.max(w.length(), word.length()));
    }

    /** Whether unread words are such a compound ("bread maker"): every word may be the store's, and still the thing is not sold. */
    public static boolean makerCompound(String words) {
        List<String> tokens = Words.tokens(words);
        return tokens.size() >= 2 && AGENT_HEADS.contains(Words.singular(tokens.get(tokens.size() - 1)));
    }

    /**
     * Whether a one-word name at i is no name of the category there: a unit after a number ("a 12 cup coffee maker" is a
     * quantity, though the store's titles call a jar a "cup"), or a word learned from titles after a noun the category
     * does not use ("the dust cup" of a vacuum is no blender's to-go cup).
     */
    private boolean notAName(Message m, int i, List<String> phrase, CategoryWords category) {
        if (phrase.size() != 1 || i == 0 || m.clauseStarts.contains(i)) {
            return false;
        }
        if (Words.number(m.token(i - 1)) != null && Unit.parse(m.token(i)).isPresent()) {
            return true;
        }
        String before = m.singular.get(i - 1);
        return category.typeWords().containsKey(phrase.get(0)) && Things.onlyNoun(before) && !words(category).contains(before)
                && !Words.STOPWORDS.contains(before);
    }

    /** A name of a category standing, unread, at a place in the message. */
    private record Mention(CategoryWords category, List<String> phrase, int at) {
        int end() {
            return at + phrase.size();
        }
    }

    /** Every unread name of every category in the message, category by category, name by name, left to right. */
    private List<Mention> mentions(Message m, String current) {
        List<Mention> found = new ArrayList<>();
        for (CategoryWords category : vocabulary.categories()) {
            for (List<String> phrase : names(category, current)) {
                for (int i = 0; i < m.size(); i++) {
                    if (m.at(i, phrase) && !notAName(m, i, phrase, category)) {
                        found.add(new Mention(category, phrase, i));
                    }
                }
            }
        }
        return found;
    }

    /** Whether an unknown chunk holds the name of an unsold thing or a word saying which one ("knife sharpener"). */
    private static boolean namesUnsold(Message m, String chunk) {
        List<String> words = Words.tokens(chunk);
        for (int i = 0; i < m.size(); i++) {
            if ((m.unsoldHeads.contains(i) || m.unsoldModifier[i]) && words.contains(m.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions after which a noun says what a thing is for, with or in, not what is wanted. */
    private static final Set<String> PREPOSITIONS = Set.of("for", "with", "without", "in", "at", "on", "from", "to", "of", "into", "onto",
            "by", "about", "near", "under", "over", "than", "before", "around", "inside", "behind", "beside", "between", "up", "down", "through",
            "across", "along", "off", "past", "within", "against", "towards", "per");

    /** Words after which "for" asks for what follows: "looking for a stand mixer", "shopping for boots". */
    private static final Set<String> SEEKING = Set.of("looking", "look", "searching", "search", "shopping", "shop", "hunting", "hunt");

    /**
     * Whether the part named from {@code cue} ("replacement filters") to {@code end} is what its clause tells of, not
     * what is asked for: it opens the clause, perhaps after "the", "those" or "these", and a word other than one saying
     * what it is for follows ("the replacement filters cost a fortune"; not "the spare jar for my Vortex", "spare battery please").
     */
    private static boolean toldOf(Message m, int cue, int end) {
        int start = Set.of("the", "those", "these").contains(m.token(cue - 1)) ? cue - 1 : cue;
        if (!m.clauseStarts.contains(start) && start > 0 || end >= m.size() || m.clauseStarts.contains(end)) {
            return false;
        }
        String next = m.token(end);
        return m.startingAt(end, FOR_A_WHOLE) < 0 && !Set.of("please", "pls", "plz", "too", "as", "that", "which", "with").contains(next)
                && !PREPOSITIONS.contains(next) && Words.number(next) == null;
    }

    /** Words of time that measure nothing the store sells, beside the units it knows. */
    private static final Set<String> CALENDAR = Set.of("day", "week", "month", "year", "decade");

    /** Whether a word of measure stands at j: "every 6-12 months" is a span of time, never a price. */
    private static boolean measureWordAt(Message m, int j) {
        return j < m.size() && !m.clauseStarts.contains(j) && (CALENDAR.contains(m.singular.get(j)) || Unit.parse(m.token(j)).isPresent());
    }

    /** Verbs that ask for the thing named after them: "I need headphones", "want a new kettle". */
    private static final Set<String> DESIRING = Set.of("need", "needs", "want", "wants", "buy", "buying", "recommend");
    /** How many mentions a name right after a word of asking ({@link #desired}) counts as. */
    private static final int ASKED_WEIGHT = 3;

    /**
     * Whether the name at i stands right after words that ask for it, with at most three words (articles,
     * adjectives) between in its clause: "I need headphones", "looking for a new kettle", "I'm after a quiet
     * one", "I'd like a Vortex"; not after a preposition or possessive ("need a lid for my blender"), nor before a noun
     * it only qualifies ("the speaker unit").
     */
    private boolean desired(Message m, int i, int end) {
        if (end < m.size() && !m.clauseStarts.contains(end) && Things.onlyNoun(m.singular.get(end)) && !storeWords().contains(m.singular.get(end))) {
            return false; // "I want the speaker unit inside each earcup": the name only says which unit
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String t = m.token(k);
            if (DESIRING.contains(t) || t.equals("for") && SEEKING.contains(m.token(k - 1))
                    || t.equals("after") && Set.of("im", "were").contains(m.token(k - 1))
                    || t.equals("like") && Set.of("id", "wed", "would").contains(m.token(k - 1))) {
                return !m.negatedBefore(k);
            }
            if (PREPOSITIONS.contains(t) || POSSESSIVES.contains(t) || m.clauseStarts.contains(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word at j can be the thing the shopper wants: no preposition or possessive before it in its clause. */
    private static boolean wanted(Message m, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (m.token(k).equals("for") && SEEKING.contains(m.token(k - 1))) {
                return true;
            }
            if (PREPOSITIONS.contains(m.token(k)) || POSSESSIVES.contains(m.token(k))) {
                return false;
            }
            if (m.clauseStarts.contains(k)) {
                break;
            }
        }
        return true;
    }

    /**
     * Whether the word at j names a made thing ({@link Things}: a real word, so no typo) the store has
     * no word for, unread, and ends its noun phrase: not followed by a word of the store ("a cabin bag"
     * is a bag; a number or a letter such as "w" for "with" is none, though a title has "3-Quart")
     * nor used as a verb ("will a HEPA vacuum cure it?").
     */
    private boolean unsoldHead(Message m, int j) {
        return unsoldHead(m, j, null, false);
    }

    /**
     * As {@link #unsoldHead(Message, int)}, where the head may also be a word that names only a feature of the
     * store's products, never a product: "grinder" of "Built-in grinder" in "a burr coffee grinder", "lock" of
     * "TSA lock" in "do you sell smart locks?"; a noun only ("wireless" is said of headphones). After a category's
     * name ({@code compound}) any feature word is such a head; alone, only one that is no feature of {@code current}
     * ("needs a grinder too" while talking of coffee makers asks for the feature). ADR 31.
     */
    private boolean unsoldHead(Message m, int j, String current, boolean compound) {
        String next = m.clauseStarts.contains(j + 1) ? "" : m.token(j + 1);
        return j >= 0 && j < m.size() && !m.used[j] && (unusedByStore(m, j) && (Things.madeThing(m.token(j)) || compound && Things.hasMadeSense(m.token(j)))
                || featureWord(m, j, current, compound) && Words.number(next) == null && Things.canBeMadeThing(m.token(j))
                && Things.onlyNoun(m.singular.get(j))) && !GENERIC.contains(m.singular.get(j))
                && !(storeWords().contains(next) && !Grammar.WORDS.contains(next) && next.length() > 1 && Words.number(next) == null)
                && !OBJECTS.contains(next) && !next.equals("of")
                && !(j > 0 && !m.clauseStarts.contains(j) && sharedTypeWords().contains(m.singular.get(j - 1)));
    }

    /** A head that is a feature's word ("grinder") is the thing's name here, so it is not read as the feature too. */
    private void markFeatureHead(Message m, int j) {
        if (!unusedByStore(m, j)) {
            m.mark(j, j + 1);
        }
    }

    /** Whether the word at j is in an attribute's label and names nothing the store sells (see {@link #unsoldHead(Message, int, String, boolean)}). */
    private boolean featureWord(Message m, int j, String current, boolean compound) {
        String token = m.token(j);
        String singular = m.singular.get(j);
        return token.length() > 2 && token.chars().allMatch(c -> c >= 'a' && c <= 'z') && !Grammar.WORDS.contains(token)
                && !derived.thingWords.contains(token) && !derived.thingWords.contains(singular)
                && (compound || current == null || !derived.labelWords.getOrDefault(current, Set.of()).contains(singular))
                && derived.labelWords.values().stream().anyMatch(words -> words.contains(singular));
    }

    /**
     * The words that name what the store sells: its categories, product types (and the title words for them),
     * brands, options, and the shoppers' words a merchandiser gave for those.
     */
    private static Set<String> thingWords(Vocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        for (CategoryWords category : vocabulary.categories()) {
            category.phrases().forEach(words::addAll);
            category.productTypes().forEach(words::addAll);
            category.headNouns().forEach(words::addAll);
            category.brands().forEach(b -> words.addAll(Words.phrase(b)));
            category.options().values().forEach(values -> values.forEach(v -> words.addAll(Words.phrase(v))));
        }
        for (Synonym synonym : vocabulary.synonyms()) {
            String target = synonym.target();
            boolean typeTarget = synonym.kind() == Synonym.Kind.ATTRIBUTE && target.contains("=")
                    && Vocabulary.PRODUCT_TYPE_KEYS.contains(target.substring(0, target.indexOf('=')));
            if (synonym.kind() == Synonym.Kind.WORDS || typeTarget) {
                words.addAll(Words.phrase(synonym.term()));
            }
        }
        return Set.copyOf(words);
    }

    /** The words of each category's attribute labels, by category key ("grinder" of coffee makers' "Built-in grinder"). */
    private static Map<String, Set<String>> labelWords(Vocabulary vocabulary) {
        Map<String, Set<String>> words = new HashMap<>();
        for (CategoryWords category : vocabulary.categories()) {
            Set<String> own = new HashSet<>();
            category.definition().attributes().forEach(a -> own.addAll(Words.phrase(a.label())));
            words.put(category.key(), Set.copyOf(own));
        }
        return Map.copyOf(words);
    }

    /** First words several product types share ("checked" of checked medium and checked large): "a checked bag" is one of them. */
    private Set<String> sharedTypeWords() {
        return derived.sharedTypeWords;
    }

    /**
     * The product types of {@code type} that share a first word, by that word ("checked" → checked large, checked
     * medium): a word of four letters or more that is not in the category's name ("smart" of "smart home").
     */
    private static Map<String, List<String>> sharingFirstWord(CategoryWords category, AttributeDefinition type) {
        Map<String, List<String>> byFirst = new HashMap<>();
        type.allowedValues().stream().sorted().forEach(v -> {
            List<String> phrase = Words.phrase(v);
            if (phrase.size() > 1 && phrase.get(0).length() >= 4 && category.phrases().stream().noneMatch(p -> p.contains(phrase.get(0)))) {
                byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(v);
            }
        });
        byFirst.values().removeIf(values -> values.size() < 2);
        return byFirst;
    }

    /** Made things too general to be what the store lacks: "a gadget that makes crispy chips" is an air fryer. */
    private static final Set<String> GENERIC = Set.of("gadget", "gizmo", "device", "appliance", "machine", "thing", "tool", "product", "item",
            "unit", "model", "equipment", "gear", "kit", "contraption", "widget", "piece", "object", "article", "accessory", "stuff", "bit");

    /** Words that follow a verb, not a noun: "cure it", "lock them", "bag my groceries"; "a tray of ice" measures. */
    private static final Set<String> OBJECTS = Set.of("it", "them", "me", "him", "her", "us", "my", "your", "his", "their", "our", "this",
            "these", "those", "a", "an", "the");

    /** What says a part is for a whole, after the part's word: "a jar for my Vortex", "a lid that fits the blender". */
    private static final List<List<String>> FOR_A_WHOLE = phrases("for", "to fit", "that fits", "that fit", "which fits", "fits", "fitting",
            "compatible with", "that goes on", "that works with");

    /**
     * Whether the words from j say the part before them is for a whole of the kind this parts category
     * serves: "for my Vortex" (a brand of its parts), "that fits the blender" (a word of its name,
     * "Blender jars and parts"); up to two words may stand before the whole's word ("for my old KitchenPro");
     * or "for it" when such a whole is named before ("my Cyclone stick dies … batteries for it?").
     */
    private boolean fitsWhole(Message m, int j, CategoryWords parts) {
        int after = m.startingAt(j, FOR_A_WHOLE);
        if (after < 0) {
            return false;
        }
        if (POSSESSIVES.contains(m.token(after)) || ARTICLES.contains(m.token(after)) || m.token(after).equals("your")) {
            after++;
        }
        Set<String> wholeWords = derived.wholeWords.getOrDefault(parts.key(), Set.of());
        if (Set.of("it", "mine", "them").contains(m.token(after))) {
            // "my Cyclone stick only lasts 10 minutes now, do you sell batteries for it?": the whole, named before
            for (int k = 0; k < j; k++) {
                if (namesWhole(m, k, parts, wholeWords, true)) {
                    return true;
                }
            }
            return false;
        }
        for (int k = after; k < Math.min(m.size(), after + 3); k++) {
            if (k > after && m.clauseStarts.contains(k)) {
                return false;
            }
            if (namesWhole(m, k, parts, wholeWords, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the whole a parts category serves, or a brand of its parts, stands at k (see {@link Message#at(int, List, boolean)}). */
    private static boolean namesWhole(Message m, int k, CategoryWords parts, Set<String> wholeWords, boolean categoryWordsToo) {
        return wholeWords.contains(m.singular.get(k)) || parts.brands().stream().anyMatch(b -> m.at(k, Words.phrase(b), categoryWordsToo));
    }

    /** Each two content words standing together, in the singular, in a name, label, value, brand or option of the store. */
    private static Set<List<String>> storePairs(Vocabulary vocabulary) {
        List<List<String>> phrases = new ArrayList<>();
        for (CategoryWords category : vocabulary.categories()) {
            phrases.addAll(category.phrases());
            category.brands().forEach(b -> phrases.add(Words.phrase(b)));
            category.options().values().forEach(values -> values.forEach(v -> phrases.add(Words.phrase(v))));
            for (AttributeDefinition attribute : category.definition().attributes()) {
                phrases.add(Words.phrase(attribute.label()));
                attribute.allowedValues().forEach(v -> phrases.add(Words.phrase(v)));
            }
        }
        vocabulary.synonyms().forEach(s -> phrases.add(Words.phrase(s.term())));
        Set<List<String>> pairs = new HashSet<>();
        phrases.forEach(phrase -> addPairs(phrase.stream().map(Words::singular).toList(), pairs));
        // two content words only: "the tap" of "turn on the tap" says nothing of a "gap" beside "the"
        pairs.removeIf(pair -> Words.STOPWORDS.contains(pair.get(0)) || Words.STOPWORDS.contains(pair.get(1)));
        return Set.copyOf(pairs);
    }

    /** Adds each two words of {@code phrase} that stand together. */
    private static void addPairs(List<String> phrase, Set<List<String>> pairs) {
        for (int k = 0; k + 1 < phrase.size(); k++) {
            pairs.add(List.of(phrase.get(k), phrase.get(k + 1)));
        }
    }

    /**
     * The parts category whose brand the thing named is said to be for, where the category its word names does not
     * sell that brand: "that stick you push the frozen fruit down with, for a Blendwell" is no stick vacuum (no vacuum
     * is a Blendwell) but a part for a Blendwell blender.
     */
    private Optional<Match<CategoryWords>> partForBrand(Message m, CategoryWords named, int from) {
        for (CategoryWords parts : vocabulary.categories()) {
            if (parts == named || !derived.partsOf.containsValue(parts.key())) {
                continue;
            }
            for (int j = from; j < m.size(); j++) {
                int after = m.startingAt(j, FOR_A_WHOLE);
                if (after < 0) {
                    continue;
                }
                if (POSSESSIVES.contains(m.token(after)) || ARTICLES.contains(m.token(after))) {
                    after++;
                }
                for (String brand : parts.brands()) {
                    List<String> phrase = Words.phrase(brand);
                    // read or not: the brand may already stand as a chip ("Blendwell")
                    if (after + phrase.size() <= m.size() && Words.phrase(m.words(after, after + phrase.size())).equals(phrase)
                            && !named.brands().contains(brand)) {
                        return Optional.of(new Match<>(parts, m.words(after, after + phrase.size()), after, after + phrase.size()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A brand that makes one kind of thing, wanted or refused, votes for it as one more vote among the categories something else points
     * at or, where nothing else points anywhere, alone where {@code alone} allows it ("Vortex"). For that thing's parts
     * instead where they are what it is said for ("something for my Vortex") or where the message already points at
     * them ("sweepa batt 2500mah+").
     */
    private void brandMakers(Message m, Map<String, Integer> votes, java.util.function.Predicate<String> alone) {
        Map<String, Integer> found = new HashMap<>();
        derived.onlyMaker.forEach((brand, maker) -> {
            List<String> phrase = Words.phrase(brand);
            Optional<String> parts = Optional.ofNullable(derived.partsOf.get(maker))
                    .filter(p -> vocabulary.category(p).orElseThrow().brands().contains(brand));
            for (int i = 0; i < m.size(); i++) {
                // refused, it still says what is shopped for: "not another Vortex, at least 900 watts" is a blender
                if (m.at(i, phrase)) {
                    boolean forParts = parts.isPresent() && (forBefore(m, i) >= 0 || votes.getOrDefault(parts.get(), 0) > 0);
                    found.put(forParts ? parts.get() : maker, 1);
                }
            }
        });
        boolean none = votes.values().stream().noneMatch(n -> n > 0);
        found.forEach((c, n) -> {
            if (none && alone.test(c) || votes.getOrDefault(c, 0) > 0) {
                votes.merge(c, n, Integer::sum);
            }
        });
    }

    /** See {@link Derived#partsOf}: a parts category's whole is the other category named by the rest of its name. */
    private static Map<String, String> partsOf(Vocabulary vocabulary, Map<String, Set<String>> wholeWords) {
        Map<String, String> partsOf = new HashMap<>();
        for (CategoryWords parts : vocabulary.categories()) {
            Set<String> whole = wholeWords.getOrDefault(parts.key(), Set.of());
            for (CategoryWords other : vocabulary.categories()) {
                if (other != parts && !whole.isEmpty() && other.phrases().stream().anyMatch(p -> Set.copyOf(Words.singulars(p)).equals(whole))) {
                    partsOf.putIfAbsent(other.key(), parts.key());
                }
            }
        }
        return Map.copyOf(partsOf);
    }

    /** See {@link Derived#onlyMaker}. */
    private static Map<String, String> onlyMaker(Vocabulary vocabulary, Set<String> partsKeys) {
        Map<String, Set<String>> makers = new HashMap<>();
        vocabulary.categories().stream().filter(c -> !partsKeys.contains(c.key()))
                .forEach(c -> c.brands().forEach(b -> makers.computeIfAbsent(b, k -> new HashSet<>()).add(c.key())));
        return makers.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));
    }

    /** The words of a category's name that are not its own kind of thing: "blender" of "Blender jars and parts". */
    private static Set<String> wholeWords(CategoryWords parts) {
        Set<String> words = new HashSet<>();
        parts.phrases().forEach(p -> p.forEach(w -> words.add(Words.singular(w))));
        concat(parts.headNouns(), parts.productTypes()).forEach(h -> h.forEach(w -> words.remove(Words.singular(w))));
        words.removeAll(Set.of("part", "accessory", "spare"));
        return Set.copyOf(words);
    }

    /** Where "for" stands in "for my/the [one or two words] NAME" right before the name at i, in its clause; -1 if it does not. */
    private static int forBefore(Message m, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 4); k--) {
            if (m.clauseStarts.contains(k + 1)) {
                return -1; // a clause starts between k and the name
            }
            if (m.token(k).equals("for")) {
                boolean owned = k + 1 < i && (POSSESSIVES.contains(m.token(k + 1)) || m.token(k + 1).equals("the"));
                return owned && !m.clauseStarts.contains(k) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the word at j names a thing the store does not sell: a whole English word (a misspelt
     * store word is not one) that no category, option, brand, reason, synonym or product title or
     * description uses, and not a word of the parser's grammar, an adverb, a verb's -ing form or a
     * word asking about the product ({@link #ABOUT_IT}).
     */
    private boolean unsoldName(Message m, int j) {
        if (j < 0 || j >= m.size()) {
            return false;
        }
        return unusedByStore(m, j) && (EnglishWords.contains(m.token(j)) || EnglishWords.contains(m.singular.get(j)));
    }

    /** Whether the word at j is a word the store's catalog, synonyms and grammar never use (see {@link #unsoldName}). */
    private boolean unusedByStore(Message m, int j) {
        String token = m.token(j);
        String singular = m.singular.get(j);
        return token.length() > 2 && token.chars().allMatch(c -> c >= 'a' && c <= 'z') && !token.endsWith("ly") && !token.endsWith("ing")
                && !storeWords().contains(token) && !storeWords().contains(singular) && !ABOUT_IT.contains(token) && !MODIFIER_AFTER.contains(token);
    }

    /**
     * Every word a category, option, brand, reason, synonym or product uses, and the parser's own grammar
     * words: never an unsold thing's name.
     */
    private Set<String> storeWords() {
        return derived.storeWords;
    }

    private static Set<String> storeWords(Vocabulary vocabulary) {
        Set<String> words = new HashSet<>(grammar());
        for (CategoryWords category : vocabulary.categories()) {
            words.addAll(category.words());
            category.reasons().forEach(r -> words.addAll(Words.phrase(r.label())));
        }
        // a merchandiser's name for something ("cabin bag", "hoover") is the store's; the words of a description
        // read loosely ("put the kettle on remotely" of a smart plug) are not: a kettle is still not sold
        for (Synonym synonym : vocabulary.synonyms()) {
            if (Words.phrase(synonym.term()).size() <= 2) {
                words.addAll(Words.phrase(synonym.term()));
            }
        }
        words.addAll(vocabulary.productWords());
        return Set.copyOf(words);
    }

    private Optional<Match<CategoryWords>> category(Message m, String current) {
        Match<CategoryWords> best = null;
        int bestScore = 0;
        int bestLength = 0;
        // where the first thing is named: "a vacuum with a HEPA filter" names a vacuum, and the filter after
        // "with" is a feature of it, not a second thing wanted
        int firstNamed = Integer.MAX_VALUE;
        for (CategoryWords category : vocabulary.categories()) {
            for (List<String> phrase : names(category, current)) {
                for (int i = 0; i < Math.min(m.size(), firstNamed); i++) {
                    if (m.at(i, phrase) && !m.negatedBefore(i)) {
                        firstNamed = i;
                    }
                }
            }
        }
        // categories named by their own name where a wanted thing stands ("I'm after a new blender")
        Set<CategoryWords> namedByName = new HashSet<>();
        for (CategoryWords category : vocabulary.categories()) {
            for (List<String> phrase : category.phrases()) {
                for (int i = 0; i < m.size(); i++) {
                    if (m.at(i, phrase) && !m.negatedBefore(i) && wanted(m, i)) {
                        namedByName.add(category);
                    }
                }
            }
        }
        for (CategoryWords category : vocabulary.categories()) {
            int score = 0;
            boolean asked = false;
            Match<CategoryWords> first = null;
            Set<Integer> covered = new HashSet<>();
            Set<Integer> starts = new HashSet<>();
            for (List<String> phrase : names(category, current)) {
                for (int i = 0; i < m.size(); i++) {
                    // "no small parts", "doesn't need batteries", "battery powered": a word that is
                    // negated or qualifies another does not name what the shopper wants
                    if (m.at(i, phrase) && !m.negatedBefore(i) && !MODIFIER_AFTER.contains(m.token(i + phrase.size()))
                            && !namesAnother(m, i + phrase.size(), category, current, phrase) && !belongs(m, i, category, current, phrase)
                            && !((i > firstNamed || current != null && !category.key().equals(current)) && (afterWith(m, i) || saidOfIt(m, i))
                                && partCue(m, i) < 0)
                            && !(i > firstNamed && !namedAt(m, firstNamed, category) && itsOwn(m, i) && partCue(m, i) < 0 && wanted(m, firstNamed))
                            && !partOfNamed(m, i, phrase, category, namedByName) && !labelAfterValue(m, i, phrase, category)
                            && !verbAt(m, i, phrase) && !(partCue(m, i) >= 0 && toldOf(m, partCue(m, i), i + phrase.size()))
                            && !notAName(m, i, phrase, category)) {
                        mention(starts, covered, i, phrase.size());
                        asked |= desired(m, i, i + phrase.size());
                        if (first == null || phrase.size() > first.end() - first.start()) {
                            first = new Match<>(category, m.words(i, i + phrase.size()), i, i + phrase.size());
                        }
                    }
                }
            }
            // "a spare battery", "a replacement jar" in a talk about vacuums or blenders, or in the same
            // message as the vacuum it is for: the part is what is asked for, though the whole product's
            // words use it too and are said more often ("I've had a HomeAir stick vacuum … I'd like a spare battery")
            boolean partAsked = false;
            if (!category.key().equals(current)) {
                for (List<String> phrase : concat(category.headNouns(), category.productTypes())) {
                    for (int i = 0; i < m.size(); i++) {
                        int cue = m.at(i, phrase) ? partCue(m, i) : -1;
                        if (cue < 0 && m.at(i, phrase) && fitsWhole(m, i + phrase.size(), category)) {
                            // "a bigger jar for my Vortex", "a glass jar that fits my KitchenPro blender": the
                            // part is asked for as plainly as with "spare"
                            partAsked = true;
                            mention(starts, covered, i, phrase.size());
                            first = first == null ? new Match<>(category, m.words(i, i + phrase.size()), i, i + phrase.size()) : first;
                            continue;
                        }
                        if (cue < 0 || names(category, current).contains(phrase) && !SPARE.contains(m.token(cue))) {
                            continue; // "a new blender" names the blender as any mention does
                        }
                        if (m.negatedBefore(cue)) {
                            // "a whole blender, not a replacement jug": the part is what is not wanted, and
                            // saying so is understood (it is no evidence for reading the message as parts)
                            m.mark(negationStart(m, cue), i + phrase.size());
                            continue;
                        }
                        if (toldOf(m, cue, i + phrase.size())) {
                            continue; // "stick vac without a HEPA filter, the replacement filters cost a fortune": why, not what
                        }
                        partAsked |= SPARE.contains(m.token(cue));
                        mention(starts, covered, i, phrase.size());
                        first = first == null ? new Match<>(category, m.words(i, i + phrase.size()), i, i + phrase.size()) : first;
                    }
                }
            }
            for (Map.Entry<Integer, String> maker : m.makerOf.entrySet()) {
                if (maker.getValue().equals(category.key())) {
                    // "a smoothie maker": a thing that makes what this category's products make names the category
                    mention(starts, covered, maker.getKey(), 2);
                    first = first == null ? new Match<>(category, m.words(maker.getKey(), maker.getKey() + 2), maker.getKey(), maker.getKey() + 2) : first;
                }
            }
            for (Synonym synonym : vocabulary.synonyms()) {
                if (synonym.kind() != Synonym.Kind.WORDS || !names(category, current).contains(Words.phrase(synonym.target()))
                        || Words.phrase(synonym.target()).isEmpty()) {
                    continue; // "suitcase" means "spinner", the head noun of luggage titles
                }
                List<String> term = Words.phrase(synonym.term());
                for (int i = 0; i < m.size(); i++) {
                    if (m.at(i, term)) {
                        mention(starts, covered, i, term.size());
                        first = first == null ? new Match<>(category, m.words(i, i + term.size()), i, i + term.size()) : first;
                    }
                }
            }
            // Mentions count (each place a phrase starts, so "blender jar" is one mention of a part and
            // "jar" inside it another); on a tie the category named first wins ("a lid for my blender"
            // is a lid, "headphones for my carry-on" headphones), then the longer phrase.
            // a name after "for my" / "for the" says what the thing is for ("a battery for my stick vacuum",
            // "a lid for the blender"): it counts below any name of what is asked for, so it chooses
            // only when nothing else is named ("something for my blender")
            int weight = m.size() + 1;
            long owned = starts.stream().filter(s -> forBefore(m, s) >= 0).count();
            // a name right after "I need", "looking for" is what is asked for: it outweighs things told of around it
            // ("my roommate runs a robot vacuum all day … I need headphones"), though less than a part asked for
            score = (int) ((starts.size() - owned) * weight + owned) + (partAsked ? m.size() * weight : 0) + (asked ? ASKED_WEIGHT * weight : 0);
            int start = covered.stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
            if (first != null && (score > bestScore || score == bestScore && best != null
                    && (start < best.start() || start == best.start() && first.end() - first.start() > bestLength))) {
                best = new Match<>(category, first.source(), start, covered.stream().max(Integer::compare).orElseThrow() + 1);
                bestScore = score;
                bestLength = first.end() - first.start();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Optional<Match<CategoryWords>> part = partForBrand(m, best.value(), best.end());
        if (part.isPresent()) {
            best = new Match<>(part.get().value(), part.get().source(), best.start(), part.get().end());
        }
        // Mark only the words that name the category, not words between them; a value of the
        // category may still use them ("a HEPA filter" names vacuum parts and the part).
        List<List<String>> named = names(best.value(), current);
        markNames(m, named);
        if (current != null && !best.value().key().equals(current)) {
            // the part asked for and its cue ("spare"): read, and the part's word left for its value
            for (List<String> phrase : concat(best.value().headNouns(), best.value().productTypes())) {
                for (int i = 0; i < m.size(); i++) {
                    int cue = m.at(i, phrase, true) ? partCue(m, i) : -1;
                    if (cue >= 0) {
                        m.mark(cue, cue + 1);
                    }
                }
            }
        }
        // the shopper's own words for the category name it as its own words do: a value may hold them ("cylinder hoover")
        markNames(m, vocabulary.synonyms().stream()
                .filter(s -> s.kind() == Synonym.Kind.WORDS && named.contains(Words.phrase(s.target())))
                .map(s -> Words.phrase(s.term())).toList());
        return Optional.of(best);
    }

    /**
     * Marks every place a phrase naming the chosen category stands as read, and as a name a value may hold; not where
     * it is a verb ("plugs into the wall" is left to say how it is powered).
     */
    private static void markNames(Message m, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            for (int i = 0; i < m.size(); i++) {
                if (m.at(i, phrase) && !verbAt(m, i, phrase)) {
                    m.mark(i, i + phrase.size());
                    for (int k = i; k < i + phrase.size(); k++) {
                        m.naming[k] = true;
                    }
                }
            }
        }
    }

    /** The category most value, option and age words of {@code text} point at, read on its own. */
    private Optional<String> implied(String text) {
        Message m = new Message(text);
        m.markAll(SELLS); // "do you carry milk frothers" implies no carry-on
        Map<String, Integer> votes = new HashMap<>();
        List<Constraint> ignored = new ArrayList<>();
        ages(m, vocabulary.categories(), ignored, votes, new ArrayList<>());
        // "battery life over 30 hours", "a bin of at least 2 litres": an amount said with its attribute's words
        // points at that attribute's category, and its words are then not read again as values ("battery")
        amounts(m, vocabulary.categories(), null, ignored, votes, new ArrayList<>(), true);
        phrases(m, vocabulary.categories(), null, ignored, new ArrayList<>(), votes, new ArrayList<>());
        occasions(m, vocabulary.categories(), ignored, votes, new ArrayList<>());
        // a brand alone implies its category only where every limit said by an amount alone fits it ("another Vortex, at
        // least 900 watts"; not "sweepa batt 2500mah+", where the battery capacity is a part's)
        brandMakers(new Message(text), votes, c -> m.unplaced.stream().allMatch(u -> u.attributes().containsKey(c)));
        // ties go to the first key, so the reading is repeatable
        return votes.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey)
                .map(key -> partForBrand(m, vocabulary.category(key).orElseThrow(), 0).map(p -> p.value().key()).orElse(key));
    }

    // ---- removals ----------------------------------------------------------------------------

    /** Words that say a thing is needed: "no timer needed", "the pet-hair tool isnt needed". */
    private static final Set<String> NEEDED = Set.of("needed", "required", "necessary", "essential");

    /** The end of a price limit named by its amount at k ("$100 minimum", "200 dollar cap", "the £80 budget"), or -1. */
    private static int amountLimitAt(Message m, int k) {
        int at = Set.of("$", "£", "€").contains(m.token(k)) ? k + 1 : k;
        if (!Words.isNumber(m.token(at))) {
            return -1;
        }
        int next = at + 1;
        boolean money = at > k || CURRENCY_WORDS.contains(m.token(next)) || FOREIGN_CURRENCIES.containsKey(m.token(next));
        if (CURRENCY_WORDS.contains(m.token(next)) || FOREIGN_CURRENCIES.containsKey(m.token(next))) {
            next++;
        }
        return money && Set.of("minimum", "min", "maximum", "max", "limit", "cap", "floor", "budget", "ceiling").contains(m.token(next))
                && m.sameClause(k, next) ? next + 1 : -1;
    }

    private Set<String> removals(Message m, String working) {
        Set<String> removed = new LinkedHashSet<>();
        for (int i = 0; i < m.size(); i++) {
            int cueEnd = m.startingAt(i, REMOVE);
            if (cueEnd > 0 && m.token(cueEnd).equals("than")) {
                continue; // "no longer than 9 inches" bounds a length; it removes nothing
            }
            boolean noPrice = m.token(i).equals("no") && m.startingAt(i + 1, PRICE_WORDS) > 0;
            boolean any = Set.of("any", "whatever").contains(m.token(i)); // "any colour", "whatever size"
            if (cueEnd < 0 && !noPrice && !any || cueEnd == i + 1 && namesAttribute(m, i, working)) {
                continue;
            }
            int from = cueEnd > 0 ? cueEnd : i + 1;
            int window = any ? 1 : 4;
            for (int k = from; k < Math.min(m.size(), from + window + 1); k++) {
                if (k > i && m.clauseStarts.contains(k)) {
                    break; // "so forget that. no robot though": what the next sentence names is not removed
                }
                int amount = amountLimitAt(m, k);
                if (cueEnd > 0 && amount > 0) {
                    // "forget the $100 minimum", "drop the 200 dollar cap": the price limit said by its amount
                    removed.add("price");
                    m.mark(i, amount);
                    break;
                }
                // after "any" only a field's own name is dropped ("any colour"); a value asks for it ("any in teal?")
                Optional<String> target = target(m, k, working, !any);
                if (target.isPresent() && m.startingAt(i, NOT_NEEDED) == cueEnd && saysANeed(target.get(), working)) {
                    break; // "don't need batteries" for "Batteries required": the flag is the need, and this says no to it
                }
                if (target.isPresent()) {
                    removed.add(target.get());
                    m.mark(i, k + 1);
                    // the whole thing named goes with it: "forget the stainless steel jar", "forget the built-in grinder"
                    int end = k + Math.max(targetLength(m, k), labelLength(m, k, target.get(), working));
                    while (end < m.size() && !m.clauseStarts.contains(end) && !Words.STOPWORDS.contains(m.token(end))
                            && !Words.isNumber(m.token(end)) && !NEGATIONS.contains(m.token(end))) {
                        end++;
                    }
                    m.mark(k, end);
                    break;
                }
            }
        }
        // "the price doesn't matter", "any colour is fine"
        Optional<CategoryWords> workingWords = working == null ? Optional.empty() : vocabulary.category(working);
        for (int i = 0; i < m.size(); i++) {
            if (m.startingAt(i, DOES_NOT_MATTER) > 0 && !m.token(i).equals("any")) {
                // "red is fine (too)" accepts a value, read with the values (acceptedAt); "the price is
                // fine" drops the field
                boolean accepting = m.startingAt(i, ACCEPT_AFTER) > 0;
                // within its clause: in "on-ear, wired is fine" the ear is wanted
                for (int k = i - 1; k >= Math.max(0, i - 3) && !m.clauseStarts.contains(k + 1); k--) {
                    Optional<String> target = target(m, k, working, !accepting);
                    boolean flagNamed = target.filter(t -> t.startsWith("attr.")).flatMap(t -> workingWords.flatMap(w -> w.attribute(t.substring(5))))
                            .filter(a -> a.type() == AttributeType.BOOLEAN).isPresent();
                    if (accepting && flagNamed) {
                        break; // "dishwasher safe is fine": the flag's name is its value, accepted with the values
                    }
                    if (target.isPresent()) {
                        removed.add(target.get());
                        m.mark(k, m.startingAt(i, DOES_NOT_MATTER));
                        break;
                    }
                }
            }
        }
        // "not bothered about noise cancelling", "not fussed about colour": the same said before the thing; the thing
        // and the rest of its clause (at most four words) are read with it, so no negation is read into them
        for (int i = 0; i < m.size(); i++) {
            int end = m.startingAt(i, NOT_BOTHERED);
            if (end < 0) {
                continue;
            }
            for (int k = end; k <= end + 1 && k < m.size() && (k == end || !m.clauseStarts.contains(k)); k++) {
                Optional<String> target = target(m, k, working);
                if (target.isPresent()) {
                    removed.add(target.get());
                    int stop = k + 1;
                    while (stop < Math.min(m.size(), k + 4) && !m.clauseStarts.contains(stop)) {
                        stop++;
                    }
                    m.mark(i, stop);
                    break;
                }
            }
        }
        // "the pet-hair tool isnt needed either", "a timer is not really necessary": not asked for, said after it
        for (int k = 2; k < m.size(); k++) {
            if (!NEEDED.contains(m.token(k))) {
                continue;
            }
            int negation = Set.of("really", "actually", "even").contains(m.token(k - 1)) ? k - 2 : k - 1;
            if (negation < 1 || !Set.of("isnt", "arent", "not").contains(m.token(negation)) || m.clauseStarts.contains(negation)) {
                continue;
            }
            int from = Set.of("is", "are", "s").contains(m.token(negation - 1)) && m.token(negation).equals("not") ? negation - 1 : negation;
            for (int j = from - 1; j >= Math.max(0, from - 5) && !m.clauseStarts.contains(j + 1); j--) {
                Optional<String> target = target(m, j, working);
                if (target.isPresent() && !saysANeed(target.get(), working)) {
                    removed.add(target.get());
                    m.mark(j, k + 1);
                    break;
                }
            }
        }
        // "no timer needed", "no noise cancelling required": not asked for, which is not refusing it
        for (int i = 0; i < m.size(); i++) {
            if (!m.token(i).equals("no") || m.used[i]) {
                continue;
            }
            int needed = -1;
            for (int k = i + 2; k <= Math.min(m.size() - 1, i + 4) && !m.clauseStarts.contains(k); k++) {
                if (NEEDED.contains(m.token(k))) {
                    needed = k;
                    break;
                }
            }
            if (needed < 0) {
                continue;
            }
            for (int k = i + 1; k < needed; k++) {
                Optional<String> target = target(m, k, working);
                if (target.isPresent() && saysANeed(target.get(), working)) {
                    break; // "no batteries needed" for "Batteries required": the flag is the need, and this says no to it
                }
                if (target.isPresent()) {
                    removed.add(target.get());
                    m.mark(i, needed + 1);
                    break;
                }
            }
        }
        // "I don't care if it goes in the dishwasher or not": the thing between the two is left open
        for (int i = 0; i < m.size(); i++) {
            int end = m.startingAt(i, INDIFFERENT_WHETHER);
            if (end < 0) {
                continue;
            }
            int orNot = -1;
            for (int k = end; k < Math.min(m.size() - 1, end + 8) && (k == end || !m.clauseStarts.contains(k)); k++) {
                if (m.token(k).equals("or") && m.token(k + 1).equals("not")) {
                    orNot = k;
                    break;
                }
            }
            int stop = orNot > 0 ? orNot : Math.min(m.size(), end + 6);
            for (int k = end; k < stop && (k == end || !m.clauseStarts.contains(k)); k++) {
                Optional<String> target = target(m, k, working);
                if (target.isPresent()) {
                    removed.add(target.get());
                    int last = orNot > 0 ? orNot + 2 : k + Math.max(1, targetLength(m, k));
                    m.mark(i, last);
                    break;
                }
            }
        }
        return removed;
    }

    /** Whether the field is a yes/no attribute whose name is a need ("Batteries required", "Subscription required"). */
    private boolean saysANeed(String field, String working) {
        return field.startsWith("attr.") && vocabulary.category(working == null ? "" : working).flatMap(c -> c.attribute(field.substring(5)))
                .filter(a -> Words.tokens(a.key().replace('_', ' ') + " " + a.label()).stream()
                        .anyMatch(w -> Set.of("required", "needed", "need", "needs", "requires").contains(w))).isPresent();
    }

    /** Said before a thing that may or may not be so, that either is fine: "don't care if it has a timer (or not)". */
    private static final List<List<String>> INDIFFERENT_WHETHER = phrases("dont care if", "dont care whether", "do not care if",
            "do not care whether", "dont mind if", "dont mind whether", "not bothered if", "not bothered whether", "not fussed if",
            "not fussed whether", "doesnt matter if", "doesnt matter whether", "does not matter if", "does not matter whether",
            "either way on whether", "indifferent whether");

    /** Said before a thing, that it does not matter: "not bothered about noise cancelling", "don't care about the colour". */
    private static final List<List<String>> NOT_BOTHERED = phrases("not bothered about", "not fussed about", "not fussed on", "dont care about",
            "do not care about", "not worried about", "couldnt care less about", "indifferent to", "not too bothered about", "not that bothered about");

    /**
     * Whether a removal word at i is the name of one of the category's attributes, said of a size:
     * "4mm drop max", "a low drop" (heel-to-toe drop), not "drop the glass".
     */
    private boolean namesAttribute(Message m, int i, String working) {
        if (working == null) {
            return false;
        }
        Optional<CategoryWords> category = vocabulary.category(working);
        Optional<AttributeDefinition> named = category.flatMap(c -> c.definition().attributes().stream()
                .filter(a -> Words.phrase(a.key().replace('_', ' ')).contains(m.singular.get(i)) || Words.phrase(a.label()).contains(m.singular.get(i)))
                .findFirst());
        if (named.isEmpty()) {
            return false;
        }
        String before = m.token(i - 1);
        if (Words.number(before) != null || Unit.parse(before).isPresent() || SIZE_WORDS.contains(before)) {
            return true;
        }
        // "the drop needs to be 8mm or more", "drop from 6 to 10 mm": a quantity of the attribute's own
        // dimension follows in the clause; "drop the $100 limit" has none
        for (int k = i + 1; k < Math.min(m.size(), i + 8) && !m.clauseStarts.contains(k); k++) {
            Optional<Unit> unit = Unit.parse(m.token(k));
            if (unit.isPresent() && named.get().dimension() != null && unit.get().dimension() == named.get().dimension()) {
                return true;
            }
        }
        return false;
    }

    /** How many words from k say the label or key of the attribute {@code target} names ("built in grinder"); 0 if none. */
    private int labelLength(Message m, int k, String target, String working) {
        Optional<AttributeDefinition> attribute = !target.startsWith("attr.") || working == null ? Optional.empty()
                : vocabulary.category(working).flatMap(c -> c.attribute(target.substring(5)));
        if (attribute.isEmpty()) {
            return 0;
        }
        Set<String> words = new HashSet<>(Words.tokens(attribute.get().label() + " " + attribute.get().key().replace('_', ' ')));
        int end = k;
        // the label's words, and a small word between two of them ("built in grinder")
        while (end < m.size() && (words.contains(m.token(end)) || words.contains(m.singular.get(end))
                || end > k && Words.STOPWORDS.contains(m.token(end)) && words.contains(m.token(end + 1)))) {
            end++;
        }
        return end - k;
    }

    private static int targetLength(Message m, int k) {
        int end = m.startingAt(k, PRICE_WORDS);
        return end > 0 ? end - k : 1;
    }

    /** What a word at k names as a chip: "price", "color" → option.color, "brand", a label or a reason. */
    private Optional<String> target(Message m, int k, String working) {
        return target(m, k, working, true);
    }

    /** What a word at k names as a chip; with {@code values} false only a field's own name counts, not a value of it. */
    private Optional<String> target(Message m, int k, String working, boolean values) {
        if (m.startingAt(k, PRICE_WORDS) > 0) {
            return Optional.of("price");
        }
        String word = m.singular.get(k);
        if (word.equals("brand")) {
            return Optional.of("brand");
        }
        if (word.equals("colour")) {
            word = "color";
        }
        Optional<CategoryWords> category = working == null ? Optional.empty() : vocabulary.category(working);
        if (category.isPresent()) {
            // a merchandiser's word for a value names the chip too: "the timer thing isn't important"
            for (Synonym synonym : values ? vocabulary.synonyms() : List.<Synonym>of()) {
                if (synonym.kind() == Synonym.Kind.ATTRIBUTE && m.at(k, Words.phrase(synonym.term()))) {
                    Optional<AttributeDefinition> attribute = takenBy(category.get(), synonym);
                    if (attribute.isPresent()) {
                        return Optional.of("attr." + attribute.get().key());
                    }
                }
            }
            for (String option : category.get().options().keySet()) {
                if (Words.singular(option.toLowerCase(Locale.ROOT)).equals(word)) {
                    return Optional.of("option." + option);
                }
            }
            for (AttributeDefinition attribute : category.get().definition().attributes()) {
                List<String> key = Words.phrase(attribute.key().replace('_', ' '));
                List<String> label = Words.phrase(attribute.label());
                if (m.at(k, key) || m.at(k, label) || !label.isEmpty() && label.get(0).equals(word) && word.length() > 3) {
                    return Optional.of("attr." + attribute.key());
                }
            }
            for (Vocabulary.Reason reason : category.get().reasons()) {
                if (reason.phrases().stream().anyMatch(p -> m.at(k, p))) {
                    return Optional.of("reason." + reason.code());
                }
            }
            if (word.equals("size")) {
                // "forget the size", "whatever size" (no size option here; a field's name, not a value): the quantity that is a size, a volume before a length
                for (Dimension dimension : List.of(Dimension.VOLUME, Dimension.LENGTH)) {
                    Optional<AttributeDefinition> sized = category.get().definition().attributes().stream()
                            .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() == dimension).findFirst();
                    if (sized.isPresent()) {
                        return Optional.of("attr." + sized.get().key());
                    }
                }
            }
            if (!values) {
                return Optional.empty();
            }
            // a value names the chip that holds it: "forget the glass" drops the jar material,
            // "drop the Calma" the brand, "red doesn't matter" the colour
            for (AttributeDefinition attribute : category.get().definition().attributes()) {
                if (attribute.allowedValues().stream().map(Words::phrase).anyMatch(p -> !p.isEmpty() && m.at(k, p))) {
                    return Optional.of("attr." + attribute.key());
                }
            }
            if (category.get().brands().stream().map(Words::phrase).anyMatch(p -> !p.isEmpty() && m.at(k, p))) {
                return Optional.of("brand");
            }
            for (Map.Entry<String, java.util.SortedSet<String>> option : category.get().options().entrySet()) {
                if (option.getValue().stream().map(Words::phrase).anyMatch(p -> !p.isEmpty() && m.at(k, p))) {
                    return Optional.of("option." + option.getKey());
                }
            }
        }
        // "forget the wattage", "drop the watts": the one quantity of that dimension (none when several could be meant)
        String noun = word;
        Dimension dimension = DIMENSION_NOUNS.getOrDefault(noun, Unit.parse(noun).filter(u -> noun.length() > 2).map(Unit::dimension).orElse(null));
        if (category.isPresent() && dimension != null) {
            List<AttributeDefinition> measuring = category.get().definition().attributes().stream()
                    .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() == dimension).toList();
            if (measuring.size() == 1) {
                return Optional.of("attr." + measuring.get(0).key());
            }
        }
        return Optional.empty();
    }

    // ---- ages, amounts -------------------------------------------------------------------------

    /** "my son who is seven", "a 7 year old", "aged 7": an age, matched to an age attribute ("age_min"). */
    private void ages(Message m, List<CategoryWords> scope, List<Constraint> out, Map<String, Integer> votes, List<String> understood) {
        for (int i = 0; i < m.size(); i++) {
            BigDecimal age = Words.number(m.token(i));
            if (age == null || m.used[i]) {
                continue;
            }
            boolean yearsOld = (m.token(i + 1).startsWith("year") || m.token(i + 1).equals("yr") || m.token(i + 1).equals("yrs"))
                    && m.token(i + 2).equals("old") || m.token(i + 1).equals("yo");
            boolean months = m.token(i + 1).startsWith("month") && m.token(i + 2).equals("old");
            if (months) {
                // "a toy for an 18 month old": the age in years, as the attribute holds it; a baby's age
                // does not choose toys over what else is named ("headphones for my 4 month old")
                yearsOld = true;
                age = age.divide(BigDecimal.valueOf(12), 1, java.math.RoundingMode.DOWN);
            }
            boolean whoIs = m.token(i - 1).equals("is") && m.token(i - 2).equals("who") || m.token(i - 1).equals("whos")
                    || m.token(i - 1).equals("aged") || m.token(i - 1).equals("age") || m.token(i - 1).equals("turning");
            // "my grandson is 5", "she turns 7": a child's age (a grown-up's birthday says nothing about toys)
            boolean childIs = Set.of("is", "are", "turns", "turned", "turning").contains(m.token(i - 1))
                    && (CHILDREN.contains(m.singular.get(Math.max(0, i - 2))) || age.compareTo(BigDecimal.valueOf(14)) <= 0
                    && (!m.token(i - 1).equals("is") || Set.of("he", "she").contains(m.token(i - 2))));
            // "she's 4", "hes only 3": a child's age said with the pronoun's own "is"
            int pronoun = Set.of("only", "just").contains(m.token(i - 1)) ? i - 2 : i - 1;
            boolean saidOfChild = !childIs && Set.of("she", "he", "shes", "hes").contains(m.token(pronoun)) && !m.used[pronoun]
                    && age.compareTo(BigDecimal.valueOf(14)) <= 0 && (i + 1 >= m.size() || unitFrom(m, i + 1, scope).isEmpty())
                    && !Words.isNumber(m.token(i + 1));
            if (saidOfChild) {
                whoIs = true;
                m.mark(pronoun, i);
            }
            whoIs |= childIs;
            if (!yearsOld && !whoIs) {
                continue;
            }
            if (Set.of("age", "aged").contains(m.token(i - 1)) && (m.startingAt(i + 1, AT_LEAST_AFTER) > 0 || m.startingAt(i + 1, AT_MOST_AFTER) > 0)) {
                continue; // "age 10 or higher": a limit on the age, read with its bound among the amounts
            }
            int end = yearsOld ? (m.token(i + 1).equals("yo") ? i + 2 : i + 3) : i + 1;
            if (childIs && Set.of("and", "&").contains(m.token(i + 1)) && Words.number(m.token(i + 2)) != null) {
                age = age.min(Words.number(m.token(i + 2))); // "my kids are 8 and 11": for the youngest
                end = i + 3;
            }
            for (CategoryWords category : scope) {
                for (AttributeDefinition attribute : category.definition().attributes()) {
                    List<String> words = Words.phrase(attribute.key().replace('_', ' ') + " " + attribute.label());
                    if (attribute.type() != AttributeType.NUMBER || attribute.dimension() != null || !words.contains("age")) {
                        continue;
                    }
                    boolean minimum = words.contains("min") || words.contains("minimum");
                    String source = m.words(whoIs ? i - (m.token(i - 1).equals("is") ? 2 : 1) : i, end);
                    out.add(Constraints.number(attribute, minimum ? null : age, minimum ? age : null, source));
                    votes.merge(category.key(), months ? 0 : 2, Integer::sum);
                    understood.add("\"" + source + "\" → " + attribute.label().toLowerCase(Locale.ROOT) + (minimum ? " ≤ " : " ≥ ")
                            + age.toPlainString());
                }
            }
            m.mark(whoIs ? i - 2 : i, end);
        }
    }

    private static final Set<String> CHILDREN = Set.of("son", "daughter", "grandson", "granddaughter", "nephew", "niece", "kid", "child",
            "boy", "girl", "toddler", "baby", "grandkid", "grandchild", "godson", "goddaughter", "twin", "youngest", "eldest", "oldest",
            "kiddo");

    /** Adjectives of size and the label word they measure: "55 cm tall" is a height. */
    private static final Map<String, String> SIZE_ADJECTIVES = Map.of("tall", "height", "high", "height", "wide", "width", "long", "length",
            "deep", "depth", "heavy", "weight", "loud", "noise", "thick", "thickness");

    private static final Set<String> RATED = Set.of("rated", "rating", "ratings", "reviewed");

    private static final Set<String> STARS = Set.of("star", "stars", "stars+", "star+");

    /**
     * A rating: a number of stars up to five ("4.5 stars or better", "at least 4 stars", "rated 4+
     * stars", "4 stars min"). A rating is always a floor, whatever words stand around it, so the
     * number is never read as a price or a quantity.
     */
    private void ratings(Message m, List<Constraint> out, List<String> understood) {
        for (int i = 0; i < m.size(); i++) {
            String number = m.token(i).endsWith("+") ? m.token(i).substring(0, m.token(i).length() - 1) : m.token(i);
            BigDecimal stars = m.used[i] ? null : Words.number(number);
            int unit = i + 1;
            if (m.token(unit).equals("+")) {
                unit++;
            }
            // "rated 4+", "rated at least 4.5", "rating 4 or higher": a rating without the word "stars"
            int floor = m.endingAt(i, AT_LEAST_BEFORE);
            boolean rated = !STARS.contains(m.token(unit)) && (RATED.contains(m.token(i - 1)) || floor > 0 && RATED.contains(m.token(floor - 1)));
            if (stars == null || !STARS.contains(m.token(unit)) && !rated || stars.compareTo(BigDecimal.valueOf(5)) > 0 || stars.signum() <= 0) {
                continue;
            }
            if (rated) {
                unit = m.token(i + 1).equals("+") ? i + 1 : i;
            }
            int start = i;
            int b = floor;
            if (b >= 0) {
                start = RATED.contains(m.token(b - 1)) ? b - 1 : b;
            } else if (RATED.contains(m.token(i - 1))) {
                start = i - 1;
            }
            int end = unit + 1;
            int after = m.startingAt(end, AT_LEAST_AFTER);
            if (after > 0) {
                end = after;
            } else if (m.token(end).equals("+")) {
                end++;
            }
            String source = m.words(start, end);
            out.removeIf(c -> c.field().equals("rating"));
            out.add(Constraints.rating(stars, source));
            understood.add("\"" + source + "\" → rating ≥ " + stars.toPlainString());
            m.mark(start, end);
            i = end - 1;
        }
    }

    private enum Bound { AT_MOST, AT_LEAST, AROUND, EXACT }

    /** Which edge of a range a limit's words move ("bump the top end to 180": the upper), if they name one. */
    public enum Edge { UPPER, LOWER }

    public static Optional<Edge> edgeOf(String source) {
        Message m = new Message(source);
        return m.find(TOP_EDGE).isPresent() ? Optional.of(Edge.UPPER) : m.find(BOTTOM_EDGE).isPresent() ? Optional.of(Edge.LOWER) : Optional.empty();
    }

    /**
     * Whether a bare number moves the price limit in effect: a word of moving stands before it in its
     * sentence ("can go a bit higher, 90") and it is within a factor of three of that limit.
     */
    private boolean movesPrice(Message m, int at, BigDecimal amount) {
        if (said.price() == null) {
            return false;
        }
        Optional<BigDecimal> limit = Words.tokens(said.price()).stream().map(Words::number).filter(Objects::nonNull).max(Comparator.naturalOrder());
        if (limit.isEmpty() || amount.multiply(BigDecimal.valueOf(3)).compareTo(limit.get()) < 0
                || amount.compareTo(limit.get().multiply(BigDecimal.valueOf(3))) > 0) {
            return false;
        }
        for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
            if (MOVE_WORDS.contains(m.token(k)) && !m.used[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sorry, pounds not euros", "I meant in dollars": a message that names a currency and no amount
     * restates the price limit in effect in that currency, its amount as said.
     */
    private void currencySwitch(Message m, String current, List<Constraint> out, List<String> understood) {
        // "sorry, I meant dollars, 150 USD": the amount in effect said again with the currency meant is no new amount
        List<BigDecimal> limit = said.price() == null ? List.of() : Words.tokens(said.price()).stream().map(Words::number).filter(Objects::nonNull).toList();
        if (said.price() == null || out.stream().anyMatch(c -> c.field().equals("price"))
                || m.tokens.stream().filter(Words::isNumber).anyMatch(t -> limit.stream().noneMatch(l -> l.compareTo(Words.number(t)) == 0))) {
            return;
        }
        for (int i = 0; i < m.size(); i++) {
            String code = m.used[i] ? null : currencyAt(m, i);
            if (code == null) {
                continue;
            }
            String amount = Words.tokens(said.price()).stream()
                    .filter(t -> !FOREIGN_CURRENCIES.containsKey(t) && !CURRENCY_WORDS.contains(t) && !Set.of("pound", "pounds").contains(t))
                    .collect(Collectors.joining(" "));
            Optional<Constraint> restated = new IntentParser(vocabulary, Meanings.NONE, Spelling.NONE, currencies, new Said(code, null))
                    .read(amount, current, List.of()).constraints().stream().filter(c -> c.field().equals("price")).findFirst();
            if (restated.isPresent()) {
                Constraint c = restated.get();
                out.add(new Constraint(c.id(), c.field(), c.label(), c.operator(), c.value(), c.min(), c.max(), c.values(), c.unit(), c.hard(),
                        amount + " " + code.toLowerCase(Locale.ROOT), c.text()));
                understood.add("\"" + m.token(i) + "\" → price " + c.text());
                m.mark(i, i + 1);
            }
            return;
        }
    }

    /**
     * Prices ("under $150", "150 bucks max", "$50-$100"), quantities ("between 2 and 4 quarts", "under 60 dB") and counts.
     *
     * @param namedOnly read only the quantities said with their attribute's words ("bin of 2 litres", "hardness 60"): a category is
     *                  implied by them ({@link #implied})
     */
    private void amounts(Message m, List<CategoryWords> scope, String working, List<Constraint> out, Map<String, Integer> votes,
                         List<String> understood, boolean namedOnly) {
        for (int i = 0; i < m.size(); i++) {
            BigDecimal first = m.used[i] ? null : Words.number(m.token(i));
            if (first == null || Words.NUMBER_WORDS.containsKey(m.token(i)) && !CURRENCY_WORDS.contains(m.token(i + 1))
                    && !FOREIGN_CURRENCIES.containsKey(m.token(i + 1)) && !spelledLimit(m, i, first, scope)) {
                continue;
            }
            String currency = "USD";
            String symbol = m.token(i - 1);
            if (FOREIGN_CURRENCIES.containsKey(symbol) && !m.used[i - 1]) {
                currency = FOREIGN_CURRENCIES.get(symbol); // "£80", "€250"
            } else if (FOREIGN_CURRENCIES.containsKey(m.token(i + 1))) {
                currency = FOREIGN_CURRENCIES.get(m.token(i + 1)); // "60 quid", "100 euros"
            }
            if (POSSESSIVES.contains(m.token(i - 1)) || POSSESSIVES.contains(m.token(i - 2)) && Set.of("old", "new", "current").contains(m.token(i - 1))) {
                continue; // "fits my 16 inch laptop": a size of something the shopper has, not a limit
            }
            if (aboutTheShopper(m, i)) {
                continue; // "I weigh about 170 pounds", "I'm 6 foot 1", "lost 15 kilos": the shopper, not the product
            }
            if (identifier(m, i)) {
                continue; // "orders 114-2231 and 114-9980", "model VX-900", "zip is 30307": a code, never an amount
            }
            if (LEADING_ZERO.matcher(m.token(i)).matches()) {
                continue; // "555-0142", "order 0042": digits written with a leading zero are a code, never an amount
            }
            if (unknownSymbolAfter(m, i)) {
                continue; // "suction minimum 200 AW": a quantity in a unit the catalog does not measure, never a price
            }
            boolean foreign = !currency.equals("USD");
            boolean currencyNamed = foreign || Set.of("$", "usd").contains(m.token(i - 1)) || CURRENCY_WORDS.contains(m.token(i + 1));
            int start = m.token(i - 1).equals("$") || m.token(i - 1).equals("usd") || foreign && FOREIGN_CURRENCIES.containsKey(symbol) ? i - 1 : i;
            Unit unit = null;
            boolean plus = false;
            boolean money = start < i || m.token(i - 1).equals("usd") || foreign;
            int end = i + 1;
            if (CURRENCY_WORDS.contains(m.token(i + 1)) || FOREIGN_CURRENCIES.containsKey(m.token(i + 1))) {
                money = true;
                end = i + 2;
            } else {
                Optional<UnitSpan> named = unitFrom(m, i + 1, scope);
                if (named.isPresent()) {
                    unit = named.get().unit();
                    end = named.get().end();
                } else {
                    Optional<Unit> misspelt = misspeltUnit(m, i + 1, scope); // "1000 wats"
                    Optional<Unit> afterPlus = m.token(i + 1).equals("+") ? unitAt(m, i + 2, 1, scope) : Optional.empty(); // "30+ hours"
                    if (misspelt.isPresent()) {
                        unit = misspelt.get();
                        end = i + 2;
                    } else if (afterPlus.isPresent()) {
                        unit = afterPlus.get();
                        end = i + 3;
                        plus = true;
                    }
                }
            }
            if (unit == null && !money) {
                // "noise up to 80", "ok it can be a bit louder, up to 80": the attribute said just before is what is measured
                Optional<Unit> implied = impliedUnit(m, i, scope);
                if (implied.isPresent()) {
                    unit = implied.get();
                }
            }
            // "under twenty pounds" for a puzzle: nothing here has a weight, so pounds are money;
            // "7 lb" is a weight whatever the category
            // "about 100 pounds budget", "spend 50 pounds": a word of money beside them makes them money anywhere
            if (unit == Unit.POUND && m.token(i + 1).startsWith("pound") && (scope.size() == 1 && scope.get(0).definition().attributes().stream()
                    .noneMatch(a -> a.dimension() == Dimension.MASS) || moneyBeside(m, i))) {
                unit = null;
                money = true;
                foreign = true;
                currency = "GBP";
                currencyNamed = true;
            }
            // A range: "between 2 and 4 quarts", "$50 to $100", "from 1 to 2 L"
            BigDecimal second = null;
            int rangeStart = start;
            String before = m.token(start - 1);
            boolean symbolAfterAnd = m.token(end + 1).equals("$") || FOREIGN_CURRENCIES.containsKey(m.token(end + 1));
            if (Set.of("and", "to").contains(m.token(end)) && (Set.of("between", "from").contains(before) || Words.number(m.token(end + 1)) != null
                    || symbolAfterAnd && Words.number(m.token(end + 2)) != null)) {
                int j = symbolAfterAnd ? end + 2 : end + 1;
                BigDecimal upper = LEADING_ZERO.matcher(m.token(j)).matches() ? null : Words.number(m.token(j)); // "555-0142" is no range
                if (upper != null && m.token(end).equals("and") && !Set.of("between", "from").contains(before)
                        && (upper.compareTo(first) <= 0 || STARS.contains(m.token(j + 1)) || m.clauseStarts.contains(end))) {
                    upper = null; // "under 50 and 4 stars", "no deeper than 9, and 22 inches tall": a second limit, no range
                }
                if (upper != null) {
                    second = upper;
                    money |= j == end + 2;
                    int secondEnd = j + 1;
                    if (CURRENCY_WORDS.contains(m.token(j + 1)) || FOREIGN_CURRENCIES.containsKey(m.token(j + 1))) {
                        money = true;
                        currencyNamed = true;
                        secondEnd = j + 2;
                        if (FOREIGN_CURRENCIES.containsKey(m.token(j + 1)) && !foreign) {
                            // "between 200 and 300 AUD", "150-200 euros": the currency after the range is the whole range's
                            currency = FOREIGN_CURRENCIES.get(m.token(j + 1));
                            foreign = true;
                        }
                    } else if (unit == null) {
                        Optional<UnitSpan> named = unitFrom(m, j + 1, scope);
                        if (named.isPresent()) {
                            unit = named.get().unit();
                            secondEnd = named.get().end();
                        }
                    }
                    end = secondEnd;
                    if (Set.of("between", "from").contains(before)) {
                        rangeStart = start - 1;
                    }
                }
            }
            Bound bound = Bound.EXACT;
            boolean revising = false;
            int[] boundWords = null; // a bound word after the attribute's words, read with the quantity
            int cueStart = second != null ? rangeStart : start;
            int b;
            // "at least a 64 oz jar": an article may stand between the bound and its number
            boolean mark = m.token(start - 1).equals("the") && m.token(end).equals("mark") && !m.used[start - 1]; // "under the 100 mark"
            int cueEnd = (Set.of("a", "an").contains(m.token(start - 1)) || mark) && !m.used[start - 1] ? start - 1 : start;
            if (mark) {
                m.mark(end, end + 1);
            }
            if (unit != null && cueEnd == start) {
                cueEnd = beforeAttributeWords(m, start, scope); // "max height 55 cm", "minimum runtime of 40 minutes"
            }
            if (second == null) {
                // the longest bound phrase wins: "no smaller than" is at least, though "smaller than" is at most
                int most = Math.max(m.endingAt(start, AT_MOST_BEFORE), -1);
                most = most >= 0 ? most : m.endingAt(cueEnd, AT_MOST_BEFORE);
                int least = m.endingAt(start, AT_LEAST_BEFORE);
                least = least >= 0 ? least : m.endingAt(cueEnd, AT_LEAST_BEFORE);
                int around = m.endingAt(start, AROUND_BEFORE);
                int top = m.endingAt(start, TOP_EDGE);
                int bottom = m.endingAt(start, BOTTOM_EDGE);
                if (top >= 0 || bottom >= 0) {
                    bound = top >= 0 ? Bound.AT_MOST : Bound.AT_LEAST;
                    cueStart = top >= 0 ? top : bottom;
                } else if (most >= 0 && (least < 0 || most <= least) && unit != null && capability(m, most)) {
                    // "goes up to 450°F", "lasts up to 30 hours": what the product can reach, so at least that
                    bound = Bound.AT_LEAST;
                    cueStart = most;
                } else if (most >= 0 && (least < 0 || most <= least)) {
                    bound = Bound.AT_MOST;
                    cueStart = most;
                } else if (least >= 0) {
                    bound = Bound.AT_LEAST;
                    cueStart = least;
                } else if ((b = m.endingAt(start, REVISE)) >= 0 && (around < 0 || b < around)
                        && m.startingAt(end, AT_LEAST_AFTER) < 0 && m.startingAt(end, AT_MOST_AFTER) < 0) {
                    // "make it $110", "how about 200": a revised limit; a price is a cap, a quantity stays as written
                    bound = unit == null ? Bound.AT_MOST : Bound.EXACT;
                    cueStart = b;
                    revising = unit != null;
                } else if (around >= 0) {
                    bound = Bound.AROUND;
                    cueStart = around;
                }
                // "can't be louder than 75 dB", "must not weigh more than 5 kg": a negation before a
                // comparative turns it round (phrases that carry their own "not" are read as written)
                if ((bound == Bound.AT_MOST || bound == Bound.AT_LEAST) && !NEGATIONS.contains(m.token(cueStart))
                        && negatedComparative(m, cueStart)) {
                    bound = bound == Bound.AT_MOST ? Bound.AT_LEAST : Bound.AT_MOST;
                }
                // "anything past $100 is too much", "over 3 kg is a dealbreaker": what is above it is refused
                if (bound == Bound.AT_LEAST && m.startingAt(end, TOO_MUCH) > 0) {
                    bound = Bound.AT_MOST;
                    m.mark(end, m.startingAt(end, TOO_MUCH));
                }
                // "the battery has to last 40 hours", "needs to run for 60 minutes": a time the thing must keep going is its least
                int enduring = bound == Bound.EXACT && unit != null && unit.dimension() == Dimension.DURATION && !ownedClause(m, start)
                        ? enduringVerb(m, cueEnd) : -1;
                if (enduring >= 0 && m.startingAt(end, AT_MOST_AFTER) < 0 && m.startingAt(end, AT_LEAST_AFTER) < 0) {
                    bound = Bound.AT_LEAST;
                    cueStart = enduring;
                }
                int after;
                // "4mm drop max", "6 hours battery minimum": the attribute's words may stand between
                // a quantity and its bound word
                int bounded = unit != null && bound == Bound.EXACT ? afterAttributeWords(m, end, scope) : end;
                // "spend 100 or more": a verb of money before the amount says no direction of its own, so
                // a bound word right after the amount wins
                if (bound == Bound.AT_MOST && WEAK_CAPS.contains(m.token(cueStart)) && m.startingAt(end, AT_LEAST_AFTER) > 0
                        && !m.clauseStarts.contains(end)) {
                    bound = Bound.EXACT;
                }
                if (m.token(end).equals("+") && !m.clauseStarts.contains(end) && !m.clauseStarts.contains(end + 1)
                        && m.startingAt(end + 1, AT_MOST_AFTER) > 0) {
                    end++; // "5+ or lower" (the age printed on the box): the words after the sign say which way
                }
                if (plus) {
                    bound = Bound.AT_LEAST;
                } else if (m.clauseStarts.contains(end)) {
                    after = -1; // "$300, min 1000 W": a bound word after a comma qualifies what follows it
                } else if ((after = m.startingAt(end, AT_MOST_AFTER)) > 0 && bound == Bound.EXACT) {
                    bound = Bound.AT_MOST;
                    end = after;
                } else if ((after = capAfterFillers(m, end)) > 0 && bound == Bound.EXACT) {
                    bound = Bound.AT_MOST; // "180 bucks is honestly about as high as I'm willing to go"
                    end = after;
                } else if ((after = m.startingAt(end, AT_LEAST_AFTER)) > 0 && bound == Bound.EXACT) {
                    bound = Bound.AT_LEAST;
                    end = after;
                } else if (bounded > end && (after = m.startingAt(bounded, AT_MOST_AFTER)) > 0) {
                    bound = Bound.AT_MOST;
                    boundWords = new int[] {bounded, after};
                } else if (bounded > end && (after = m.startingAt(bounded, AT_LEAST_AFTER)) > 0) {
                    bound = Bound.AT_LEAST;
                    boundWords = new int[] {bounded, after};
                }
            }
            // "my current one holds 1.25 litres, I want a bigger tank": a size of what the shopper has is
            // a limit only through a comparative said after it, and then that comparative's direction
            if (second == null && bound == Bound.EXACT && unit != null && ownedClause(m, start)) {
                int comparative = comparativeAfter(m, end, unit.dimension());
                if (comparative < 0) {
                    m.mark(start, end);
                    i = end - 1;
                    continue;
                }
                bound = MORE_WORDS.contains(m.token(comparative)) ? Bound.AT_LEAST : Bound.AT_MOST;
                m.mark(comparative, comparative + 1);
            }
            if (!money && unit == null && second == null && bound == Bound.EXACT && movesPrice(m, cueStart, first)
                    && countAttribute(m, i, cueStart, end, scope).isEmpty()) {
                bound = Bound.AT_MOST; // "can go a bit higher, 90": the price limit in effect, moved
            }
            if (money && second == null && bound == Bound.EXACT && m.token(cueStart - 1).equals("for") && !m.used[cueStart - 1]) {
                // "the best blender for 60 dollars", "earbuds for $50": what the shopper means to pay for it
                bound = Bound.AT_MOST;
                cueStart--;
            }
            if (!money && unit == null && second == null && bound == Bound.AROUND && moneyBeside(m, i)) {
                money = true; // "budget's around two hundred": a word of money beside the amount makes it one
            }
            if (money && second == null && bound == Bound.AROUND) {
                // "around 250 dollars", "about 100 pounds budget": a budget said loosely is still the most
                // the shopper means to spend, so it is a cap; only a size said loosely is a window
                bound = Bound.AT_MOST;
            }
            String source = m.words(cueStart, end);
            BigDecimal min = second != null ? first.min(second) : bound == Bound.AT_LEAST ? first
                    : bound == Bound.AROUND || bound == Bound.EXACT && unit != null ? first.multiply(new BigDecimal("0.9")) : null;
            BigDecimal max = second != null ? first.max(second) : bound == Bound.AT_MOST ? first
                    : bound == Bound.AROUND || bound == Bound.EXACT && unit != null ? first.multiply(new BigDecimal("1.1")) : null;

            if (!money && unit == null && second == null && Set.of("till", "until").contains(m.token(cueEnd - 1))
                    && java.util.stream.IntStream.range(Math.max(0, cueStart - 3), cueStart).noneMatch(k -> MONEY_WORDS.contains(m.token(k)))) {
                continue; // "the baby's asleep till 7" is a time; "price until 100" a price
            }
            if (money || unit == null && bound != Bound.EXACT && bound != Bound.AROUND && second == null && countAttribute(m, i, cueStart, end, scope).isEmpty()
                    || unit == null && second != null && countAttribute(m, i, cueStart, end, scope).isEmpty() && !measureWordAt(m, end)) {
                if (min == null && max == null) {
                    continue; // "a 150 dollar blender" without a bound is not a limit
                }
                if (!currencyNamed && !symbolAfterAnd && said.currency() != null && !said.currency().equals("USD")) {
                    // "under £300" … "ok, I can stretch to 450": the amount is in the currency the shopper speaks
                    currency = said.currency();
                    foreign = true;
                }
                Optional<BigDecimal> rate = foreign ? currencies.rate(currency) : Optional.empty();
                out.add(rate.isPresent() ? Constraints.convertedPrice(min, max, currency, rate.get(), currencies.store(), source)
                        : foreign ? Constraints.foreignPrice(min, max, currency, source) : Constraints.price(min, max, "USD", source));
                understood.add("\"" + source + "\" → price " + out.get(out.size() - 1).text());
                m.mark(cueStart, end);
                i = end - 1;
                continue;
            }
            if (unit != null) {
                BigDecimal low = min;
                BigDecimal high = max;
                boolean window = second == null && (bound == Bound.EXACT || bound == Bound.AROUND);
                // "I'm 190 pounds" is no shoe's weight and "a range of 30 metres" no driver's size: a size no product
                // of the attribute's range could have, or a limit ten times past it, is about something else
                Optional<Measured> measured = measured(m, unit, cueStart, end, scope).filter(ms -> window
                        ? holds(ms.attribute(), ms.unit(), low, high)
                        : holds(ms.attribute(), ms.unit(), low == null ? null : low.divide(BigDecimal.TEN), high == null ? null : high.multiply(BigDecimal.TEN)))
                        .filter(ms -> !namedOnly || ms.named());
                if (measured.isPresent()) {
                    AttributeDefinition attribute = measured.get().attribute();
                    Unit given = measured.get().unit();
                    BigDecimal lo = min == null ? null : Constraints.inDisplayUnit(attribute, new Quantity(min, given));
                    BigDecimal hi = max == null ? null : Constraints.inDisplayUnit(attribute, new Quantity(max, given));
                    BigDecimal asSaid = Constraints.inDisplayUnit(attribute, new Quantity(first, given));
                    List<String> keyWords = Words.phrase(attribute.key().replace('_', ' '));
                    if (bound == Bound.EXACT && second == null && (keyWords.contains("max") || keyWords.contains("min"))) {
                        // a product's limit said plainly ("it must reach 200 °C" of a highest temperature) is
                        // one it must reach: at least for a maximum, at most for a minimum
                        lo = keyWords.contains("max") ? asSaid : null;
                        hi = keyWords.contains("max") ? null : asSaid;
                    }
                    int to = boundWords == null ? end : boundWords[1];
                    String said = boundWords == null ? source : m.words(cueStart, to);
                    out.add(Constraints.number(attribute, lo, hi, said));
                    if (revising || bound == Bound.EXACT && second == null) {
                        // "make that 6mm", and "ok 85 dB then" said plainly: in a follow-up, the limit in effect moved
                        m.revised.put("attr." + attribute.key(), asSaid);
                    }
                    // an amount said with its attribute's words ("a bin of at least 2 litres") says as much about the
                    // category as a product type does
                    votes.merge(measured.get().category(), measured.get().named() ? 2 : 1, Integer::sum);
                    understood.add("\"" + said + "\" → " + out.get(out.size() - 1).text());
                    m.mark(cueStart, end);
                    if (boundWords != null) {
                        m.mark(boundWords[0], boundWords[1]);
                    }
                    i = end - 1;
                } else if (second != null || bound == Bound.AT_LEAST || bound == Bound.AT_MOST) {
                    // a limit the shopper stated, on a measure whose attribute the words do not say: asked
                    // about rather than dropped (a card could break it) or guessed
                    Map<String, List<String>> could = new LinkedHashMap<>();
                    Unit said = unit;
                    for (CategoryWords category : scope) {
                        List<AttributeDefinition> measuring = category.definition().attributes().stream()
                                .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() != null
                                        && readings(said).stream().anyMatch(u -> u.dimension() == a.dimension())).toList();
                        // "at least 35 mm" cannot be a drop of at most 16 mm: only the attributes whose range can hold it
                        List<AttributeDefinition> holding = measuring.stream().filter(a -> holds(a, said, low, high)).toList();
                        (holding.isEmpty() ? measuring : holding).forEach(a -> could.computeIfAbsent(category.key(), k -> new ArrayList<>()).add(a.label()));
                    }
                    if (!could.isEmpty()) {
                        m.unplaced.add(new Reading.Unplaced(m.words(cueStart, boundWords == null ? end : boundWords[1]), could));
                    }
                }
                continue;
            }
            Optional<Counted> counted = countAttribute(m, i, cueStart, end, scope);
            if (counted.isPresent()) {
                AttributeDefinition attribute = counted.get().attribute();
                List<String> words = Words.phrase(attribute.key().replace('_', ' '));
                boolean keyIsMax = words.contains("max");
                boolean keyIsMin = words.contains("min");
                BigDecimal lo = second != null ? min : bound == Bound.AT_LEAST || bound == Bound.EXACT && keyIsMax ? first : null;
                BigDecimal hi = second != null ? max : bound == Bound.AT_MOST || bound == Bound.EXACT && keyIsMin ? first : null;
                if (bound == Bound.EXACT && !keyIsMax && !keyIsMin) {
                    lo = first;
                }
                if (bound == Bound.AT_MOST && keyIsMax && second == null && m.token(cueStart).equals("up") && m.token(cueStart + 1).equals("to")) {
                    lo = first; // "a game for up to 6 players": what it can take, so its most must reach 6
                    hi = null;
                }
                if (bound == Bound.AROUND) {
                    lo = min;
                    hi = max;
                }
                int from = Math.min(cueStart, counted.get().start());
                int to = Math.max(end, counted.get().end());
                String counting = m.words(from, to);
                out.add(Constraints.number(attribute, lo, hi, counting));
                votes.merge(counted.get().category(), 2, Integer::sum); // counted by its own words: "hardness 60 or more"
                understood.add("\"" + counting + "\" → " + out.get(out.size() - 1).text());
                m.mark(from, to);
                i = to - 1;
            }
        }
    }

    /** The units a written unit may be: "oz" is a weight or a volume, a word nearby decides; weight first. */
    private static List<Unit> readings(Unit unit) {
        return unit == Unit.OUNCE ? List.of(Unit.OUNCE, Unit.FLUID_OUNCE) : List.of(unit);
    }

    /** Whether a limit from {@code min} to {@code max} (either open) said in {@code said} overlaps the attribute's range. */
    private static boolean holds(AttributeDefinition attribute, Unit said, BigDecimal min, BigDecimal max) {
        Unit unit = readings(said).stream().filter(u -> u.dimension() == attribute.dimension()).findFirst().orElse(said);
        BigDecimal lo = min == null ? null : unit.toCanonical(min);
        BigDecimal hi = max == null ? null : unit.toCanonical(max);
        return (lo == null || attribute.max() == null || lo.compareTo(attribute.max()) <= 0)
                && (hi == null || attribute.min() == null || hi.compareTo(attribute.min()) >= 0);
    }

    private static final org.apache.lucene.search.spell.LevenshteinDistance EDITS = new org.apache.lucene.search.spell.LevenshteinDistance();

    /**
     * A unit's name misspelt by one letter right after a number ("1000 wats", "2 litters"), of a
     * dimension a category in scope measures; never a word the store's vocabulary knows.
     */
    private Optional<Unit> misspeltUnit(Message m, int i, List<CategoryWords> scope) {
        String word = m.token(i);
        if (word.length() < 4 || !word.chars().allMatch(Character::isLetter) || m.used[i] || derived.categoryWords.contains(m.singular.get(i))
                || Unit.parse(word).isPresent() || Words.STOPWORDS.contains(word)) {
            return Optional.empty();
        }
        Set<Dimension> measured = new HashSet<>();
        scope.forEach(c -> c.definition().attributes().forEach(a -> {
            if (a.dimension() != null) {
                measured.add(a.dimension());
            }
        }));
        Unit found = null;
        for (Unit unit : Unit.values()) {
            for (String name : unit.names()) {
                // the first letter is kept: "from 2009 sounds like a jet" has no pounds in it
                if (name.length() >= 4 && measured.contains(unit.dimension()) && Math.abs(name.length() - word.length()) <= 1
                        && name.charAt(0) == word.charAt(0)
                        && Math.round((1 - EDITS.getDistance(word, name)) * Math.max(word.length(), name.length())) == 1) {
                    if (found != null && found != unit) {
                        return Optional.empty(); // two units are one letter away: not sure which
                    }
                    found = unit;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a number written as a word is a limit: after a bound word and too large to be a count
     * ("under fifty", not "for under five players"), or the start of a range with a currency or
     * unit ("fifty to eighty dollars").
     */
    private static boolean spelledLimit(Message m, int i, BigDecimal value, List<CategoryWords> scope) {
        boolean bounded = m.endingAt(i, AT_MOST_BEFORE) >= 0 || m.endingAt(i, AT_LEAST_BEFORE) >= 0;
        if (value.intValue() >= 20 && bounded) {
            return true;
        }
        Optional<UnitSpan> unit = unitFrom(m, i + 1, scope);
        if (bounded && unit.isPresent()) {
            return true; // "under two kilos", "at least four quarts": a small number word with a unit is a quantity
        }
        if (unit.isPresent() && (m.startingAt(unit.get().end(), AT_MOST_AFTER) > 0 || m.startingAt(unit.get().end(), AT_LEAST_AFTER) > 0)) {
            return true; // "seventy decibels max", "fifteen pounds or less", "two litres minimum"
        }
        String after = m.token(i + 3);
        // "a pod one, and 900 W max" is no range: "and" joins a range only after "between"
        boolean joins = m.token(i + 1).equals("to") || m.token(i + 1).equals("and") && m.token(i - 1).equals("between");
        return joins && Words.number(m.token(i + 2)) != null
                && (CURRENCY_WORDS.contains(after) || FOREIGN_CURRENCIES.containsKey(after) || unitFrom(m, i + 3, scope).isPresent());
    }

    private static final Set<String> MORE_WORDS = Set.of("bigger", "larger", "more", "higher", "longer", "taller", "wider", "stronger",
            "heavier", "louder", "faster");
    private static final Set<String> LESS_WORDS = Set.of("smaller", "lighter", "quieter", "shorter", "lower", "less", "narrower",
            "thinner", "slower", "compacter");

    /** Whether the clause before i speaks of something the shopper has: "my current coffee maker holds", "our old one was". */
    /** A word of money within two words of the amount at {@code i} and its unit, in its clause ("spend 50 pounds", "100 pounds budget"). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** A day of a date ("on 12 March", "March 12", "the 3rd of May") is no limit, size or count: read as said. */
    private static void dates(Message m) {
        for (int i = 0; i < m.size(); i++) {
            if (Words.number(m.token(i)) == null && !ORDINAL_DIGITS.matcher(m.token(i)).matches()) {
                continue;
            }
            int month = MONTHS.contains(m.token(i + 1)) ? i + 1 : m.token(i + 1).equals("of") && MONTHS.contains(m.token(i + 2)) ? i + 2
                    : MONTHS.contains(m.token(i - 1)) ? i - 1 : -1;
            if (month >= 0) {
                m.mark(Math.min(i, month), Math.max(i, month) + 1);
            }
        }
    }

    /** Verbs of what a product can reach, before "up to": "goes up to 450°F", "runs up to 40 minutes". */
    private static final Set<String> CAPABILITY_VERBS = Set.of("goes", "go", "gets", "get", "heats", "heat", "reaches", "reach", "lasts",
            "last", "runs", "run", "plays", "play", "holds", "hold");

    /** Whether the bound phrase at {@code cue} is "up to" right after a verb of capability. */
    private static boolean capability(Message m, int cue) {
        return m.token(cue).equals("up") && m.token(cue + 1).equals("to") && CAPABILITY_VERBS.contains(m.token(cue - 1)) && !allowance(m, cue - 1);
    }

    /**
     * Whether "go" at i is what the shopper allows, not what the product reaches: "the weight can go up to 12 lbs",
     * "the age thing can go up to 4" (a limit, or the shopper, may go; "it can go up to 450°F" is the product).
     */
    private static boolean allowance(Message m, int i) {
        return m.token(i).equals("go") && Set.of("can", "could", "may", "might").contains(m.token(i - 1))
                && !Set.of("it", "this", "that", "which", "one", "they", "these", "those").contains(m.token(i - 2));
    }

    private static boolean moneyBeside(Message m, int i) {
        for (int k = Math.max(0, i - 2); k <= i + 3 && k < m.size(); k++) {
            if (k != i && k != i + 1 && (MONEY_WORDS.contains(m.token(k)) || MONEY_WORDS.contains(m.singular.get(k))) && m.sameClause(Math.min(i, k), Math.max(i, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedClause(Message m, int i) {
        for (int k = i - 1; k >= 0 && !m.clauseStarts.contains(k + 1); k--) {
            if (POSSESSIVES.contains(m.token(k)) && OWNED_BEFORE.contains(m.token(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at i is followed by the symbol of a unit the catalog does not know: an acronym written in
     * capitals right after it ("200 AW", "1200 RPM", "30 PSI"), that is no currency and no word of the store.
     */
    private boolean unknownSymbolAfter(Message m, int i) {
        String next = m.token(i + 1);
        if (m.clauseStarts.contains(i + 1) || next.length() < 2 || next.length() > 4 || !next.chars().allMatch(Character::isLetter)
                || Unit.parse(next).isPresent() || CURRENCY_WORDS.contains(next) || FOREIGN_CURRENCIES.containsKey(next)
                || (Grammar.WORDS.contains(next) ? !Set.of("aw", "ah", "oh", "uh", "um").contains(next) : storeWords().contains(next))) {
            return false; // ("aw" is a word of English only in lower case: "200 AW" is air watts)
        }
        String upper = next.toUpperCase(Locale.ROOT);
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(m.token(i)) + "\\s?" + upper + "\\b").matcher(m.text).find();
    }

    /** Verbs saying a product keeps going for a time: "last 40 hours", "run for an hour". */
    private static final Set<String> ENDURING = Set.of("last", "lasts", "run", "runs", "go", "goes", "keep", "keeps", "play", "plays", "work", "works");

    /** Words before a verb that make it what the shopper wants: "has to last", "must run for", "one that lasts". */
    private static final Set<String> WISHING = Set.of("to", "must", "should", "will", "can", "could", "would", "that", "which", "gotta",
            "shall", "ll");

    /** Where a verb of going on stands right before a time at {@code start} ("last 40 hours", "run for 60 min"), or -1. */
    private static int enduringVerb(Message m, int start) {
        int k = m.token(start - 1).equals("for") ? start - 2 : start - 1;
        // a wish ("has to last", "should run for", "one that lasts"), not what a product does now ("the battery now lasts 8 minutes")
        boolean verb = k >= 0 && !m.used[k] && ENDURING.contains(m.token(k)) && !m.clauseStarts.contains(start)
                && (k == start - 1 ? Set.of("last", "lasts").contains(m.token(k)) : !m.clauseStarts.contains(start - 1))
                && WISHING.contains(m.token(k - 1));
        return verb ? k : -1;
    }

    /** What a comparative measures, where it says ("quieter" a sound level); "more", "higher" can measure anything. */
    private static final Map<String, Set<Dimension>> COMPARED = Map.ofEntries(
            Map.entry("bigger", Set.of(Dimension.VOLUME, Dimension.LENGTH)), Map.entry("larger", Set.of(Dimension.VOLUME, Dimension.LENGTH)),
            Map.entry("smaller", Set.of(Dimension.VOLUME, Dimension.LENGTH)), Map.entry("compacter", Set.of(Dimension.VOLUME, Dimension.LENGTH)),
            Map.entry("heavier", Set.of(Dimension.MASS)), Map.entry("lighter", Set.of(Dimension.MASS)),
            Map.entry("louder", Set.of(Dimension.SOUND_LEVEL)), Map.entry("quieter", Set.of(Dimension.SOUND_LEVEL)),
            Map.entry("longer", Set.of(Dimension.LENGTH, Dimension.DURATION)), Map.entry("shorter", Set.of(Dimension.LENGTH, Dimension.DURATION)),
            Map.entry("taller", Set.of(Dimension.LENGTH)), Map.entry("wider", Set.of(Dimension.LENGTH)), Map.entry("narrower", Set.of(Dimension.LENGTH)),
            Map.entry("thinner", Set.of(Dimension.LENGTH)), Map.entry("stronger", Set.of(Dimension.POWER)),
            Map.entry("faster", Set.of(Dimension.DURATION, Dimension.POWER)), Map.entry("slower", Set.of(Dimension.DURATION, Dimension.POWER)));

    /**
     * The first comparative word after {@code from} not read yet that can measure {@code dimension}
     * ("I want a bigger tank", "bigger than that"; not "quieter" for a capacity), or -1.
     */
    private static int comparativeAfter(Message m, int from, Dimension dimension) {
        for (int k = from; k < m.size(); k++) {
            if (!m.used[k] && (MORE_WORDS.contains(m.token(k)) || LESS_WORDS.contains(m.token(k)))
                    && COMPARED.getOrDefault(m.token(k), Set.of(dimension)).contains(dimension)
                    && !(m.token(k + 1).equals("than") && Words.number(m.token(k + 2)) != null)) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> ROUGHLY = Set.of("about", "around", "roughly", "like", "nearly", "almost", "approximately", "over",
            "under", "just");
    private static final Set<String> BODY_CHANGES = Set.of("lost", "lose", "losing", "gained", "gain", "gaining", "dropped");

    /**
     * Whether the number at i measures the shopper: "I weigh about 170 pounds", "I'm 6 foot 1", "I am
     * 180 cm", "lost 15 kilos"; such numbers are no limits on what they buy.
     */
    private static boolean aboutTheShopper(Message m, int i) {
        int k = i - 1;
        while (k >= 0 && ROUGHLY.contains(m.token(k)) && !m.clauseStarts.contains(k + 1)) {
            k--;
        }
        if (m.clauseStarts.contains(k + 1)) {
            return false;
        }
        if (m.token(k).equals("im") || m.token(k).equals("am") && m.token(k - 1).equals("i")
                || Set.of("weigh", "weight").contains(m.token(k)) && Set.of("i", "my").contains(m.token(k - 1))) {
            return true;
        }
        for (int j = i - 1; j >= Math.max(0, i - 3) && !m.clauseStarts.contains(j + 1); j--) {
            if (BODY_CHANGES.contains(m.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** Words that name what a number after them identifies: an order, a model, a place, a seat. */
    private static final Set<String> IDENTIFIES = Set.of("order", "orders", "model", "models", "zip", "zipcode", "postcode", "postal",
            "flight", "ref", "reference", "tracking", "invoice", "account", "serial", "apartment", "apt", "suite", "sku", "ticket",
            "room", "row", "seat", "gate", "platform", "route", "bus", "extension", "ext", "phone", "tel", "pin");
    /** Words that may stand between such a word and its number: "order #", "order no. 55", "zip is 30307", "model VX-900". */
    private static final Set<String> IDENTIFIER_FILLERS = Set.of("#", "no", "nr", "number", "num", "is", "was", "code", "id");

    /**
     * Whether the number at i identifies something rather than measuring it: it follows a word like
     * "order", "model" or "zip" (with "#", "number", "is" or a short letter code such as "VX" between), or
     * it continues such a number ("114-2231", "orders 114-2231 and 114-9980").
     */
    private static boolean identifier(Message m, int i) {
        int k = i - 1;
        while (k >= 0 && !m.clauseStarts.contains(k + 1) && (Words.isNumber(m.token(k)) && !Words.NUMBER_WORDS.containsKey(m.token(k))
                || Set.of("and", "or", "&", "to").contains(m.token(k)) && Words.isNumber(m.token(k - 1)))) {
            k--; // back over the rest of the code ("114-2231" reads "114 to 2231") and the list it stands in
        }
        for (int filler = 0; filler < 2 && k >= 0 && !m.clauseStarts.contains(k + 1) && (IDENTIFIER_FILLERS.contains(m.token(k))
                || m.token(k).length() <= 3 && m.token(k).chars().allMatch(Character::isLetter) && IDENTIFIES.contains(m.token(k - 1))); filler++) {
            k--;
        }
        return k >= 0 && !m.clauseStarts.contains(k + 1) && IDENTIFIES.contains(m.token(k));
    }

    /** Words that may stand between a negation and the comparative it turns round: "don't want to spend more than". */
    private static final Set<String> NEGATION_FILLERS = Set.of("be", "go", "want", "wanna", "to", "spend", "pay", "weigh", "cost", "get", "it",
            "penny", "cent", "dime", "single", "one", // "not a penny over 140", "not one cent more than"
            "anything", "something", "need", "have", "i", "we", "really", "much", "any", "run", "hold", "last", "use", "draw", "take",
            "make", "sound", "way", "a", "lot", "that", "thats", "is", "which", "will", "would", "should", "must", "can", "could", "ever",
            "think", "too", "spending", "paying", "going", "weighing", "costing", "show", "me", "us", "see", "give", "offer", "suggest",
            "recommend", "rather", "d", "prefer", "willing", "im", "even", "bother", "with", "you");

    private static final Set<String> COMPARATIVE_NEGATIONS = Set.of("not", "cant", "cannot", "mustnt", "shouldnt", "wont", "never", "dont",
            "doesnt", "isnt", "arent", "aint", "wouldnt", "no", "nothing", "nothin", "none");

    /**
     * Whether a negation stands just before a comparative bound, with only verbs and fillers between
     * (up to four: "can't be", "must not weigh", "don't want to spend"); "no more than" carries its
     * own negation.
     */
    private static boolean negatedComparative(Message m, int cueStart) {
        List<String> cue = m.tokens.subList(cueStart, Math.min(m.size(), cueStart + 2));
        if (!(cue.size() == 2 && cue.get(1).equals("than") || cue.size() == 2 && cue.get(0).equals("more") || cue.get(0).equals("over")
                || Set.of("under", "above", "below", "exceed", "exceeds", "exceeding", "beyond", "go", "going", "goes", "north", "south",
                        "past", "upwards", "upward", "shy").contains(cue.get(0)))) {
            return false;
        }
        return negationReaches(m, cueStart, Set.of()); // "no glass jar over 1000 W": the negation is the jar's
    }

    /**
     * Whether a negation stands within five words before i with only fillers ({@link #NEGATION_FILLERS}
     * and {@code more}) between, in i's clause: "don't want to spend more than", "not one of those loud ones".
     */
    private static boolean negationReaches(Message m, int i, Set<String> more) {
        if (m.clauseStarts.contains(i)) {
            return false; // "whether it goes in the dishwasher or not, under 90": the comma ends what the "not" said
        }
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (COMPARATIVE_NEGATIONS.contains(m.token(k))) {
                return true;
            }
            if (!(NEGATION_FILLERS.contains(m.token(k)) || more.contains(m.token(k))) || m.clauseStarts.contains(k)) {
                return false;
            }
        }
        return false;
    }

    /** Words after a comparative that leave it said of the thing, not of a noun after it: "a bit louder, up to 80", "quieter than that". */
    private static final Set<String> PREDICATIVE_AFTER = Set.of("than", "is", "s", "please", "pls", "too", "then", "though");

    /**
     * The unit of the one measured attribute a number said without a unit is meant in: the attribute's name stands just
     * before it ("noise up to 80", "weight under 12"), or a comparative of its dimension said of the thing ("ok it can be
     * a bit louder, up to 80", "quieter than that, 52 max") within four words; the number must lie in the attribute's
     * range in its display unit, so "louder is fine, under 200" stays a price. One category in scope only.
     */
    private static Optional<Unit> impliedUnit(Message m, int i, List<CategoryWords> scope) {
        BigDecimal value = Words.number(m.token(i));
        if (scope.size() != 1 || value == null || Words.NUMBER_WORDS.containsKey(m.token(i))) {
            return Optional.empty();
        }
        // "at least 8 people": a number followed by a word of its own counts that, whatever stood before it
        int next = i + 1;
        if (next < m.size() && !m.clauseStarts.contains(next) && !Words.STOPWORDS.contains(m.token(next)) && !PREDICATIVE_AFTER.contains(m.token(next))
                && m.startingAt(next, AT_MOST_AFTER) < 0 && m.startingAt(next, AT_LEAST_AFTER) < 0) {
            return Optional.empty();
        }
        List<AttributeDefinition> measured = scope.get(0).definition().attributes().stream()
                .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() != null && a.displayUnit() != null).toList();
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String word = m.singular.get(k);
            String comparative = m.token(k);
            List<AttributeDefinition> meant = List.of();
            int cueEnd = k + 1;
            if (COMPARED.containsKey(m.token(k)) && !m.used[k] && (cueEnd >= m.size() || m.clauseStarts.contains(cueEnd)
                    || PREDICATIVE_AFTER.contains(m.token(cueEnd)))) {
                meant = measured.stream().filter(a -> COMPARED.get(comparative).contains(a.dimension())).toList();
                if (m.token(cueEnd).equals("than") && Set.of("that", "this", "it").contains(m.token(cueEnd + 1))) {
                    cueEnd += 2; // "quieter than that": than the limit in effect
                }
            } else if (!m.used[k] && !Words.STOPWORDS.contains(word) && (k + 1 == i || m.endingAt(i, AT_MOST_BEFORE) == k + 1
                    || m.endingAt(i, AT_LEAST_BEFORE) == k + 1)) {
                meant = measured.stream().filter(a -> Words.phrase(a.key().replace('_', ' ') + " " + a.label()).contains(word)).toList();
            }
            if (meant.size() > 1) {
                return Optional.empty();
            }
            if (meant.size() == 1) {
                AttributeDefinition attribute = meant.get(0);
                BigDecimal canonical = attribute.displayUnit().toCanonical(value);
                if (attribute.min() != null && canonical.compareTo(attribute.min()) < 0 || attribute.max() != null && canonical.compareTo(attribute.max()) > 0) {
                    return Optional.empty();
                }
                if (COMPARED.containsKey(m.token(k)) && !(m.token(k + 1).equals("than") && k + 2 == i)) {
                    // the comparative says which attribute, the bound word the direction ("louder than 60" is itself the bound)
                    m.mark(k, cueEnd);
                }
                return Optional.of(attribute.displayUnit());
            }
        }
        return Optional.empty();
    }

    /**
     * Where the words naming a measured attribute that stand before a quantity begin ("max height 55
     * cm", "minimum runtime of 40 minutes": at most two, and "of"), or {@code start} when none do.
     */
    private static int beforeAttributeWords(Message m, int start, List<CategoryWords> scope) {
        Set<String> names = quantityNames(scope);
        int k = start;
        if (m.token(k - 1).equals("of")) {
            k--;
        }
        int words = 0;
        while (k > 0 && words < 2 && !m.used[k - 1] && !m.clauseStarts.contains(k) && names.contains(m.singular.get(k - 1))) {
            k--;
            words++;
        }
        return words > 0 ? k : start;
    }

    private static Set<String> quantityNames(List<CategoryWords> scope) {
        Set<String> names = new HashSet<>();
        for (CategoryWords category : scope) {
            for (AttributeDefinition attribute : category.definition().attributes()) {
                if (attribute.type() == AttributeType.NUMBER && attribute.dimension() != null) {
                    names.addAll(Words.phrase(attribute.label()));
                    names.addAll(Words.phrase(attribute.key().replace('_', ' ')));
                }
            }
        }
        names.removeAll(Words.STOPWORDS);
        return names;
    }

    /**
     * Where the words naming a measured attribute that follow a quantity end ("drop", "battery",
     * "of battery life": at most three), or {@code end} when none follow.
     */
    private static int afterAttributeWords(Message m, int end, List<CategoryWords> scope) {
        Set<String> names = quantityNames(scope);
        names.addAll(SIZE_ADJECTIVES.keySet());
        int k = end;
        while (k < Math.min(m.size(), end + 3) && !m.used[k] && (k == end || !m.clauseStarts.contains(k))
                && (names.contains(m.singular.get(k)) || k > end && m.token(k).equals("of") || k == end && m.token(k).equals("of"))) {
            k++;
        }
        return k > end && !m.clauseStarts.contains(end) && m.tokens.subList(end, k).stream().anyMatch(t -> !t.equals("of")) ? k : end;
    }

    /**
     * The unit written at i. A letter that is also a word ("w", "g", "l") counts after a number only
     * where a category in scope measures that dimension ("max 1500 w" for an air fryer); "in", "m",
     * "s" and "a" never do ("2 in 1").
     */
    /** A unit and the index of the word after it. */
    private record UnitSpan(Unit unit, int end) {
    }

    /** The unit named from word {@code i} on, in two words ("fl oz") or else in one; the one-word reading is tried only when two fail. */
    private static Optional<UnitSpan> unitFrom(Message m, int i, List<CategoryWords> scope) {
        Optional<Unit> two = unitAt(m, i, 2, scope);
        if (two.isPresent()) {
            return Optional.of(new UnitSpan(two.get(), i + 2));
        }
        return unitAt(m, i, 1, scope).map(unit -> new UnitSpan(unit, i + 1));
    }

    private static Optional<Unit> unitAt(Message m, int i, int words, List<CategoryWords> scope) {
        if (i + words > m.size()) {
            return Optional.empty();
        }
        String text = m.words(i, i + words);
        Optional<Unit> unit = Unit.parse(text);
        if (words == 1 && AMBIGUOUS_UNITS.contains(text)) {
            // "in" ends its clause after a number only as inches ("blade 7-8 in, not carbon"); "2 in 1" goes on
            // nor as a size word's: "max 22 in tall", "30 in wide"
            boolean never = NEVER_UNITS.contains(text) && !(text.equals("in") && (i + 1 == m.size() || m.clauseStarts.contains(i + 1)
                    || SIZE_ADJECTIVES.containsKey(m.token(i + 1))));
            boolean measured = unit.isPresent() && !never && scope.size() == 1 && scope.get(0).definition().attributes()
                    .stream().anyMatch(a -> a.dimension() == unit.get().dimension());
            return measured ? unit : Optional.empty();
        }
        return unit;
    }

    /** @param named whether the attribute's own words stand near the amount ("bin of at least 2 litres"), not only its dimension */
    private record Measured(String category, AttributeDefinition attribute, Unit unit, boolean named) {
    }

    /** The attribute a quantity measures: same dimension, and when several, the one whose words are near. */
    private Optional<Measured> measured(Message m, Unit unit, int start, int end, List<CategoryWords> scope) {
        // "oz" is a weight or a volume: a word nearby decides ("64 oz jar"); without one, a weight below
        // a pound ("headphones under 9 oz") and a volume from 16 on ("a 64oz blender": nobody weighs an
        // appliance in ounces once it is a pound or more)
        List<Measured> named = new ArrayList<>();
        List<Measured> candidates = new ArrayList<>();
        List<Unit> readings = new ArrayList<>(readings(unit));
        BigDecimal said = java.util.stream.IntStream.range(start, end).mapToObj(k -> Words.number(m.token(k))).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (unit == Unit.OUNCE && said != null && said.compareTo(BigDecimal.valueOf(16)) >= 0) {
            java.util.Collections.reverse(readings);
        }
        for (Unit tried : readings) {
            for (CategoryWords category : scope) {
                for (AttributeDefinition attribute : category.definition().attributes()) {
                    if (attribute.type() == AttributeType.NUMBER && attribute.dimension() == tried.dimension()) {
                        named.add(new Measured(category.key(), attribute, tried, true));
                        if (candidates.isEmpty() || candidates.get(0).unit() == tried) {
                            candidates.add(new Measured(category.key(), attribute, tried, false));
                        }
                    }
                }
            }
        }
        // the attribute most of whose words stand near ("heel stack height 3.5 cm" is the stack height,
        // though "heel" is in "heel-to-toe drop" too); "tall" and "wide" name a height and a width
        // on a tie, the attribute's own words win over a size adjective ("drop of 8mm or more, size 11 wide": the drop)
        Measured best = null;
        Set<Integer> bestWords = Set.of();
        int bestOwn = 0;
        for (Measured candidate : named) {
            Set<String> own = new HashSet<>(Words.phrase(candidate.attribute().key().replace('_', ' ') + " " + candidate.attribute().label()));
            Set<String> words = new HashSet<>(own);
            SIZE_ADJECTIVES.forEach((adjective, noun) -> {
                if (words.contains(noun)) {
                    words.add(adjective);
                }
            });
            Set<Integer> near = new HashSet<>();
            for (int k = Math.max(0, start - 3); k < Math.min(m.size(), end + 3); k++) {
                if ((k < start || k >= end) && !m.used[k] && words.contains(m.singular.get(k)) && !Words.STOPWORDS.contains(m.singular.get(k))) {
                    near.add(k);
                }
            }
            int ownNear = (int) near.stream().filter(k -> own.contains(m.singular.get(k))).count();
            if (near.size() > bestWords.size() || near.size() == bestWords.size() && ownNear > bestOwn) {
                best = candidate;
                bestWords = near;
                bestOwn = ownNear;
            }
        }
        if (best != null) {
            bestWords.forEach(k -> m.mark(k, k + 1));
            return Optional.of(bestOwn > 0 ? best : new Measured(best.category(), best.attribute(), best.unit(), false));
        }
        // "my station is 3 feet wide": a size word after the quantity names a width no attribute here
        // has, so it measures something else
        if (unit.dimension() == Dimension.LENGTH && (SIZE_ADJECTIVES.containsKey(m.token(end))
                || end < m.size() && SIZE_ADJECTIVES.containsValue(m.singular.get(end)))) {
            return Optional.empty();
        }
        // Without a word naming it: the first attribute of that dimension in the category's own schema order,
        // but only inside one category (a dimension alone does not choose between categories).
        Set<String> categories = new HashSet<>();
        candidates.forEach(c -> categories.add(c.category()));
        return candidates.isEmpty() || categories.size() > 1 && scope.size() > 1 && unit.dimension() != Dimension.SOUND_LEVEL
                ? Optional.empty() : Optional.of(candidates.get(0));
    }

    private record Counted(String category, AttributeDefinition attribute, int start, int end) {
    }

    private static final Pattern LABEL_BRACKET = Pattern.compile("\\(([^)]*)\\)");
    /**
     * Counts whose head noun is people: any word for people after the number counts them ("kids" does not:
     * "24 kids in room 12B" is a class, not players).
     */
    private static final Set<String> PERSON_COUNTS = Set.of("players", "player", "people", "persons", "users", "guests", "seats");
    private static final Set<String> COUNTED_PEOPLE = Set.of("people", "persons", "person", "players", "friends", "guests",
            "adults", "folks", "ppl");

    /** How many words after i say the number counts people ("people", "of us", "can play"), or 0. */
    private static int peopleAfter(Message m, int i) {
        if (i >= m.size() || m.clauseStarts.contains(i)) {
            return 0;
        }
        if (COUNTED_PEOPLE.contains(m.token(i))) {
            return 1;
        }
        return m.token(i).equals("of") && m.token(i + 1).equals("us") || Set.of("can", "could", "to").contains(m.token(i))
                && m.token(i + 1).equals("play") ? 2 : 0;
    }

    /** Where "age" (or "ages") stands up to six words before i in i's clause with no number between, or -1. */
    private static int ageWordBefore(Message m, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (Words.isNumber(m.token(k)) || m.clauseStarts.contains(k + 1)) {
                return -1;
            }
            if (Set.of("age", "ages", "aged").contains(m.token(k)) && !m.used[k]) {
                return k;
            }
        }
        return -1;
    }

    /** A plain-number attribute named next to a number ("8 speeds", "for 4 players", "hardness 60"). */
    private Optional<Counted> countAttribute(Message m, int number, int cue, int end, List<CategoryWords> scope) {
        for (CategoryWords category : scope) {
            for (AttributeDefinition attribute : category.definition().attributes()) {
                if (attribute.type() != AttributeType.NUMBER || attribute.dimension() != null) {
                    continue;
                }
                // "60 HRC" for "Hardness (HRC)": the label's brackets name what the number counts
                Matcher bracket = LABEL_BRACKET.matcher(attribute.label());
                List<String> counted = bracket.find() ? Words.phrase(bracket.group(1)) : List.of();
                for (List<String> phrase : List.of(Words.phrase(attribute.label()), Words.phrase(attribute.key().replace('_', ' ')), counted)) {
                    List<String> head = phrase.stream().filter(w -> !Words.STOPWORDS.contains(w) && !Set.of("min", "max", "minimum",
                            "maximum", "year", "age").contains(w)).toList();
                    if (head.isEmpty()) {
                        continue;
                    }
                    List<String> first = List.of(head.get(0));
                    if (m.at(end, first)) {
                        return Optional.of(new Counted(category.key(), attribute, end, end + 1));
                    }
                    int people = PERSON_COUNTS.contains(first.get(0)) ? peopleAfter(m, end) : 0;
                    if (people > 0) {
                        // "a card game for 2 people", "6 of us", "that 4 can play": a count of players said of people
                        return Optional.of(new Counted(category.key(), attribute, end, end + people));
                    }
                    if (m.at(number - 1, first)) {
                        return Optional.of(new Counted(category.key(), attribute, number - 1, number));
                    }
                    if (cue < number && m.at(cue - 1, first)) {
                        return Optional.of(new Counted(category.key(), attribute, cue - 1, number)); // "hardness at least 57"
                    }
                    if (cue < number && COMPARATIVE_NEGATIONS.contains(m.token(cue - 1)) && m.at(cue - 2, first)) {
                        return Optional.of(new Counted(category.key(), attribute, cue - 2, number)); // "hardness no lower than 60"
                    }
                }
                // "the age on the box should be 8 or under", "age rating 10 or higher", "the age thing can go up to 4":
                // the word "age" a few words before a small number in its clause names an age attribute
                List<String> named = Words.phrase(attribute.key().replace('_', ' ') + " " + attribute.label());
                int age = named.contains("age") ? ageWordBefore(m, Math.min(cue, number)) : -1;
                BigDecimal years = Words.number(m.token(number).endsWith("+") ? m.token(number).substring(0, m.token(number).length() - 1)
                        : m.token(number));
                if (age >= 0 && years != null && years.compareTo(BigDecimal.valueOf(18)) <= 0) {
                    return Optional.of(new Counted(category.key(), attribute, age, number));
                }
            }
        }
        return Optional.empty();
    }

    // ---- phrases: yes/no attributes, values, options, brands, reason codes, synonyms ----------

    /** In this order where phrases are as long: a merchandiser's attribute synonym ("works offline") before a reason code of the same words. */
    private enum PhraseKind { FLAG, VALUE, OPTION, BRAND, SYNONYM, REASON }

    /** Joins the values one shared first word names ("checked" → "checked large" and "checked medium") in an entry's value. */
    private static final String SHARED = "|";
    /** Who does what a past tense says: "I checked", "we've checked". */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "ive", "weve", "have", "has", "had", "already",
            "just", "double");

    /**
     * @param weak a value read from one word of it ("PTFE" for "PTFE nonstick") or from a title word
     *             ("machine" → espresso): a full value named beside it for the same attribute wins
     */
    /** @param loose for a merchandiser's synonym, the stems its loose reading looks for ({@link Message#looseEnd}); else empty */
    private record Entry(PhraseKind kind, String category, List<String> phrase, AttributeDefinition attribute, String value,
                         Vocabulary.Reason reason, boolean weak, List<String> loose) {

        Entry(PhraseKind kind, String category, List<String> phrase, AttributeDefinition attribute, String value, Vocabulary.Reason reason,
              boolean weak) {
            this(kind, category, phrase, attribute, value, reason, weak, kind == PhraseKind.SYNONYM ? Stems.content(phrase) : List.of());
        }

        Entry(PhraseKind kind, String category, List<String> phrase, AttributeDefinition attribute, String value, Vocabulary.Reason reason) {
            this(kind, category, phrase, attribute, value, reason, false);
        }
    }

    private List<Entry> entries(List<CategoryWords> scope) {
        return derived.entries.computeIfAbsent(scope.stream().map(CategoryWords::key).toList(), keys -> List.copyOf(entriesOf(scope)));
    }

    private List<Entry> entriesOf(List<CategoryWords> scope) {
        List<Entry> entries = new ArrayList<>();
        for (CategoryWords category : scope) {
            for (AttributeDefinition attribute : category.definition().attributes()) {
                switch (attribute.type()) {
                    case BOOLEAN -> {
                        flagNames(attribute).forEach(p -> entries.add(new Entry(PhraseKind.FLAG, category.key(), p, attribute, null, null)));
                        // "wired" is not wireless, "corded" not cordless
                        String key = attribute.key();
                        if (key.endsWith("less") && key.length() > 6 && key.chars().allMatch(Character::isLetter)) {
                            String stem = key.substring(0, key.length() - 4);
                            entries.add(new Entry(PhraseKind.SYNONYM, category.key(), List.of(stem + (stem.endsWith("e") ? "d" : "ed")), attribute,
                                    "no", null));
                        }
                    }
                    case ENUM, LIST -> {
                        Map<String, List<String>> valuePhrases = new LinkedHashMap<>();
                        attribute.allowedValues().forEach(v -> valuePhrases.put(v, Words.phrase(v)));
                        for (String v : attribute.allowedValues()) {
                            List<String> phrase = valuePhrases.get(v);
                            entries.add(new Entry(PhraseKind.VALUE, category.key(), phrase, attribute, v, null));
                            if (phrase.size() == 2) {
                                // "large checked" for "checked large"
                                entries.add(new Entry(PhraseKind.VALUE, category.key(), List.of(phrase.get(1), phrase.get(0)), attribute, v, null));
                            }
                            // a word of a value no other value of the attribute has: "PTFE" for "PTFE nonstick",
                            // "German" for "German stainless"
                            for (String word : phrase.size() > 1 ? phrase : List.<String>of()) {
                                // ("brew" of "cold brew" is not one: the titles of drip makers use it too)
                                boolean distinctive = word.length() >= 4 && !Words.STOPWORDS.contains(word) && valuePhrases.entrySet().stream()
                                        .filter(o -> !o.getKey().equals(v)).noneMatch(o -> o.getValue().contains(word))
                                        && !(Vocabulary.PRODUCT_TYPE_KEYS.contains(attribute.key()) && category.sharedTitleWords().contains(word));
                                if (distinctive) {
                                    // weak only for a product type, where a title word may say otherwise; "stainless
                                    // or glass" names two jar materials
                                    entries.add(new Entry(PhraseKind.VALUE, category.key(), List.of(word), attribute, v, null,
                                            Vocabulary.PRODUCT_TYPE_KEYS.contains(attribute.key())));
                                }
                            }
                            // a grade or model code inside a value names it: "VG-10" or "vg10" for "Japanese VG-10"
                            int last = phrase.size() - 1;
                            if (phrase.size() > 2 && Words.isNumber(phrase.get(last)) && phrase.get(last - 1).chars().allMatch(Character::isLetter)) {
                                List<String> code = phrase.subList(last - 1, phrase.size());
                                boolean unique = valuePhrases.entrySet().stream().filter(o -> !o.getKey().equals(v))
                                        .noneMatch(o -> Collections.indexOfSubList(o.getValue(), code) >= 0);
                                if (unique) {
                                    entries.add(new Entry(PhraseKind.VALUE, category.key(), List.copyOf(code), attribute, v, null));
                                    entries.add(new Entry(PhraseKind.VALUE, category.key(), List.of(code.get(0) + code.get(1)), attribute, v, null));
                                }
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            // a first word several product types share names them all, before a noun: "a checked bag" is checked
            // medium or checked large
            category.productTypeAttribute().ifPresent(type -> sharingFirstWord(category, type).forEach((word, values) -> entries.add(
                    new Entry(PhraseKind.VALUE, category.key(), List.of(word), type, String.join(SHARED, values), null, true))));

            // words the catalog's titles use for one product type ("earbuds" → form in-ear)
            category.productTypeAttribute().ifPresent(type -> category.typeWords().forEach((word, value) -> entries.add(
                    new Entry(PhraseKind.VALUE, category.key(), List.of(word), type, value, null, true))));
            category.options().forEach((name, values) -> values.forEach(v -> entries.add(new Entry(PhraseKind.OPTION, category.key(),
                    Words.phrase(v), null, name + "=" + v, null))));
            category.brands().forEach(b -> entries.add(new Entry(PhraseKind.BRAND, category.key(), Words.phrase(b), null, b, null)));
            for (Vocabulary.Reason reason : category.reasons()) {
                // a reason that is one yes/no attribute and says its name ("No small parts", "No
                // subscription") is that attribute, a hard limit: the flag's own phrase reads it, with
                // its negation, so the reason's longer phrase must not win over it
                List<List<String>> flagNames = category.attribute(reason.attribute() == null ? "" : reason.attribute())
                        .filter(a -> a.type() == AttributeType.BOOLEAN).map(IntentParser::flagNames).orElse(List.of());
                reason.phrases().stream().filter(p -> flagNames.stream().noneMatch(f -> Collections.indexOfSubList(p, f) >= 0))
                        .forEach(p -> entries.add(new Entry(PhraseKind.REASON, category.key(), p, null, null, reason)));
                List<String> label = Words.phrase(reason.label());
                if (label.size() > 1 && label.get(0).length() >= 5 && !Words.STOPWORDS.contains(label.get(0))
                        && !GENERIC_LABEL_WORDS.contains(label.get(0))) {
                    entries.add(new Entry(PhraseKind.REASON, category.key(), label.subList(0, 1), null, null, reason));
                }
            }
            for (Synonym synonym : vocabulary.synonyms()) {
                if (synonym.kind() == Synonym.Kind.ATTRIBUTE) {
                    // written as the message is read: a one-word alias in the term is its store word too
                    // ("cylinder hoover" is read from "cylinder vacuum" when "hoover" is an alias of "vacuum")
                    takenBy(category, synonym).ifPresent(a -> entries.add(new Entry(PhraseKind.SYNONYM, category.key(),
                            Words.phrase(replaced(synonym.term(), derived.aliases)), a, synonym.target().split("=", 2)[1].strip(), null)));
                } else if (synonym.kind() == Synonym.Kind.REASON) {
                    category.reason(synonym.target()).ifPresent(r -> entries.add(new Entry(PhraseKind.REASON, category.key(),
                            Words.phrase(synonym.term()), null, null, r)));
                }
            }
        }
        entries.removeIf(e -> e.phrase().isEmpty());
        // Longest phrases first: "stainless steel" before "steel", "noise cancelling" before "noise".
        entries.sort(Comparator.comparingInt((Entry e) -> -e.phrase().size()).thenComparing(e -> e.kind().ordinal()));
        return entries;
    }

    /**
     * The attribute of {@code category} a merchandiser's word for a value ("cabin bag" for type=carry-on)
     * sets, only where the attribute takes that value: luggage's type, never a coffee maker's, though
     * both categories have a "type". Any value when the attribute lists none.
     */
    private static Optional<AttributeDefinition> takenBy(CategoryWords category, Synonym synonym) {
        String[] pair = synonym.target().split("=", 2);
        String value = pair[1].strip();
        return category.attribute(pair[0]).filter(a -> a.allowedValues().isEmpty()
                || a.allowedValues().stream().anyMatch(v -> v.equalsIgnoreCase(value)));
    }

    /**
     * Whether a list attribute names what the product works with ("Works with": Alexa, Google Home):
     * "bulbs for Google Home" asks for that compatibility, a limit, where "a blender for smoothies"
     * says a use that ranks.
     */
    private static boolean worksWith(AttributeDefinition attribute) {
        String label = attribute.label().toLowerCase(Locale.ROOT);
        return label.startsWith("works with") || label.startsWith("compatible with");
    }

    /** Whether a merchandiser's word for a yes/no attribute says yes ("dishwasher_safe=yes"), not no. */
    private static boolean saysYes(String value) {
        return Set.of("yes", "true").contains(value.toLowerCase(Locale.ROOT));
    }

    /** The words that name a program or setting as such: "a smoothie program", "soup setting". */
    private static final Set<String> SETTING_WORDS = Set.of("program", "setting", "mode", "function", "preset", "button", "cycle", "option");

    /**
     * Whether a list value at [i, end) is said as the thing made, not the setting: a plural ("I make
     * smoothies every morning", "soups in winter") with no setting word after it in its clause, so it
     * is what the product is for (a preference), not a program it must have.
     */
    private static boolean madeThing(Message m, int i, int end) {
        if (m.token(end - 1).equals(m.singular.get(end - 1))) {
            return false;
        }
        for (int k = end; k < Math.min(m.size(), end + 4) && !m.clauseStarts.contains(k); k++) {
            if (SETTING_WORDS.contains(m.singular.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the words accepting the value at [i, end) stand, in its clause: "wired is fine too", "wired
     * ones would work", "I don't mind batteries", "fine with a glass one"; null when none do.
     */
    private static int[] acceptedAt(Message m, int i, int end) {
        for (int j = end; j <= end + 2 && j < m.size() && (j == end || !m.clauseStarts.contains(j)); j++) {
            int after = m.startingAt(j, ACCEPT_AFTER);
            if (after > 0 && Words.STOPWORDS.containsAll(m.singular.subList(end, j))) {
                return new int[] {j, after < m.size() && m.token(after).equals("too") ? after + 1 : after};
            }
        }
        // "batteries ok, under $40", "wired fine": the bare word right after the value, ending its clause
        if (end < m.size() && BARE_ACCEPT.contains(m.token(end)) && !m.clauseStarts.contains(end)
                && (end + 1 >= m.size() || m.clauseStarts.contains(end + 1))) {
            return new int[] {end, end + 1};
        }
        for (int j = i; j >= Math.max(0, i - 2); j--) {
            int before = m.endingAt(j, ACCEPT_BEFORE);
            if (before >= 0 && Set.of("a", "an", "the", "some").containsAll(m.singular.subList(j, i))) {
                return new int[] {before, j};
            }
        }
        return null;
    }

    /** The phrases naming a yes/no attribute: its key's words and its label; "subscription" for subscription_required. */
    private static List<List<String>> flagNames(AttributeDefinition attribute) {
        Set<List<String>> names = new LinkedHashSet<>();
        List<String> key = Words.phrase(attribute.key().replace('_', ' '));
        names.add(key);
        names.add(Words.phrase(attribute.label()));
        if (key.size() > 1 && key.get(key.size() - 1).equals("required")) {
            names.add(key.subList(0, key.size() - 1)); // "no subscription" for subscription_required
        }
        List<String> label = Words.phrase(attribute.label());
        int without = label.indexOf("without");
        if (without > 0 && without < label.size() - 1) {
            // "without internet" and "without the internet" for "Works without the internet"
            List<String> rest = label.subList(without, label.size());
            names.add(rest);
            names.add(rest.stream().filter(w -> !ARTICLES.contains(w)).toList());
        }
        if (key.size() == 2 && key.get(1).equals("safe")) {
            names.add(List.of("in", "the", key.get(0))); // "goes in the dishwasher" for dishwasher_safe
            names.add(List.of("in", key.get(0)));
            names.add(List.of(key.get(0))); // "has to survive the dishwasher", "ok for dishwasher"
        }
        if (key.size() == 1 && key.get(0).endsWith("able") && key.get(0).length() > 7) {
            String verb = key.get(0).substring(0, key.get(0).length() - 4); // "can program" for programmable
            if (verb.length() > 3 && verb.charAt(verb.length() - 1) == verb.charAt(verb.length() - 2)) {
                verb = verb.substring(0, verb.length() - 1); // "programm" of "programmable" is "program"
            }
            names.add(List.of("can", verb));
            names.add(List.of("can", "be", verb + (verb.endsWith("e") ? "d" : "ed")));
        }
        names.removeIf(List::isEmpty);
        return List.copyOf(names);
    }

    private void phrases(Message m, List<CategoryWords> scope, String working, List<Constraint> out, List<Constraint> accepted,
                         Map<String, Integer> votes, List<String> understood) {
        List<Entry> entries = entries(scope);
        Map<String, List<String>> anyOf = new LinkedHashMap<>();
        Map<String, List<String>> noneOf = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        Map<String, Object> subjects = new HashMap<>();
        // where each negated list ends ("anything but Vortex or KitchenPro"): the next item of the
        // same field, joined only by "or", "and" or a comma, is negated too
        Map<String, Integer> negatedListEnds = new HashMap<>();
        Set<String> weakValues = new HashSet<>();
        Map<String, int[]> valueSpans = new HashMap<>(); // where each value was first read
        Set<String> strongValues = new HashSet<>();
        // values read from a first word several share ("checked") and values read by their own words ("large")
        Set<String> viaShared = new HashSet<>();
        // the product-type fields a value was read for so far, left to right ("lid" in "a spare lid for a Blendwell jug")
        Map<String, Integer> typesNamed = new HashMap<>();
        Set<String> direct = new HashSet<>();
        for (int i = 0; i < m.size(); i++) {
            for (Entry entry : entries) {
                // a value or a merchandiser's word for one may hold the word naming its category:
                // "carry-on luggage", "hand luggage"
                boolean holdsName = (entry.kind() == PhraseKind.VALUE || entry.kind() == PhraseKind.SYNONYM) && entry.category().equals(working);
                int end;
                if (m.at(i, entry.phrase(), holdsName)) {
                    end = i + entry.phrase().size();
                } else if (entry.kind() == PhraseKind.SYNONYM && (end = m.looseEnd(i, entry.loose(), holdsName)) > 0) {
                    // a merchandiser's description said in the shopper's own words around its core
                } else {
                    continue;
                }
                if (entry.value() != null && entry.value().contains(SHARED) && (i + 1 >= m.size() || m.clauseStarts.contains(i + 1)
                        || Words.STOPWORDS.contains(m.token(i + 1)) || OBJECTS.contains(m.token(i + 1)) || SUBJECTS.contains(m.token(i - 1)))) {
                    continue; // "a checked bag" names the types; "I checked the reviews" nothing
                }
                if (entry.phrase().size() == 1 && NEGATIONS.contains(entry.phrase().get(0)) && m.token(i + 1).equals("of")) {
                    continue; // "none of those paper filters" refuses paper; it does not ask for the filter "none"
                }
                boolean typeValue = (entry.kind() == PhraseKind.VALUE || entry.kind() == PhraseKind.SYNONYM) && entry.attribute() != null
                        && Vocabulary.PRODUCT_TYPE_KEYS.contains(entry.attribute().key());
                boolean typeName = typeValue && entry.kind() == PhraseKind.VALUE; // the store's own name for a product type
                if (typeName && verbAt(m, i, entry.phrase())) {
                    continue; // "one I can set the night before": a doing, not a knife set
                }
                int at = i;
                if (typeValue && vocabulary.category(entry.category()).filter(c -> notAName(m, at, entry.phrase(), c)).isPresent()) {
                    continue; // "12 cup" is a quantity, "the dust cup" a vacuum's: no to-go cup
                }
                String typeField = typeValue ? entry.category() + "|" + entry.attribute().key() : null;
                Integer typeBefore = typeValue ? typesNamed.get(typeField) : null;
                if (typeBefore != null && m.sameClause(typeBefore, i) && wordBefore(m, i, Set.of("for")) >= 0) {
                    m.mark(i, end); // "a spare lid for a Blendwell jug": the jug is what the lid is for, not a second part asked for
                    break;
                }
                if (typeValue) {
                    typesNamed.putIfAbsent(typeField, i);
                }
                if (typeName && owned(m, i) && !replaced(m, i)) {
                    m.mark(i, i + entry.phrase().size()); // "her old chef knife snapped": what they have, not what they want
                    break;
                }
                String previous = i > 0 ? m.singular.get(i - 1) : "";
                if (entry.weak() && i > 0 && (m.naming[i - 1] || vocabulary.category(entry.category()).stream()
                        .anyMatch(c -> c.phrases().stream().anyMatch(p -> p.contains(previous))))) {
                    continue; // "coffee machine" is a coffee maker, not an espresso machine
                }
                String list = entry.category() + "|" + listField(entry);
                Integer listEnd = negatedListEnds.get(list);
                boolean negated = m.negatedBefore(i) || listEnd != null && m.onlyConnectors(listEnd, i)
                        || entry.kind() != PhraseKind.REASON && (averse(m, i) || complainedOf(m, i, end) || swappedOut(m, i, end) || freeOf(m, i, end));
                if (negated) {
                    negatedListEnds.put(list, end);
                }
                String source = ((negated ? negationWords(m, i) : "") + m.words(i, end)).strip();
                int[] accepting = entry.kind() != PhraseKind.REASON && (entry.attribute() != null || entry.kind() == PhraseKind.OPTION
                        || entry.kind() == PhraseKind.BRAND) ? acceptedAt(m, i, end) : null;
                if (accepting != null && entry.attribute() == null) {
                    // "silver is fine actually", "Nutrimax is ok too": a colour or a brand taken back from a refusal, or let in
                    if (accepting[1] <= i) {
                        negated = false;
                        source = m.words(i, end);
                    }
                    String[] pair = entry.value().split("=", 2);
                    Constraint value = entry.kind() == PhraseKind.OPTION ? Constraints.option(pair[0], List.of(pair[1]), negated, source)
                            : Constraints.brand(List.of(entry.value()), negated, source);
                    accepted.add(value);
                    understood.add("\"" + m.words(Math.min(i, accepting[0]), Math.max(end, accepting[1])) + "\" → accepts " + value.text());
                    m.mark(negated ? negationStart(m, i) : i, end);
                    m.mark(accepting[0], accepting[1]);
                    break;
                }
                if (accepting != null) {
                    // "wired is fine too": the value widens the limit on its field (SessionIntent), asks for nothing new
                    if (accepting[1] <= i) {
                        negated = false; // the "don't" of "I don't mind glass" is the acceptance's own
                        source = m.words(i, end);
                    }
                    AttributeDefinition attribute = entry.attribute();
                    boolean flag = attribute.type() == AttributeType.BOOLEAN;
                    boolean yes = entry.kind() != PhraseKind.SYNONYM || !flag || saysYes(entry.value());
                    Constraint value = flag ? Constraints.choice(attribute, List.of("yes"), negated == yes, source)
                            : Constraints.choice(attribute, List.of(entry.value()), negated, source);
                    accepted.add(value);
                    understood.add("\"" + m.words(Math.min(i, accepting[0]), Math.max(end, accepting[1])) + "\" → accepts " + value.text());
                    m.mark(negated ? negationStart(m, i) : i, end);
                    m.mark(accepting[0], accepting[1]);
                    break;
                }
                switch (entry.kind()) {
                    case FLAG -> {
                        out.add(Constraints.choice(entry.attribute(), List.of("yes"), negated, source));
                        understood.add("\"" + source + "\" → " + out.get(out.size() - 1).text());
                    }
                    case SYNONYM -> {
                        AttributeDefinition attribute = entry.attribute();
                        boolean flag = attribute.type() == AttributeType.BOOLEAN;
                        boolean yes = !flag || saysYes(entry.value());
                        if (flag) {
                            out.add(Constraints.choice(attribute, List.of("yes"), negated == yes, source));
                            understood.add("\"" + source + "\" → " + out.get(out.size() - 1).text());
                        } else if (attribute.type() == AttributeType.LIST && !negated && m.endingAt(i, USE_MARKERS) >= 0 && !worksWith(attribute)) {
                            // "for protein shakes" says what it is for, as "for smoothies" does: a use that ranks, no limit
                            out.add(Constraints.use(attribute, entry.value(), source));
                            understood.add("\"" + source + "\" → " + out.get(out.size() - 1).text());
                        } else {
                            group(negated ? noneOf : anyOf, entry.category() + "|attr." + attribute.key(), entry.value(), sources, source,
                                    subjects, attribute);
                        }
                    }
                    case VALUE -> {
                        if (entry.attribute().type() == AttributeType.LIST && !negated
                                && (m.endingAt(i, USE_MARKERS) >= 0 && !worksWith(entry.attribute()) || madeThing(m, i, end))) {
                            out.add(Constraints.use(entry.attribute(), entry.value(), source));
                            understood.add("\"" + source + "\" → " + out.get(out.size() - 1).text());
                        } else {
                            String key = entry.category() + "|attr." + entry.attribute().key();
                            // "at least IPX5", "IPX5 or better": every value of a graded scale from it up
                            List<String> graded = negated ? List.of() : gradedFrom(m, i, end, entry.attribute(), entry.value());
                            if (!graded.isEmpty()) {
                                int from = m.endingAt(i, AT_LEAST_BEFORE) >= 0 ? m.endingAt(i, AT_LEAST_BEFORE) : i;
                                int to = Math.max(end, m.startingAt(end, AT_LEAST_AFTER));
                                String said = m.words(from, to);
                                group(anyOf, key, graded.get(0), sources, said, subjects, entry.attribute());
                                graded.forEach(v -> {
                                    if (!anyOf.get(key).contains(v)) {
                                        anyOf.get(key).add(v);
                                    }
                                });
                                graded.forEach(v -> strongValues.add(key + "=" + v));
                                m.mark(from, to);
                            } else {
                                for (String value : entry.value().split(java.util.regex.Pattern.quote(SHARED))) {
                                    group(negated ? noneOf : anyOf, key, value, sources, source, subjects, entry.attribute());
                                    (entry.weak() ? weakValues : strongValues).add(key + "=" + value);
                                    (entry.value().contains(SHARED) ? viaShared : direct).add(key + "=" + value);
                                    valueSpans.putIfAbsent(key + "=" + value, new int[] {i, end});
                                }
                            }
                        }
                    }
                    case OPTION -> {
                        String[] pair = entry.value().split("=", 2);
                        group(negated ? noneOf : anyOf, entry.category() + "|option." + pair[0], pair[1], sources, source, subjects, pair[0]);
                    }
                    case BRAND -> group(negated ? noneOf : anyOf, entry.category() + "|brand", entry.value(), sources, source, subjects, "brand");
                    case REASON -> {
                        if (negated) {
                            break; // "not quiet" asks for nothing we can rank on
                        }
                        out.add(Constraints.reason(entry.reason(), source));
                        understood.add("\"" + source + "\" → " + out.get(out.size() - 1).text());
                    }
                }
                // a product type ("video doorbell", "carry-on") says more about the category than a value
                boolean productType = entry.kind() == PhraseKind.VALUE && Vocabulary.PRODUCT_TYPE_KEYS.contains(entry.attribute().key())
                        && !negated;
                votes.merge(entry.category(), entry.kind() == PhraseKind.BRAND || entry.kind() == PhraseKind.OPTION ? 0 : productType ? 2 : 1,
                        Integer::sum);
                // "a glass jar", "ceramic basket": the word after a value that names its attribute belongs to it
                if (entry.attribute() != null && end < m.size() && !m.used[end] && !Words.STOPWORDS.contains(m.singular.get(end))
                        && Words.phrase(entry.attribute().label()).contains(m.singular.get(end))) {
                    end++;
                }
                m.mark(negated ? negationStart(m, i) : i, end);
                break;
            }
        }
        // "a doorbell camera", "one of those doorbells with a camera in it": a product type said before
        // another, as the first noun of a compound or with the other after "with", is the thing wanted;
        // the other describes it (a camera that is a doorbell)
        anyOf.forEach((key, values) -> {
            if (!(subjects.get(key) instanceof AttributeDefinition type && Vocabulary.PRODUCT_TYPE_KEYS.contains(type.key()))) {
                return;
            }
            for (String first : List.copyOf(values)) {
                int[] at = valueSpans.get(key + "=" + first);
                for (String other : List.copyOf(values)) {
                    int[] later = valueSpans.get(key + "=" + other);
                    if (at != null && later != null && !first.equals(other) && (later[0] == at[1] || later[0] > at[1] && afterWith(m, later[0]))) {
                        values.remove(other);
                        strongValues.add(key + "=" + first);
                    }
                }
            }
        });
        // "a checked suitcase, the large size": a type named by its own words narrows the ones a shared word named
        anyOf.forEach((key, values) -> {
            if (values.stream().anyMatch(v -> direct.contains(key + "=" + v))) {
                values.removeIf(v -> viaShared.contains(key + "=" + v) && !direct.contains(key + "=" + v));
            }
        });
        // "glass is so heavy. make it the Tritan one instead": the value said with "instead" replaces the others
        anyOf.forEach((key, values) -> {
            List<String> instead = values.stream().filter(v -> {
                int[] at = valueSpans.get(key + "=" + v);
                return at != null && saysInstead(m, at[0]);
            }).toList();
            if (!instead.isEmpty() && instead.size() < values.size()) {
                values.retainAll(instead);
            }
        });
        // "a drip machine": the value named in full wins over the one a title word suggests
        anyOf.forEach((key, values) -> {
            if (values.stream().anyMatch(v -> strongValues.contains(key + "=" + v))) {
                values.removeIf(v -> weakValues.contains(key + "=" + v) && !strongValues.contains(key + "=" + v));
            }
        });
        // "a permanent filter, I'm done buying paper ones": the values wanted already leave the others
        // out, so one chip says what is wanted (unless everything wanted was also refused)
        noneOf.keySet().removeIf(key -> {
            List<String> wanted = anyOf.get(key);
            if (wanted == null) {
                return false;
            }
            wanted.removeAll(noneOf.get(key));
            if (wanted.isEmpty()) {
                anyOf.remove(key);
                return false;
            }
            return true;
        });
        for (boolean negated : List.of(false, true)) {
            (negated ? noneOf : anyOf).forEach((key, values) -> {
                String field = key.substring(key.indexOf('|') + 1);
                String category = key.substring(0, key.indexOf('|'));
                Object subject = subjects.get(key);
                Constraint c = subject instanceof AttributeDefinition attribute ? Constraints.choice(attribute, values, negated, sources.get(key))
                        : field.equals("brand") ? Constraints.brand(values, negated, sources.get(key))
                        : Constraints.option((String) subject, values, negated, sources.get(key));
                out.add(c);
                understood.add("\"" + sources.get(key) + "\" → " + c.text());
            });
        }
    }

    private static final Pattern GRADE = Pattern.compile("(\\D*?)(\\d+)");

    /**
     * With a floor word before or after it ("at least IPX5", "IPX5 or better"), a value of a graded
     * scale (allowed values that differ only in a trailing number: IPX4, IPX5, IPX7) and every value
     * above it; otherwise empty.
     */
    private static List<String> gradedFrom(Message m, int i, int end, AttributeDefinition attribute, String value) {
        if (m.endingAt(i, AT_LEAST_BEFORE) < 0 && m.startingAt(end, AT_LEAST_AFTER) < 0) {
            return List.of();
        }
        Matcher asked = GRADE.matcher(value);
        if (!asked.matches()) {
            return List.of();
        }
        List<String> graded = new ArrayList<>();
        int steps = 0;
        for (String other : attribute.allowedValues()) {
            Matcher grade = GRADE.matcher(other);
            if (!grade.matches()) {
                continue; // "none" is below every grade
            }
            if (!grade.group(1).equalsIgnoreCase(asked.group(1))) {
                return List.of(); // not one scale
            }
            steps++;
            if (Integer.parseInt(grade.group(2)) >= Integer.parseInt(asked.group(2))) {
                graded.add(other);
            }
        }
        graded.sort(Comparator.naturalOrder());
        return steps >= 2 ? graded : List.of();
    }

    /** The field an entry's values are listed under: one attribute, one option, the brand. */
    private static String listField(Entry entry) {
        return switch (entry.kind()) {
            case BRAND -> "brand";
            case OPTION -> "option." + entry.value().split("=", 2)[0];
            case REASON -> "reason";
            default -> "attr." + entry.attribute().key();
        };
    }

    private static void group(Map<String, List<String>> into, String key, String value, Map<String, String> sources, String source,
                              Map<String, Object> subjects, Object subject) {
        List<String> values = into.computeIfAbsent(key, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
        sources.merge(key, source, (a, b) -> a + ", " + b);
        subjects.put(key, subject);
    }

    /** Words of aversion that refuse the value after them as "no" does: "I'm done buying paper ones", "sick of black". */
    private static final List<List<String>> AVERSIONS = phrases("done buying", "done with", "sick of", "tired of", "fed up with",
            "had enough of", "no more", "hate", "hates", "dislike", "not a fan of", "cant stand", "done", "im done", "no time for",
            "dont have time for", "finished with", "never again",
            // "I will NOT be paying a monthly fee", "I refuse to pay a subscription"
            "not paying", "not paying for", "not be paying", "not be paying for", "wont pay", "wont pay for", "wont be paying",
            "wont be paying for", "will not pay", "will not pay for", "refuse to pay", "refuse to pay for", "dont want to pay",
            "dont want to pay for", "not going to pay", "not going to pay for", "never pay", "never pay for", "not willing to pay",
            "not willing to pay for", "no paying", "instead of", "rather than",
            // "I'm not paying extra for an expandable zip"
            "not paying extra for", "wont pay extra for", "dont want to pay extra for", "refuse to pay extra for", "not paying more for");

    /**
     * Whether the value at [i, end) is said to be absent: "plastic-free", "cord free", "free of plastic", "free
     * from PTFE". The word "free" is then read.
     */
    private static boolean freeOf(Message m, int i, int end) {
        if (m.token(end).equals("free") && !m.used[end]) {
            m.mark(end, end + 1);
            return true;
        }
        return m.token(i - 1).equals("of") && m.token(i - 2).equals("free") || m.token(i - 1).equals("from") && m.token(i - 2).equals("free");
    }

    /** Whether a word of aversion ends among the three tokens before i, in its clause. */
    private static boolean averse(Message m, int i) {
        for (int end = i; end >= Math.max(1, i - 2); end--) {
            if (m.endingAt(end, AVERSIONS) >= 0 && m.sameClause(end - 1, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SWAP_VERBS = Set.of("swap", "switch", "replace", "trade", "exchange", "change");

    /**
     * Whether the value at [i, end) is the one a swap takes out: "swap the glass for stainless", "replace
     * the white with black", "change the ceramic to stainless". What it is swapped for is read as wanted.
     */
    private static boolean swappedOut(Message m, int i, int end) {
        int verb = i - 1;
        while (verb >= 0 && verb >= i - 3 && Set.of("the", "out", "my", "that", "a", "those", "this").contains(m.token(verb))) {
            verb--;
        }
        if (verb < 0 || !SWAP_VERBS.contains(m.token(verb)) || !m.sameClause(verb, i)) {
            return false;
        }
        for (int k = end; k <= end + 2 && k < m.size() - 1 && m.sameClause(i, k); k++) {
            if (Set.of("for", "with", "to", "into").contains(m.token(k)) && Words.number(m.token(k + 1)) == null) {
                return true; // not "replace the HEPA filter every 6-12 months": a range, no swap
            }
        }
        return false;
    }

    /** Whether the clause of token i says "instead" (not "instead of", which refuses what follows it). */
    private static boolean saysInstead(Message m, int i) {
        int start = m.clauseStarts.stream().filter(c -> c <= i).max(Integer::compare).orElse(0);
        int end = m.clauseStarts.stream().filter(c -> c > i).min(Integer::compare).orElse(m.size());
        for (int k = start; k < end; k++) {
            if (m.token(k).equals("instead") && !m.token(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** What things of a kind do that shoppers hold against them, said as a habit: "glass ones shatter", "batteries always die on me". */
    private static final Set<String> FAULTS = Set.of("crack", "cracks", "chip", "chips", "shatter", "shatters", "scuff", "scuffs",
            "scratch", "scratches", "peel", "peels", "flake", "flakes", "rust", "rusts", "leak", "leaks", "die", "dies", "stink", "stinks",
            "break", "breaks", "snap", "snaps", "warp", "warps", "stain", "stains", "dent", "dents", "tangle", "tangles", "fade", "fades");
    /** Words that may stand between a value and the fault said of it: "plastic jugs go cloudy", "hard ones always crack". */
    private static final Set<String> FAULT_FILLERS = Set.of("ones", "one", "always", "just", "all", "so", "easily", "eventually",
            "keep", "tend", "to", "go", "get", "seem", "usually", "constantly");

    /**
     * Whether the value ending before {@code end} is held against ("the glass ones shatter", "hard shells scuff
     * like crazy", "plastic jugs go cloudy"): a fault in the present, the way things of that kind behave, follows
     * it within its clause, with at most one other word (its noun) besides adverbs. What happened to one thing
     * ("my glass jar cracked", "the battery now dies after 8 minutes": one thing, its own) says nothing about the next.
     */
    private static boolean complainedOf(Message m, int i, int end) {
        int nouns = 0;
        // "the battery", "my Vortex jar": a determiner just before, or before one word (a brand, an adjective)
        boolean own = oneOfItsOwn(m.token(i - 1)) || oneOfItsOwn(m.token(i - 2)) && !m.clauseStarts.contains(i - 1);
        for (int k = end; k < Math.min(m.size(), end + 5) && !m.clauseStarts.contains(k); k++) {
            String t = m.token(k);
            if (FAULTS.contains(t) || t.equals("cloudy") && Set.of("go", "get", "goes", "gets").contains(m.token(k - 1))) {
                // "the glass ones shatter", "the plastic jugs go cloudy": things of a kind; "the battery now dies": one
                boolean one = own;
                for (int j = end - 1; j < k && one; j++) {
                    one = m.token(j).equals(m.singular.get(j)) && !m.token(j).equals("ones");
                }
                return !one;
            }
            if (FAULT_FILLERS.contains(t) || t.equals("go")) {
                continue;
            }
            if (++nouns > 1 || NEGATIONS.contains(t) || PREPOSITIONS.contains(t) || Words.isNumber(t)) {
                return false; // "a jar that won't crack", "a basket for chips"
            }
        }
        return false;
    }

    /** Whether a word points at one thing: a possessive, "the", "this" or "that" ("my jar", "the battery"). */
    private static boolean oneOfItsOwn(String word) {
        return POSSESSIVES.contains(word) || word.equals("the") || word.equals("this") || word.equals("that");
    }

    private static String negationWords(Message m, int i) {
        return m.words(negationStart(m, i), i) + " ";
    }

    private static int negationStart(Message m, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (NEGATIONS.contains(m.token(k))) {
                return k;
            }
        }
        return i;
    }

    // ---- comparatives, occasions ----------------------------------------------------------------

    private List<Relative> relatives(Message m, List<CategoryWords> scope, String working, List<Constraint> out, List<String> understood) {
        List<Relative> relatives = new ArrayList<>();
        Optional<int[]> cheaper = m.find(CHEAPER);
        if (cheaper.isPresent()) {
            relatives.add(new Relative("price", Direction.LESS, true, m.words(cheaper.get()[0], cheaper.get()[1])));
            m.mark(cheaper.get()[0], cheaper.get()[1]);
        }
        Optional<int[]> pricier = m.find(PRICIER);
        if (pricier.isPresent() && m.token(pricier.get()[1]).equals("than")) {
            relatives.add(new Relative("price", Direction.MORE, true, m.words(pricier.get()[0], pricier.get()[1])));
            m.mark(pricier.get()[0], pricier.get()[1]);
        }
        List<Relative> all = new ArrayList<>(relatives);
        all.addAll(relativesOf(m, scope, working, out, understood));
        return negatedRelatives(m, all);
    }

    /**
     * "no louder than the first", "not more expensive than the second one", "nothing heavier than that": a
     * negation right before a comparative turns it round and lets the card's own value in.
     */
    private static List<Relative> negatedRelatives(Message m, List<Relative> relatives) {
        List<Relative> turned = new ArrayList<>();
        for (Relative relative : relatives) {
            List<String> said = Words.tokens(relative.source());
            int start = -1;
            for (int i = 0; i + said.size() <= m.size() && start < 0 && !said.isEmpty(); i++) {
                if (m.tokens.subList(i, i + said.size()).equals(said)) {
                    start = i;
                }
            }
            int[] at = {start, start + said.size()};
            int before = start - 1;
            if (before >= 0 && Set.of("any", "much", "a", "bit").contains(m.token(before))) {
                before--; // "not any louder", "no much heavier"
            }
            boolean negated = relative.strict() && before >= 0 && Set.of("no", "not", "nothing", "none", "never", "isnt", "arent")
                    .contains(m.token(before)) && m.token(at[1]).equals("than");
            turned.add(negated ? relative.negated(m.words(before, at[1])) : relative);
        }
        return turned;
    }

    private List<Relative> relativesOf(Message m, List<CategoryWords> scope, String working, List<Constraint> out, List<String> understood) {
        List<Relative> relatives = new ArrayList<>();
        firstBy(m, CHEAPEST, "price", "Price", true, out, understood);
        firstBy(m, BEST_RATED, "rating", "Rating", false, out, understood);
        if (working == null) {
            return relatives;
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.used[i]) {
                continue;
            }
            String word = m.token(i);
            // "the maximum number of players" is the most of them; "maximum 150" was read as a limit before
            boolean more = Set.of("more", "less", "most", "least", "maximum").contains(word);
            String adjective = more ? m.token(i + 1) : word;
            List<String> stems = new ArrayList<>();
            boolean superlative = false;
            if (!more) {
                Optional<Words.Compared> compared = Words.compared(word, SHORT_COMPARATIVES.contains(word) ? 3 : 4);
                if (compared.isPresent()) {
                    stems.addAll(compared.get().bases());
                    // "the bigger the drivers the better": a preference, not a limit against a card
                    superlative = compared.get().superlative() || m.token(i - 1).equals("the") && theBetterAfter(m, i) || preferred(m, i);
                }
            } else {
                stems.add(adjective);
                superlative = word.equals("most") || word.equals("least") || word.equals("maximum");
            }
            if (stems.isEmpty() && !more && ANTONYMS.containsKey(word) && negatedAdjective(m, i)) {
                // "nothing loud", "not too heavy", "not one of those loud ones": the other end, as a preference
                stems.add(ANTONYMS.get(word));
                superlative = true;
            } else if (stems.isEmpty() && (intensified(m, i) || plainlyWanted(m, i, working))) {
                // "as light as possible", "really quiet", "super lightweight": a preference, like "the lightest";
                // so is the plain adjective said of the thing wanted ("a big air fryer", "cordless please, and light")
                stems.add(word.equals("lightweight") ? "light" : word);
                superlative = true;
            } else if (stems.isEmpty() && averse(m, i) && MEASURED_NOUNS.containsKey(m.singular.get(i))) {
                // "he hates noise", "sick of the weight": the least of it
                stems.add(MEASURED_NOUNS.get(m.singular.get(i)));
                superlative = true;
            }
            if (stems.isEmpty() && !more && DEGREES.containsKey(word)) {
                // "big drivers", "low drop", "a long battery life": a plain degree said of an attribute's own noun ranks by it
                if (labelledDegree(m, i, false, List.of(word), true, working, out, understood, relatives)) {
                    continue;
                }
            }
            if (!stems.isEmpty() && (labelledDegree(m, i, more, stems, superlative, working, out, understood, relatives)
                    || quality(m, i, more, stems, superlative, working, out, understood, relatives))) {
                continue;
            }
            for (CategoryWords category : scope) {
                for (Vocabulary.Reason reason : category.reasons()) {
                    if (reason.attribute() == null || reason.direction() == null) {
                        continue;
                    }
                    boolean named = stems.stream().anyMatch(stem -> stem.length() >= 4 && (reason.code().startsWith(stem)
                            || Words.phrase(reason.label()).get(0).startsWith(stem)));
                    if (!named) {
                        continue;
                    }
                    boolean less = reason.direction() == Direction.LESS;
                    if (word.equals("less") || word.equals("least")) {
                        less = !less;
                    }
                    String source = more ? word + " " + adjective : word;
                    AttributeDefinition attribute = category.attribute(reason.attribute()).orElse(null);
                    if (attribute == null) {
                        continue;
                    }
                    String field = "attr." + attribute.key();
                    out.add(Constraints.direction(field, attribute.label(), less, source));
                    understood.add("\"" + source + "\" → " + (less ? "lower " : "higher ") + attribute.label().toLowerCase(Locale.ROOT));
                    if (!superlative) {
                        relatives.add(new Relative(field, less ? Direction.LESS : Direction.MORE, true, source));
                    }
                    m.mark(i, more ? i + 2 : i + 1);
                    break;
                }
            }
            if (!m.used[i]) {
                measuredAdjective(m, i, stems, more, superlative, working, out, understood, relatives);
            }
        }
        return relatives;
    }

    /** "cheapest", "best rated": a preference on a field every product has, read and marked where one of the phrases stands. */
    private static void firstBy(Message m, List<List<String>> phrases, String field, String label, boolean less, List<Constraint> out,
                                List<String> understood) {
        m.find(phrases).ifPresent(at -> {
            String source = m.words(at[0], at[1]);
            out.add(Constraints.direction(field, label, less, source));
            understood.add("\"" + source + "\" → " + (less ? "lowest " : "highest ") + label.toLowerCase(Locale.ROOT) + " first");
            m.mark(at[0], at[1]);
        });
    }

    /** Words that make a comparative a wish, not a limit against the cards: "I prefer the bigger basket ones", "longer blades preferred". */
    private static final Set<String> WISHES = Set.of("prefer", "prefers", "preferred", "preferably", "ideally", "rather");

    /** Whether a word of wish stands in the clause of i, and no "than" follows the comparative: "prefer something lighter". */
    private static boolean preferred(Message m, int i) {
        int start = i;
        while (start > 0 && !m.clauseStarts.contains(start)) {
            start--;
        }
        int end = i + 1;
        while (end < m.size() && !m.clauseStarts.contains(end)) {
            if (m.token(end).equals("than")) {
                return false;
            }
            end++;
        }
        for (int k = start; k < end; k++) {
            if (WISHES.contains(m.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether "the better" (or "the more", "the less") follows i in its clause: "the quieter the better". */
    private static boolean theBetterAfter(Message m, int i) {
        for (int k = i + 1; k < Math.min(m.size() - 1, i + 6) && !m.clauseStarts.contains(k); k++) {
            if (m.token(k).equals("the") && Set.of("better", "best", "more", "less").contains(m.token(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives of degree that say nothing of what they measure on their own: the attribute named after them does. */
    private static final Map<String, Direction> DEGREES = Map.of("long", Direction.MORE, "big", Direction.MORE, "large", Direction.MORE,
            "high", Direction.MORE, "great", Direction.MORE, "low", Direction.LESS, "small", Direction.LESS, "short", Direction.LESS,
            "little", Direction.LESS);

    /**
     * A degree word before an attribute's own words: "the longest runtime", "the biggest battery", "the
     * lowest standby power", "the most play time" (ranked by that attribute), "a longer battery life
     * than the first" (a comparative). Reads and marks it; false when no attribute is named there.
     */
    private boolean labelledDegree(Message m, int i, boolean more, List<String> stems, boolean superlative, String working,
                                   List<Constraint> out, List<String> understood, List<Relative> relatives) {
        Direction direction = more ? (m.token(i).equals("less") || m.token(i).equals("least") ? Direction.LESS : Direction.MORE)
                : stems.stream().map(DEGREES::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Optional<CategoryWords> category = vocabulary.category(working == null ? "" : working);
        if (direction == null || category.isEmpty()) {
            return false;
        }
        int from = i + 1;
        // counts and scores too ("the most players", "the highest HRC"); a word many labels share ("power") names one
        // only where a single measured attribute has it ("as little power as possible" of a smart speaker: standby power)
        Map<AttributeDefinition, Set<String>> numbers = new LinkedHashMap<>();
        category.get().definition().attributes().stream().filter(a -> a.type() == AttributeType.NUMBER).forEach(a -> numbers.put(a, labelWords(a)));
        for (int k = from; k < Math.min(m.size(), from + 3) && !m.clauseStarts.contains(k); k++) {
            String said = m.singular.get(k);
            if (Words.STOPWORDS.contains(said) || COUNTING.contains(said) || GENERIC_LABEL_WORDS.contains(said)
                    && numbers.values().stream().filter(words -> words.contains(said)).count() != 1) {
                continue;
            }
            for (AttributeDefinition attribute : numbers.keySet()) {
                if (numbers.get(attribute).contains(said)) {
                    boolean less = direction == Direction.LESS;
                    String field = "attr." + attribute.key();
                    String source = m.words(i, k + 1);
                    out.add(Constraints.direction(field, attribute.label(), less, source));
                    understood.add("\"" + source + "\" → " + (less ? "lower " : "higher ") + attribute.label().toLowerCase(Locale.ROOT));
                    if (!superlative) {
                        relatives.add(new Relative(field, direction, true, source));
                    }
                    m.mark(i, k + 1);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An adjective of degree whose quality a counted attribute is named for: "the hardest steel", "the harder the
     * better", "something harder" measure the hardness (an attribute labelled with the adjective and "-ness"), not
     * "harder to clean". Reads and marks it; false when the category has no such attribute.
     */
    private boolean quality(Message m, int i, boolean more, List<String> stems, boolean superlative, String working,
                            List<Constraint> out, List<String> understood, List<Relative> relatives) {
        Optional<CategoryWords> category = vocabulary.category(working == null ? "" : working);
        if (category.isEmpty() || m.token(i + 1).equals("to")) {
            return false;
        }
        for (String stem : stems) {
            Optional<AttributeDefinition> named = category.get().definition().attributes().stream()
                    .filter(a -> a.type() == AttributeType.NUMBER && labelWords(a).contains(stem + "ness")).findFirst();
            if (named.isPresent()) {
                boolean less = m.token(i).equals("less") || m.token(i).equals("least");
                String field = "attr." + named.get().key();
                String source = more ? m.words(i, i + 2) : m.token(i);
                out.add(Constraints.direction(field, named.get().label(), less, source));
                understood.add("\"" + source + "\" → " + (less ? "lower " : "higher ") + named.get().label().toLowerCase(Locale.ROOT));
                if (!superlative) {
                    relatives.add(new Relative(field, less ? Direction.LESS : Direction.MORE, true, source));
                }
                m.mark(i, more ? i + 2 : i + 1);
                return true;
            }
        }
        return false;
    }

    /** Words between a degree and what it measures: "the highest number of players". */
    private static final Set<String> COUNTING = Set.of("number", "amount", "count");

    /** The words of an attribute's key and label, singular, with its parenthesis: "players", "max" of "Players (max)", "hrc" of "Hardness (HRC)". */
    private static Set<String> labelWords(AttributeDefinition attribute) {
        Set<String> words = new HashSet<>(Words.phrase(attribute.key().replace('_', ' ') + " " + attribute.label()));
        Words.tokens(attribute.label()).stream().map(Words::singular).forEach(words::add);
        return words;
    }

    /**
     * Comparatives too short for the suffix rule, which would otherwise take misspellings ("biger") away from the
     * spelling corrector: "lower drop than the first", "a wider one".
     */
    private static final Set<String> SHORT_COMPARATIVES = Set.of("lower", "lowest", "wider", "widest");

    /** Adjectives of measure and their other end, for one said under a negation ("not too heavy" is light). */
    private static final Map<String, String> ANTONYMS = Map.of("loud", "quiet", "noisy", "quiet", "heavy", "light", "bulky", "small",
            "big", "small", "large", "small", "huge", "small");

    /** Whether the adjective at i stands under a negation, with only fillers between: "not too heavy", "nothing loud". */
    private static boolean negatedAdjective(Message m, int i) {
        return negationReaches(m, i, ADJECTIVE_FILLERS);
    }

    /** Words between a negation and an adjective of measure: "not too heavy", "not one of those loud ones". */
    private static final Set<String> ADJECTIVE_FILLERS = Set.of("too", "so", "overly", "of", "those", "these", "the", "one");

    private static final Set<String> INTENSIFIERS = Set.of("very", "really", "super", "ultra", "extra", "pretty", "reasonably", "fairly", "nice");

    /** Nouns of a measure, by the adjective for little of it: hating "noise" wants it quiet. */
    private static final Map<String, String> MEASURED_NOUNS = Map.of("noise", "quiet", "weight", "light", "bulk", "small");

    /**
     * Whether a plain measure adjective at i is said of the thing wanted: right before a name of the category
     * talked about or "one(s)" ("a big air fryer", "a light one"), or standing alone as a clause's item after
     * "and" ("cordless please, and light"). Not of what the shopper has ("my big old machine").
     */
    private boolean plainlyWanted(Message m, int i, String working) {
        String word = m.token(i);
        if (!MEASURE_WORDS.containsKey(word) && !word.equals("lightweight") || owned(m, i) || NEGATIONS.contains(m.token(i - 1))
                || POSSESSIVES.contains(m.token(i - 2))) {
            return false;
        }
        String next = m.singular.get(Math.min(i + 1, m.size() - 1));
        if (i + 1 < m.size() && !m.clauseStarts.contains(i + 1) && (next.equals("one") || vocabulary.category(working)
                .map(c -> concat(c.phrases(), concat(c.headNouns(), c.productTypes())).stream().anyMatch(p -> m.at(i + 1, p, true)))
                .orElse(false))) {
            return true;
        }
        boolean ends = i + 1 >= m.size() || m.clauseStarts.contains(i + 1) || m.token(i + 1).equals("please");
        if (ends && m.token(i - 1).equals("and") && !m.clauseStarts.contains(i)) {
            return true;
        }
        // said of the thing wanted, not of one owned ("my old one was heavy", "mine is light"): "them being light",
        // "it has to be light", "keep them light", "light would be nice too", "light too"
        if (ownedClause(m, i) || Set.of("was", "were").contains(m.token(i - 1))) {
            return false;
        }
        boolean predicate = Set.of("being", "be").contains(m.token(i - 1))
                || Set.of("them", "it", "one").contains(m.token(i - 1)) && Set.of("keep", "want", "need", "make").contains(m.token(i - 2));
        boolean subject = (i == 0 || m.clauseStarts.contains(i)) && Set.of("would", "matters", "too", "first").contains(m.token(i + 1));
        return predicate || subject;
    }

    /** Whether the measure adjective at i is said with weight: "as light as possible", "really quiet", "super lightweight". */
    private static boolean intensified(Message m, int i) {
        String word = m.token(i);
        if (!MEASURE_WORDS.containsKey(word) && !word.equals("lightweight")) {
            return false;
        }
        return m.token(i - 1).equals("as") && m.token(i + 1).equals("as") || INTENSIFIERS.contains(m.token(i - 1));
    }

    /**
     * English adjectives of measure and the dimension they measure, for a category without a reason
     * code of that name: "the lightest santoku" is the least mass, "the most space" the most volume.
     */
    private static final Map<String, Object[]> MEASURE_WORDS = Map.ofEntries(
            Map.entry("light", new Object[] {Dimension.MASS, Direction.LESS}), Map.entry("heavy", new Object[] {Dimension.MASS, Direction.MORE}),
            Map.entry("quiet", new Object[] {Dimension.SOUND_LEVEL, Direction.LESS}),
            Map.entry("loud", new Object[] {Dimension.SOUND_LEVEL, Direction.MORE}),
            Map.entry("big", new Object[] {Dimension.VOLUME, Direction.MORE}), Map.entry("large", new Object[] {Dimension.VOLUME, Direction.MORE}),
            Map.entry("roomy", new Object[] {Dimension.VOLUME, Direction.MORE}), Map.entry("space", new Object[] {Dimension.VOLUME, Direction.MORE}),
            Map.entry("room", new Object[] {Dimension.VOLUME, Direction.MORE}), Map.entry("capacity", new Object[] {Dimension.VOLUME, Direction.MORE}),
            Map.entry("small", new Object[] {Dimension.VOLUME, Direction.LESS}),
            Map.entry("short", new Object[] {Dimension.DURATION, Direction.LESS}), Map.entry("quick", new Object[] {Dimension.DURATION, Direction.LESS}),
            Map.entry("long", new Object[] {Dimension.DURATION, Direction.MORE}),
            Map.entry("fast", new Object[] {Dimension.DURATION, Direction.LESS}), Map.entry("hot", new Object[] {Dimension.TEMPERATURE, Direction.MORE}),
            Map.entry("powerful", new Object[] {Dimension.POWER, Direction.MORE}), Map.entry("power", new Object[] {Dimension.POWER, Direction.MORE}));

    /** Adjectives of one side of a thing, the word of that side's label and the end they ask for: "narrow" is the least width. */
    private static final Map<String, Object[]> SIDE_WORDS = Map.of("narrow", new Object[] {"width", Direction.LESS},
            "wide", new Object[] {"width", Direction.MORE}, "slim", new Object[] {"width", Direction.LESS},
            "tall", new Object[] {"height", Direction.MORE}, "deep", new Object[] {"depth", Direction.MORE},
            "shallow", new Object[] {"depth", Direction.LESS});

    private void measuredAdjective(Message m, int i, List<String> stems, boolean more, boolean superlative, String working,
                                   List<Constraint> out, List<String> understood, List<Relative> relatives) {
        String word = m.token(i);
        List<String> candidates = new ArrayList<>(stems);
        if (more) {
            candidates.add(m.token(i + 1)); // "the most space", "more powerful"
        }
        // "which of these weighs the least", "holds the most": the verb says what is measured
        int verb = m.token(i - 1).equals("the") ? i - 2 : i - 1;
        boolean byVerb = more && verb >= 0 && !m.used[verb] && MEASURE_VERBS.containsKey(m.token(verb)) && MEASURE_WORDS.get(m.token(i + 1)) == null;
        if (byVerb) {
            candidates.add(MEASURE_VERBS.get(m.token(verb)));
        }
        List<AttributeDefinition> measured = vocabulary.category(working).map(c -> c.definition().attributes().stream()
                .filter(a -> a.type() == AttributeType.NUMBER && a.dimension() != null).toList()).orElse(List.of());
        for (String stem : candidates) {
            Object[] measure = MEASURE_WORDS.get(stem);
            Object[] side = SIDE_WORDS.get(stem);
            Optional<AttributeDefinition> sided = Optional.empty();
            if (measure == null && side != null) {
                // "the narrowest air fryer", "a taller one": a length, and the side's word in its label says which length
                List<AttributeDefinition> sides = measured.stream().filter(a -> a.dimension() == Dimension.LENGTH
                        && labelWords(a).contains((String) side[0])).toList();
                sided = sides.size() == 1 ? Optional.of(sides.get(0)) : Optional.empty();
                measure = sided.isPresent() ? new Object[] {Dimension.LENGTH, side[1]} : null;
            }
            if (measure == null && more && stem.equals(m.token(i + 1)) && stem.length() > 1) {
                // "more mAh than the first", "fewer watts": a unit's dimension says what is measured
                measure = Unit.parse(stem).map(u -> new Object[] {u.dimension(), Direction.MORE}).orElse(null);
            }
            if (measure == null) {
                continue;
            }
            Dimension dimension = (Dimension) measure[0];
            Optional<AttributeDefinition> attribute = sided.isPresent() ? sided
                    : measured.stream().filter(a -> a.dimension() == dimension).findFirst();
            if (attribute.isEmpty() && COMPARED.containsKey(word)) {
                // "a longer one than the first" of knives: no duration, so the one length the comparative can measure
                // ("the shorter the better" of a backpack: its height)
                List<AttributeDefinition> other = measured.stream().filter(a -> COMPARED.get(word).contains(a.dimension())).toList();
                attribute = other.size() == 1 ? Optional.of(other.get(0)) : Optional.empty();
            }
            if (attribute.isEmpty()) {
                return;
            }
            boolean less = measure[1] == Direction.LESS;
            if (word.equals("less") || word.equals("least")) {
                less = !less;
            }
            int start = byVerb ? verb : i;
            int end = byVerb ? i + 1 : more ? i + 2 : i + 1;
            String source = m.words(start, end);
            String field = "attr." + attribute.get().key();
            out.add(Constraints.direction(field, attribute.get().label(), less, source));
            understood.add("\"" + source + "\" → " + (less ? "lower " : "higher ") + attribute.get().label().toLowerCase(Locale.ROOT));
            if (!superlative) {
                relatives.add(new Relative(field, less ? Direction.LESS : Direction.MORE, true, source));
            }
            m.mark(start, end);
            return;
        }
    }

    /** Verbs of a measure and the adjective of its "more" end: "weighs the least" is the lightest, "holds the most" the biggest. */
    private static final Map<String, String> MEASURE_VERBS = Map.of("weigh", "heavy", "weighs", "heavy", "hold", "big", "holds", "big",
            "fit", "big", "fits", "big");

    /** Whether a negation stands among the {@code words} tokens before i in its clause: "they don't need to be water resistant". */
    private static boolean negationInClauseBefore(Message m, int i, int words) {
        for (int k = i - 1; k >= Math.max(0, i - words); k--) {
            if (NEGATIONS.contains(m.token(k))) {
                return true;
            }
            if (m.clauseStarts.contains(k)) {
                return false;
            }
        }
        return false;
    }

    /** A limit read from the words [from, to): kept, explained, and the words marked as read. */
    private static void keep(Message m, int from, int to, Constraint c, List<Constraint> out, List<String> understood) {
        out.add(c);
        understood.add("\"" + m.words(from, to) + "\" → " + c.text());
        m.mark(from, to);
    }

    /** Words before a counted thing that say it is there: "duffel with wheels", "one that has wheels". */
    private static final Set<String> HAS_IT = Set.of("with", "has", "have", "having", "on");

    /**
     * A count said only as there or not: "a duffel with wheels" is at least one wheel, "no wheels", "without wheels"
     * none. For a count whose label is one plural noun ("Wheels") and whose range starts at 0; a number said with it
     * ("4 wheels") is read as an amount first.
     */
    private void presences(Message m, List<CategoryWords> scope, List<Constraint> out, List<String> understood) {
        if (scope.size() != 1) {
            return;
        }
        for (AttributeDefinition attribute : scope.get(0).definition().attributes()) {
            List<String> label = Words.phrase(attribute.label());
            if (attribute.type() != AttributeType.NUMBER || attribute.dimension() != null || label.size() != 1
                    || attribute.min() == null || attribute.min().signum() != 0 || out.stream().anyMatch(c -> c.field().equals("attr." + attribute.key()))) {
                continue;
            }
            for (int i = 1; i < m.size(); i++) {
                if (m.used[i] || !m.singular.get(i).equals(label.get(0)) || m.clauseStarts.contains(i)) {
                    continue;
                }
                String before = m.token(i - 1);
                boolean none = Set.of("no", "without", "zero").contains(before) || m.negatedBefore(i);
                if (!none && !HAS_IT.contains(before)) {
                    continue;
                }
                keep(m, i - 1, i + 1, Constraints.number(attribute, none ? null : BigDecimal.ONE, none ? BigDecimal.ZERO : null,
                        m.words(i - 1, i + 1)), out, understood);
                break;
            }
        }
    }

    /** Kinds of water a water resistance is said against: "sweat resistant", "splash-proof". */
    private static final Set<String> WET = Set.of("water", "sweat", "splash", "rain", "shower");

    /**
     * "water resistant", "sweat-proof", "sweatproof", "splash resistant": any grade of a resistance the schema
     * grades with a "none" among its values ("Water resistance": none, IPX4, IPX5, IPX7), so every grade but none.
     * Only where one category is in scope and the words are not refused ("doesn't need to be water resistant").
     */
    private void resistances(Message m, List<CategoryWords> scope, List<Constraint> out, List<String> understood) {
        if (scope.size() != 1) {
            return;
        }
        for (AttributeDefinition attribute : scope.get(0).definition().attributes()) {
            List<String> label = Words.phrase(attribute.label());
            if (attribute.type() != AttributeType.ENUM || !attribute.allowedValues().contains("none") || label.size() != 2
                    || !label.get(1).equals("resistance") || out.stream().anyMatch(c -> c.field().equals("attr." + attribute.key()))) {
                continue;
            }
            Set<String> against = label.get(0).equals("water") ? WET : Set.of(label.get(0));
            for (int i = 0; i < m.size(); i++) {
                String word = m.token(i);
                int end = -1;
                if (against.contains(word) && Set.of("resistant", "proof").contains(m.token(i + 1))) {
                    end = i + 2;
                } else if (word.endsWith("proof") && against.contains(word.substring(0, word.length() - 5)) && !word.equals("waterproof")) {
                    end = i + 1; // "waterproof" is a yes/no of its own in stores that have one
                }
                if (end < 0 || m.used[i] || m.negatedBefore(i) || negationInClauseBefore(m, i, 5)) {
                    continue;
                }
                List<String> graded = attribute.sortedAllowedValues().stream().filter(v -> !v.equals("none")).toList();
                keep(m, i, end, Constraints.choice(attribute, graded, false, m.words(i, end)), out, understood);
                break;
            }
        }
    }

    /** "a wedding gift", "birthday present": prefers the category's giftable reason code, when it has one. */
    private void occasions(Message m, List<CategoryWords> scope, List<Constraint> out, Map<String, Integer> votes, List<String> understood) {
        Optional<int[]> occasion = m.find(OCCASIONS);
        if (occasion.isEmpty()) {
            return;
        }
        String source = m.words(occasion.get()[0], occasion.get()[1]);
        for (CategoryWords category : scope) {
            for (Vocabulary.Reason reason : category.reasons()) {
                if (Words.phrase(reason.code() + " " + reason.label()).stream().anyMatch(w -> w.startsWith("gift"))) {
                    out.add(Constraints.reason(reason, source));
                    understood.add("\"" + source + "\" → prefer " + reason.label().toLowerCase(Locale.ROOT));
                    votes.merge(category.key(), 0, Integer::sum);
                }
            }
        }
        m.mark(occasion.get()[0], occasion.get()[1]);
    }

    /**
     * Words naming the people shoppers buy for. "My son", "for my boss", "get my wife something" say who
     * a thing is for, never what it is: such a word is never reported as a thing the store lacks ("we
     * don't sell 'dad'") and makes the message a gift like an occasion word does. Children's words that
     * also read an age ("my son is 8") are read for the age first; "baby", "kid" and "toddler" stay out,
     * as they describe toys too ("baby toys").
     */
    private static final Set<String> PEOPLE = Set.of("mum", "mom", "mother", "dad", "father", "wife", "husband", "partner", "boyfriend",
            "girlfriend", "fiance", "fiancee", "spouse", "hubby", "son", "daughter", "brother", "sister", "sibling", "aunt", "auntie",
            "uncle", "cousin", "nephew", "niece", "grandma", "grandpa", "grandmother", "grandfather", "granny", "gran", "nan", "nana",
            "grandad", "granddad", "grandson", "granddaughter", "grandchild", "grandkid", "grandparent", "parent", "friend", "bestie",
            "coworker", "colleague", "boss", "teacher", "neighbour", "neighbor", "roommate", "flatmate", "housemate", "godson",
            "goddaughter", "godchild", "stepson", "stepdaughter", "stepmom", "stepmum", "stepdad", "bf", "gf", "teenager", "teen");

    /**
     * The person a message buys for: a word of {@link #PEOPLE} after "my", "our", "for" and the like
     * within four words ("for my 60 year old dad"), marked as read; null when none.
     */
    private static String recipient(Message m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.used[i] || !PEOPLE.contains(m.singular.get(i))) {
                continue;
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (POSSESSIVES.contains(m.token(k)) || m.token(k).equals("for")) {
                    m.mark(i, i + 1);
                    return m.singular.get(i);
                }
            }
        }
        return null;
    }

    // ---- what nothing named -----------------------------------------------------------------------

    /** Words that name a category on their own ("blender"): never unread, only outvoted by another category. */
    private static Map<String, String> compounds(Vocabulary vocabulary) {
        Map<String, String> compounds = new HashMap<>();
        for (CategoryWords category : vocabulary.categories()) {
            List<List<String>> phrases = new ArrayList<>(category.phrases());
            category.definition().attributes().forEach(a -> a.allowedValues().forEach(v -> phrases.add(Words.phrase(v))));
            for (List<String> phrase : phrases) {
                if (phrase.size() == 2 && phrase.stream().allMatch(w -> w.chars().allMatch(Character::isLetter))) {
                    compounds.putIfAbsent(phrase.get(0) + phrase.get(1), phrase.get(0) + " " + phrase.get(1));
                }
            }
        }
        return Map.copyOf(compounds);
    }

    private static Set<String> splitWords(Vocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        for (CategoryWords category : vocabulary.categories()) {
            category.definition().attributes().forEach(a -> a.allowedValues().stream().map(Words::phrase)
                    .filter(p -> p.size() == 1 && p.get(0).length() >= 6 && p.get(0).chars().allMatch(Character::isLetter))
                    .forEach(p -> words.add(p.get(0))));
        }
        return Set.copyOf(words);
    }

    private static Set<String> categoryWords(Vocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        for (CategoryWords category : vocabulary.categories()) {
            category.phrases().stream().filter(p -> p.size() == 1).forEach(p -> words.add(p.get(0)));
            category.headNouns().forEach(p -> words.add(p.get(0)));
        }
        return words;
    }

    private List<String> unknown(Message m) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i <= m.size(); i++) {
            // the category word of an unsold thing is reported with it ("knife sharpener")
            boolean content = i < m.size() && (m.unsoldModifier[i] || m.unsoldHeads.contains(i) || !m.used[i] && !Words.STOPWORDS.contains(m.token(i)) && !Words.isNumber(m.token(i))
                    && !derived.categoryWords.contains(m.singular.get(i))
                    && m.token(i).chars().anyMatch(Character::isLetter) && !ORDINALS.containsKey(m.token(i))
                    && !NEGATIONS.contains(m.token(i)));
            // a clause ends a chunk: "grindr, stainles colour" are two things, each read (or corrected) alone
            if (!chunk.isEmpty() && (!content || m.clauseStarts.contains(i))) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (content) {
                chunk.append(chunk.isEmpty() ? "" : " ").append(m.token(i));
            }
        }
        return chunks;
    }

    /**
     * Whether {@code chunk} is {@code label} said short: two or more of its words, its first and its last among them, and
     * nothing else ("pet tool" of "Pet-hair tool"). Such a chunk is compared with the label as a whole, not by what is
     * left beyond the words they share.
     */
    private static boolean shortened(String chunk, String label) {
        List<String> said = Words.singulars(Words.tokens(chunk)).stream().filter(w -> !Words.STOPWORDS.contains(w)).toList();
        List<String> named = Words.phrase(label);
        return said.size() >= 2 && named.size() > said.size() && named.containsAll(said)
                && said.contains(named.get(0)) && said.contains(named.get(named.size() - 1));
    }

    /**
     * Unknown words mapped by meaning: a category when there is none, else a reason code, a use or a
     * yes/no attribute by its label ("grind and brew" → built-in grinder, "airport security lock" →
     * TSA lock). A yes/no attribute read so is a hard limit the shopper sees as a chip and can remove;
     * it is never read from a question (that would turn "can it grind beans?" into a search) nor
     * after a negation ("no cloud" says the opposite of what the words are near).
     */
    private Optional<String> meanings(Message m, List<String> unknown, String working, List<Constraint> out, List<String> understood) {
        String impliedCategory = null;
        boolean question = m.question();
        for (String chunk : unknown) {
            List<Meanings.Target> targets = new ArrayList<>();
            // flags whose label shares words with the chunk, compared on what is left of both (below)
            List<Meanings.Target> beyondShared = new ArrayList<>();
            // values of choices ("puzzle", "road"), compared last and apart (below)
            List<Meanings.Target> choices = new ArrayList<>();
            String rest = chunk;
            int at = chunkStart(m, chunk);
            if (working == null && impliedCategory == null) {
                if (namesUnsold(m, chunk)) {
                    continue; // "ear cushions" are near headphones in meaning, and still not headphones
                }
                vocabulary.categories().forEach(c -> targets.add(new Meanings.Target(Meanings.Kind.CATEGORY, c.key(), c.key(), c.definition().name())));
            } else {
                CategoryWords category = vocabulary.category(working != null ? working : impliedCategory).orElseThrow();
                boolean negatedChunk = at >= 0 && (NEGATIONS.contains(m.token(at - 1)) || m.negatedBefore(at) || averse(m, at));
                for (Vocabulary.Reason r : category.reasons()) {
                    if (flagOf(category, r).isEmpty()) {
                        targets.add(new Meanings.Target(Meanings.Kind.REASON, category.key(), r.code(), r.label()));
                    }
                }
                for (AttributeDefinition attribute : category.definition().attributes()) {
                    if (attribute.type() == AttributeType.LIST) {
                        attribute.allowedValues().forEach(v -> targets.add(new Meanings.Target(Meanings.Kind.USE, category.key(),
                                attribute.key() + "=" + v, v)));
                    } else if (attribute.type() == AttributeType.BOOLEAN && !question && at >= 0
                            && out.stream().noneMatch(c -> c.field().equals("attr." + attribute.key()))
                            && (!Words.phrase(attribute.label()).containsAll(Words.singulars(Words.tokens(chunk))) || shortened(chunk, attribute.label()))) {
                        // "basket" alone names the part, not "Dishwasher-safe basket": a label's own words
                        // that stayed unread are not the flag's meaning. The flag is compared by what names it:
                        // its label and key, a reason saying its name ("No small parts" as "small parts"), the
                        // merchandiser's words for it ("auto start"); "nothing with tiny pieces" is the flag
                        // the other way. Where the chunk shares words with the label ("ceramic basket", "the
                        // tool for animal hair" of "Pet-hair tool", "small pieces"), the shared words are no
                        // evidence: what is left of the chunk is compared with what is left of each name
                        Set<String> shared = new HashSet<>(Words.singulars(Words.tokens(chunk)));
                        shared.retainAll(Words.phrase(attribute.label()));
                        if (shared.isEmpty() || shortened(chunk, attribute.label())) {
                            flagMeanings(category, attribute).forEach((text, yes) -> {
                                if (!partOf(chunk, text)) {
                                    targets.add(new Meanings.Target(Meanings.Kind.FLAG, category.key(),
                                            attribute.key() + "=" + (yes != negatedChunk ? "yes" : "no"), text));
                                }
                            });
                        } else {
                            rest = without(chunk, shared);
                            flagMeanings(category, attribute).forEach((text, yes) -> {
                                String left = without(text, shared);
                                if (!left.isBlank()) {
                                    beyondShared.add(new Meanings.Target(Meanings.Kind.FLAG, category.key(),
                                            attribute.key() + "=" + (yes != negatedChunk ? "yes" : "no"), left));
                                }
                            });
                        }
                    }
                }
                if (!question && at >= 0) {
                    // "a jigsaw", "lego type thing", "all of it on pavement": a value of a choice, most often what
                    // the product is, by the values and the merchandiser's words for them ("jigsaw pieces" for
                    // kind=puzzle, "pavement running" for surface=road), unless the attribute was said already
                    for (AttributeDefinition attribute : category.definition().attributes()) {
                        if (attribute.type() == AttributeType.ENUM
                                && out.stream().noneMatch(c -> c.field().equals("attr." + attribute.key()))) {
                            valueMeanings(category, attribute).forEach((text, value) -> choices.add(new Meanings.Target(Meanings.Kind.VALUE,
                                    category.key(), attribute.key() + "=" + value, text)));
                        }
                    }
                }
            }
            Optional<Meanings.Target> nearest = meanings.nearest(chunk, targets);
            if (nearest.isEmpty() && !beyondShared.isEmpty() && !rest.isBlank()) {
                nearest = meanings.nearest(rest, beyondShared);
            }
            if (nearest.isEmpty() && !choices.isEmpty()) {
                // the category's own words say nothing of which kind ("coffee" is near the merchandiser's
                // "coffee concentrate" for cold brew, "brewing" near "batch brew"): only the other words are compared
                String other = withoutStems(chunk, categoryStems(vocabulary.category(working != null ? working : impliedCategory).orElseThrow()));
                nearest = other.isBlank() ? Optional.empty() : meanings.nearest(other, choices);
            }
            if (nearest.isEmpty()) {
                continue;
            }
            Meanings.Target target = nearest.get();
            CategoryWords category = vocabulary.category(target.category()).orElseThrow();
            switch (target.kind()) {
                case CATEGORY -> {
                    impliedCategory = target.key();
                    understood.add("\"" + chunk + "\" → " + category.definition().name() + " (by meaning)");
                }
                case REASON -> category.reason(target.key()).ifPresent(r -> {
                    out.add(Constraints.reason(r, chunk));
                    understood.add("\"" + chunk + "\" → prefer " + r.label().toLowerCase(Locale.ROOT) + " (by meaning)");
                });
                case USE -> {
                    String[] pair = target.key().split("=", 2);
                    category.attribute(pair[0]).ifPresent(a -> {
                        out.add(Constraints.use(a, pair[1], chunk));
                        understood.add("\"" + chunk + "\" → for " + pair[1] + " (by meaning)");
                    });
                }
                case VALUE -> {
                    // only as said, never the other way after a negation: "without squashing the loaf" is
                    // near bread, and says nothing against a bread knife
                    if (NEGATIONS.contains(m.token(at - 1)) || m.negatedBefore(at) || averse(m, at)) {
                        continue;
                    }
                    String[] pair = target.key().split("=", 2);
                    category.attribute(pair[0]).ifPresent(a -> {
                        out.add(Constraints.choice(a, List.of(pair[1]), false, chunk));
                        understood.add("\"" + chunk + "\" → " + out.get(out.size() - 1).text() + " (by meaning)");
                        m.mark(at, at + chunk.split(" ").length);
                    });
                }
                case FLAG -> {
                    String[] pair = target.key().split("=", 2);
                    category.attribute(pair[0]).ifPresent(a -> {
                        out.add(Constraints.choice(a, List.of("yes"), pair[1].equals("no"), chunk));
                        understood.add("\"" + chunk + "\" → " + out.get(out.size() - 1).text() + " (by meaning)");
                        m.mark(at, at + chunk.split(" ").length);
                    });
                }
            }
        }
        return Optional.ofNullable(impliedCategory);
    }

    /**
     * Whether the chunk's words are only some of a description's ("commute" of "noisy commute"): the
     * part the shopper said is no evidence of the whole, whose other words make the meaning.
     */
    private static boolean partOf(String chunk, String description) {
        List<String> said = Words.singulars(Words.tokens(chunk)).stream().filter(w -> !Words.STOPWORDS.contains(w)).toList();
        List<String> described = Words.singulars(Words.tokens(description)).stream().filter(w -> !Words.STOPWORDS.contains(w)).toList();
        return !said.isEmpty() && described.containsAll(said) && !said.containsAll(described);
    }

    /** The stems of every word the category's schema, options and brands use. */
    private static Set<String> categoryStems(CategoryWords category) {
        return category.words().stream().map(Stems::of).collect(Collectors.toSet());
    }

    /** {@code text}'s words but those whose stem is in {@code stems}, and stopwords: "coffee brewing" without coffee makers' words is "". */
    private static String withoutStems(String text, Set<String> stems) {
        return Words.tokens(text).stream().filter(t -> !stems.contains(Stems.of(t)) && !Words.STOPWORDS.contains(t))
                .collect(Collectors.joining(" "));
    }

    /** {@code text}'s words but those in {@code words} (compared singular): "ceramic basket" without "basket" is "ceramic". */
    private static String without(String text, Set<String> words) {
        return Words.tokens(text).stream().filter(t -> !words.contains(Words.singular(t)) && !Words.STOPWORDS.contains(t))
                .collect(Collectors.joining(" "));
    }

    /** The yes/no attribute a reason is, when its label says the attribute's name ("No small parts", "No subscription"). */
    private static Optional<AttributeDefinition> flagOf(CategoryWords category, Vocabulary.Reason reason) {
        List<String> label = Words.phrase(reason.label());
        return category.attribute(reason.attribute() == null ? "" : reason.attribute()).filter(a -> a.type() == AttributeType.BOOLEAN)
                .filter(a -> flagNames(a).stream().anyMatch(f -> Collections.indexOfSubList(label, f) >= 0));
    }

    /**
     * The texts a yes/no attribute is known by, each with whether it means yes: its label and key, the
     * name inside a reason that is the attribute ("No small parts": "small parts", yes), and the
     * merchandiser's synonyms for it ("auto start" yes, "hand wash" no).
     */
    private Map<String, Boolean> flagMeanings(CategoryWords category, AttributeDefinition attribute) {
        Map<String, Boolean> texts = new LinkedHashMap<>();
        texts.put(attribute.label(), true);
        texts.putIfAbsent(attribute.key().replace('_', ' '), true);
        for (Vocabulary.Reason reason : category.reasons()) {
            if (flagOf(category, reason).filter(a -> a.key().equals(attribute.key())).isPresent()) {
                flagNames(attribute).stream().filter(f -> Collections.indexOfSubList(Words.phrase(reason.label()), f) >= 0)
                        .forEach(f -> texts.putIfAbsent(String.join(" ", f), true));
                // the reason as labelled, with its own polarity: "safe for a toddler" is near "No small parts"
                List<String> label = Words.tokens(reason.label());
                texts.putIfAbsent(reason.label(), label.isEmpty() || !NEGATIONS.contains(label.get(0)));
            }
        }
        for (Synonym synonym : vocabulary.synonyms()) {
            String[] pair = synonym.target().split("=", 2);
            if (synonym.kind() == Synonym.Kind.ATTRIBUTE && pair.length == 2 && pair[0].equals(attribute.key())) {
                texts.putIfAbsent(synonym.term(), !Set.of("no", "false").contains(pair[1].strip().toLowerCase(Locale.ROOT)));
            }
        }
        return texts;
    }

    /**
     * The texts each value of a choice attribute is known by: the value itself and the merchandiser's
     * words for it ("like lego" for kind=building set), by text.
     */
    private Map<String, String> valueMeanings(CategoryWords category, AttributeDefinition attribute) {
        Map<String, String> texts = new LinkedHashMap<>();
        // "none" (no filter, no water resistance) is no wording of anything: "nothing" is near it, and says no such thing
        attribute.allowedValues().stream().filter(v -> !v.equalsIgnoreCase("none")).forEach(v -> texts.put(v, v));
        for (Synonym synonym : vocabulary.synonyms()) {
            String[] pair = synonym.target().split("=", 2);
            if (synonym.kind() == Synonym.Kind.ATTRIBUTE && pair.length == 2 && pair[0].equals(attribute.key())) {
                attribute.allowedValues().stream().filter(v -> v.equalsIgnoreCase(pair[1].strip())).findFirst()
                        .ifPresent(v -> texts.putIfAbsent(synonym.term(), v));
            }
        }
        return texts;
    }

    /** Where an unknown chunk (its tokens joined by spaces) starts among the message's unused tokens, or -1. */
    private static int chunkStart(Message m, String chunk) {
        int length = chunk.split(" ").length;
        for (int i = 0; i + length <= m.size(); i++) {
            if (!m.used[i] && m.words(i, i + length).equals(chunk)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "1000 W minimum but shy of 1,400 W", "at least $50 and no more than $90": a floor and a cap said on one
     * field in one message are one range, not the cap replacing the floor.
     */
    private List<Constraint> bothEdges(List<Constraint> read, String category) {
        List<Constraint> out = new ArrayList<>(read);
        for (int a = 0; a < out.size(); a++) {
            for (int b = a + 1; b < out.size(); b++) {
                Constraint first = out.get(a);
                Constraint second = out.get(b);
                boolean oneSided = first.hard() && second.hard() && first.id().equals(second.id())
                        && (first.min() == null) != (first.max() == null) && (second.min() == null) != (second.max() == null)
                        && (first.min() == null) != (second.min() == null) && Objects.equals(first.unit(), second.unit());
                if (!oneSided) {
                    continue;
                }
                BigDecimal min = first.min() != null ? first.min() : second.min();
                BigDecimal max = first.max() != null ? first.max() : second.max();
                if (min.compareTo(max) > 0) {
                    continue;
                }
                String source = first.source() + ", " + second.source();
                Optional<Constraint> range = first.field().equals("price") ? Optional.of(Constraints.price(min, max, first.unit(), source))
                        : category == null || !first.field().startsWith("attr.") ? Optional.<Constraint>empty()
                        : vocabulary.category(category).flatMap(c -> c.attribute(first.field().substring(5))).map(att -> Constraints.number(att, min, max, source));
                if (range.isPresent()) {
                    out.set(a, range.get());
                    out.remove(b);
                    b--;
                }
            }
        }
        return out;
    }

    /** One constraint per id: a later mention of the same field wins ("under $150 ... actually under $120"). */
    private static List<Constraint> dedupe(List<Constraint> constraints) {
        Map<String, Constraint> byId = new LinkedHashMap<>();
        constraints.forEach(c -> byId.put(c.id(), c));
        return new ArrayList<>(byId.values());
    }

    /**
     * Comparatives said with "more" or "less", as shoppers writing in a second language do ("more quiet than 70 dB",
     * "less heavy than 3 kg", "not more heavy than 3 kilo"): the bound each says, at most when {@code most}. A
     * negation before one turns it round like any comparative's ({@code negatedComparative}).
     */
    private static List<List<String>> periphrastic(boolean most) {
        // the adjectives of measure, true where "more" of it is more of the quantity ("more heavy" weighs more)
        Map<String, Boolean> upward = Map.ofEntries(Map.entry("heavy", true), Map.entry("loud", true), Map.entry("big", true),
                Map.entry("large", true), Map.entry("long", true), Map.entry("wide", true), Map.entry("tall", true), Map.entry("high", true),
                Map.entry("powerful", true), Map.entry("strong", true), Map.entry("thick", true), Map.entry("expensive", true),
                Map.entry("light", false), Map.entry("quiet", false), Map.entry("small", false), Map.entry("short", false),
                Map.entry("narrow", false), Map.entry("thin", false), Map.entry("low", false), Map.entry("cheap", false));
        List<String> said = new ArrayList<>();
        upward.forEach((adjective, up) -> {
            for (String degree : List.of("more", "less")) {
                boolean atMost = degree.equals("more") != up;
                if (atMost == most) {
                    said.add(degree + " " + adjective + " than");
                    said.add(degree + " " + adjective + " as");
                }
            }
        });
        return phrases(said.toArray(String[]::new));
    }

    private static List<List<String>> phrases(String... texts) {
        List<List<String>> phrases = new ArrayList<>();
        for (String text : texts) {
            List<String> words = Words.singulars(Words.tokens(text));
            if (words.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has no words");
            }
            phrases.add(words);
        }
        return phrases;
    }
}
