package org.echotrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import picocli.CommandLine;

/** Refuses an output file that is also one of the inputs: writing it would destroy what is being read. */
final class OutputGuard {
    private OutputGuard() {
    }

    /** A usage error when {@code out} is the same file as one of {@code inputs}. */
    static void refuseOutputAsInput(CommandLine cl, Path out, List<String> inputs) {
        if (out == null || !Files.exists(out)) {
            return;
        }
        for (String in : inputs) {
            if (in.equals("-")) {
                continue;
            }
            Path p = Paths.get(in);
            try {
                if (Files.isRegularFile(p) && Files.isSameFile(p, out)) {
                    throw new CommandLine.ParameterException(cl,
                            "--out " + out + " is also an input: choose another output file");
                }
            } catch (IOException e) {
                // an unreadable input is reported when it is read
            }
        }
    }
}
