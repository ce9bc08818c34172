package org.echotrace.ingest.records;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/**
 * Reads scraper output saved as one JSON document: an array of record objects, an object wrapping such an
 * array ({@code {"posts": […]}}, {@code {"data": […]}}, {@code {"items": […]}}; the first array of objects
 * is taken, and scalar fields before it such as {@code "channel"} serve as defaults), or a single record
 * object. Streams with Jackson: one record is held in memory at a time.
 *
 * <p>Malformed JSON ends the input with an error naming the line and column; records before it are kept.
 */
public final class RecordsJsonReader implements PostReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    @Override
    public Format format() {
        return Format.RECORDS_JSON;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        RecordMapper mapper = new RecordMapper(format(), context.fieldMap());
        try (JsonParser p = FACTORY.createParser(input.reader())) {
            try {
                readDocument(p, mapper, context);
            } catch (JsonProcessingException e) {
                // constraint violations (nesting depth, string length) carry no location: use the parser's
                throw JsonErrors.toInputException(e, e.getLocation() != null ? e.getLocation() : p.currentLocation());
            }
        }
    }

    private void readDocument(JsonParser p, RecordMapper mapper, ReadContext context) throws IOException {
        p.setCodec(MAPPER);
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new InputException(null, "no JSON content");
        }
        if (first == JsonToken.START_ARRAY) {
            readArray(p, null, mapper, context);
        } else if (first == JsonToken.START_OBJECT) {
            readObject(p, mapper, context);
        } else {
            throw new InputException(JsonErrors.position(p.currentTokenLocation(), 0),
                    "expected a JSON array or object of records, found " + first.asString());
        }
        if (p.nextToken() != null) {
            context.warn(JsonErrors.position(p.currentTokenLocation(), 0), "content after the JSON document ignored");
        }
    }

    private void readArray(JsonParser p, JsonNode defaults, RecordMapper mapper, ReadContext context)
            throws IOException {
        long n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new InputException(JsonErrors.position(p.currentLocation(), 0), "unexpected end of JSON array");
            }
            n++;
            String where = "record " + n + " (line " + p.currentTokenLocation().getLineNr() + ")";
            JsonNode record = p.readValueAsTree();
            mapper.map(record, defaults, where, context);
        }
    }

    private void readObject(JsonParser p, RecordMapper mapper, ReadContext context) throws IOException {
        ObjectNode scalars = MAPPER.createObjectNode();
        boolean found = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY && !found) {
                JsonToken firstElem = p.nextToken();
                if (firstElem == JsonToken.START_OBJECT) {
                    found = true;
                    readArrayFromFirst(p, scalars, mapper, context);
                    continue;
                }
                if (firstElem != JsonToken.END_ARRAY) {
                    p.skipChildren();
                    skipRestOfArray(p);
                }
                continue;
            }
            if (v.isScalarValue()) {
                scalars.set(name, p.readValueAsTree());
            } else {
                JsonNode tree = p.readValueAsTree();
                if (!found) {
                    scalars.set(name, tree);
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new InputException(JsonErrors.position(p.currentLocation(), 0), "unexpected end of JSON object");
        }
        if (!found) {
            // a lone record object
            mapper.map(scalars, null, "record 1", context);
        }
    }

    /** Reads an array whose first element's START_OBJECT is the current token. */
    private void readArrayFromFirst(JsonParser p, JsonNode defaults, RecordMapper mapper, ReadContext context)
            throws IOException {
        long n = 1;
        String first = "record 1 (line " + p.currentTokenLocation().getLineNr() + ")";
        mapper.map(p.readValueAsTree(), defaults, first, context);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new InputException(JsonErrors.position(p.currentLocation(), 0), "unexpected end of JSON array");
            }
            n++;
            String where = "record " + n + " (line " + p.currentTokenLocation().getLineNr() + ")";
            mapper.map(p.readValueAsTree(), defaults, where, context);
        }
    }

    private static void skipRestOfArray(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new InputException(JsonErrors.position(p.currentLocation(), 0), "unexpected end of JSON array");
            }
            p.skipChildren();
        }
    }
}
