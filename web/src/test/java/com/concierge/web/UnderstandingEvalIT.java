package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.web.support.PackagedStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * How well the assistant reads shoppers (docs/quality.md#understanding): every conversation of the
 * understanding corpus ({@code eval/understanding/corpus-*.jsonl}, written from the category schemas
 * by people who did not read the parser) goes through a packaged demo store over its public API,
 * and each turn's reading (the conversation's category and chips) and cards are scored against the
 * gold reading. The corpus is split by a hash of each conversation's id into a development part
 * (70%) and a held-out part (30%); failures are listed for the development part only, so tuning
 * never looks at the held-out one.
 *
 * <p>Figures go to {@code target/understanding.json} and the console; {@code -Dcc.eval.check=true}
 * makes the held-out targets of issue 25 a failure ({@code ./ops/eval-understanding --check}).
 */
class UnderstandingEvalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path CORPUS = Path.of("../eval/understanding");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");
    /**
     * The exchange rates the store under test is given (US dollars per unit): a gold limit in pounds
     * or euros is the store's limit at these rates, and a chip must carry it in dollars.
     */
    private static final Map<String, BigDecimal> RATES = Map.of("GBP", new BigDecimal("1.27"), "EUR", new BigDecimal("1.08"));

    private static PackagedStore store;
    private final Map<String, JsonNode> products = new HashMap<>();
    private final Map<String, List<JsonNode>> categories = new HashMap<>();
    private JsonNode schemas;

    @AfterAll
    static void stop() throws InterruptedException {
        if (store != null) {
            store.stop();
        }
    }

    @Test
    void readsTheCorpusAsItsWritersMeantIt() throws Exception {
        Path data = Files.createTempDirectory("cc-understanding");
        store = PackagedStore.start(PackagedStore.settings(data, "-Dcc.demo.load-if-empty=true",
                "-Dcc.store.exchange-rates=" + RATES.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining(","))), PackagedStore.freePort(), Path.of("target/understanding-store.log"));
        List<JsonNode> conversations = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("corpus-.*\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        conversations.add(JSON.readTree(line));
                    }
                }
            }
        }
        Score dev = new Score();
        Score heldOut = new Score();
        List<String> devFailures = new ArrayList<>();
        // per corpus class (typo, long, currency, …), each part: only totals, so the held-out part's
        // weak classes show without a held-out message being read
        Map<String, Score[]> byClass = new java.util.TreeMap<>();
        for (JsonNode conversation : conversations) {
            boolean held = heldOut(conversation.get("id").asText());
            List<Score> scores = new ArrayList<>(List.of(held ? heldOut : dev));
            conversation.path("classes").forEach(c -> scores.add(byClass.computeIfAbsent(c.asText(), k -> new Score[] {new Score(), new Score()})[held ? 1 : 0]));
            run(conversation, scores, held ? null : devFailures);
        }
        ObjectNode report = JSON.createObjectNode();
        report.set("development", dev.toJson());
        report.set("heldOut", heldOut.toJson());
        ObjectNode classes = report.putObject("byClass");
        byClass.forEach((name, parts) -> {
            classes.putObject(name).set("development", parts[0].toJson());
            ((ObjectNode) classes.get(name)).set("heldOut", parts[1].toJson());
            System.out.printf(Locale.ROOT, "  %-20s development %3d turns, exact %5.1f%%, breaking %d/%d | held-out %3d turns, exact %5.1f%%, breaking %d/%d%n",
                    name, parts[0].turns, 100.0 * parts[0].exact / Math.max(1, parts[0].turns), parts[0].violatingTurns, parts[0].cardTurns,
                    parts[1].turns, 100.0 * parts[1].exact / Math.max(1, parts[1].turns), parts[1].violatingTurns, parts[1].cardTurns);
        });
        Files.writeString(Path.of("target/understanding.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        Files.write(Path.of("target/understanding-dev-failures.txt"), devFailures);
        System.out.println("Understanding, development part: " + dev.summary());
        System.out.println("Understanding, held-out part:    " + heldOut.summary());
        // Every run (CI included): the held-out part never falls below what it reached when these
        // floors were set (docs/quality.md#understanding); raise them as the reading improves.
        assertThat(heldOut.violationRate()).as("held-out card-showing turns with a card breaking a stated limit (floor)")
                .isLessThanOrEqualTo(FLOOR_BREAKING);
        assertThat(heldOut.recall()).as("held-out constraint recall (floor)").isGreaterThanOrEqualTo(FLOOR_RECALL);
        assertThat(heldOut.precision()).as("held-out constraint precision (floor)").isGreaterThanOrEqualTo(FLOOR_PRECISION);
        assertThat(heldOut.categoryAccuracy()).as("held-out category accuracy (floor)").isGreaterThanOrEqualTo(FLOOR_CATEGORY);
        assertThat(heldOut.nothingRate()).as("held-out shopping turns showing nothing although products fit (floor)")
                .isLessThanOrEqualTo(FLOOR_NOTHING);
        if (Boolean.getBoolean("cc.eval.check")) {
            assertThat(heldOut.violationRate()).as("held-out card-showing turns with a card breaking a stated limit").isLessThanOrEqualTo(0.01);
            assertThat(heldOut.recall()).as("held-out constraint recall").isGreaterThanOrEqualTo(0.95);
            assertThat(heldOut.precision()).as("held-out constraint precision").isGreaterThanOrEqualTo(0.97);
            assertThat(heldOut.categoryAccuracy()).as("held-out category accuracy").isGreaterThanOrEqualTo(0.97);
        }
    }

    /**
     * Held-out floors, a little under the figures of the third 2026-12-04 session on the 1,320-conversation corpus (8.6%
     * breaking, recall 93.5%, precision 94.9%, category 99.3%, 4.0% showing nothing although products fit) so a change that
     * loses ground fails CI. The breaking floor was 7% on the 940-conversation corpus (5.6% then); the 380 conversations
     * added since by four more blind writers are harder, not the store worse (docs/quality.md#understanding). The
     * showing-nothing floor was 5% until `corpus-nouns` (2026-12-05): the store unchanged showed nothing on 5.2% of its
     * held-out part with it, and reading an unsold thing's head noun (not sold told 13/38 → 19/38) cost 4 more such turns
     * (5.9%; 5.4% with the demo's names for kinds of product after it); docs/quality.md, note 9. With `corpus-amounts`
     * and `corpus-features` (2026-12-05, 300 conversations) the unchanged store's held-out recall was 92.3%; the steps
     * chosen on their development part brought it to 93.1%, and the floors stayed (note 10). The seventh 2026-12-05 session
     * moved held-out breaking to 5.7% and recall to 94.1% on the 2,080-conversation corpus, and the two floors followed
     * (from 9.5% and 93%; note 12). With `corpus-measures` (2026-12-06, 150 conversations) the store of that day read
     * 93.4% held-out recall (94.4% without it), 93.8% after the steps chosen on its development part: the recall floor
     * follows the corpus to 93.5% (note 14). The eleventh 2026-12-06 session, on the 2,800-conversation corpus, brought
     * held-out breaking to 4.6%, recall to 94.8% and precision to 96.0%, and the three floors followed (from 7%, 93.5% and
     * 94%; note 17).
     */
    static final double FLOOR_BREAKING = 0.06;
    static final double FLOOR_RECALL = 0.94;
    static final double FLOOR_PRECISION = 0.95;
    static final double FLOOR_CATEGORY = 0.97;
    static final double FLOOR_NOTHING = 0.06;

    /** 30% of the conversations, by a hash of their id: never tuned on. */
    static boolean heldOut(String id) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        return Byte.toUnsignedInt(hash[0]) % 10 < 3;
    }

    private void run(JsonNode conversation, List<Score> scores, List<String> failures) throws Exception {
        JsonNode started = send("POST", "/api/assistant/conversations", null, null);
        String id = started.get("id").asText();
        String token = started.get("token").asText();
        List<JsonNode> shown = List.of();
        // a limit relative to a card ("cheaper than the first") holds the value of the card shown when
        // it was said, in later turns too, though other cards are shown by then
        Map<String, BigDecimal> resolved = new HashMap<>();
        for (JsonNode turn : conversation.get("turns")) {
            String say = turn.get("say").asText();
            JsonNode gold = turn.get("gold").deepCopy();
            Set<String> stated = new HashSet<>();
            for (JsonNode want : gold.path("hard")) {
                if (want.has("ref")) {
                    String key = want.path("field").asText() + "|" + want.path("op").asText() + "|" + want.path("ref").path("card").asText();
                    stated.add(key);
                    if (!resolved.containsKey(key)) {
                        resolved.put(key, refValue(want, shown));
                    }
                    BigDecimal value = resolved.get(key);
                    if (value != null) {
                        ((ObjectNode) want).put("resolved", value);
                    }
                }
            }
            resolved.keySet().retainAll(stated); // a limit dropped and said again is measured against the new cards
            JsonNode reply = send("POST", "/api/assistant/conversations/" + id + "/messages", token, JSON.createObjectNode().put("text", say));
            JsonNode state = send("GET", "/api/assistant/conversations/" + id, token, null);
            List<String> problems = scores.get(0).turn(this, gold, reply, state, shown);
            for (Score slice : scores.subList(1, scores.size())) {
                slice.turn(this, gold, reply, state, shown);
            }
            if (failures != null && !problems.isEmpty()) {
                String unread = reply.path("notUnderstood").isEmpty() ? "" : " [unread: " + String.join(", ",
                        JSON.convertValue(reply.path("notUnderstood"), String[].class)) + "]";
                failures.add(conversation.get("id").asText() + " \"" + say + "\": " + String.join("; ", problems) + unread);
            }
            List<JsonNode> cards = new ArrayList<>();
            reply.path("recommendations").forEach(cards::add);
            if (!cards.isEmpty()) {
                shown = cards;
            }
        }
    }

    /** Running totals of one part of the corpus. */
    static final class Score {
        int turns;
        int exact;
        int goldConstraints;
        int found;
        int chips;
        int rightChips;
        int categoryTurns;
        int rightCategory;
        int notSold;
        int notSoldTold;
        int cardTurns;
        int violatingTurns;
        int preferenceTurns;
        int bestTopPick;
        int otherLanguage;
        int otherLanguageTold;
        int regulated;
        int regulatedDeclined;
        int questions;
        int rightAnswers;
        /** Shopping turns whose gold category sells something meeting every stated limit, and of them those that showed no card. */
        int fitTurns;
        int emptyButFits;

        List<String> turn(UnderstandingEvalIT eval, JsonNode gold, JsonNode reply, JsonNode state, List<JsonNode> shown) throws Exception {
            turns++;
            List<String> problems = new ArrayList<>();
            String kind = gold.path("kind").asText("shop");
            List<JsonNode> cards = new ArrayList<>();
            reply.path("recommendations").forEach(cards::add);
            if (kind.equals("non-english")) {
                // issue 25: another language gets an honest reply in English, so it is scored on
                // that alone, not on a category or limits the store does not claim to read
                otherLanguage++;
                if (cards.isEmpty() && reply.path("reply").asText("").contains("English")) {
                    otherLanguageTold++;
                    exact++;
                } else {
                    problems.add("not told the store reads English only (" + cards.size() + " cards)");
                }
                return problems;
            }
            Set<String> expected = kind.equals("question") && gold.has("answer") && !shown.isEmpty() ? eval.expectedAnswers(gold.get("answer"), shown) : Set.of();
            if (!expected.isEmpty()) {
                // "which one is the quietest?", "how tall is the second one?": the answer is about the right card; a gold
                // card beyond those the store showed ("the third" of two) or a field no card has cannot be scored
                questions++;
                String answered = reply.path("answer").path("product").asText(null);
                if (answered != null && expected.contains(answered)) {
                    rightAnswers++;
                } else {
                    problems.add("answered about " + answered + " instead of " + expected + ": " + reply.path("reply").asText(""));
                }
            }
            if (kind.equals("regulated")) {
                regulated++;
                if (reply.path("refused").path("refused").asBoolean()) {
                    regulatedDeclined++;
                } else {
                    problems.add("regulated claim not declined");
                }
            }
            if (kind.equals("not-sold")) {
                notSold++;
                String text = reply.path("reply").asText("").toLowerCase(Locale.ROOT);
                boolean told = cards.isEmpty() && (text.contains("don't sell") || text.contains("do not sell") || text.contains("don't carry")
                        || text.contains("do not carry") || text.contains("doesn't sell") || text.contains("not sold"));
                if (told) {
                    notSoldTold++;
                } else {
                    problems.add("not told '" + gold.path("notSold").asText() + "' is not sold (" + cards.size() + " cards)");
                }
            }
            String goldCategory = gold.path("category").isNull() || gold.path("category").isMissingNode() ? null : gold.get("category").asText();
            String category = state.path("category").isNull() ? null : state.path("category").asText(null);
            if (goldCategory != null) {
                categoryTurns++;
                if (goldCategory.equals(category)) {
                    rightCategory++;
                } else {
                    problems.add("category " + category + " instead of " + goldCategory);
                }
            }
            List<JsonNode> hard = new ArrayList<>();
            gold.path("hard").forEach(hard::add);
            List<JsonNode> read = new ArrayList<>();
            state.path("constraints").forEach(c -> {
                // a price in a currency the store cannot apply is a limit read but kept as a note (not hard)
                boolean foreignPrice = c.path("field").asText().equals("price") && !c.path("unit").asText("USD").equals("USD");
                if ((c.path("hard").asBoolean() || foreignPrice) && !c.path("field").asText().equals("category")) {
                    read.add(c);
                }
            });
            boolean allFound = true;
            List<JsonNode> matched = new ArrayList<>();
            for (JsonNode want : hard) {
                goldConstraints++;
                Optional<JsonNode> chip = read.stream().filter(c -> eval.matches(want, c, shown)).findFirst();
                if (chip.isPresent()) {
                    found++;
                    matched.add(chip.get());
                } else {
                    allFound = false;
                    problems.add("missed " + want);
                }
            }
            for (JsonNode chip : read) {
                chips++;
                if (hard.stream().anyMatch(want -> eval.matches(want, chip, shown))) {
                    rightChips++;
                } else {
                    problems.add("invented " + chip.path("text").asText(chip.toString()));
                }
            }
            boolean categoryRight = goldCategory == null || goldCategory.equals(category);
            if (allFound && read.size() == matched.size() && categoryRight) {
                exact++;
            }
            if (kind.equals("shop") && goldCategory != null && eval.anyFits(goldCategory, hard, shown)) {
                // issue 25: "showed nothing although matching products exist" is a failure too, so a
                // reading that withholds cards does not pass for one that reads the limits
                fitTurns++;
                if (cards.isEmpty()) {
                    emptyButFits++;
                    problems.add("showed nothing although products in " + goldCategory + " meet every stated limit");
                }
            }
            if (!cards.isEmpty()) {
                cardTurns++;
                List<String> broken = new ArrayList<>();
                for (JsonNode card : cards) {
                    for (JsonNode want : hard) {
                        eval.breaks(want, card, shown).ifPresent(why -> broken.add(card.path("title").asText() + " " + why));
                    }
                }
                if (!broken.isEmpty()) {
                    violatingTurns++;
                    problems.add("cards break limits: " + broken);
                }
                JsonNode prefer = gold.path("prefer");
                if (prefer.size() > 0 && prefer.get(0).path("field").asText().startsWith("attr.") && goldCategory != null) {
                    preferenceTurns++;
                    if (eval.bestOnPreference(prefer.get(0), cards.get(0), hard, goldCategory, shown)) {
                        bestTopPick++;
                    } else {
                        problems.add("top pick is not the best on " + prefer.get(0));
                    }
                }
            }
            return problems;
        }

        double recall() {
            return ratio(found, goldConstraints);
        }

        double precision() {
            return ratio(rightChips, chips);
        }

        double categoryAccuracy() {
            return ratio(rightCategory, categoryTurns);
        }

        double violationRate() {
            return ratio(violatingTurns, cardTurns);
        }

        double nothingRate() {
            return ratio(emptyButFits, fitTurns);
        }

        ObjectNode toJson() {
            ObjectNode json = JSON.createObjectNode();
            json.put("turns", turns).put("exactReading", ratio(exact, turns))
                    .put("constraintRecall", recall()).put("constraintPrecision", precision())
                    .put("categoryAccuracy", categoryAccuracy()).put("notSoldTold", ratio(notSoldTold, notSold))
                    .put("cardTurns", cardTurns).put("cardTurnsBreakingALimit", violationRate())
                    .put("preferenceTurns", preferenceTurns).put("topPickBestOnPreference", ratio(bestTopPick, preferenceTurns))
                    .put("otherLanguageTold", ratio(otherLanguageTold, otherLanguage)).put("regulatedDeclined", ratio(regulatedDeclined, regulated))
                    .put("questionsAnsweredAboutTheRightCard", ratio(rightAnswers, questions))
                    .put("fitTurns", fitTurns).put("fitTurnsShowingNothing", nothingRate());
            return json;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d turns; exact reading %.1f%%; constraint recall %.1f%% (%d/%d), precision %.1f%% (%d/%d); "
                            + "category %.1f%% (%d/%d); not sold told %d/%d; card turns breaking a limit %.1f%% (%d/%d); "
                            + "top pick best on the preference %d/%d; other language told %d/%d; regulated declined %d/%d; "
                            + "questions answered about the right card %d/%d; showed nothing although products fit %.1f%% (%d/%d)",
                    turns, 100 * ratio(exact, turns), 100 * recall(), found, goldConstraints, 100 * precision(), rightChips, chips,
                    100 * categoryAccuracy(), rightCategory, categoryTurns, notSoldTold, notSold, 100 * violationRate(), violatingTurns,
                    cardTurns, bestTopPick, preferenceTurns, otherLanguageTold, otherLanguage, regulatedDeclined, regulated, rightAnswers, questions,
                    100 * ratio(emptyButFits, fitTurns), emptyButFits, fitTurns);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    /** Whether chip {@code c} says what gold constraint {@code want} says (same field, direction and value). */
    boolean matches(JsonNode want, JsonNode c, List<JsonNode> shown) {
        String field = want.path("field").asText();
        if (!field.equals(c.path("field").asText())) {
            return false;
        }
        String op = want.path("op").asText();
        String chipOp = c.path("operator").asText();
        if (want.has("ref")) {
            BigDecimal bound = refValue(want, shown);
            boolean below = want.path("op").asText().equals("max");
            BigDecimal chipBound = chipCanonical(c, c.path(below ? "max" : "min"));
            return bound != null && chipBound != null && (below ? chipBound.compareTo(bound) <= 0 : chipBound.compareTo(bound) >= 0);
        }
        if (field.equals("price") && !c.path("unit").asText("USD").equals("USD")) {
            // a limit in a currency the store has no rate for is kept as said and not applied (the reply
            // says the store prices in dollars): read right when currency and amounts are the shopper's
            if (!want.path("currency").asText("USD").equals(c.path("unit").asText())) {
                return false;
            }
            BigDecimal chipMin = c.path("min").isNull() || c.path("min").isMissingNode() ? null : c.path("min").decimalValue();
            BigDecimal chipMax = c.path("max").isNull() || c.path("max").isMissingNode() ? null : c.path("max").decimalValue();
            return switch (op) {
                case "max" -> chipMin == null && close(chipMax, want.path("value").decimalValue());
                case "min" -> chipMax == null && close(chipMin, want.path("value").decimalValue());
                case "between" -> close(chipMin, want.path("min").decimalValue()) && close(chipMax, want.path("max").decimalValue());
                default -> false;
            };
        }
        switch (op) {
            case "max", "min", "between", "about" -> {
                Dimension of = Unit.parse(c.path("unit").asText("")).map(Unit::dimension).orElse(null);
                BigDecimal min = canonical(want, want.path(op.equals("between") ? "min" : "value"), of);
                BigDecimal max = canonical(want, want.path(op.equals("between") ? "max" : "value"), of);
                BigDecimal chipMin = chipCanonical(c, c.path("min"));
                BigDecimal chipMax = chipCanonical(c, c.path("max"));
                return switch (op) {
                    case "max" -> chipMin == null && close(chipMax, max);
                    case "min" -> chipMax == null && close(chipMin, min);
                    case "between" -> close(chipMin, min) && close(chipMax, max);
                    default -> chipMin != null && chipMax != null && chipMin.compareTo(min) <= 0 && chipMax.compareTo(max) >= 0;
                };
            }
            case "any_of", "none_of", "is" -> {
                boolean negated = op.equals("none_of") || op.equals("is") && !want.path("value").asBoolean();
                List<String> values = new ArrayList<>();
                if (op.equals("is")) {
                    values.add("yes");
                } else {
                    want.path("values").forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
                }
                List<String> chipValues = new ArrayList<>();
                c.path("values").forEach(v -> chipValues.add(v.asText().toLowerCase(Locale.ROOT)));
                if (op.equals("is")) {
                    // a flag chip: ANY_OF yes / ANY_OF no
                    String asked = want.path("value").asBoolean() ? "yes" : "no";
                    return chipOp.equals("ANY_OF") && chipValues.contains(asked) || chipValues.isEmpty() && c.path("value").asText().equalsIgnoreCase(asked);
                }
                if (chipOp.equals(negated ? "NONE_OF" : "ANY_OF") && chipValues.containsAll(values) && values.containsAll(chipValues)) {
                    return true;
                }
                // a one-value choice admits the same products either way round: "not corded" is "battery"
                // when a vacuum is one or the other
                List<String> allowed = oneValueChoice(field);
                return !allowed.isEmpty() && admitted(allowed, values, negated).equals(admitted(allowed, chipValues, chipOp.equals("NONE_OF")));
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether a limit against a card is strict ("cheaper than the first") or lets its value in ("no more expensive than"). */
    private static boolean strict(JsonNode want) {
        return want.path("ref").path("strict").asBoolean(true);
    }

    /** Whether {@code value} is on the wanted side of a card's {@code bound}: below it for a cap, above for a floor. */
    private static boolean beyond(BigDecimal value, BigDecimal bound, boolean below, JsonNode want) {
        int side = value.compareTo(bound);
        return strict(want) ? (below ? side < 0 : side > 0) : (below ? side <= 0 : side >= 0);
    }

    /** Why {@code card} breaks gold constraint {@code want}, or empty. Prices in another currency are checked at {@link #RATES}. */
    Optional<String> breaks(JsonNode want, JsonNode card, List<JsonNode> shown) throws Exception {
        String field = want.path("field").asText();
        String op = want.path("op").asText();
        if (op.equals("about")) {
            return Optional.empty(); // a size the shopper named without a bound: a window, not a limit
        }
        if (field.equals("price")) {
            if (!want.path("currency").asText("USD").equals("USD") && !want.has("ref") && !RATES.containsKey(want.path("currency").asText())) {
                return Optional.empty();
            }
            BigDecimal price = BigDecimal.valueOf(card.path("price").path("minorUnits").asLong(), 2);
            if (want.has("ref")) {
                BigDecimal bound = refValue(want, shown);
                boolean below = !op.equals("min");
                return bound != null && !beyond(price, bound, below, want) ? Optional.of("costs " + price + ", not " + (below ? "less" : "more")
                        + " than " + bound + (strict(want) ? "" : " or the same")) : Optional.empty();
            }
            return outside(price, want, want, "price " + price, null);
        }
        if (field.equals("rating")) {
            BigDecimal rating = decimal(card.path("rating"));
            return rating == null || rating.compareTo(decimal(want.path("value"))) < 0
                    ? Optional.of("rated " + rating + " < " + want.path("value").asText()) : Optional.empty();
        }
        if (field.equals("brand")) {
            return inList(card.path("brand").asText(), want, "brand");
        }
        JsonNode product = product(card.path("product").asText());
        if (field.startsWith("option.")) {
            String name = field.substring("option.".length());
            String sku = card.path("variant").asText();
            for (JsonNode variant : product.path("product").path("variants")) {
                if (variant.path("sku").asText().equals(sku)) {
                    return inList(variant.path("options").path(name).asText(""), want, name);
                }
            }
            return Optional.empty();
        }
        if (field.startsWith("attr.")) {
            String key = field.substring("attr.".length());
            JsonNode attribute = null;
            for (JsonNode a : product.path("product").path("attributes")) {
                if (a.path("key").asText().equals(key)) {
                    attribute = a;
                }
            }
            if (want.has("ref")) {
                BigDecimal bound = refValue(want, shown);
                BigDecimal number = attribute == null ? null : decimal(attribute.path("value"));
                boolean below = op.equals("max");
                return bound == null || number == null || beyond(number, bound, below, want)
                        ? Optional.empty() : Optional.of(key + " " + number + " is not " + (below ? "below " : "above ") + bound
                        + (strict(want) ? "" : " or the same") + " of the card it was compared with");
            }
            if (attribute == null) {
                return Optional.of("has no " + key + " (the shopper set a limit on it)");
            }
            JsonNode value = attribute.path("value");
            if (op.equals("is")) {
                return value.asBoolean() == want.path("value").asBoolean() ? Optional.empty() : Optional.of(key + " is " + value.asText());
            }
            if (op.equals("any_of") || op.equals("none_of")) {
                if (value.isArray()) {
                    List<String> values = new ArrayList<>();
                    value.forEach(v -> values.add(v.asText()));
                    List<String> wanted = new ArrayList<>();
                    want.path("values").forEach(v -> wanted.add(v.asText().toLowerCase(Locale.ROOT)));
                    boolean any = values.stream().anyMatch(v -> wanted.contains(v.toLowerCase(Locale.ROOT)));
                    return op.equals("any_of") == any ? Optional.empty() : Optional.of(key + " " + values);
                }
                return inList(value.asText(), want, key);
            }
            BigDecimal number = decimal(value);
            if (number == null) {
                return Optional.empty();
            }
            return outside(number, want, want, key + " " + attribute.path("display").asText(),
                    Unit.parse(attribute.path("unit").asText("")).map(Unit::dimension).orElse(null));
        }
        return Optional.empty();
    }

    /**
     * Whether the top card is the best on the preferred attribute among the category's products
     * available to buy that meet every limit: a product counts when one of its variants in stock
     * meets them all (an out-of-stock product is no better pick).
     */
    boolean bestOnPreference(JsonNode prefer, JsonNode top, List<JsonNode> hard, String category, List<JsonNode> shown) throws Exception {
        String key = prefer.path("field").asText().substring("attr.".length());
        boolean less = prefer.path("direction").asText().equals("less");
        BigDecimal topValue = attributeOf(product(top.path("product").asText()), key);
        if (topValue == null) {
            return false;
        }
        for (JsonNode hit : catalog(category)) {
            JsonNode candidate = product(hit.path("id").asText());
            BigDecimal value = attributeOf(candidate, key);
            if (fits(hit, candidate, hard, shown) && value != null && (less ? value.compareTo(topValue) < 0 : value.compareTo(topValue) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any product of {@code category} has a variant in stock that meets every gold limit. */
    boolean anyFits(String category, List<JsonNode> hard, List<JsonNode> shown) throws Exception {
        for (JsonNode hit : catalog(category)) {
            if (fits(hit, product(hit.path("id").asText()), hard, shown)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gold limits with a size said without a bound ("3 quarts") as the ±10% window the issue reads it
     * as: a product outside it does not count as one that fits, though a card outside it is not scored as
     * breaking a limit.
     */
    private static List<JsonNode> windowsAsLimits(List<JsonNode> hard) {
        List<JsonNode> limits = new ArrayList<>();
        for (JsonNode want : hard) {
            if (want.path("op").asText().equals("about") && want.path("value").isNumber()) {
                BigDecimal value = want.path("value").decimalValue();
                limits.add(((ObjectNode) want.deepCopy()).put("op", "min").put("value", value.multiply(new BigDecimal("0.9"))));
                limits.add(((ObjectNode) want.deepCopy()).put("op", "max").put("value", value.multiply(new BigDecimal("1.1"))));
            } else {
                limits.add(want);
            }
        }
        return limits;
    }

    /** Whether a variant of {@code candidate} in stock meets every gold limit, judged as the card it would be. */
    private boolean fits(JsonNode hit, JsonNode candidate, List<JsonNode> hard, List<JsonNode> shown) throws Exception {
        for (JsonNode variant : candidate.path("product").path("variants")) {
            if (variant.path("stock").asInt() <= 0) {
                continue;
            }
            ObjectNode asCard = JSON.createObjectNode();
            asCard.put("product", hit.path("id").asText());
            asCard.put("brand", hit.path("brand").asText());
            asCard.set("price", variant.path("price"));
            asCard.set("rating", hit.path("rating"));
            asCard.put("variant", variant.path("sku").asText());
            boolean all = true;
            for (JsonNode want : windowsAsLimits(hard)) {
                if (breaks(want, asCard, shown).isPresent()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal attributeOf(JsonNode product, String key) {
        for (JsonNode a : product.path("product").path("attributes")) {
            if (a.path("key").asText().equals(key)) {
                return decimal(a.path("value"));
            }
        }
        return null;
    }

    private List<JsonNode> catalog(String category) throws Exception {
        List<JsonNode> hits = categories.get(category);
        if (hits == null) {
            hits = new ArrayList<>();
            for (int page = 0; page < 20; page++) {
                JsonNode results = send("GET", "/api/products?size=100&page=" + page + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8), null, null);
                JsonNode found = results.path("hits").isMissingNode() ? results.path("products") : results.path("hits");
                found.forEach(hits::add);
                if (found.size() < 100) {
                    break;
                }
            }
            categories.put(category, hits);
        }
        return hits;
    }

    /** The allowed values of a single-valued choice attribute ({@code attr.power_source}), lower case; empty for any other field. */
    private List<String> oneValueChoice(String field) {
        if (!field.startsWith("attr.")) {
            return List.of();
        }
        try {
            if (schemas == null) {
                schemas = send("GET", "/api/categories", null, null);
            }
        } catch (Exception e) {
            throw new IllegalStateException("category schemas unreadable", e);
        }
        String key = field.substring("attr.".length());
        Set<List<String>> found = new java.util.HashSet<>();
        for (JsonNode category : schemas) {
            for (JsonNode attribute : category.path("attributes")) {
                if (attribute.path("key").asText().equals(key) && attribute.path("type").asText().equals("enum")) {
                    List<String> values = new ArrayList<>();
                    attribute.path("allowedValues").forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
                    found.add(values);
                }
            }
        }
        // a key two categories give different values ("type") is compared only as said
        return found.size() == 1 ? found.iterator().next() : List.of();
    }

    /** The values of {@code allowed} a choice admits: those named, or all others when they are excluded. */
    private static Set<String> admitted(List<String> allowed, List<String> values, boolean excluded) {
        return allowed.stream().filter(v -> values.contains(v) != excluded).collect(java.util.stream.Collectors.toSet());
    }

    private JsonNode product(String id) throws Exception {
        JsonNode product = products.get(id);
        if (product == null) {
            product = send("GET", "/api/products/" + id, null, null);
            products.put(id, product);
        }
        return product;
    }

    private static Optional<String> inList(String actual, JsonNode want, String what) {
        List<String> values = new ArrayList<>();
        want.path("values").forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
        boolean in = values.contains(actual.toLowerCase(Locale.ROOT));
        boolean ok = want.path("op").asText().equals("none_of") ? !in : in;
        return ok ? Optional.empty() : Optional.of(what + " " + actual);
    }

    /** A value in canonical units against a gold bound given in the shopper's unit. */
    private static Optional<String> outside(BigDecimal value, JsonNode want, JsonNode bounds, String what, Dimension of) {
        String op = want.path("op").asText();
        BigDecimal min = op.equals("min") ? canonical(want, bounds.path("value"), of) : op.equals("between") ? canonical(want, bounds.path("min"), of) : null;
        BigDecimal max = op.equals("max") ? canonical(want, bounds.path("value"), of) : op.equals("between") ? canonical(want, bounds.path("max"), of) : null;
        BigDecimal slack = value.abs().multiply(new BigDecimal("0.005"));
        if (min != null && value.add(slack).compareTo(min) < 0 || max != null && value.subtract(slack).compareTo(max) > 0) {
            return Optional.of(what + " outside " + (min == null ? "" : "≥ " + min) + (max == null ? "" : " ≤ " + max));
        }
        return Optional.empty();
    }

    /**
     * The cards a question's right answer is about: the card named, or every card best on the field (a tie has two);
     * empty when the gold names a card beyond those shown or no card has the field, so the turn cannot be scored.
     */
    Set<String> expectedAnswers(JsonNode answer, List<JsonNode> shown) throws Exception {
        if (answer.has("card")) {
            int card = answer.get("card").asInt() - 1;
            return card >= 0 && card < shown.size() ? Set.of(shown.get(card).path("product").asText()) : Set.of();
        }
        String field = answer.path("field").asText();
        boolean min = answer.path("superlative").asText("min").equals("min");
        Set<String> best = new HashSet<>();
        BigDecimal bestValue = null;
        for (int i = 0; i < shown.size(); i++) {
            JsonNode want = JSON.createObjectNode().put("field", field).set("ref", JSON.createObjectNode().put("card", i + 1));
            BigDecimal value = refValue(want, shown);
            if (value == null) {
                continue;
            }
            int order = bestValue == null ? -1 : min ? value.compareTo(bestValue) : bestValue.compareTo(value);
            if (order < 0) {
                best.clear();
                bestValue = value;
            }
            if (order <= 0) {
                best.add(shown.get(i).path("product").asText());
            }
        }
        return best;
    }

    /** The value of the shown card a relative constraint points at ("cheaper than the first"): a price, a rating, or an attribute in canonical units. */
    private BigDecimal refValue(JsonNode want, List<JsonNode> shown) {
        if (want.has("resolved")) {
            return want.path("resolved").decimalValue();
        }
        int card = want.path("ref").path("card").asInt(1) - 1;
        if (card < 0 || card >= shown.size()) {
            return null;
        }
        String field = want.path("field").asText();
        if (field.equals("price")) {
            return BigDecimal.valueOf(shown.get(card).path("price").path("minorUnits").asLong(), 2);
        }
        if (field.equals("rating")) {
            JsonNode rating = shown.get(card).path("rating");
            return rating.isNumber() ? rating.decimalValue() : null;
        }
        if (field.startsWith("attr.")) {
            try {
                return attributeOf(product(shown.get(card).path("product").asText()), field.substring("attr.".length()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /**
     * A gold value in canonical units: a price in another currency in US dollars at {@link #RATES}. {@code of} is the
     * dimension the field measures, where known: a shopper's "oz" of a jar or a basket is fluid ounces (FORMAT.md: the
     * unit as the shopper gave it), of a weight ounces.
     */
    private static BigDecimal canonical(JsonNode want, JsonNode value, Dimension of) {
        BigDecimal number = decimal(value);
        String currency = want.path("currency").asText("USD");
        if (number != null && want.path("field").asText().equals("price") && !currency.equals("USD")) {
            BigDecimal rate = RATES.get(currency);
            return rate == null ? null : number.multiply(rate);
        }
        if (number == null || !want.has("unit")) {
            return number;
        }
        return Unit.parse(want.get("unit").asText()).map(u -> u == Unit.OUNCE && of == Dimension.VOLUME ? Unit.FLUID_OUNCE : u)
                .map(u -> u.toCanonical(number)).orElse(number);
    }

    private static BigDecimal chipCanonical(JsonNode chip, JsonNode value) {
        BigDecimal number = decimal(value);
        if (number == null || chip.path("unit").isNull() || chip.path("field").asText().equals("price")) {
            return number;
        }
        return Unit.parse(chip.path("unit").asText("")).map(u -> u.toCanonical(number)).orElse(number);
    }

    private static boolean close(BigDecimal actual, BigDecimal expected) {
        if (actual == null || expected == null) {
            return false;
        }
        BigDecimal allowed = expected.abs().multiply(TOLERANCE).max(new BigDecimal("0.01"));
        return actual.subtract(expected).abs().compareTo(allowed) <= 0;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private JsonNode send(String method, String path, String conversationToken, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(store.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (conversationToken != null) {
            request.header("Conversation-Token", conversationToken);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
