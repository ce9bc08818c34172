package org.echotrace;

import java.util.Map;

import org.echotrace.model.Format;

/**
 * Options of an analyse run.
 *
 * @param format   force this input format instead of detecting it; null to detect
 * @param fieldMap record field-name overrides, our name to the input's ({@code text=body})
 */
public record AnalyzeOptions(Format format, Map<String, String> fieldMap) {
    public AnalyzeOptions {
        fieldMap = fieldMap == null ? Map.of() : Map.copyOf(fieldMap);
    }

    public static AnalyzeOptions defaults() {
        return new AnalyzeOptions(null, Map.of());
    }
}
