package org.echotrace.store;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Streams the rows of a query as CSV (RFC 4180, CRLF, a header line) or JSON Lines (one object per row, column
 * names as keys, numbers and booleans typed, JSON columns as text), one row at a time: memory does not grow with
 * the result.
 */
public final class ResultSetWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ResultSetWriter() {
    }

    /** Writes every row of {@code rs} as CSV; returns the row count. */
    public static long csv(ResultSet rs, OutputStream out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        for (int i = 1; i <= n; i++) {
            w.write((i > 1 ? "," : "") + field(md.getColumnLabel(i)));
        }
        w.write("\r\n");
        long rows = 0;
        while (rs.next()) {
            for (int i = 1; i <= n; i++) {
                if (i > 1) {
                    w.write(',');
                }
                String v = rs.getString(i);
                w.write(v == null ? "" : field(v));
            }
            w.write("\r\n");
            rows++;
        }
        w.flush();
        return rows;
    }

    /** Writes every row of {@code rs} as a JSON object per line; returns the row count. */
    public static long jsonl(ResultSet rs, OutputStream out) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        long rows = 0;
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
            g.setRootValueSeparator(null);
            while (rs.next()) {
                g.writeStartObject();
                for (int i = 1; i <= n; i++) {
                    g.writeFieldName(md.getColumnLabel(i));
                    write(g, rs, i, md.getColumnType(i));
                }
                g.writeEndObject();
                g.writeRaw('\n');
                rows++;
            }
            g.flush();
        }
        return rows;
    }

    private static void write(JsonGenerator g, ResultSet rs, int i, int type) throws SQLException, IOException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeBoolean(v);
                }
            }
            default -> {
                String v = rs.getString(i);
                if (v == null) {
                    g.writeNull();
                } else {
                    g.writeString(v);
                }
            }
        }
    }

    /** An RFC 4180 field: quoted when it holds a comma, quote or line break. */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

}
