package com.concierge.assistant.internal.eval;

import com.concierge.assistant.internal.answer.AnswerWording;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how the assistant words a grounded answer against answers people wrote from one piece of
 * evidence (docs/quality.md#answer-wording): hetPQA answer generation (question, evidence, answer)
 * and semiPQA data-to-text (an attribute's data, a sentence). For each example the evidence is
 * worded as the {@code Answerer} words that kind of evidence ({@link AnswerWording}) and, as the
 * baseline, quoted as it stands; each is scored with ROUGE-L (F1 of the longest common word
 * subsequence with the person's answer) and with the share of facts kept: the numbers and unit
 * words of the evidence that the person's answer also says, found again in the wording.
 */
public final class WordingEval {

    private WordingEval() {
    }

    /** One piece of evidence with the answer a person wrote from it. */
    record Example(String question, String evidence, String source, String reference) {
    }

    /**
     * @param rougeL mean ROUGE-L F1 over the examples
     * @param kept   facts kept over facts the people's answers say (NaN when none do)
     */
    public record Scores(int examples, double rougeL, double kept, int facts) {
    }

    public record FileResult(String file, String format, Map<String, Scores> wordings, List<String> notes) {
    }

    static final String HETPQA = "hetpqa-answer-generation";
    static final String SEMIPQA = "semipqa-data-to-text";

    /** The wording format a header names, if it is one. */
    static Optional<String> format(String header) {
        List<String> columns = List.of(header.strip().toLowerCase(Locale.ROOT).split("\t"));
        if (columns.containsAll(List.of("question", "candidate", "answer", "source"))) {
            return Optional.of(HETPQA);
        }
        if (columns.equals(List.of("data", "text"))) {
            return Optional.of(SEMIPQA);
        }
        return Optional.empty();
    }

    static FileResult evaluate(Path file) throws IOException {
        String header;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            header = lines.findFirst().orElseThrow(() -> new IOException(file + " is empty"));
        }
        String format = format(header).orElseThrow(() -> new IOException(file + " is no answer-wording file"));
        List<String> notes = new ArrayList<>();
        List<Example> examples = read(file, format, notes);
        Map<String, Scores> wordings = new LinkedHashMap<>();
        wordings.put("system", score(examples, WordingEval::system));
        wordings.put("quote-the-evidence", score(examples, WordingEval::quote));
        return new FileResult(file.toString(), format, wordings, notes);
    }

    private static List<Example> read(Path file, String format, List<String> notes) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t');
        List<Example> examples = new ArrayList<>();
        int row = 1;
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            while (true) {
                row++;
                Map<String, String> r;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    r = rows.nextValue();
                } catch (RuntimeException | IOException e) {
                    notes.add("row " + row + ": " + e.getMessage().lines().findFirst().orElse("unreadable") + " (the rest of the file is left out)");
                    break;
                }
                Example example = format.equals(HETPQA)
                        ? new Example(r.get("question"), r.get("candidate"), r.get("source"), r.get("answer"))
                        : new Example("", r.get("data"), "attribute", r.get("text"));
                if (blank(example.evidence()) || blank(example.reference())) {
                    notes.add("row " + row + ": no evidence or no answer, left out");
                    continue;
                }
                examples.add(example);
            }
        }
        return examples;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Scores score(List<Example> examples, Function<Example, String> wording) {
        double rouge = 0;
        int facts = 0;
        int kept = 0;
        for (Example e : examples) {
            String worded = wording.apply(e);
            rouge += rougeL(worded, e.reference());
            Set<String> said = facts(e.evidence());
            said.retainAll(new LinkedHashSet<>(tokens(e.reference())));
            List<String> inWording = tokens(worded);
            facts += said.size();
            kept += (int) said.stream().filter(inWording::contains).count();
        }
        return new Scores(examples.size(), examples.isEmpty() ? Double.NaN : rouge / examples.size(),
                facts == 0 ? Double.NaN : (double) kept / facts, facts);
    }

    /** The assistant's wording of the evidence, by its kind, as a live answer cites it. */
    static String system(Example e) {
        return switch (e.source().toLowerCase(Locale.ROOT)) {
            case "attribute" -> {
                Attribute a = Attribute.parse(e.evidence());
                yield AnswerWording.yesNo(e.question(), true, a.display()) + AnswerWording.attribute(a.label(), a.display(), "product");
            }
            case "cqa" -> AnswerWording.qa(e.evidence());
            // a review quote is cited under the aspect the review summary found; the file has none
            case "review" -> AnswerWording.review(1, "mention", "product", e.evidence());
            default -> AnswerWording.content(e.evidence()); // description, bullet, product page (OSP)
        };
    }

    /** The baseline: the evidence as it stands (an attribute as the store's evidence line shows it, "Label: value"). */
    static String quote(Example e) {
        if (e.source().equalsIgnoreCase("attribute")) {
            Attribute a = Attribute.parse(e.evidence());
            return a.label() + ": " + a.display();
        }
        return e.evidence();
    }

    /**
     * An attribute in the datasets' notation, {@code audio_sensitivity: { unit:decibels, value:121.0 }}
     * or {@code color: { value:"Red" }; { value:"Blue" }}: its label ("Audio sensitivity") and its
     * values and unit as the store displays them ("121 decibels", "Red, Blue").
     */
    record Attribute(String label, String display) {

        private static final Pattern VALUE = Pattern.compile("(?<!\\w)(?:value|content|total|count):\\s*(\"[^\"]*\"|[^,}\\s\\]]+)");
        private static final Pattern UNIT = Pattern.compile("unit:\\s*([^,}\\s]+)");

        static Attribute parse(String data) {
            int colon = data.indexOf(':');
            String key = colon < 0 ? "" : data.substring(0, colon).strip();
            String body = colon < 0 ? data : data.substring(colon + 1);
            String label = key.isEmpty() ? "Value" : Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
            Set<String> values = new LinkedHashSet<>();
            Matcher v = VALUE.matcher(body);
            while (v.find()) {
                values.add(plain(v.group(1).replace("\"", "").strip()));
            }
            Matcher u = UNIT.matcher(body);
            String unit = u.find() ? u.group(1).replace("_", " ") : null;
            String display = values.isEmpty() ? body.strip() : String.join(", ", values) + (unit == null ? "" : " " + unit);
            return new Attribute(label, display);
        }

        /** "121.0" → "121". */
        private static String plain(String value) {
            return value.matches("-?\\d+\\.0+") ? value.substring(0, value.indexOf('.')) : value;
        }
    }

    /** The facts a piece of evidence states that wording must not lose: its numbers and unit words. */
    static Set<String> facts(String evidence) {
        Set<String> facts = new LinkedHashSet<>();
        for (String t : tokens(Attribute.VALUE.matcher(evidence).find() ? Attribute.parse(evidence).display() : evidence)) {
            if (t.chars().anyMatch(Character::isDigit) || UNIT_WORDS.contains(t)) {
                facts.add(t);
            }
        }
        return facts;
    }

    private static final Set<String> UNIT_WORDS = Set.of("inches", "inch", "feet", "foot", "cm", "mm", "meters", "pounds", "lbs", "lb",
            "ounces", "ounce", "oz", "grams", "gram", "g", "kg", "kilograms", "watts", "watt", "w", "volts", "volt", "v", "mah", "hours",
            "hour", "minutes", "minute", "decibels", "db", "liters", "litres", "liter", "ml", "gallons", "quarts", "calories", "years", "months");

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|\\p{L}+");

    /** Lower-case words and numbers ("1.5" stays one, "121.0" is "121"). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(Attribute.plain(m.group()));
        }
        return tokens;
    }

    /** ROUGE-L F1: the longest common subsequence of words over the candidate's and the reference's length. */
    static double rougeL(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        if (c.isEmpty() || r.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[c.size() + 1][r.size() + 1];
        for (int i = 1; i <= c.size(); i++) {
            for (int j = 1; j <= r.size(); j++) {
                lcs[i][j] = c.get(i - 1).equals(r.get(j - 1)) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        double common = lcs[c.size()][r.size()];
        if (common == 0) {
            return 0;
        }
        double precision = common / c.size();
        double recall = common / r.size();
        return 2 * precision * recall / (precision + recall);
    }

    static void print(FileResult result) {
        System.out.println();
        System.out.printf("%s  (%s; answer wording)%n", QaEval.shorten(result.file()), result.format());
        System.out.printf("  %-22s %9s %9s %14s%n", "wording", "examples", "ROUGE-L", "facts kept");
        result.wordings().forEach((name, s) -> System.out.printf("  %-22s %9d %9.4f %8.4f (%d)%n", name, s.examples(), s.rougeL(), s.kept(), s.facts()));
        result.notes().forEach(n -> System.out.println("  note: " + n));
    }
}
