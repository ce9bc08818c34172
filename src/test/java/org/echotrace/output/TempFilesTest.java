package org.echotrace.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
    @TempDir
    Path dir;

    @Test
    void filesAreRegisteredBeforeTheyExistAndTheExitHookDeletesWhatIsLeft() throws IOException {
        Path spool = TempFiles.create(dir, "echotrace-", ".spool.jsonl");
        assertThat(spool).exists();
        assertThat(TempFiles.registered()).contains(spool);
        TempFiles.deleteAll();
        assertThat(spool).doesNotExist();
    }

    @Test
    void aSpoolIsReleasedOnCloseAndAPartialOutputOnFailure() throws IOException {
        TraceSpool spool = new TraceSpool(dir.resolve("s.jsonl"));
        spool.close();
        assertThat(dir.resolve("s.jsonl")).doesNotExist();
        assertThat(TempFiles.registered()).doesNotContain(dir.resolve("s.jsonl"));

        Path out = Files.writeString(dir.resolve("posts.jsonl"), "previous run\n");
        try (OutputTarget target = OutputTarget.file(out)) {
            target.stream().write("partial".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // no commit: the run failed
        }
        assertThat(Files.readString(out)).isEqualTo("previous run\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("posts.jsonl");
        }
    }
}
