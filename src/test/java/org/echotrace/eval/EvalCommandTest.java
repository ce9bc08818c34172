package org.echotrace.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.echotrace.cli.EchotraceCli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {
    @Test
    void missingBenchmarkFolderExitsWithUsageStatus() {
        CommandLine cl = EchotraceCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("eval", "extraction", "/nonexistent/benchmark");
        assertThat(status).isEqualTo(EchotraceCli.USAGE);
        assertThat(err.toString()).contains("benchmark folder not found").contains("/nonexistent/benchmark");
    }
}
