package org.echotrace.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder for {@code echotrace eval}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("echotrace: 'eval' is not implemented yet");
        return EchotraceCli.SOME_FAILED;
    }
}
