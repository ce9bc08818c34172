package org.echotrace.cli;

import picocli.CommandLine.Option;

import org.echotrace.trace.copies.CopyOptions;

/** The copy-detection thresholds, shared by the commands that trace ({@code analyze}, {@code graph}, {@code trace}). */
final class CopyThresholds {
    @Option(names = "--min-jaccard", paramLabel = "J", defaultValue = "0.6",
            description = "Two posts are copies when the Jaccard similarity of their 3-word shingles is at least J "
                    + "(default: ${DEFAULT-VALUE}) …")
    double jaccard;

    @Option(names = "--min-containment", paramLabel = "C", defaultValue = "0.6",
            description = "… or when at least this share of the shorter post's shingles is in the longer one: "
                    + "excerpts and partial reuse (default: ${DEFAULT-VALUE}).")
    double containment;

    CopyOptions copyOptions() {
        return CopyOptions.defaults().withThresholds(jaccard, containment);
    }
}
