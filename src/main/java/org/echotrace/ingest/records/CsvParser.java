package org.echotrace.ingest.records;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.echotrace.ingest.InputException;

/**
 * A streaming RFC 4180 parser: quoted fields may hold delimiters, doubled quotes and line breaks. The
 * delimiter ({@code ,}, {@code ;} or tab) is the one most frequent in the first line outside quotes.
 * A record longer than the cap (usually an unbalanced quote swallowing the rest of the file) ends the
 * input with an error naming the line where the record began.
 */
final class CsvParser {
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private char delimiter;

    CsvParser(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The delimiter in use; detected on the first call to {@link #next()}. */
    char delimiter() {
        return delimiter;
    }

    /** The 1-based line on which the last record returned began. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. Blank lines are skipped. */
    List<String> next() throws IOException {
        if (delimiter == 0) {
            fill();
            delimiter = detectDelimiter();
        }
        while (true) {
            if (pos >= limit && !fill()) {
                return null;
            }
            recordLine = line;
            List<String> fields = readRecord();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            return fields;
        }
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long total = 0;
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (inQuotes) {
                    throw new InputException("line " + recordLine, "unterminated quoted field at end of input");
                }
                fields.add(field.toString());
                return fields;
            }
            char c = buf[pos++];
            if (++total > maxRecordChars) {
                throw new InputException("line " + recordLine, "record longer than " + maxRecordChars
                        + " characters (unbalanced quote?); rest of the file skipped");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (pos >= limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || c == '\r' && !(peekIs('\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peekIs('\n')) {
                    pos++;
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.length() == 0 && !quoted) {
                quoted = true;
                inQuotes = true;
            } else {
                field.append(c);
            }
        }
    }

    private boolean peekIs(char expected) throws IOException {
        if (pos >= limit) {
            fill();
        }
        return pos < limit && buf[pos] == expected;
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        if (n < 0) {
            eof = true;
            limit = 0;
            return false;
        }
        limit = n;
        return true;
    }

    private char detectDelimiter() {
        int[] counts = new int[DELIMITERS.length];
        boolean inQuotes = false;
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
