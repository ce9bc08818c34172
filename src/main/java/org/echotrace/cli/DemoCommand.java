package org.echotrace.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder for {@code echotrace demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("echotrace: 'demo' is not implemented yet");
        return EchotraceCli.SOME_FAILED;
    }
}
