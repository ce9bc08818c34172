package org.echotrace.serve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one read query with a deadline and returns its rows as a {@link Table}: values as JSON-friendly Java
 * values (timestamps as ISO 8601 UTC strings, decimals as doubles). A query still running at the deadline is
 * cancelled and answered with 503, so no request holds the database for long.
 */
final class Sql implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "echotrace-query-timer");
        t.setDaemon(true);
        return t;
    });

    private final Connection connection;
    private final Duration timeout;
    private final java.util.function.Consumer<Connection> release;

    Sql(Connection connection, Duration timeout) {
        this(connection, timeout, Sql::closeQuietly);
    }

    /** {@code release} gets the connection back when this is closed (to keep it for the next request). */
    Sql(Connection connection, Duration timeout, java.util.function.Consumer<Connection> release) {
        this.connection = connection;
        this.timeout = timeout;
        this.release = release;
    }

    Table table(String sql, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            AtomicBoolean cancelled = new AtomicBoolean();
            ScheduledFuture<?> timer = TIMER.schedule(() -> {
                cancelled.set(true);
                try {
                    ps.cancel();
                } catch (SQLException e) {
                    // the query ended meanwhile
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs);
            } catch (SQLException e) {
                if (cancelled.get()) {
                    throw new ApiException(503, "query_timeout", "the query took longer than "
                            + timeout.toSeconds() + " s and was stopped; narrow it down (dates, source, fewer items)");
                }
                throw e;
            } finally {
                timer.cancel(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** The first row, or {@code null}. */
    Object[] row(String sql, Object... args) {
        Table t = table(sql, args);
        return t.size() == 0 ? null : t.rows().get(0).toArray();
    }

    Object value(String sql, Object... args) {
        Object[] r = row(sql, args);
        return r == null ? null : r[0];
    }

    private static Table read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> cols = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            cols.add(md.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) {
                row[i - 1] = plain(rs.getObject(i));
            }
            rows.add(Arrays.asList(row));
        }
        return Table.of(cols, rows);
    }

    static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer
                || v instanceof Double) {
            return v;
        }
        if (v instanceof BigDecimal bd) {
            return bd.doubleValue();
        }
        if (v instanceof BigInteger bi) {
            return bi.longValue();
        }
        if (v instanceof Short s) {
            return s.longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (v instanceof java.sql.Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.time.LocalDate d) {
            return d.toString();
        }
        if (v instanceof java.sql.Array a) {
            Object[] items = (Object[]) a.getArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object o : items) {
                out.add(plain(o));
            }
            return out;
        }
        return v.toString();
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        release.accept(connection);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a read connection cannot lose anything
        }
    }
}
