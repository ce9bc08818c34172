package org.echotrace.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder for {@code echotrace bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("echotrace: 'bench' is not implemented yet");
        return EchotraceCli.SOME_FAILED;
    }
}
