package org.echotrace.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text columns padded on the right, numeric columns on the left.
 * Widths count Unicode code points, so Cyrillic names line up with Latin ones; cells longer than
 * {@link #MAX_CELL} are cut with an ellipsis.
 */
public final class TextTable {
    static final int MAX_CELL = 44;

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;
    private final String[] header;

    /** @param header column names; may be null for a table without a header line */
    public TextTable(String[] header, boolean... numeric) {
        if (header != null && header.length != numeric.length) {
            throw new IllegalArgumentException("header has " + header.length + " columns, numeric flags "
                    + numeric.length);
        }
        this.header = header == null ? null : header.clone();
        this.numeric = numeric.clone();
    }

    public TextTable row(Object... cells) {
        if (cells.length != numeric.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table " + numeric.length);
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = cut(cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("\\s+", " "));
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line starting with {@code indent}. */
    public void print(PrintWriter out, String indent) {
        int[] width = new int[numeric.length];
        List<String[]> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], length(r[i]));
            }
        }
        for (String[] r : all) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[i] - length(r[i]));
                boolean last = i == r.length - 1;
                if (numeric[i]) {
                    line.append(pad).append(r[i]);
                } else {
                    line.append(r[i]).append(last ? "" : pad);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String cut(String s) {
        if (length(s) <= MAX_CELL) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
    }
}
