package org.echotrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.PostTrace;

/**
 * Read-only questions to the corpus, in SQL over the tables of {@code docs/store.md}: posts by id, every post
 * in ingest order (streamed), counts. The server and the CLI's {@code export}, {@code search} and {@code stats}
 * use it; anything else can query the documented tables directly.
 */
public final class CorpusQueries {
    /** The columns {@link #read} needs, in its order, from {@code posts_traced}. */
    static final String COLUMNS = "seq, version, id, path, format, channel, channel_title, outlet, url, item_id, "
            + "counters, description, position, title, author, text, language, published, edited, forwarded_from, "
            + "place, attributions, hashtags, mentions, urls, media_type, reactions, views, entities, dates, quotes, "
            + "cluster, duplicate_of, story, relation, similarity, coverage, uncredited, language_confidence, "
            + "forwarded_published, reply_to, trace_order";

    private final Connection c;

    public CorpusQueries(Connection c) {
        this.c = c;
    }

    /** How many posts the corpus holds (current versions). */
    public long postCount() throws SQLException {
        return longValue("select count(*) from posts");
    }

    /** The last ingest id logged; 0 for a new corpus. */
    public long lastIngest() throws SQLException {
        return longValue("select coalesce(max(ingest_id), 0) from ingests");
    }

    /** The post with this id (current or earlier version's id) or this {@code url}. */
    public Optional<StoredPost> post(String idOrUrl) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from posts_traced where id = ? or url = ? "
                + "or seq in (select seq from post_versions where id = ?) order by seq limit 1")) {
            p.setString(1, idOrUrl);
            p.setString(2, idOrUrl);
            p.setString(3, idOrUrl);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every post in ingest order ({@code seq}), streamed: memory does not grow with the corpus. */
    public long forEach(Consumer<StoredPost> out) throws SQLException {
        return forEach("true", List.of(), out);
    }

    /**
     * The posts matching an SQL condition over {@code posts_traced}'s columns ({@code language = ?}), in
     * {@code seq} order, streamed; {@code args} fill the condition's {@code ?}.
     */
    public long forEach(String where, List<Object> args, Consumer<StoredPost> out) throws SQLException {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("select " + COLUMNS + " from posts_traced where " + where
                + " order by seq")) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.accept(read(rs));
                    n++;
                }
            }
        }
        return n;
    }

    /** Every post in ingest order, in memory: for small corpora and tests. */
    public List<StoredPost> forEachList() throws SQLException {
        List<StoredPost> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** The edit history of the post in row {@code seq}: every version seen, oldest first. */
    public List<Version> versions(long seq) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select version, id, title, text, edited, changed, "
                + "cast(seen_at as varchar) from post_versions where seq = ? order by version")) {
            p.setLong(1, seq);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** One version of a post: its id, title and text, and what changed from the version before. */
    public record Version(int version, String id, String title, String text, String edited, String changed,
                          String seenAt) {
    }

    /** What the corpus holds, for {@code echotrace stats}: counts by table, and posts by source and language. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : new String[] {"posts", "post_versions", "sources", "entities", "mentions", "quotes", "dates",
                "hashtags", "copies", "clusters", "stories", "ingests"}) {
            out.put(t, longValue("select count(*) from " + t));
        }
        return out;
    }

    /** {@code (key, count)} rows of a grouping query, most first. */
    public Map<String, Long> top(String column, String table, int limit) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(cast(" + column + " as varchar), '(none)') k, count(*) n from "
                     + table + " group by k order by n desc, k limit " + limit)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    long longValue(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A row of {@link #COLUMNS} as a stored post. */
    static StoredPost read(ResultSet rs) throws SQLException {
        Source source = new Source(rs.getString(4), Format.fromId(rs.getString(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), PostJson.readCounts(rs.getString(11)),
                rs.getString(12));
        long v = rs.getLong(28);
        Long views = rs.wasNull() ? null : v;
        double lc = rs.getDouble(39);
        Double languageConfidence = rs.wasNull() ? null : lc;
        Post post = Post.builder(source)
                .id(rs.getString(3))
                .position(rs.getLong(13))
                .title(rs.getString(14))
                .author(rs.getString(15))
                .text(rs.getString(16))
                .language(rs.getString(17))
                .languageConfidence(languageConfidence)
                .published(rs.getString(18))
                .edited(rs.getString(19))
                .forwardedFrom(rs.getString(20))
                .forwardedPublished(rs.getString(40))
                .replyTo(rs.getString(41))
                .place(rs.getString(21))
                .attributions(PostJson.readAttributions(rs.getString(22)))
                .hashtags(PostJson.readStrings(rs.getString(23)))
                .mentions(PostJson.readStrings(rs.getString(24)))
                .urls(PostJson.readStrings(rs.getString(25)))
                .mediaType(rs.getString(26))
                .reactions(PostJson.readCounts(rs.getString(27)))
                .views(views)
                .entities(PostJson.readEntities(rs.getString(29)))
                .dates(PostJson.readDates(rs.getString(30)))
                .quotes(PostJson.readQuotes(rs.getString(31)))
                .build();
        String story = rs.getString(34);
        PostTrace trace = null;
        if (story != null) {
            double sim = rs.getDouble(36);
            Double similarity = rs.wasNull() ? null : sim;
            double cov = rs.getDouble(37);
            Double coverage = rs.wasNull() ? null : cov;
            trace = new PostTrace(rs.getString(32), rs.getString(33), story, rs.getString(35), similarity, coverage,
                    rs.getBoolean(38), rs.getString(42));
        }
        return new StoredPost(rs.getLong(1), rs.getInt(2), post, trace);
    }
}
