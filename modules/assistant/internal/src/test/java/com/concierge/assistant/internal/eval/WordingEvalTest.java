package com.concierge.assistant.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer-wording scores: ROUGE-L as defined, attributes read from the datasets' notation, bad rows noted. */
class WordingEvalTest {

    @Test
    void rougeLIsTheF1OfTheLongestCommonWordSubsequence() {
        assertThat(WordingEval.rougeL("it is 6 inches tall", "it is 6 inches tall")).isEqualTo(1.0);
        assertThat(WordingEval.rougeL("yes", "no")).isZero();
        // "the jar holds 2 litres" vs "the jar is 2 litres": common "the jar 2 litres" (4); P 4/5, R 4/5
        assertThat(WordingEval.rougeL("the jar holds 2 litres", "The jar is 2 litres.")).isCloseTo(0.8, within(1e-9));
        assertThat(WordingEval.rougeL("", "anything")).isZero();
    }

    @Test
    void anAttributeInTheDatasetsNotationReadsAsTheStoreShowsIt() {
        WordingEval.Attribute sensitivity = WordingEval.Attribute.parse("audio_sensitivity: { unit:decibels, value:121.0 }");
        assertThat(sensitivity.label()).isEqualTo("Audio sensitivity");
        assertThat(sensitivity.display()).isEqualTo("121 decibels");
        WordingEval.Attribute colours = WordingEval.Attribute.parse("component_type: { value:\"Memory\" }; { value:\"Display\" }");
        assertThat(colours.display()).isEqualTo("Memory, Display");
        WordingEval.Attribute box = WordingEval.Attribute.parse("item_dimensions:  { width:{ unit:inches, normalized_value:{ unit:inches, value:7 }, value:7 }, "
                + "length:{ unit:inches, normalized_value:{ unit:inches, value:8 }, value:8 } }");
        assertThat(box.display()).isEqualTo("7, 8 inches");
    }

    @Test
    void theSystemWordsEvidenceAsALiveAnswerCitesItAndLosesNoFact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("answers.tsv");
        Files.writeString(file, "ASIN\tquestion\tcandidate\tanswer\tsource\n"
                + "B1\tis it bpa free?\tyes, it is bpa free.\tit is bpa free.\tCQA\n"
                + "B2\thow many in a pack?\ttotal_eaches:  { value:6 }\tthere are 6 per package.\tattribute\n"
                + "B3\thow tall is it?\t\tit is tall.\tbullet\n");
        WordingEval.FileResult result = WordingEval.evaluate(file);
        assertThat(result.format()).isEqualTo(WordingEval.HETPQA);
        assertThat(result.notes()).singleElement().asString().contains("row 4");
        WordingEval.Scores system = result.wordings().get("system");
        assertThat(system.examples()).isEqualTo(2);
        assertThat(system.facts()).as("the 6 of the pack, said in the person's answer").isEqualTo(1);
        assertThat(system.kept()).isEqualTo(1.0);
        assertThat(WordingEval.system(new WordingEval.Example("how many in a pack?", "total_eaches:  { value:6 }", "attribute", "")))
                .isEqualTo("Total eaches of the product: 6.");
        assertThat(WordingEval.system(new WordingEval.Example("is it bpa free?", "yes, it is.", "CQA", "")))
                .isEqualTo("From the store's Q&A: yes, it is.");
    }
}
