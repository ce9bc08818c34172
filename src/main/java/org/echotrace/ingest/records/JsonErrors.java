package org.echotrace.ingest.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.echotrace.ingest.InputException;

/** Turns Jackson's multi-line parse errors into one-line {@link InputException}s with a line and column. */
final class JsonErrors {
    private JsonErrors() {
    }

    static InputException toInputException(JsonProcessingException e, JsonLocation location) {
        return new InputException(position(location, 0), "malformed JSON: " + message(e), e);
    }

    static String position(JsonLocation loc, int lineOffset) {
        if (loc == null || loc.getLineNr() < 0) {
            return null;
        }
        return "line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
    }

    /** The first line of Jackson's message, without its location and source excerpt. */
    static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
