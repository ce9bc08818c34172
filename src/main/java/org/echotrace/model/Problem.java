package org.echotrace.model;

import java.util.Objects;

/**
 * A reader's or stage's complaint about one input: what went wrong, where, and how bad it is.
 *
 * @param input    the input's display path
 * @param position where in the input, e.g. {@code line 12}, {@code byte 4096}, {@code record 7}; may be null
 * @param severity {@link Severity#ERROR} when (part of) the input could not be read
 * @param message  one line, no stack trace
 */
public record Problem(String input, String position, Severity severity, String message) {

    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String input, String position, String message) {
        return new Problem(input, position, Severity.ERROR, message);
    }

    public static Problem warning(String input, String position, String message) {
        return new Problem(input, position, Severity.WARNING, message);
    }

    /** One line for stderr: {@code path:position: severity: message}. */
    public String format() {
        String where = position == null ? input : input + ": " + position;
        String oneLine = message.replaceAll("[\\r\\n]+", " ");
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + oneLine;
    }
}
