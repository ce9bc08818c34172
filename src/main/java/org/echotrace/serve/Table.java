package org.echotrace.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One list of an answer: named columns and rows of plain values (strings, numbers, booleans, null), as DuckDB
 * returns them. Rendered as an array of objects in JSON and as RFC 4180 CSV with {@code ?format=csv}.
 *
 * @param columns column names, snake_case
 * @param rows    one list of values per row, as long as {@code columns}
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public static Table of(List<String> columns, List<List<Object>> rows) {
        return new Table(columns, rows);
    }

    public int size() {
        return rows.size();
    }

    /** The value of {@code column} in row {@code row}. */
    public Object get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        }
        return rows.get(row).get(i);
    }

    /** The values of one column, top to bottom. */
    public List<Object> column(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        }
        List<Object> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            out.add(r.get(i));
        }
        return out;
    }
}
