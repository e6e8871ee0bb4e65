package com.concierge.reviews.internal.eval;

import com.concierge.reviews.internal.analysis.Lexicon;
import com.concierge.reviews.internal.analysis.ReviewReader;
import com.concierge.reviews.internal.analysis.ReviewText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Aspect detection against OPOSUM's gold labels ({@code gold/aspects/<domain>-dev.asp}: a header
 * of the domain's labels, then per review a header line and one segment per line with the indexes
 * of its labels). The reader's aspects are mapped to the domain's labels with
 * {@code reviews/oposum-labels.json}; "None" is not a label to find. Precision and recall are
 * micro-averaged over segments.
 */
final class OposumEval {

    /** Counts of one domain (or all): labels predicted, labels in the gold data, and their overlap. */
    record Result(String domain, int segments, int predicted, int gold, int correct) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final ReviewReader reader = new ReviewReader(Lexicon.standard());
    private final JsonNode labels;

    OposumEval() throws IOException {
        try (InputStream in = OposumEval.class.getResourceAsStream("/reviews/oposum-labels.json")) {
            labels = new ObjectMapper().readTree(in);
        }
    }

    List<Result> score(Path aspectsDirectory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(aspectsDirectory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith("-dev.asp")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(aspectsDirectory + " holds no <domain>-dev.asp files");
        }
        List<Result> results = new ArrayList<>();
        int segments = 0;
        int predicted = 0;
        int gold = 0;
        int correct = 0;
        for (Path file : files) {
            Result result = domain(file);
            results.add(result);
            segments += result.segments();
            predicted += result.predicted();
            gold += result.gold();
            correct += result.correct();
        }
        results.add(new Result("all domains", segments, predicted, gold, correct));
        return results;
    }

    private Result domain(Path file) throws IOException {
        String domain = file.getFileName().toString().replace("-dev.asp", "");
        JsonNode mapping = labels.path(domain);
        if (mapping.isMissingNode()) {
            throw new IllegalArgumentException("no label mapping for OPOSUM domain '" + domain + "' in reviews/oposum-labels.json");
        }
        Map<String, String> toLabel = new HashMap<>();
        mapping.properties().forEach(entry -> toLabel.put(entry.getKey(), entry.getValue().asText()));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> names = List.of(lines.get(0).strip().split("\\|"));
        int segments = 0;
        int predicted = 0;
        int gold = 0;
        int correct = 0;
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue; // a review's header line or a blank line
            }
            String text = line.substring(0, tab);
            Set<String> expected = new HashSet<>();
            for (String index : line.substring(tab + 1).strip().split("\\s+")) {
                String name = names.get(Integer.parseInt(index));
                if (!name.equals("None")) {
                    expected.add(name);
                }
            }
            Set<String> found = new HashSet<>();
            reader.read(new ReviewText(UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)), text, 0))
                    .forEach(statement -> statement.aspects().forEach(aspect -> {
                        String label = toLabel.get(aspect);
                        if (label != null) {
                            found.add(label);
                        }
                    }));
            segments++;
            predicted += found.size();
            gold += expected.size();
            found.retainAll(expected);
            correct += found.size();
        }
        return new Result(domain, segments, predicted, gold, correct);
    }
}
