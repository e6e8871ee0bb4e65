package com.concierge.assistant.internal.support;

import com.concierge.assistant.api.Purchases.Purchase;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.intent.Words;
import com.concierge.assistant.internal.semantic.Embeddings;
import com.concierge.catalog.api.guides.Guide;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a message as a request for help with something bought (docs/postpurchase.md#in-the-conversation):
 * "my blender smells like burning", "how do I pair my headphones", "the vacuum I got won't charge".
 * Only a message that speaks of the shopper's own thing, tells a problem or asks how to do something,
 * and does not shop ("my old blender died, I want a quiet one under $100" shops) is help. Then it
 * finds what it is about (the shopper's purchases, by the category or the product's words named,
 * else all of them) and the guide that answers (its symptoms and title, by meaning through the
 * embedding model and by shared words). Pure: the guides, the purchases, the safety reading and the
 * model come from the caller.
 */
public final class SupportDesk {

    /** The shopper's own thing: "my", "mine", "our", or said bought or arrived. */
    private static final Pattern OWN = Pattern.compile("\\b(my|mine|our|ours)\\b|\\bi (just )?(bought|ordered|got|received|purchased)\\b"
            + "|\\byou (sent|sold) me\\b|\\b(just|has|have|finally) arrived\\b|\\bcame (today|yesterday|this week)\\b");
    /** A problem told. */
    private static final Pattern PROBLEM = Pattern.compile("\\b(won'?t|wont|doesn'?t|does not|didn'?t|did not|isn'?t|is not|can'?t|cannot"
            + "|not working|no longer|stopped|stops|broke|broken|keeps|leak\\w*|smell\\w*|smok\\w*|spark\\w*|rattl\\w*|grinding|error|blink\\w*"
            + "|flash\\w*|dead|died|faulty|fault|problem|issue|trouble|offline|disconnect\\w*|overheat\\w*|shock\\w*|burn\\w*|fire|flames?"
            + "|melt\\w*|drips?|dripping|stuck|wobbl\\w*|weak|soggy|dull|rust\\w*|loud|noisy|noise|sounds?|click\\w*|buzz\\w*|squeak\\w*|vibrat\\w*)\\b");
    /** A how-to asked. */
    private static final Pattern HOW = Pattern.compile("\\bhow (do|can|should|would) (i|we|you)\\b|\\bhow to\\b|\\bset (it |them |this |these )?up\\b"
            + "|\\bsetup\\b|\\bpair(ing)?\\b|\\bconnect\\b|\\bclean(ing)?\\b|\\bdescal\\w*|\\breset\\b|\\binstall\\w*|\\bassembl\\w*|\\bfirst use\\b"
            + "|\\binstructions?\\b|\\bmanual\\b|\\bcare for\\b|\\bcombination\\b");
    /** Shopping said: then the message is a shopping request, whatever else it tells. */
    private static final Pattern SHOPS = Pattern.compile("\\blooking for\\b|\\blook(ing)? at\\b|\\bwant(s|ed)? (a|an|one|something|to buy|another)\\b"
            + "|\\bneed(s)? (a|an|another|something|one)\\b|\\brecommend\\w*|\\bsuggest\\w*|\\bbuy\\w*|\\bshop\\w*|\\bupgrade\\b|\\balternative\\b"
            + "|\\binstead\\b|\\breplac\\w*|\\bnew one\\b|\\banother one\\b|\\bbudget\\b|\\bcheaper\\b|\\bunder \\d|[$£€]|\\bbucks\\b|\\bdo you (sell|have|carry|stock)\\b"
            + "|\\bwhich (one|is)\\b|\\bcompare\\b|\\bgift\\b|\\bpresent\\b|\\bprice\\b|\\bcost\\w*|\\bsale\\b|\\bdeal\\b");
    /** "my old blender", "our last vacuum": a thing being replaced, not one bought here. */
    private static final Pattern FORMER = Pattern.compile("\\b(my|our) (old|last|previous|former|current|first|late)\\b|\\bused to\\b|\\bback in\\b"
            + "|\\bfor (\\w+ )?years\\b|\\bsince (19|20)\\d\\d\\b|\\bin (19|20)\\d\\d\\b");
    /** "it", "these": the shopper's thing without its name, when they have bought something. */
    private static final Pattern POINTS = Pattern.compile("\\b(it|they|them|these|this|this one)\\b");

    /** How close a message must be to a guide's symptom or title to be answered by it (cosine, bge-small). */
    static final double MEANING = 0.80;
    /** Shared content words with a symptom or title that answer without the model (share of the phrase's words). */
    static final double WORDS = 0.6;

    public enum Kind {
        /** A danger told: stop using it, the safety route. */
        SAFETY,
        /** A guide answers. */
        GUIDE,
        /** Help was asked but no guide answers: what there is, and how to reach the store. */
        NO_GUIDE,
        /** Several things bought could be meant: which one? */
        WHICH,
        /** A guest (or a shopper who bought nothing here) asked about a thing not named: sign in, or say what it is. */
        SIGN_IN
    }

    /**
     * What the message asks for.
     *
     * @param purchase    the purchased line it is about, null for a guest or when it could not be told
     * @param category    the category it is about, when known
     * @param guide       the guide that answers, for SAFETY when the category has a safety guide, and GUIDE
     * @param safety      the safety topics told ("smoke"), empty unless SAFETY
     * @param choices     for WHICH: the purchases that could be meant
     * @param available   for NO_GUIDE: the guides there are for it
     */
    public record Help(Kind kind, Purchase purchase, String category, Guide guide, List<String> safety, List<Purchase> choices,
                       List<Guide> available) {
    }

    private final Vocabulary vocabulary;
    private final Embeddings model;
    private final Function<UUID, List<Guide>> guidesFor;
    private final Function<String, List<Guide>> guidesForCategory;
    private final Function<String, List<String>> safetyTopics;

    /**
     * @param model             the embedding model, or null to match by words only
     * @param guidesFor         a product's guides ({@code ProductGuides.guidesFor})
     * @param guidesForCategory a category's guides
     * @param safetyTopics      the safety topics a text tells ({@code Reviews.safetyTopics})
     */
    public SupportDesk(Vocabulary vocabulary, Embeddings model, Function<UUID, List<Guide>> guidesFor,
                       Function<String, List<Guide>> guidesForCategory, Function<String, List<String>> safetyTopics) {
        this.vocabulary = vocabulary;
        this.model = model;
        this.guidesFor = guidesFor;
        this.guidesForCategory = guidesForCategory;
        this.safetyTopics = safetyTopics;
    }

    /** Whether the words ask for help with the shopper's own thing rather than shop (the first gate, before any lookup). */
    public static boolean asksForHelp(String text, boolean hasPurchases) {
        String said = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (SHOPS.matcher(said).find() || FORMER.matcher(said).find()) {
            return false;
        }
        boolean own = OWN.matcher(said).find() || hasPurchases && POINTS.matcher(said).find();
        return own && (PROBLEM.matcher(said).find() || HOW.matcher(said).find());
    }

    /**
     * The help asked for, or empty when the message does not ask for help.
     *
     * @param purchases the signed-in shopper's purchases, newest first (empty for a guest)
     */
    public Optional<Help> read(String text, List<Purchase> purchases) {
        return read(text, purchases, true);
    }

    /**
     * As {@link #read(String, List)}; with {@code pointing} false, "it" and "these" do not point at a
     * purchase (cards are shown: "it's too loud" is about them), only "my", "I bought" and the like do.
     */
    public Optional<Help> read(String text, List<Purchase> purchases, boolean pointing) {
        if (!asksForHelp(text, pointing && !purchases.isEmpty())) {
            return Optional.empty();
        }
        List<String> words = Words.singulars(Words.tokens(text));
        Set<String> categories = categoriesNamed(vocabulary, words);
        List<String> safety = safetyTopics.apply(text);
        if (purchases.isEmpty()) {
            if (categories.size() != 1) {
                return Optional.of(new Help(safety.isEmpty() ? Kind.SIGN_IN : Kind.SAFETY, null, null, null, safety, List.of(), List.of()));
            }
            String category = categories.iterator().next();
            List<Guide> guides = guidesForCategory.apply(category);
            return Optional.of(answer(text, words, safety, null, category, guides));
        }
        List<Purchase> meant = meant(vocabulary, words, categories, purchases);
        if (meant.isEmpty()) {
            // they named a category they did not buy here ("my kettle leaks"): help from that category if there is one
            if (categories.size() == 1) {
                String category = categories.iterator().next();
                return Optional.of(answer(text, words, safety, null, category, guidesForCategory.apply(category)));
            }
            return Optional.of(new Help(safety.isEmpty() ? Kind.SIGN_IN : Kind.SAFETY, null, null, null, safety, List.of(), List.of()));
        }
        // the guide that answers best among the things that may be meant
        Purchase best = null;
        Guide bestGuide = null;
        double bestScore = -1;
        Map<UUID, Purchase> products = new LinkedHashMap<>();
        meant.forEach(p -> products.putIfAbsent(p.product(), p));
        Map<UUID, List<Guide>> guidesOf = new LinkedHashMap<>(); // each product's guides read once
        for (Purchase purchase : products.values()) {
            for (Guide guide : guidesOf.computeIfAbsent(purchase.product(), guidesFor)) {
                double score = score(text, words, guide);
                if (score > bestScore) {
                    best = purchase;
                    bestGuide = guide;
                    bestScore = score;
                }
            }
        }
        boolean answers = bestGuide != null && answers(bestScore);
        if (!safety.isEmpty() || answers && bestGuide.safety()) {
            Purchase about = products.size() == 1 ? products.values().iterator().next() : answers ? best : products.values().iterator().next();
            Guide route = guidesOf.get(about.product()).stream().filter(Guide::safety).findFirst().orElse(null);
            return Optional.of(new Help(Kind.SAFETY, about, about.category(), route, safety.isEmpty() ? bestGuide.symptoms().subList(0, 1) : safety,
                    List.of(), List.of()));
        }
        if (answers) {
            return Optional.of(new Help(Kind.GUIDE, best, best.category(), bestGuide, List.of(), List.of(), List.of()));
        }
        if (products.size() > 1) {
            return Optional.of(new Help(Kind.WHICH, null, null, null, List.of(), List.copyOf(products.values()), List.of()));
        }
        Purchase only = products.values().iterator().next();
        return Optional.of(new Help(Kind.NO_GUIDE, only, only.category(), null, List.of(), List.of(), guidesOf.get(only.product())));
    }

    private Help answer(String text, List<String> words, List<String> safety, Purchase purchase, String category, List<Guide> guides) {
        Guide best = null;
        double bestScore = -1;
        for (Guide guide : guides) {
            double score = score(text, words, guide);
            if (best == null || score > bestScore) {
                best = guide;
                bestScore = score;
            }
        }
        boolean answers = best != null && answers(bestScore);
        if (!safety.isEmpty() || answers && best.safety()) {
            Guide route = guides.stream().filter(Guide::safety).findFirst().orElse(null);
            return new Help(Kind.SAFETY, purchase, category, route, safety.isEmpty() ? best.symptoms().subList(0, 1) : safety, List.of(), List.of());
        }
        return answers ? new Help(Kind.GUIDE, purchase, category, best, List.of(), List.of(), List.of())
                : new Help(Kind.NO_GUIDE, purchase, category, null, List.of(), List.of(), guides);
    }

    private static boolean answers(double score) {
        return score >= 0;
    }

    /**
     * How well a guide answers: above 0 when a symptom or the title is close in meaning or shares
     * most of its words; the higher the closer. Negative when neither.
     */
    double score(String text, List<String> words, Guide guide) {
        List<String> phrases = new ArrayList<>(guide.symptoms());
        phrases.add(guide.title());
        double best = -1;
        Set<String> said = new HashSet<>(words);
        said.removeAll(Words.STOPWORDS);
        for (String phrase : phrases) {
            List<String> content = Words.singulars(Words.tokens(phrase)).stream().filter(w -> !Words.STOPWORDS.contains(w)).toList();
            if (!content.isEmpty()) {
                long shared = content.stream().filter(said::contains).count();
                double share = (double) shared / content.size();
                if (share >= WORDS) {
                    best = Math.max(best, share - WORDS);
                }
            }
            if (model != null) {
                double similarity = model.similarity(text, phrase);
                if (similarity >= MEANING) {
                    best = Math.max(best, similarity - MEANING);
                }
            }
        }
        return best;
    }

    /** The purchases a message points at ("my Vortex", "my blender"), else all of them. */
    public static List<Purchase> meant(Vocabulary vocabulary, String text, List<Purchase> purchases) {
        List<String> words = Words.singulars(Words.tokens(text));
        List<Purchase> meant = meant(vocabulary, words, categoriesNamed(vocabulary, words), purchases);
        return meant.isEmpty() ? purchases : meant;
    }

    /** The purchases the words point at: by a word of the product's title, else by its category, else all of them. */
    private static List<Purchase> meant(Vocabulary vocabulary, List<String> words, Set<String> categories, List<Purchase> purchases) {
        Set<String> said = new HashSet<>(words);
        said.removeAll(Words.STOPWORDS);
        Set<String> kinds = kindWords(vocabulary);
        List<Purchase> byTitle = purchases.stream().filter(p -> distinctive(kinds, p.title()).stream().anyMatch(said::contains)).toList();
        if (!byTitle.isEmpty()) {
            return byTitle;
        }
        if (!categories.isEmpty()) {
            return purchases.stream().filter(p -> categories.contains(p.category())).toList();
        }
        return purchases;
    }

    /** The words that name kinds of thing (the categories' names and head nouns), read once per message. */
    private static Set<String> kindWords(Vocabulary vocabulary) {
        Set<String> kinds = new HashSet<>();
        vocabulary.categories().forEach(c -> {
            c.phrases().forEach(kinds::addAll);
            c.headNouns().forEach(kinds::addAll);
        });
        return kinds;
    }

    /** A title's words that name the product rather than its kind ("Vortex", "1050"). */
    private static Set<String> distinctive(Set<String> kinds, String title) {
        Set<String> words = new HashSet<>(Words.singulars(Words.tokens(title)));
        words.removeAll(kinds);
        words.removeAll(Words.STOPWORDS);
        words.removeIf(w -> w.length() < 3);
        return words;
    }

    /** The categories the message names by their name, head nouns or product types ("blender", "earbuds", "suitcase"). */
    private static Set<String> categoriesNamed(Vocabulary vocabulary, List<String> words) {
        Set<String> named = new java.util.LinkedHashSet<>();
        for (Vocabulary.CategoryWords category : vocabulary.categories()) {
            List<List<String>> phrases = new ArrayList<>(category.phrases());
            phrases.addAll(category.headNouns());
            phrases.addAll(category.productTypes());
            if (phrases.stream().anyMatch(p -> contains(words, p))) {
                named.add(category.key());
            }
        }
        // "blender jar" names both blenders and their parts: the whole wins unless only the part is named
        if (named.size() > 1) {
            Set<String> wholes = new HashSet<>(named);
            wholes.removeIf(k -> k.endsWith("-parts"));
            if (wholes.size() == 1) {
                return wholes;
            }
        }
        return named;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
