package org.echotrace.ingest.records;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/**
 * Reads JSON Lines (one record object per line) as a stream. Blank lines are skipped; a malformed line,
 * or one longer than the cap (8M characters by default, discarded without being buffered), is reported
 * with its line number and reading goes on.
 */
public final class RecordsJsonlReader implements PostReader {
    /** The default longest line read, in characters. */
    public static final int DEFAULT_MAX_LINE = 8 * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final int maxLine;

    public RecordsJsonlReader() {
        this(DEFAULT_MAX_LINE);
    }

    /** A reader that skips lines over {@code maxLine} characters. */
    public RecordsJsonlReader(int maxLine) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("maxLine must be positive, was " + maxLine);
        }
        this.maxLine = maxLine;
    }

    @Override
    public Format format() {
        return Format.RECORDS_JSONL;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        RecordMapper mapper = new RecordMapper(format(), context.fieldMap());
        BoundedLineReader lines = new BoundedLineReader(input.reader(), maxLine);
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            String where = "line " + line.number();
            if (line.tooLong()) {
                context.skipRecord(where, "line of " + line.length() + " characters is longer than the limit of "
                        + maxLine + ", skipped");
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line.text());
            } catch (JsonProcessingException e) {
                context.skipRecord(where + (e.getLocation() == null ? "" : ", column " + e.getLocation().getColumnNr()),
                        "malformed JSON: " + JsonErrors.message(e) + ", line skipped");
                continue;
            }
            mapper.map(node, null, where, context);
        }
    }
}
