package org.echotrace.serve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque page cursor: the sort key of the last item served, URL-safe Base64 of its parts joined by a unit
 * separator. Keyset pagination (the next page starts after that key) keeps deep pages as fast as the first.
 */
public final class Cursor {

    private static final char SEP = '\u001F';

    private Cursor() {
    }

    public static String encode(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(SEP);
            }
            sb.append(parts[i] == null ? "" : parts[i].toString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of {@code cursor}, which must have {@code expected} of them; a bad cursor is a 400. */
    public static List<String> decode(String cursor, int expected) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor is not one this server gave out");
        }
        List<String> parts = List.of(text.split(String.valueOf(SEP), -1));
        if (parts.size() != expected) {
            throw ApiException.badRequest("cursor is not one this server gave out");
        }
        return parts;
    }
}
