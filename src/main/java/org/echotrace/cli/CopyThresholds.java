package org.echotrace.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import org.echotrace.config.Config;
import org.echotrace.trace.TraceConfig;
import org.echotrace.trace.Tracer;
import org.echotrace.trace.copies.CopyOptions;

/**
 * The tracing settings, shared by the commands that trace ({@code analyze}, {@code graph}, {@code trace},
 * {@code eval trace-audit}): a settings file over the defaults, and the two copy thresholds on the command line.
 */
final class CopyThresholds {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file ('key = value' lines) overriding the defaults of copy, translation and story "
                    + "detection; every key is listed with its comment in org/echotrace/config/defaults.conf, and an "
                    + "unknown key is an error.")
    Path config;

    @Option(names = "--min-jaccard", paramLabel = "J",
            description = "Two posts are copies when the Jaccard similarity of their 3-word shingles is at least J "
                    + "(default 0.6, setting copy.min_jaccard) …")
    Double jaccard;

    @Option(names = "--min-containment", paramLabel = "C",
            description = "… or when at least this share of the shorter post's shingles is in the longer one: "
                    + "excerpts and partial reuse (default 0.6, setting copy.min_containment).")
    Double containment;

    Config settings() {
        Config c = config == null ? Config.defaults() : Config.load(config);
        Map<String, String> overrides = new LinkedHashMap<>();
        if (jaccard != null) {
            overrides.put("copy.min_jaccard", Double.toString(jaccard));
        }
        if (containment != null) {
            overrides.put("copy.min_containment", Double.toString(containment));
        }
        return overrides.isEmpty() ? c : c.with(overrides);
    }

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The thresholds as copy options; a value outside 0–1 is a usage error naming the option. */
    CopyOptions copyOptions() {
        checkOptions();
        return TraceConfig.copies(settings());
    }

    Tracer tracer() {
        checkOptions();
        return TraceConfig.tracer(settings());
    }

    private void checkOptions() {
        if (jaccard != null) {
            check("--min-jaccard", jaccard);
        }
        if (containment != null) {
            check("--min-containment", containment);
        }
    }

    private void check(String option, double value) {
        if (!(value > 0 && value <= 1) && mixee != null) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
                    "invalid value for " + option + ": " + value + " (expected a number above 0 and at most 1)");
        }
    }
}
