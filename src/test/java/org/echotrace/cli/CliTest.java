package org.echotrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EchotraceCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("analyze", "demo", "eval", "bench");
    }

    @Test
    void analyzeHelpDescribesOptions() {
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--out", "--format", "--map", "--input-format", "Exit status");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(err.toString()).startsWith("echotrace: Missing required parameter");
        assertThat(run("analyze", "--no-such-option", "x")).isEqualTo(2);
        assertThat(run("analyze", "--map", "colour=red", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --map field 'colour'");
        assertThat(run("analyze", "--input-format", "pdf", "x")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void missingInputExitsWithOneAndNamesIt() throws Exception {
        Path out = dir.resolve("posts.jsonl");
        assertThat(run("analyze", "--out", out.toString(), dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nope.json: error: no such file or directory")
                .contains("0 inputs, 0 posts, 1 error, 0 warnings");
        assertThat(Files.readString(out)).isEmpty();
    }
}
