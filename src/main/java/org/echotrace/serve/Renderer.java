package org.echotrace.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes answers as JSON (tables as arrays of objects) and tables as RFC 4180 CSV (CRLF, a header row, UTF-8 with
 * a byte-order mark so spreadsheets read Cyrillic right). A text cell that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return first) gets a leading apostrophe: the content is untrusted.
 */
public final class Renderer {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Renderer() {
    }

    public static byte[] json(Answer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeValue(g, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] error(int status, String code, String message) {
        return json(Answer.of().put("error", Answer.of().put("status", status).put("code", code).put("message", message)));
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger bi) {
            g.writeNumber(bi);
        } else if (v instanceof BigDecimal bd) {
            g.writeNumber(bd);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                g.writeNull();
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof Float f) {
            writeValue(g, f.doubleValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (v instanceof Answer a) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : a.parts().entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Table t) {
            g.writeStartArray();
            for (List<Object> row : t.rows()) {
                g.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    g.writeFieldName(t.columns().get(i));
                    writeValue(g, row.get(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writeCsv(table, out);
        return out.toByteArray();
    }

    public static void writeCsv(Table table, OutputStream os) {
        try {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < table.columns().size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                cell(line, table.columns().get(i));
            }
            w.write(line.append("\r\n").toString());
            for (List<Object> row : table.rows()) {
                line.setLength(0);
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    Object v = row.get(i);
                    if (v instanceof Number || v instanceof Boolean) {
                        line.append(v);
                    } else if (v instanceof List<?> l) {
                        cell(line, String.join("; ", l.stream().map(String::valueOf).toList()));
                    } else if (v != null) {
                        cell(line, v.toString());
                    }
                }
                w.write(line.append("\r\n").toString());
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void cell(StringBuilder out, String s) {
        boolean formula = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
        String v = formula ? "'" + s : s;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            out.append(v);
        } else {
            out.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
    }
}
