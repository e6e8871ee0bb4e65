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
            "burn", "burns", "reduce", "reduces", "relieve", "relieves", "legal", "illegal", "allowed", "never", "mean", "means");
    /** Subjects of medical and health claims. */
    private static final Set<String> HEALTH = Set.of("allergy", "allergies", "allergic", "fat", "calories", "calorie", "diet", "dieting",
            "diabetes", "diabetic", "asthma", "eczema", "migraine", "migraines", "tinnitus", "hearing", "pregnant", "pregnancy",
            "cholesterol", "arthritis", "insomnia", "symptoms", "doctor", "medical", "health");
    /** Health subjects of two words. */
    private static final List<List<String>> HEALTH_PHRASES = List.of(List.of("lose", "weight"), List.of("losing", "weight"),
            List.of("weight", "loss"), List.of("blood", "pressure"), List.of("blood", "sugar"), List.of("back", "pain"));
    private static final Set<String> INFANTS = Set.of("newborn", "newborns", "infant", "infants", "baby", "babies");
    private static final Set<String> FIRE = Set.of("fire", "fires", "overheat", "overheating", "explode", "explodes", "electrocute", "shock");
    private static final Set<String> LAW = Set.of("legal", "illegal", "law", "laws", "lawful", "fined", "police", "customs", "regulations");

    private RegulatedAsk() {
    }

    /** The do-not-generate topic id the message asks the store to vouch for, or empty. */
    public static Optional<String> topic(String text) {
        List<String> words = Words.tokens(Words.normalize(text));
        boolean question = text.contains("?") || !words.isEmpty() && Set.of("is", "are", "will", "would", "does", "do", "can", "could",
                "should").contains(words.get(0));
        boolean assurance = words.stream().anyMatch(ASSURANCES::contains);
        if (!assurance) {
            return Optional.empty(); // "does it have HEPA? my son has asthma" asks about the product, not for a claim
        }
        boolean health = words.stream().anyMatch(HEALTH::contains) || HEALTH_PHRASES.stream().anyMatch(p -> Collections.indexOfSubList(words, p) >= 0);
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
