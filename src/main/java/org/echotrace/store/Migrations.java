package org.echotrace.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a corpus database to the current schema: numbered resource files
 * {@code org/echotrace/store/migrations/V1.sql}, {@code V2.sql}, … applied in order, each in its own transaction,
 * and recorded in {@code schema_migrations} (Flyway's habit, without Flyway). A database newer than this build is
 * refused rather than guessed at. Statements in a file are separated by a line holding only {@code ;}.
 */
public final class Migrations {
    private static final String DIR = "/org/echotrace/store/migrations/";

    private Migrations() {
    }

    /** The migrations this build carries, in order. */
    public static List<Migration> available() {
        List<Migration> out = new ArrayList<>();
        for (int v = 1; ; v++) {
            try (InputStream in = Migrations.class.getResourceAsStream(DIR + "V" + v + ".sql")) {
                if (in == null) {
                    return out;
                }
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String first = sql.lines().findFirst().orElse("");
                String name = first.startsWith("--") ? first.substring(2).strip() : "V" + v;
                out.add(new Migration(v, name, sql));
            } catch (IOException e) {
                throw new IllegalStateException("migration V" + v + " unreadable", e);
            }
        }
    }

    /** The schema version of {@code c}: 0 for an empty database. */
    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                     + "where table_name = 'schema_migrations'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(version), 0) from schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Applies what is missing; returns the schema version reached. */
    public static int migrate(Connection c, String where) throws SQLException {
        List<Migration> all = available();
        int have = current(c);
        if (have > all.size()) {
            throw new StoreException(where + ": the corpus has schema version " + have
                    + ", newer than this echotrace knows (" + all.size() + "); use a newer echotrace");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (have == 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("create table if not exists schema_migrations (version integer primary key, "
                            + "name varchar not null, applied_at timestamptz not null)");
                }
            }
            for (Migration m : all.subList(have, all.size())) {
                try (Statement s = c.createStatement()) {
                    for (String stmt : m.statements()) {
                        s.execute(stmt);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "insert into schema_migrations values (?, ?, current_timestamp)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.executeUpdate();
                }
                c.commit();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return all.size();
    }

    /** One numbered schema change. */
    public record Migration(int version, String name, String sql) {
        /** The statements, split on lines holding only {@code ;}, comments and blank ones left out. */
        public List<String> statements() {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String line : sql.split("\n", -1)) {
                if (line.strip().equals(";")) {
                    add(out, cur);
                    cur.setLength(0);
                } else if (!line.strip().startsWith("--")) {
                    cur.append(line).append('\n');
                }
            }
            add(out, cur);
            return out;
        }

        private static void add(List<String> out, StringBuilder sb) {
            String s = sb.toString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }
}
