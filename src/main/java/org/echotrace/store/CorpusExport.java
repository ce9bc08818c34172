package org.echotrace.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.echotrace.output.JsonlWriter;
import org.echotrace.output.graph.GexfWriter;
import org.echotrace.output.graph.GraphWriter;
import org.echotrace.output.graph.GraphmlWriter;
import org.echotrace.output.graph.SourceGraph;

/**
 * Exports the corpus, streamed and uncapped: a table ({@code posts}, {@code mentions}, {@code quotes},
 * {@code copies}, {@code stories}) as JSON Lines, CSV or Parquet (written by DuckDB's {@code COPY}), or the
 * source graph as GEXF or GraphML. {@code posts} as JSON Lines is exactly the output of {@code analyze}
 * ({@code docs/output-format.md}). A selection (the rows of some posts, from a search) narrows every table to
 * those posts.
 */
public final class CorpusExport {
    /** The tables that can be exported. */
    public static final List<String> TABLES = List.of("posts", "mentions", "quotes", "copies", "stories");

    private final Connection c;
    private boolean selected;

    public CorpusExport(Connection c) {
        this.c = c;
    }

    /** Narrows the export to the posts in rows {@code seqs} (kept in a temporary table of this connection). */
    public void select(long[] seqs) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create or replace temp table export_selection (seq bigint)");
            for (int from = 0; from < seqs.length; from += 2048) {
                StringBuilder sb = new StringBuilder("insert into export_selection values ");
                for (int i = from; i < Math.min(seqs.length, from + 2048); i++) {
                    sb.append(i > from ? "," : "").append('(').append(seqs[i]).append(')');
                }
                s.execute(sb.toString());
            }
        }
        selected = true;
    }

    private String where(String seqColumn) {
        return selected ? " where " + seqColumn + " in (select seq from export_selection)" : "";
    }

    /** The query behind a table's export. */
    String sql(String table) {
        return switch (table) {
            case "posts" -> "select * from posts_traced" + where("seq") + " order by seq";
            case "mentions" -> "select p.id as post_id, m.seq, m.entity_id, e.name, e.type, e.known, m.confidence, "
                    + "m.field, m.\"start\", m.\"end\", m.text, m.source, m.kind from mentions m join posts p using (seq) "
                    + "join entities e on e.id = m.entity_id" + where("m.seq") + " order by m.seq, m.field, m.\"start\"";
            case "quotes" -> "select p.id as post_id, q.* from quotes q join posts p using (seq)" + where("q.seq")
                    + " order by q.seq, q.n";
            case "copies" -> "select * from copies" + where("seq") + " order by seq";
            case "stories" -> selected
                    ? "select * from stories where story in (select story from traces" + where("seq") + ") order by story"
                    : "select * from stories order by story";
            default -> throw new IllegalArgumentException("unknown table '" + table + "' (" + String.join(", ", TABLES) + ")");
        };
    }

    /** Streams {@code table} as {@code jsonl} or {@code csv} to {@code out}; returns the rows written. */
    public long write(String table, String format, OutputStream out) throws SQLException, IOException {
        if (table.equals("posts") && format.equals("jsonl")) {
            return posts(out);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql(table))) {
            return switch (format) {
                case "jsonl" -> ResultSetWriter.jsonl(rs, out);
                case "csv" -> ResultSetWriter.csv(rs, out);
                default -> throw new IllegalArgumentException("format '" + format + "' is not streamed; use a file");
            };
        }
    }

    private long posts(OutputStream out) throws SQLException, IOException {
        JsonlWriter w = new JsonlWriter(out);
        CorpusQueries q = new CorpusQueries(c);
        long n = q.forEach(selected ? "seq in (select seq from export_selection)" : "true", List.of(),
                p -> w.write(p.post(), p.trace()));
        w.flush();
        return n;
    }

    /** Writes {@code table} as Parquet to {@code file}, through DuckDB; returns the rows written. */
    public long parquet(String table, Path file) throws SQLException {
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = c.createStatement()) {
            s.execute("copy (" + sql(table) + ") to '" + target + "' (format parquet, compression zstd)");
            try (ResultSet rs = s.executeQuery("select count(*) from read_parquet('" + target + "')")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The graph between sources of the (selected) copies, as {@code gexf} or {@code graphml}. */
    public SourceGraph graph() throws SQLException {
        List<SourceGraph.Node> nodes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select p.source, coalesce(nullif(max(so.label), ''), p.source), count(*) n from posts p "
                        + "left join sources so on so.source = p.source" + where("p.seq")
                        + " group by p.source order by n desc, p.source")) {
            while (rs.next()) {
                nodes.add(new SourceGraph.Node(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        List<SourceGraph.Link> links = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select origin_source, source, relation, count(*) w, floor(quantile_cont(lag_seconds, 0.5)) "
                        + "from copies" + where("seq") + " group by origin_source, source, relation "
                        + "order by w desc, origin_source, source, relation")) {
            while (rs.next()) {
                long lag = rs.getLong(5);
                Long median = rs.wasNull() ? null : lag;
                links.add(new SourceGraph.Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), median));
            }
        }
        return new SourceGraph(nodes, links);
    }

    /** Writes the source graph in {@code format} ({@code gexf} or {@code graphml}). */
    public long writeGraph(String format, OutputStream out) throws SQLException, IOException {
        GraphWriter w = switch (format.toLowerCase(Locale.ROOT)) {
            case "gexf" -> new GexfWriter();
            case "graphml" -> new GraphmlWriter();
            default -> throw new IllegalArgumentException("not a graph format: '" + format + "'");
        };
        SourceGraph g = graph();
        w.write(g, out);
        return g.edges().size();
    }

    /** Runs {@code sql} read-only and streams its rows (the {@code sql} command). */
    public static long query(Connection c, String sql, String format, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            return format.equals("csv") ? ResultSetWriter.csv(rs, out) : ResultSetWriter.jsonl(rs, out);
        }
    }
}
