package com.concierge.reviews.internal.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review-summary evaluation CLI ({@code ops/eval-reviews}): ROUGE of the pros/cons summary and
 * two baselines on FewSum files, aspect precision/recall on OPOSUM's gold labels. Prints a table,
 * then the same figures as JSON (also written to {@code --json FILE}).
 *
 * <pre>
 * ops/eval-reviews [--words 50] [--seed 7] [--json out.json] [--oposum DIR | --oposum none] [FEWSUM_FILE ...]
 * </pre>
 */
public final class ReviewEval {

    private static final Path DATASETS = Path.of("..", "shared", "datasets", "reviews");

    private ReviewEval() {
    }

    public static void main(String[] args) throws Exception {
        int words = 50;
        long seed = 7;
        Path json = null;
        Path oposum = DATASETS.resolve("oposum/gold/aspects");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--words" -> words = Integer.parseInt(value(args, ++i, "--words"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--json" -> json = Path.of(value(args, ++i, "--json"));
                case "--oposum" -> {
                    String dir = value(args, ++i, "--oposum");
                    oposum = dir.equals("none") ? null : Path.of(dir);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                    }
                    files.add(Path.of(args[i]));
                }
            }
        }
        if (files.isEmpty()) {
            files = List.of(DATASETS.resolve("fewsum-amazon/train.csv"), DATASETS.resolve("fewsum-amazon/val.csv"));
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                usage("no file " + file.toAbsolutePath().normalize());
            }
        }
        long started = System.nanoTime();
        SummaryEval summaries = new SummaryEval(words, seed);
        List<SummaryEval.Result> rouge = new ArrayList<>();
        for (Path file : files) {
            rouge.addAll(summaries.score(FewSumFile.read(file)));
        }
        List<OposumEval.Result> aspects = oposum == null ? List.of() : new OposumEval().score(oposum);

        System.out.printf(Locale.ROOT, "ROUGE F1 (mean over each product's human summaries, then over products); budget %d words, seed %d%n%n", words, seed);
        System.out.printf(Locale.ROOT, "%-12s %-20s %8s %8s %8s %8s%n", "file", "method", "products", "R-1", "R-2", "R-L");
        for (SummaryEval.Result r : rouge) {
            System.out.printf(Locale.ROOT, "%-12s %-20s %8d %8.4f %8.4f %8.4f%n", r.file(), r.method(), r.products(), r.rouge1(), r.rouge2(), r.rougeL());
        }
        if (!aspects.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nAspect detection on OPOSUM gold segments (micro-averaged)%n%n");
            System.out.printf(Locale.ROOT, "%-16s %8s %9s %6s %8s %9s %7s %7s%n", "domain", "segments", "predicted", "gold", "correct",
                    "precision", "recall", "F1");
            for (OposumEval.Result r : aspects) {
                System.out.printf(Locale.ROOT, "%-16s %8d %9d %6d %8d %9.3f %7.3f %7.3f%n", r.domain(), r.segments(), r.predicted(), r.gold(),
                        r.correct(), r.precision(), r.recall(), r.f1());
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("wordBudget", words);
        report.put("seed", seed);
        report.put("rouge", rouge);
        report.put("aspects", aspects.stream().map(r -> Map.of("domain", r.domain(), "segments", r.segments(), "predicted", r.predicted(),
                "gold", r.gold(), "correct", r.correct(), "precision", r.precision(), "recall", r.recall(), "f1", r.f1())).toList());
        report.put("seconds", (System.nanoTime() - started) / 1e9);
        String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        System.out.println();
        System.out.println(text);
        if (json != null) {
            Files.writeString(json, text);
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            usage(option + " needs a value");
        }
        return args[index];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ops/eval-reviews [--words 50] [--seed 7] [--json FILE] [--oposum DIR|none] [FEWSUM_FILE ...]");
        System.exit(2);
    }
}
