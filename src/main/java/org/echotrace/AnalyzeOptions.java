package org.echotrace;

import java.util.Map;

import org.echotrace.ingest.WalkOptions;
import org.echotrace.model.Format;

/**
 * Options of an analyse run.
 *
 * @param format   force this input format instead of detecting it; null to detect
 * @param fieldMap record field-name overrides, our name to the input's ({@code text=body})
 * @param walk     which files of the input directories are read ({@code --include}, {@code --exclude}, the
 *                 run's own output never)
 */
public record AnalyzeOptions(Format format, Map<String, String> fieldMap, WalkOptions walk) {
    public AnalyzeOptions {
        fieldMap = fieldMap == null ? Map.of() : Map.copyOf(fieldMap);
        walk = walk == null ? WalkOptions.all() : walk;
    }

    public AnalyzeOptions(Format format, Map<String, String> fieldMap) {
        this(format, fieldMap, WalkOptions.all());
    }

    public static AnalyzeOptions defaults() {
        return new AnalyzeOptions(null, Map.of());
    }

    /** These options with another walk. */
    public AnalyzeOptions withWalk(WalkOptions newWalk) {
        return new AnalyzeOptions(format, fieldMap, newWalk);
    }
}
