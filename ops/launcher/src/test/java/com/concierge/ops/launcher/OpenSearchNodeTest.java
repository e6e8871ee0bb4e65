package com.concierge.ops.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchNodeTest {

    @TempDir
    Path temp;

    @Test
    void keepsDataInTheStateFolderWhenTheServiceUserCanEnterIt() throws IOException {
        Path state = Files.createDirectories(temp.resolve("open"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(OpenSearchNode.instanceDir(state)).isEqualTo(state.resolve("opensearch"));
    }

    @Test
    void asRootMovesDataOutOfAFolderTheServiceUserCannotEnterAndStartsFreshWithAFreshStateFolder() throws IOException {
        assumeTrue(OsUser.isRoot(), "only root switches OpenSearch to another user");
        Path closed = Files.createDirectories(temp.resolve("closed"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        Path state = closed.resolve("state");

        Path instance = OpenSearchNode.instanceDir(state);
        try {
            assertThat(instance).startsWithRaw(Path.of(OpenSearchNode.FALLBACK_ROOT));
            assertThat(state.resolve("opensearch.location")).content().contains(instance.toString());
            Files.createDirectories(instance.resolve("data"));

            assertThat(OpenSearchNode.instanceDir(state)).as("the same state folder keeps its node").isEqualTo(instance);
            assertThat(instance.resolve("data")).exists();

            Distribution.deleteTree(state);
            assertThat(OpenSearchNode.instanceDir(state)).isEqualTo(instance);
            assertThat(instance.resolve("data")).as("a fresh state folder gets a fresh node").doesNotExist();
        } finally {
            Distribution.deleteTree(instance);
        }
    }
}
