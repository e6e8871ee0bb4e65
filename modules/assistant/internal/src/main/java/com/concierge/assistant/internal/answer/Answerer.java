package com.concierge.assistant.internal.answer;

import com.concierge.assistant.api.Answer;
import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.internal.intent.Constraints;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.PolicyAnswer;
import com.concierge.catalog.api.qa.QaEntry;
import com.concierge.reviews.api.AspectOpinion;
import com.concierge.reviews.api.Citation;
import com.concierge.reviews.api.ReviewSummary;
import com.concierge.reviews.api.Reviews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Answers a question about one product from what the store knows: its attributes, content, price
 * and stock, Q&amp;A, policies, and the cleared review summary (held-out review content never
 * reaches it). The best evidence is quoted with its citation; when nothing answers well enough the
 * answer says so and lists what is known. Nothing is made up: every sentence is built from one
 * piece of evidence.
 */
public final class Answerer {

    private final Catalog catalog;
    private final Reviews reviews;
    private final EvidenceRanker ranker;
    private final double threshold;
    private final String region;

    public Answerer(Catalog catalog, Reviews reviews, EvidenceRanker ranker, double threshold, String region) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.ranker = ranker;
        this.threshold = threshold;
        this.region = region;
    }

    /** How far below the best a second piece of evidence may score and still be cited beside it (two cosines' scale). */
    private static final double NEARLY = 0.10;

    private record Item(EvidenceRanker.Candidate candidate, Evidence evidence, String sentence) {
    }

    public Answer answer(ProductDetails product, String question, LocalDate today) {
        List<Item> items = evidence(product, today);
        double[] scores = ranker.scores(question, items.stream().map(Item::candidate).toList());
        List<Integer> order = IntStream.range(0, items.size()).boxed().sorted(Comparator.comparingDouble(i -> -scores[i])).toList();
        if (order.isEmpty() || scores[order.get(0)] < threshold) {
            List<Evidence> known = items.stream().filter(i -> i.evidence().kind() == Evidence.Kind.ATTRIBUTE).limit(4).map(Item::evidence).toList();
            String what = known.stream().map(Evidence::text).reduce((a, b) -> a + "; " + b).orElse("its price and stock");
            return new Answer(product.id(), question, false, "I don't know: the " + product.title()
                    + "'s data does not answer that, and I won't guess. What I do know: " + what + ".", known);
        }
        Item best = items.get(order.get(0));
        List<Evidence> citations = new ArrayList<>();
        citations.add(best.evidence());
        // A second piece when it is nearly as good and of another kind (a spec and a reviewer quote).
        if (order.size() > 1) {
            Item next = items.get(order.get(1));
            if (scores[order.get(1)] >= threshold && scores[order.get(1)] >= scores[order.get(0)] - NEARLY
                    && next.evidence().kind() != best.evidence().kind()) {
                citations.add(next.evidence());
                return new Answer(product.id(), question, true, yesNo(question, best) + best.sentence() + " " + next.sentence(), citations);
            }
        }
        return new Answer(product.id(), question, true, yesNo(question, best) + best.sentence(), citations);
    }

    /** "Is it dishwasher safe?" answered by a yes/no attribute starts with Yes or No. */
    private static String yesNo(String question, Item best) {
        return AnswerWording.yesNo(question, best.evidence().kind() == Evidence.Kind.ATTRIBUTE, best.candidate().text());
    }

    List<Item> evidence(ProductDetails product, LocalDate today) {
        List<Item> items = new ArrayList<>();
        String id = product.id().toString();
        for (ProductDetails.Attribute a : product.attributes()) {
            String text = a.type() == AttributeType.BOOLEAN ? (Boolean.TRUE.equals(a.value()) ? "yes" : "no") : a.display();
            items.add(new Item(new EvidenceRanker.Candidate(a.label(), text), new Evidence(Evidence.Kind.ATTRIBUTE, id + "/" + a.key(),
                    a.label() + ": " + a.display()), AnswerWording.attribute(a.label(), a.display(), product.title())));
        }
        ProductDetails.Variant cheapest = product.variants().stream().min(Comparator.comparingLong(v -> v.price().minorUnits())).orElseThrow();
        items.add(new Item(new EvidenceRanker.Candidate("price cost", Constraints.money(cheapest.price())),
                new Evidence(Evidence.Kind.ATTRIBUTE, id + "/price", "Price from " + Constraints.money(cheapest.price())),
                "The " + product.title() + " costs from " + Constraints.money(cheapest.price()) + "."));
        long inStock = product.variants().stream().filter(v -> v.stock() > 0).count();
        items.add(new Item(new EvidenceRanker.Candidate("stock availability in stock", inStock > 0 ? "in stock" : "out of stock"),
                new Evidence(Evidence.Kind.ATTRIBUTE, id + "/stock", inStock + " of " + product.variants().size() + " variants in stock"),
                inStock > 0 ? inStock + " of its " + product.variants().size() + " variants are in stock." : "It is out of stock right now."));
        for (int i = 0; i < product.boundaries().size(); i++) {
            String b = product.boundaries().get(i);
            items.add(new Item(new EvidenceRanker.Candidate("limitation", b), new Evidence(Evidence.Kind.CONTENT, id + "/boundary/" + i, b),
                    AnswerWording.content(b)));
        }
        for (int i = 0; i < product.bullets().size(); i++) {
            String b = product.bullets().get(i);
            items.add(new Item(new EvidenceRanker.Candidate(null, b), new Evidence(Evidence.Kind.CONTENT, id + "/bullet/" + i, b),
                    AnswerWording.content(b)));
        }
        for (QaEntry qa : catalog.qa(product.id())) {
            items.add(new Item(new EvidenceRanker.Candidate(qa.question(), qa.answer()), new Evidence(Evidence.Kind.QA, qa.id().toString(),
                    qa.question() + " — " + qa.answer()), AnswerWording.qa(qa.answer())));
        }
        try {
            ItemPolicies policies = catalog.policiesFor(product.id(), region, today, false, today);
            policy(items, "return policy returns refund send back", policies.returns());
            policy(items, "warranty guarantee repair", policies.warranty());
            policy(items, "shipping delivery ship", policies.shipping());
        } catch (RuntimeException e) {
            // no policy evaluation for this product: the answer simply has no policy evidence
        }
        Optional<ReviewSummary> summary = reviews.summary(product.id(), null);
        summary.ifPresent(s -> {
            opinions(items, s.pros(), "praise");
            opinions(items, s.cons(), "criticise");
        });
        // Text planted to steer an assistant is never quoted (it stays on the product page as written).
        items.removeIf(i -> ADDRESSED.addressesTheAssistant(i.evidence().text()));
        return items;
    }

    private static final AddressedText ADDRESSED = AddressedText.standard();

    private static void policy(List<Item> items, String name, PolicyAnswer answer) {
        if (answer == null || answer.policyId() == null) {
            return;
        }
        items.add(new Item(new EvidenceRanker.Candidate(name, answer.why()), new Evidence(Evidence.Kind.POLICY, answer.policyId(), answer.why()),
                answer.why()));
    }

    private static void opinions(List<Item> items, List<AspectOpinion> opinions, String verb) {
        for (AspectOpinion opinion : opinions) {
            if (opinion.citations().isEmpty()) {
                continue;
            }
            Citation c = opinion.citations().get(0);
            String quote = c.quote().strip();
            items.add(new Item(new EvidenceRanker.Candidate(opinion.label() + " reviews", quote),
                    new Evidence(Evidence.Kind.REVIEW, c.review() + ":" + c.start() + "-" + c.end(), quote),
                    AnswerWording.review(opinion.reviews(), verb, opinion.label(), quote)));
        }
    }
}
