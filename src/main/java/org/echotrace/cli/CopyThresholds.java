package org.echotrace.cli;

import picocli.CommandLine.Option;

import org.echotrace.trace.copies.CopyOptions;

/** The copy-detection thresholds, shared by the commands that trace ({@code analyze}, {@code graph}, {@code trace}). */
final class CopyThresholds {
    @Option(names = "--min-jaccard", paramLabel = "J", defaultValue = "0.8",
            description = "Two posts are copies when the Jaccard similarity of their 3-word shingles is at least J "
                    + "(default: ${DEFAULT-VALUE}) …")
    double jaccard;

    @Option(names = "--min-containment", paramLabel = "C", defaultValue = "0.8",
            description = "… or when at least this share of the shorter post's shingles is in the longer one: "
                    + "excerpts and partial reuse (default: ${DEFAULT-VALUE}).")
    double containment;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The thresholds as copy options; a value outside 0–1 is a usage error naming the option. */
    CopyOptions copyOptions() {
        check("--min-jaccard", jaccard);
        check("--min-containment", containment);
        return CopyOptions.defaults().withThresholds(jaccard, containment);
    }

    private void check(String option, double value) {
        if (!(value > 0 && value <= 1) && mixee != null) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "invalid value for " + option + ": " + value + " (expected a number above 0 and at most 1)");
        }
    }
}
