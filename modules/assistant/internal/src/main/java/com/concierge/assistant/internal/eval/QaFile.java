package com.concierge.assistant.internal.eval;

import com.concierge.assistant.internal.answer.EvidenceRanker.Candidate;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product-QA ranking file in one of the shared formats, read by its header: semiPQA attribute
 * ranking (tab-separated qid, qa_pair_id, question, candidate, label), hetPQA evidence ranking
 * (tab-separated, with ASIN, source and confidence) or ePQA (comma-separated, graded labels 0–2).
 * A row that cannot be read (no question id, no numeric label, a broken line) is left out with a
 * note naming its row; only a file that is empty or of no known format is refused.
 */
public record QaFile(String format, List<Question> questions, List<String> notes) {

    /** One question with its candidates and their labels (gains: 0, 1, 2). */
    public record Question(String id, String text, List<Candidate> candidates, List<Integer> labels) {

        boolean answerable() {
            return labels.stream().anyMatch(l -> l > 0);
        }
    }

    public static QaFile read(Path file) throws IOException {
        String header;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            header = lines.findFirst().orElseThrow(() -> new IOException(file + " is empty"));
        }
        char separator = header.contains("\t") ? '\t' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator).withQuoteChar('"');
        List<String> columns = List.of(header.split(separator == '\t' ? "\t" : ","));
        String format = columns.contains("source") && columns.contains("answer") ? "epqa"
                : columns.contains("ASIN") ? "hetpqa" : columns.contains("qa_pair_id") && columns.contains("candidate") ? "semipqa" : null;
        if (format == null) {
            throw new IOException(file + ": header " + columns + " is not semiPQA, hetPQA or ePQA");
        }
        Map<String, Question> byId = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
            int row = 1;
            while (true) {
                row++;
                Map<String, String> r;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    r = rows.next();
                } catch (RuntimeException e) {
                    // Jackson reports a malformed line as an unchecked exception; after it the rest cannot be trusted.
                    notes.add("row " + row + ": unreadable, the rest of the file is left out (" + e.getMessage().lines().findFirst().orElse("") + ")");
                    break;
                }
                String qid = r.get("qid");
                String label = r.get("label");
                if (qid == null || qid.isBlank() || label == null || r.get("candidate") == null || !label.strip().matches("\\d+")) {
                    notes.add("row " + row + ": left out, it needs qid, candidate and a numeric label");
                    continue;
                }
                Question q = byId.computeIfAbsent(qid, id -> new Question(id, r.get("question"), new ArrayList<>(), new ArrayList<>()));
                q.candidates().add(candidate(r.get("candidate"), r.get("source")));
                q.labels().add(Integer.parseInt(label.strip()));
            }
        }
        return new QaFile(format, List.copyOf(byId.values()), List.copyOf(notes));
    }

    /** "item_weight:  { unit:pounds, value:1.83 }" → name "item_weight", text "pounds 1.83"; other sources are plain text. */
    static Candidate candidate(String raw, String source) {
        int brace = raw.indexOf(":  {");
        if (brace > 0 && (source == null || source.equals("attribute"))) {
            String name = raw.substring(0, brace).strip();
            String text = raw.substring(brace + 3).replaceAll("\\b(normalized_value|standardized_values|value|unit|language_tag):", " ")
                    .replaceAll("[{}\\[\\]\"]", " ").replaceAll("\\s*,\\s*", " ").replaceAll("\\s+", " ").strip();
            return new Candidate(name, text);
        }
        String text = raw.replaceAll("\\s+", " ").strip();
        return new Candidate(null, text);
    }
}
