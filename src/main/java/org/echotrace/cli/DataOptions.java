package org.echotrace.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.echotrace.store.Store;

/** The {@code --data DIR} option of every command that uses the corpus store. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The corpus data directory (default: $ECHOTRACE_DATA, else ./echotrace-data).")
    Path data;

    Path dir() {
        return data != null ? data : Store.defaultDir();
    }
}
