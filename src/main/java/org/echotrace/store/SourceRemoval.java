package org.echotrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Removes one source from the corpus in one transaction: its posts, their versions, mentions, quotes, dates,
 * hashtags and traces, every copy edge from or to them, and the clusters and stories left without posts. The
 * other sources' rows are untouched (a copy whose origin was removed keeps its trace until the next tracing).
 */
public final class SourceRemoval {

    private SourceRemoval() {
    }

    /** Returns false when the store has no such source. */
    public static boolean remove(Store store, String source) {
        if (store.mode() != Store.Mode.WRITE) {
            throw new StoreException(store.dir() + ": the corpus is open read-only; cannot remove a source");
        }
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try {
                if (count(c, "select count(*) from sources where source = ?", source) == 0) {
                    c.rollback();
                    return false;
                }
                String seqs = "(select seq from posts where source = ?)";
                for (String table : new String[]{"post_versions", "mentions", "quotes", "dates", "hashtags", "traces"}) {
                    exec(c, "delete from " + table + " where seq in " + seqs, source);
                }
                exec(c, "delete from copies where source = ? or origin_source = ?", source, source);
                exec(c, "delete from posts where source = ?", source);
                exec(c, "delete from sources where source = ?", source);
                try (Statement s = c.createStatement()) {
                    s.execute("delete from clusters where cluster not in (select cluster from traces where cluster is not null)");
                    s.execute("delete from stories where story not in (select story from traces)");
                    s.execute("delete from entities where id not in (select entity_id from mentions) "
                            + "and id not in (select speaker_id from quotes where speaker_id is not null)");
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Store.failure(store.dir(), e);
        }
    }

    private static long count(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (var rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            p.executeUpdate();
        }
    }
}
