package com.concierge.assistant.internal.intent;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shopper asking the store to vouch for their health, a baby's safety, fire safety or the law
 * ("will it help me burn belly fat?", "is it safe for my newborn to sleep with?", "is it legal to
 * carry this knife?"): the do-not-generate list matches fixed phrases, this reads the shape of the
 * request: a subject of a regulated field together with a word of assurance (and, for a baby or
 * the law, a question). The answer is the refusal of the list's topic of that id ("medical",
 * "safety-critical", "legal-financial"), so a merchandiser still words it and can switch it off by
 * deleting the topic.
 *
 * <p>A shopping request that mentions a subject without asking for an assurance is not declined:
 * "I'm allergic to plastic, so a glass jar" asks for glass; "safe for toddlers, no small parts"
 * is a request the catalog's small-parts attribute answers. Only infants make a safety question
 * regulated (the catalog has no attribute that could vouch for a newborn's sleep).
 */
public final class RegulatedAsk {

    /** What the shopper wants the store to vouch for. */
    private static final Set<String> ASSURANCES = Set.of("safe", "safer", "safely", "guaranteed", "guarantee", "certified", "approved",
            "protect", "protects", "prevent", "prevents", "cure", "cures", "treat", "treats", "heal", "heals", "lose", "loses", "losing",
            "burn", "burns", "reduce", "reduces", "relieve", "relieves", "legal", "illegal", "allowed", "never", "mean", "means", "fix", "fixes",
            "stop", "stops", "ease", "eases", "improve", "improves");
    /** "help" asks for an assurance when it helps the condition ("help with my son's ADHD"), not the shopper to choose ("help me find"). */
    private static final Set<String> HELPED = Set.of("me", "us", "you", "find", "pick", "choose", "out", "i", "decide", "select");
    /** Subjects of medical and health claims. */
    private static final Set<String> HEALTH = Set.of("allergy", "allergies", "allergic", "fat", "calories", "calorie", "diet", "dieting",
            "diabetes", "diabetic", "asthma", "eczema", "migraine", "migraines", "tinnitus", "hearing", "pregnant", "pregnancy",
            "cholesterol", "arthritis", "insomnia", "symptoms", "doctor", "medical", "health");
    /** Health subjects of two words. */
    private static final List<List<String>> HEALTH_PHRASES = List.of(List.of("lose", "weight"), List.of("losing", "weight"),
            List.of("weight", "loss"), List.of("blood", "pressure"), List.of("blood", "sugar"), List.of("back", "pain"));
    private static final Set<String> INFANTS = Set.of("newborn", "newborns", "infant", "infants", "baby", "babies", "teething");
    private static final Set<String> FIRE = Set.of("fire", "fires", "overheat", "overheating", "explode", "explodes", "electrocute", "shock",
            "unattended", "asleep", "overnight");
    /** Words that open a question without a question mark: "which knife is legal to carry". */
    private static final Set<String> QUESTION_OPENERS = Set.of("is", "are", "will", "would", "does", "do", "can", "could", "should", "which",
            "what", "how");
    /** Units of a body's weight: "lose 10 pounds". */
    private static final Set<String> BODY_WEIGHT = Set.of("pounds", "pound", "lbs", "lb", "kg", "kilos", "kilo", "stone");
    private static final Set<String> LAW = Set.of("legal", "illegal", "law", "laws", "lawful", "fined", "police", "customs", "regulations");

    /** Endings of the names of inflammations, diseases and pains ("fasciitis", "tendinosis", "neuralgia"). */
    private static final java.util.regex.Pattern MEDICAL_ENDING = java.util.regex.Pattern.compile("[a-z]{4,}(itis|osis|algia)");

    private RegulatedAsk() {
    }

    /** Whether "help" is said of something other than choosing: "will a STEM kit help with my son's ADHD?". */
    private static boolean helps(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (Set.of("help", "helps").contains(words.get(i)) && !(i + 1 < words.size() && HELPED.contains(words.get(i + 1)) && !(i + 2 < words.size()
                    && Set.of("lose", "sleep", "breathe", "hear", "heal", "recover").contains(words.get(i + 2))))) {
                return true;
            }
        }
        return false;
    }

    /** "lose 10 pounds", "drop 5 kg": a body's weight lost. */
    private static boolean losesWeight(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (Set.of("lose", "losing", "drop", "shed").contains(words.get(i)) && Words.number(words.get(i + 1)) != null
                    && BODY_WEIGHT.contains(words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The do-not-generate topic id the message asks the store to vouch for, or empty. */
    public static Optional<String> topic(String text) {
        List<String> words = Words.tokens(Words.normalize(text));
        boolean question = text.contains("?") || !words.isEmpty() && QUESTION_OPENERS.contains(words.get(0));
        boolean assurance = words.stream().anyMatch(ASSURANCES::contains) || helps(words);
        if (!assurance) {
            return Optional.empty(); // "does it have HEPA? my son has asthma" asks about the product, not for a claim
        }
        // a condition by name, from WordNet ("tinnitus", "ADHD") or by its medical ending ("plantar fasciitis"), or weight lost
        boolean health = words.stream().anyMatch(w -> HEALTH.contains(w) || Things.condition(w) || MEDICAL_ENDING.matcher(w).matches())
                || HEALTH_PHRASES.stream().anyMatch(p -> Collections.indexOfSubList(words, p) >= 0) || losesWeight(words);
        if (health) {
            return Optional.of("medical");
        }
        boolean infant = words.stream().anyMatch(INFANTS::contains) || Collections.indexOfSubList(words, List.of("month", "old")) >= 0
                || Collections.indexOfSubList(words, List.of("months", "old")) >= 0;
        if (infant && question && words.stream().anyMatch(w -> Set.of("safe", "safer", "safely", "protect", "harm", "dangerous").contains(w))) {
            return Optional.of("safety-critical");
        }
        if (words.stream().anyMatch(FIRE::contains) && words.stream().anyMatch(w -> Set.of("safe", "guaranteed", "certified", "never").contains(w))) {
            return Optional.of("safety-critical");
        }
        if (question && words.stream().anyMatch(LAW::contains)) {
            return Optional.of("legal-financial");
        }
        return Optional.empty();
    }
}
