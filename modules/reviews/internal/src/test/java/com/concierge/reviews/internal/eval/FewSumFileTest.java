package com.concierge.reviews.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FewSumFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAnyFileOfTheSameShape() throws Exception {
        Path file = dir.resolve("test.csv");
        Files.writeString(file, "cat\tgroup_id\trev1\trev2\tsumm1\tsumm2\trating1\trating2\n"
                + "kitchen\tB01\tQuiet blender.\tEasy to clean.\tA quiet blender.\tQuiet and easy to clean.\t5\t4\n");

        FewSumFile read = FewSumFile.read(file);

        assertThat(read.products()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("B01");
            assertThat(p.reviews()).containsExactly("Quiet blender.", "Easy to clean.");
            assertThat(p.summaries()).hasSize(2);
            assertThat(p.ratings()).containsExactly(5, 4);
        });
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "cat\tgroup_id\trev1\tsumm1\nkitchen\tB01\tQuiet\n");

        assertThatThrownBy(() -> FewSumFile.read(file)).hasMessageContaining("line 2: 3 columns, the header has 4");
        Files.writeString(file, "cat\tgroup_id\treview\n");
        assertThatThrownBy(() -> FewSumFile.read(file)).hasMessageContaining("no columns rev1");
    }
}
