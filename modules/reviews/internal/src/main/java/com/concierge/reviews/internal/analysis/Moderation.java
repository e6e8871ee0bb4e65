package com.concierge.reviews.internal.analysis;

import com.concierge.catalog.api.ProductDetails;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.Contradiction;
import com.concierge.reviews.api.DefectPattern;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.Statement;
import com.concierge.reviews.api.guardrails.TopicMatch;
import com.concierge.reviews.api.moderation.Flag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything a product's reviews come to, in two steps. {@link #detect} reads the reviews and
 * finds what a person must look at: safety statements, defect patterns, factual claims that
 * contradict the catalog. {@link #summarize} then builds the product's and each variant's summary
 * from what may be repeated: a review with an undecided or confirmed safety flag is left out
 * whole, the spans of an undecided or confirmed defect or contradiction flag are left out, and so
 * is every statement that touches a do-not-generate topic. Review text is only ever data here:
 * it is read for aspects and opinions, and nothing in it is followed.
 */
public final class Moderation {

    /** Words in a summary's extractive text. */
    static final int SUMMARY_WORDS = 60;

    /** A stored review, as the analysis needs it. */
    public record Review(UUID id, String variant, int rating, String text) {
    }

    /** Something for the queue; {@code key} identifies it across recomputations. */
    public record Finding(Flag.Kind kind, String key, String topic, String detail, List<Citation> citations) {
        public Finding {
            citations = List.copyOf(citations);
        }
    }

    /** The reviews read once: their statements, by review, in review order. */
    public record Reading(List<Review> reviews, Map<UUID, List<Statement>> statements, List<Finding> findings) {
    }

    private final ReviewReader reader;
    private final ProsCons prosCons;
    private final SummaryWriter writer;
    private final ClaimChecker claims;
    private final DefectPatterns defects;

    public Moderation(Lexicon lexicon) {
        this.reader = new ReviewReader(lexicon);
        this.prosCons = new ProsCons(lexicon);
        this.writer = new SummaryWriter(lexicon);
        this.claims = new ClaimChecker(lexicon);
        this.defects = new DefectPatterns(lexicon);
    }

    /** Reads the reviews and finds what needs a person, against the product's catalog attributes. */
    public Reading detect(List<Review> reviews, List<ProductDetails.Attribute> attributes) {
        Map<UUID, List<Statement>> statements = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Review review : reviews) {
            List<Statement> read = reader.read(new ReviewText(review.id(), review.text(), review.rating()));
            statements.put(review.id(), read);
            List<Statement> unsafe = read.stream().filter(s -> !s.safety().isEmpty()).toList();
            if (!unsafe.isEmpty()) {
                Set<String> topics = unsafe.stream().flatMap(s -> s.safety().stream()).collect(Collectors.toCollection(TreeSet::new));
                findings.add(new Finding(Flag.Kind.SAFETY, review.id().toString(), String.join(", ", topics),
                        "A review mentions " + String.join(", ", topics) + "; it is kept out of summaries and answers until cleared.",
                        unsafe.stream().map(Statement::citation).toList()));
            }
        }
        List<Statement> all = statements.values().stream().flatMap(List::stream).toList();
        for (DefectPattern pattern : defects.find(all)) {
            String failure = String.join(", ", pattern.failure());
            findings.add(new Finding(Flag.Kind.DEFECT, pattern.part(), pattern.part() + ": " + failure,
                    pattern.reviews() + " reviews report the same failure of the " + pattern.part() + ": " + failure + ".", pattern.citations()));
        }
        for (Contradiction c : claims.check(all, attributes)) {
            findings.add(new Finding(Flag.Kind.CONTRADICTION, c.attribute() + "@" + c.citation().review() + ":" + c.citation().start(),
                    c.attribute(), "A review says " + c.stated() + "; the catalog's " + c.label() + " is " + c.catalog() + ".",
                    List.of(c.citation())));
        }
        return new Reading(reviews, statements, findings);
    }

    /**
     * The product's summary and one per reviewed variant.
     *
     * @param reading    what {@link #detect} read
     * @param statusOf   the queue status of each finding (a finding not yet in the queue is open)
     * @param topics     the do-not-generate list
     * @return the product's summary first, then the variants' by SKU
     */
    public List<ReviewSummary> summarize(UUID product, Reading reading, Function<Finding, Flag.Status> statusOf, TopicMatcher topics,
                                         Instant now) {
        Set<UUID> withheldReviews = new TreeSet<>();
        Map<Citation, String> withheldSpans = new LinkedHashMap<>();
        for (Finding finding : reading.findings()) {
            if (statusOf.apply(finding) == Flag.Status.CLEARED) {
                continue;
            }
            if (finding.kind() == Flag.Kind.SAFETY) {
                withheldReviews.add(UUID.fromString(finding.key()));
            } else {
                finding.citations().forEach(c -> withheldSpans.putIfAbsent(c, finding.kind().name().toLowerCase(Locale.ROOT)));
            }
        }
        Map<Citation, String> statementCauses = new HashMap<>(); // each statement judged once, for every scope it is in
        for (List<Statement> statements : reading.statements().values()) {
            for (Statement statement : statements) {
                String cause = cause(statement.citation(), withheldSpans, topics);
                if (cause != null) {
                    statementCauses.put(statement.citation(), cause);
                }
            }
        }
        HeldOut heldOut = new HeldOut(withheldReviews, statementCauses, c -> cause(c, withheldSpans, topics) == null);

        List<ReviewSummary> summaries = new ArrayList<>();
        summaries.add(summary(product, null, reading, review -> true, heldOut, now));
        Set<String> variants = reading.reviews().stream().map(Review::variant).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        for (String sku : variants) {
            summaries.add(summary(product, sku, reading, review -> sku.equals(review.variant()), heldOut, now));
        }
        return summaries;
    }

    /**
     * What may not be repeated: whole reviews (safety), statements with the reason they are held
     * out, and the test for a summary sentence (whose span is a sentence, not a statement).
     */
    private record HeldOut(Set<UUID> reviews, Map<Citation, String> statements, Predicate<Citation> usableSentence) {
    }

    private ReviewSummary summary(UUID product, String variant, Reading reading, Predicate<Review> scope, HeldOut heldOut, Instant now) {
        Map<String, Integer> heldOutCounts = new TreeMap<>();
        List<Review> kept = new ArrayList<>();
        List<Statement> keptStatements = new ArrayList<>();
        for (Review review : reading.reviews()) {
            if (!scope.test(review)) {
                continue;
            }
            List<Statement> statements = reading.statements().get(review.id());
            if (heldOut.reviews().contains(review.id())) {
                heldOutCounts.merge("safety", statements.size(), Integer::sum);
                continue;
            }
            kept.add(review);
            for (Statement statement : statements) {
                String cause = heldOut.statements().get(statement.citation());
                if (cause == null) {
                    keptStatements.add(statement);
                } else {
                    heldOutCounts.merge(cause, 1, Integer::sum);
                }
            }
        }
        ProsCons.Digest digest = prosCons.of(keptStatements, kept.size());
        SummaryWriter.Summary text = writer.write(kept.stream().map(r -> new ReviewText(r.id(), r.text(), r.rating())).toList(),
                SUMMARY_WORDS, heldOut.usableSentence());
        double average = kept.stream().mapToInt(Review::rating).average().orElse(0);
        return new ReviewSummary(product, variant, kept.size(), Math.round(average * 100) / 100.0, digest.pros(), digest.cons(),
                text.text(), text.sentences(), heldOutCounts, now);
    }

    /** Why a statement is held out: the kind of flag over it, or the do-not-generate topic it touches; null when it is usable. */
    private static String cause(Citation citation, Map<Citation, String> withheldSpans, TopicMatcher topics) {
        for (Map.Entry<Citation, String> withheld : withheldSpans.entrySet()) {
            if (overlaps(withheld.getKey(), citation)) {
                return withheld.getValue();
            }
        }
        List<TopicMatch> touched = topics.matches(citation.quote());
        return touched.isEmpty() ? null : touched.get(0).topic();
    }

    static boolean overlaps(Citation a, Citation b) {
        return a.review().equals(b.review()) && a.start() < b.end() && b.start() < a.end();
    }
}
