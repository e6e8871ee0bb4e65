package com.concierge.reviews.internal.eval;

import com.concierge.reviews.internal.analysis.Lexicon;
import com.concierge.reviews.internal.analysis.ReviewText;
import com.concierge.reviews.internal.analysis.SummaryWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Scores the review summary against FewSum's human summaries, next to two baselines computed in
 * the same run with the same word budget: the first sentence of each review in turn ("lead"), and
 * sentences in a seeded random order ("random"). Every method adds whole sentences until it has
 * at least the budget's words. Each product's score is the mean over its human summaries; a file's
 * score is the mean over its products.
 */
final class SummaryEval {

    static final List<String> METHODS = List.of("pros/cons summary", "lead baseline", "random baseline");

    /** Mean F1 of one method over one file's products. */
    record Result(String file, String method, int products, double rouge1, double rouge2, double rougeL) {
    }

    private final SummaryWriter writer = new SummaryWriter(Lexicon.standard());
    private final int budgetWords;
    private final long seed;

    SummaryEval(int budgetWords, long seed) {
        this.budgetWords = budgetWords;
        this.seed = seed;
    }

    List<Result> score(FewSumFile file) {
        List<Result> results = new ArrayList<>();
        Map<String, Function<FewSumFile.Product, String>> methods = new LinkedHashMap<>();
        methods.put(METHODS.get(0), product -> writer.write(reviews(product), budgetWords).text());
        methods.put(METHODS.get(1), product -> lead(product.reviews()));
        methods.put(METHODS.get(2), product -> random(product));
        methods.forEach((method, summarize) -> {
            double r1 = 0;
            double r2 = 0;
            double rl = 0;
            for (FewSumFile.Product product : file.products()) {
                String summary = summarize.apply(product);
                double p1 = 0;
                double p2 = 0;
                double pl = 0;
                for (String reference : product.summaries()) {
                    p1 += Rouge.n(summary, reference, 1).f1();
                    p2 += Rouge.n(summary, reference, 2).f1();
                    pl += Rouge.l(summary, reference).f1();
                }
                int references = product.summaries().size();
                r1 += p1 / references;
                r2 += p2 / references;
                rl += pl / references;
            }
            int n = file.products().size();
            results.add(new Result(file.path().getFileName().toString(), method, n, r1 / n, r2 / n, rl / n));
        });
        return results;
    }

    static List<ReviewText> reviews(FewSumFile.Product product) {
        List<ReviewText> reviews = new ArrayList<>();
        for (int i = 0; i < product.reviews().size(); i++) {
            UUID id = UUID.nameUUIDFromBytes((product.id() + "/" + i).getBytes(StandardCharsets.UTF_8));
            int rating = i < product.ratings().size() ? product.ratings().get(i) : 0;
            reviews.add(new ReviewText(id, product.reviews().get(i), rating));
        }
        return reviews;
    }

    /** First sentences of the reviews in turn, then second sentences, until the budget. */
    private String lead(List<String> reviews) {
        List<List<String>> sentences = reviews.stream().map(Sentences::of).toList();
        List<String> picked = new ArrayList<>();
        int words = 0;
        for (int round = 0; words < budgetWords; round++) {
            boolean any = false;
            for (List<String> review : sentences) {
                if (round < review.size() && words < budgetWords) {
                    picked.add(review.get(round));
                    words += Rouge.tokens(review.get(round)).size();
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return String.join(" ", picked);
    }

    private String random(FewSumFile.Product product) {
        List<String> sentences = new ArrayList<>();
        product.reviews().forEach(review -> sentences.addAll(Sentences.of(review)));
        Collections.shuffle(sentences, new Random(seed ^ product.id().hashCode()));
        List<String> picked = new ArrayList<>();
        int words = 0;
        for (String sentence : sentences) {
            if (words >= budgetWords) {
                break;
            }
            picked.add(sentence);
            words += Rouge.tokens(sentence).size();
        }
        return String.join(" ", picked);
    }
}
