package com.concierge.assistant.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.concierge.assistant.internal.answer.EvidenceRanker;
import com.concierge.assistant.internal.answer.EvidenceRanker.Candidate;
import com.concierge.assistant.internal.semantic.Embeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 29: bad evidence or a bad row never stops ranking or the evaluation. */
class QaEvalRobustnessTest {

    private final EvidenceRanker ranker = new EvidenceRanker(Embeddings.shared(), Embeddings.miniLm(), EvidenceRanker.DEFAULT);

    /** A semiPQA attribute-ranking file in {@code dir} holding {@code rows} under the format's header. */
    private static Path semiPqa(Path dir, String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", "qid\tqa_pair_id\tquestion\tcandidate\tlabel", String.join("\n", rows)) + "\n");
        return file;
    }

    @Test
    void evidenceSayingNothingIsNeverRankedAndTheRestStillIs() {
        List<Candidate> candidates = Arrays.asList(new Candidate(" ", " "), new Candidate(null, null),
                new Candidate("item_weight", "1.8 pounds"), new Candidate(null, "x".repeat(200_000)), new Candidate("", "black"));
        double[] scores = ranker.scores("how heavy is it?", candidates);
        assertEquals(EvidenceRanker.UNUSABLE, scores[0]);
        assertEquals(EvidenceRanker.UNUSABLE, scores[1]);
        assertTrue(scores[2] > scores[3] && scores[2] > scores[4], "the weight answers a weight question: " + Arrays.toString(scores));
    }

    @Test
    void theSecondModelRereadsOnlyTheBestFewAndTheAnswerIsAmongThem() {
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (String[] c : new String[][] {{"color", "black"}, {"material", "stainless steel"}, {"wattage", "1200 watts"},
                {"item_weight", "1.8 pounds"}, {"warranty", "2 years"}, {"capacity", "64 ounces"}, {"noise", "72 dB"},
                {"dishwasher_safe", "yes"}, {"brand", "Calma"}, {"speeds", "10"}}) {
            candidates.add(new Candidate(c[0], c[1]));
        }
        EvidenceRanker.Features features = ranker.features("how much does it weigh?", candidates);
        long reread = java.util.Arrays.stream(features.miniLm()).filter(v -> !Double.isNaN(v)).count();
        assertEquals(EvidenceRanker.REREAD, reread, "all-MiniLM embeds only the best few by the other signals");
        double[] scores = features.scores(EvidenceRanker.DEFAULT);
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        assertEquals("item_weight", candidates.get(best).name());
    }

    @Test
    void aBlankQuestionRanksNothingAboveAnything() {
        double[] scores = ranker.scores("  ", List.of(new Candidate("weight", "2 kg"), new Candidate(null, ""), new Candidate("warranty", null)));
        assertEquals(0, scores[0]);
        assertEquals(EvidenceRanker.UNUSABLE, scores[1]);
        assertEquals(0, scores[2], "a name alone still says what the evidence is about");
    }

    @Test
    void aFileWithABlankCandidateAndABrokenRowIsScoredWithNotes(@TempDir Path dir) throws IOException {
        Path file = semiPqa(dir, "semi.tsv",
                "q1\tp1\thow much does it weigh?\titem_weight:  { unit:pounds, value:1.83 }\t1",
                "q1\tp1\thow much does it weigh?\t \t0",
                "q1\tp1\thow much does it weigh?\tcolor:  { value:black }\t0",
                "q2\tp2\twhat colour is it?\tcolor:  { value:red }\tyes",
                "\tp3\twhat size?\tsize:  { value:large }\t1",
                "q3\tp3\tis it waterproof?\twater_resistance_level:  { value:waterproof }\t1",
                "q3\tp3\tis it waterproof?\tcolor:  { value:blue }\t0");
        QaFile qa = QaFile.read(file);
        assertEquals(2, qa.questions().size(), "q1 and q3 are read");
        assertEquals(2, qa.notes().size(), "the row with a word for a label and the row with no question id: " + qa.notes());
        assertTrue(qa.notes().get(0).startsWith("row 5:"), qa.notes().get(0));

        QaEval.FileResult result = QaEval.evaluate(file.toString(), qa, Embeddings.shared(), Embeddings.miniLm());
        assertEquals(1, result.skipped());
        assertEquals(2, result.rankers().get("system").questions());
        assertEquals(1.0, result.rankers().get("system").precisionAt1(), "both questions have their answer first");
        assertEquals(1.0, result.rankers().get("file-order").precisionAt1(), "the relevant candidate is first in the file");
        assertEquals(2, result.rankers().get("system-5-fold-cv").questions(), "every answerable question is scored once across the folds");
    }

    @Test
    void theStoresThresholdAnswersWhatTheEvidenceSaysAndDeclinesWhatItDoesNot(@TempDir Path dir) throws IOException {
        Path file = semiPqa(dir, "semi.tsv",
                "q1\tp1\thow much does it weigh?\titem_weight:  { unit:pounds, value:1.83 }\t1",
                "q1\tp1\thow much does it weigh?\tcolor:  { value:black }\t0",
                "q2\tp2\tdoes it come with a carrying case?\tcolor:  { value:red }\t0",
                "q2\tp2\tdoes it come with a carrying case?\titem_weight:  { unit:pounds, value:3 }\t0");
        QaEval.Threshold t = QaEval.evaluate(file.toString(), QaFile.read(file), Embeddings.shared(), Embeddings.miniLm()).threshold();
        assertEquals(1, t.answerable());
        assertEquals(1, t.answered(), "the weight is given for a weight question");
        assertEquals(1, t.right());
        assertEquals(1, t.unanswerable());
        assertEquals(1, t.declined(), "a colour and a weight do not say whether a case comes with it");
    }

    @Test
    void whereTheLastCandidatesAreNeverRelevantTheSystemIsAlsoScoredAmongTheJudgedOnes(@TempDir Path dir) throws IOException {
        Path file = semiPqa(dir, "semi.tsv",
                "q1\tp1\thow much does it weigh?\tcolor:  { value:black }\t0",
                "q1\tp1\thow much does it weigh?\titem_weight:  { unit:pounds, value:1.83 }\t1",
                "q1\tp1\thow much does it weigh?\titem_weight:  { unit:pounds, value:2 }\t0",
                "q2\tp2\twhat colour is it?\titem_weight:  { unit:pounds, value:3 }\t0",
                "q2\tp2\twhat colour is it?\tcolor:  { value:red }\t1",
                "q2\tp2\twhat colour is it?\tcolor:  { value:blue }\t0");
        QaFile qa = QaFile.read(file);
        assertEquals(2, QaEval.judgedPositions(qa), "nothing after the second candidate is ever relevant");
        QaEval.Scores judged = QaEval.evaluate(file.toString(), qa, Embeddings.shared(), Embeddings.miniLm()).rankers().get("system-judged-only");
        assertEquals(2, judged.questions());
        assertEquals(1.0, judged.precisionAt1(), "among the first two the relevant one is first");

        Path every = semiPqa(dir, "every.tsv",
                "q1\tp1\thow much does it weigh?\tcolor:  { value:black }\t0",
                "q1\tp1\thow much does it weigh?\titem_weight:  { unit:pounds, value:1.83 }\t1");
        assertFalse(QaEval.evaluate(every.toString(), QaFile.read(every), Embeddings.shared(), Embeddings.miniLm()).rankers()
                .containsKey("system-judged-only"), "the last candidate is relevant somewhere: every candidate was judged");
    }

    @Test
    void theCheckHoldsTheCrossValidatedFiguresAgainstTheBaselinesOnly() {
        Map<String, QaEval.Scores> rankers = new LinkedHashMap<>();
        rankers.put("system", new QaEval.Scores(10, 0.9, 0.9, 0.9));
        rankers.put("system-5-fold-cv", new QaEval.Scores(10, 0.7, 0.9, 0.9));
        rankers.put("bm25", new QaEval.Scores(10, 0.6, 0.7, 0.7));
        rankers.put("embedding-cosine", new QaEval.Scores(10, 0.8, 0.8, 0.8));
        rankers.put("file-order", new QaEval.Scores(10, 0.95, 0.95, 0.95));
        List<String> behind = QaEval.behindBaselines(List.of(new QaEval.FileResult("f", "semipqa", rankers, null, 0, List.of())));
        assertEquals(List.of("f: P@1 0.7 ≤ embedding-cosine 0.8"), behind);
    }
}
