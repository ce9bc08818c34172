package org.echotrace.ingest;

import java.io.IOException;

/**
 * An input that cannot be read as its format: malformed JSON, a truncated archive, a line too long.
 * Carries the position (line, byte, record) so the one-line error can name it.
 */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String position;

    public InputException(String position, String message) {
        super(message);
        this.position = position;
    }

    public InputException(String position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    /** Where in the input, e.g. {@code line 3, column 7}; null when unknown. */
    public String position() {
        return position;
    }
}
