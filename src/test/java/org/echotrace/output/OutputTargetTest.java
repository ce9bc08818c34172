package org.echotrace.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {
    @Test
    void aFileIsReplacedOnlyOnCommit(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("posts.jsonl");
        Files.writeString(out, "old");
        try (OutputTarget t = OutputTarget.file(out)) {
            t.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(out)).isEqualTo("old");
            t.commit();
        }
        assertThat(Files.readString(out)).isEqualTo("new");
    }

    @Test
    void aNamedPipeIsWrittenInPlaceNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try (OutputTarget t = OutputTarget.file(fifo)) {
            t.stream().write("posts".getBytes(StandardCharsets.UTF_8));
            t.commit();
            assertThat(t.files()).isEmpty();
        }
        assertThat(read.get()).isEqualTo("posts");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(fifo);
        }
    }
}
