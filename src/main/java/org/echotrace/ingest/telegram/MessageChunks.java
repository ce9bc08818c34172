package org.echotrace.ingest.telegram;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits the text of Telegram Desktop's HTML export into one chunk per message, streaming: a chunk runs
 * from one {@code <div class="message …">} start tag to the next, so each message can be parsed alone and a
 * whole export (many pages, read one after another) never sits in memory.
 *
 * <p>The exporter writes every message's start tag the same way and escapes {@code <} inside text, so the
 * tag cannot occur inside a message's content. The first chunk is what comes before the first message (the
 * page header). A chunk longer than the limit is dropped as it streams and reported by
 * {@link Chunk#dropped()}; memory stays bounded by the limit, and the cost is linear in the input.
 */
final class MessageChunks {
    private static final String MARK = "<div class=\"message";
    private static final int READ = 64 * 1024;

    /** One chunk: its text, or, for a chunk over the limit, empty text and how many characters were dropped. */
    record Chunk(String text, long dropped) {
    }

    private final Reader reader;
    private final long limit;
    private final char[] buf = new char[READ];
    private final StringBuilder pending = new StringBuilder(2 * READ);
    private int start;
    private int searchFrom;
    private long dropped;
    private boolean eof;
    private boolean done;
    private boolean first = true;

    MessageChunks(Reader reader, long limit) {
        if (limit < MARK.length()) {
            throw new IllegalArgumentException("limit must be at least " + MARK.length() + ", was " + limit);
        }
        this.reader = reader;
        this.limit = limit;
    }

    /** The next chunk, or null after the last. */
    Chunk next() throws IOException {
        if (done) {
            return null;
        }
        while (true) {
            int at = findMark(Math.max(searchFrom, first ? start : start + 1));
            if (at >= 0) {
                first = false;
                return take(at);
            }
            if (eof) {
                done = true;
                return take(pending.length());
            }
            if (pending.length() - start > limit) {
                // keep the tail, where the next start tag may begin
                int keep = pending.length() - MARK.length();
                dropped += keep - start;
                start = keep;
                searchFrom = keep;
            }
            compact();
            int n = reader.read(buf);
            if (n < 0) {
                eof = true;
            } else {
                pending.append(buf, 0, n);
            }
        }
    }

    private Chunk take(int end) {
        Chunk c = dropped > 0 ? new Chunk("", dropped + end - start) : new Chunk(pending.substring(start, end), 0);
        dropped = 0;
        start = end;
        searchFrom = end + 1;
        return c;
    }

    /** The index of the next complete start tag at or after {@code from}; -1 when none is complete yet. */
    private int findMark(int from) {
        int i = from;
        while ((i = pending.indexOf(MARK, i)) >= 0) {
            int after = i + MARK.length();
            if (after >= pending.length()) {
                if (eof) {
                    return -1;
                }
                searchFrom = i;
                return -1;
            }
            char c = pending.charAt(after);
            if (c == ' ' || c == '"') {
                return i;
            }
            i = after;
        }
        searchFrom = Math.max(from, pending.length() - MARK.length());
        return -1;
    }

    /** Drops consumed text once it is most of the buffer, so each character is copied a bounded number of times. */
    private void compact() {
        if (start > 0 && start >= pending.length() / 2) {
            pending.delete(0, start);
            searchFrom -= start;
            start = 0;
        }
    }
}
