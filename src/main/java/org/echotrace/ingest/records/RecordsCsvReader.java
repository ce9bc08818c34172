package org.echotrace.ingest.records;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/**
 * Reads scraper records saved as CSV with a header row (RFC 4180; comma, semicolon or tab detected from
 * the header), streaming one row at a time. Each row is mapped like a JSON record by {@link RecordMapper}.
 */
public final class RecordsCsvReader implements PostReader {
    /** The longest record read, in characters. */
    public static final int DEFAULT_MAX_RECORD = 8 * 1024 * 1024;

    private final int maxRecord;

    public RecordsCsvReader() {
        this(DEFAULT_MAX_RECORD);
    }

    /** A reader that gives up on a record over {@code maxRecord} characters. */
    public RecordsCsvReader(int maxRecord) {
        if (maxRecord < 1) {
            throw new IllegalArgumentException("maxRecord must be positive, was " + maxRecord);
        }
        this.maxRecord = maxRecord;
    }

    @Override
    public Format format() {
        return Format.RECORDS_CSV;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        RecordMapper mapper = new RecordMapper(format(), context.fieldMap());
        CsvParser csv = new CsvParser(input.reader(), maxRecord);
        List<String> header = csv.next();
        if (header == null) {
            throw new InputException(null, "no CSV header row");
        }
        header = header.stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!h.isEmpty() && !seen.add(h.toLowerCase(Locale.ROOT))) {
                context.warn("line 1", "duplicate column '" + h + "', the first one is used");
            }
        }
        List<String> row;
        while ((row = csv.next()) != null) {
            String where = "line " + csv.recordLine();
            if (row.size() != header.size()) {
                context.warn(where, row.size() + " fields where the header has " + header.size());
            }
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                String name = header.get(i);
                if (!name.isEmpty() && !record.has(name)) {
                    record.put(name, row.get(i));
                }
            }
            mapper.map(record, null, where, context);
        }
    }
}
