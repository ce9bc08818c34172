package org.echotrace.serve;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API's questions in DuckDB SQL over the store's documented tables ({@code docs/store.md}): every count,
 * top list and time series is aggregated in the database and only a page of rows leaves it. Full-text matching
 * goes to {@link TextSearch}. Answers that do not depend on a request (the overview, the unfiltered graph) are
 * kept until the corpus changes (a new ingest).
 */
public final class StoreQueries implements ApiQueries, AutoCloseable {

    /** Opens a read connection to the store (one per request). */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /** Writes to the store (deleting a source) go through the store's own writer. */
    @FunctionalInterface
    public interface SourceDeleter {
        boolean delete(String source) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LABEL = "coalesce(s.label, p.source)";
    private static final String POST_ROW = "p.seq, p.id, p.source, " + LABEL + " as label, p.published, "
            + "p.published_at, p.language, p.title, left(p.text, 240) as snippet";

    private final Connections connections;
    private final TextSearch text;
    private final SourceDeleter deleter;
    private final Duration timeout;
    private final AtomicReference<Cached> overview = new AtomicReference<>();
    private final AtomicReference<Cached> graph = new AtomicReference<>();

    private record Cached(Object version, Answer answer) {
    }

    public StoreQueries(Connections connections, TextSearch text, SourceDeleter deleter, Duration timeout) {
        this.connections = connections;
        this.text = text;
        this.deleter = deleter;
        this.timeout = timeout;
    }

    /** Read connections kept between requests (opening one per request costs more than most queries). */
    private final java.util.concurrent.ArrayBlockingQueue<Connection> idle = new java.util.concurrent.ArrayBlockingQueue<>(16);

    private Sql sql() {
        try {
            Connection c = idle.poll();
            return new Sql(c != null ? c : connections.open(), timeout, conn -> {
                if (!idle.offer(conn)) {
                    Sql.closeQuietly(conn);
                }
            });
        } catch (SQLException e) {
            throw new ApiException(503, "unavailable", "the corpus cannot be read right now: " + Sql.firstLine(e.getMessage()));
        }
    }

    /** Closes the kept connections. */
    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            Sql.closeQuietly(c);
        }
    }

    /** Changes whenever an ingest commits or a source is deleted. */
    private static Object version(Sql db) {
        return Arrays.asList(db.row("select (select max(ingest_id) from ingests), (select count(*) from posts), "
                + "(select count(*) from copies)"));
    }

    @Override
    public Answer overview() {
        try (Sql db = sql()) {
            Object v = version(db);
            Cached c = overview.get();
            if (c != null && c.version().equals(v)) {
                return c.answer();
            }
            Object[] n = db.row("select (select count(*) from posts) posts, (select count(*) from sources) sources, "
                    + "(select count(*) from clusters) clusters, (select count(*) from copies) copies, "
                    + "(select count(*) from copies where uncredited) uncredited, (select count(*) from stories) stories, "
                    + "(select count(*) from entities) entities, (select min(published_at) from posts) first_published, "
                    + "(select max(published_at) from posts) last_published");
            Answer counts = Answer.of().put("posts", n[0]).put("sources", n[1]).put("clusters", n[2]).put("copies", n[3])
                    .put("uncredited", n[4]).put("stories", n[5]).put("entities", n[6]).put("first_published", n[7])
                    .put("last_published", n[8]);
            Answer a = Answer.of().put("counts", counts)
                    .put("attention", db.table("with top as (select source from posts group by source "
                            + "order by count(*) desc, source limit 8), "
                            + "b as (select cast(date_trunc('day', published_at) as date) as day, "
                            + "case when source in (select source from top) then source else '(other)' end as src, "
                            + "count(*) as posts from posts where published_at is not null group by all) "
                            + "select b.day, b.src as source, coalesce(s.label, b.src) as label, b.posts from b "
                            + "left join sources s on s.source = b.src order by b.day, b.src"))
                    .put("top_entities", db.table("select m.entity_id as id, e.name, e.type, count(distinct m.seq) as posts "
                            + "from mentions m join entities e on e.id = m.entity_id group by all "
                            + "order by posts desc, id limit 15"))
                    .put("top_hashtags", db.table("select tag, count(distinct seq) as posts from hashtags group by tag "
                            + "order by posts desc, tag limit 15"))
                    .put("top_sources", db.table("with p as (select source, count(*) as posts from posts group by source), "
                            + "c as (select source, count(*) as copies, count(*) filter (where uncredited) as uncredited "
                            + "from copies group by source) select p.source, " + LABEL + " as label, p.posts, "
                            + "coalesce(c.copies, 0) as copies, coalesce(c.uncredited, 0) as uncredited from p "
                            + "left join c using (source) left join sources s using (source) "
                            + "order by p.posts desc, p.source limit 15"))
                    .put("clusters", db.table("select cl.cluster, cl.origin_id, o.source as origin_source, "
                            + "coalesce(s.label, o.source) as origin_label, left(coalesce(o.title, o.text), 160) as origin_text, "
                            + "cl.posts, cl.sources, cl.first_published, cl.last_published from clusters cl "
                            + "left join posts o on o.id = cl.origin_id left join sources s on s.source = o.source "
                            + "order by cl.last_published desc nulls last, cl.cluster limit 12"))
                    .put("ingests", db.table("select input, format, finished_at, status, posts_new, errors from ingests "
                            + "order by ingest_id desc limit 10"));
            overview.set(new Cached(v, a));
            return a;
        }
    }

    @Override
    public Answer search(SearchRequest r) {
        try (Sql db = sql()) {
            Filter f = Filter.of(r);
            if (r.query() == null) {
                Keyset k = Keyset.newestFirst(r.cursor());
                Table rows = db.table("select " + POST_ROW + ", t.cluster, t.relation, t.uncredited, [] as marks "
                        + "from posts p left join sources s using (source) left join traces t using (seq) where "
                        + f.where + " and " + k.where + " order by " + k.order + " limit " + (r.limit() + 1),
                        concat(f.args, k.args));
                Object total = db.value("select count(*) from posts p left join traces t using (seq) where " + f.where,
                        f.args.toArray());
                return searchAnswer(db, r, total, Keyset.trim(rows, r.limit()), k.next(rows, r.limit()), f);
            }
            int offset = r.cursor() == null ? 0 : offsetOf(r.cursor());
            if (offset + r.limit() > 10_000) {
                throw ApiException.badRequest("search pages end at 10,000 hits; narrow the query or use 'echotrace export'");
            }
            TextSearch.Page page = text.search(r.query(), r, offset, r.limit());
            List<List<Object>> hits = new ArrayList<>();
            if (!page.hits().isEmpty()) {
                StringBuilder in = new StringBuilder();
                for (TextSearch.Hit h : page.hits()) {
                    in.append(in.length() == 0 ? "" : ",").append(h.seq());
                }
                Table meta = db.table("select " + POST_ROW + ", t.cluster, t.relation, t.uncredited from posts p "
                        + "left join sources s using (source) left join traces t using (seq) where p.seq in (" + in + ")");
                for (TextSearch.Hit h : page.hits()) {
                    for (int i = 0; i < meta.size(); i++) {
                        if (((Number) meta.get(i, "seq")).longValue() == h.seq()) {
                            List<Object> row = new ArrayList<>(meta.rows().get(i));
                            row.set(meta.columns().indexOf("snippet"), h.snippet());
                            List<Object> marks = new ArrayList<>();
                            for (int[] m : h.marks()) {
                                marks.add(List.of(m[0], m[1]));
                            }
                            row.add(marks);
                            hits.add(row);
                        }
                    }
                }
            }
            List<String> cols = new ArrayList<>(db.table("select " + POST_ROW + ", null as cluster, null as relation, "
                    + "null as uncredited from posts p left join sources s using (source) limit 0").columns());
            cols.add("marks");
            Table rows = Table.of(cols, hits);
            String next = offset + r.limit() < Math.min(page.total(), 10_000) && !hits.isEmpty()
                    ? Cursor.encode("o", offset + r.limit()) : null;
            if (page.facets() != null) {
                return Answer.of().put("query", r.query()).put("total", page.total()).put("hits", rows)
                        .put("next_cursor", next)
                        .put("facet_source", named(db, page.facets().get("source"), "sources", "source", "label"))
                        .put("facet_language", facet(page.facets().get("language")))
                        .put("facet_entity", named(db, page.facets().get("entity"), "entities", "id", "name"))
                        .put("facet_hashtag", facet(page.facets().get("hashtag")))
                        .put("facet_day", facet(page.facets().get("day")));
            }
            long[] seqs = text.matching(r.query(), r, 200_000);
            return searchAnswer(db, r, page.total(), rows, next, Filter.seqs(seqs));
        }
    }

    private static Table facet(Table t) {
        return t == null ? Table.of(List.of("value", "count"), List.of()) : t;
    }

    /** A facet's values with their names from {@code table} ({@code key} → {@code name}), in the facet's order. */
    private static Table named(Sql db, Table facet, String table, String key, String name) {
        Table f = facet(facet);
        List<List<Object>> rows = new ArrayList<>();
        java.util.Map<Object, Object> names = new java.util.HashMap<>();
        if (f.size() > 0) {
            String in = String.join(",", java.util.Collections.nCopies(f.size(), "?"));
            Table t = db.table("select " + key + ", " + name + " from " + table + " where " + key + " in (" + in + ")",
                    f.column("value").toArray());
            for (List<Object> row : t.rows()) {
                names.put(row.get(0), row.get(1));
            }
        }
        for (List<Object> row : f.rows()) {
            Object n = names.get(row.get(0));
            rows.add(Arrays.asList(row.get(0), n == null ? row.get(0) : n, row.get(1)));
        }
        return Table.of(List.of("value", name, "count"), rows);
    }

    private static int offsetOf(String cursor) {
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return Integer.parseInt(parts.get(1));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor is not one this server gave out");
        }
    }

    private Answer searchAnswer(Sql db, SearchRequest r, Object total, Table hits, String next, Filter f) {
        String base = " from posts p left join traces t using (seq) where " + f.where;
        Object[] args = f.args.toArray();
        return Answer.of().put("query", r.query()).put("total", total).put("hits", hits).put("next_cursor", next)
                .put("facet_source", db.table("select p.source as value, coalesce(s.label, p.source) as label, "
                        + "count(*) as count from posts p left join traces t using (seq) left join sources s "
                        + "using (source) where " + f.where + " group by all order by count desc, value limit 15", args))
                .put("facet_language", db.table("select p.language as value, count(*) as count" + base
                        + " and p.language is not null group by all order by count desc, value limit 15", args))
                .put("facet_entity", db.table("select m.entity_id as value, e.name, count(distinct m.seq) as count "
                        + "from mentions m join entities e on e.id = m.entity_id where m.seq in (select p.seq" + base
                        + ") group by all order by count desc, value limit 15", args))
                .put("facet_hashtag", db.table("select h.tag as value, count(distinct h.seq) as count from hashtags h "
                        + "where h.seq in (select p.seq" + base + ") group by all order by count desc, value limit 15", args))
                .put("facet_day", db.table("select cast(cast(date_trunc('day', p.published_at) as date) as varchar) as value, "
                        + "count(*) as count" + base + " and p.published_at is not null group by all "
                        + "order by count desc, value limit 15", args));
    }

    @Override
    public Optional<Answer> post(String id) {
        try (Sql db = sql()) {
            Object seqFound = db.value("select seq from posts where id = ? limit 1", id);
            if (seqFound == null) {
                seqFound = db.value("select seq from posts where url = ? order by seq limit 1", id);
            }
            if (seqFound == null) {
                seqFound = db.value("select seq from post_versions where id = ? order by seq limit 1", id);
            }
            if (seqFound == null) {
                return Optional.empty();
            }
            Table found = db.table("select p.seq, p.id, p.source, " + LABEL + " as label, p.url, p.published, "
                    + "p.published_at, p.language, p.title, p.author, p.text, p.forwarded_from, p.place, p.views, "
                    + "p.media_type, p.hashtags, p.urls, t.cluster, t.story, t.duplicate_of, t.relation, t.similarity, "
                    + "t.coverage, coalesce(t.uncredited, false) as uncredited from posts p left join traces t using (seq) "
                    + "left join sources s using (source) where p.seq = ?", seqFound);
            if (found.size() == 0) {
                return Optional.empty();
            }
            List<Object> row = found.rows().get(0);
            Answer post = Answer.of();
            long seq = 0;
            for (int i = 0; i < found.columns().size(); i++) {
                String col = found.columns().get(i);
                Object v = row.get(i);
                if (col.equals("seq")) {
                    seq = ((Number) v).longValue();
                    continue;
                }
                if (col.equals("hashtags") || col.equals("urls")) {
                    v = strings(v);
                } else if (col.equals("url")) {
                    v = httpOnly(v);
                }
                post.put(col, v);
            }
            String thisId = (String) post.get("id");
            String cluster = (String) post.get("cluster");
            Table copies = cluster == null ? Table.of(List.of("id"), List.of())
                    : db.table(clusterMembers("true", "order by p.published_at nulls last, p.seq", 1000), cluster);
            Table chain = chain(copies, thisId);
            return Optional.of(Answer.of().put("post", post)
                    .put("entities", db.table("select m.entity_id as id, e.name, e.type, e.known, m.confidence, m.field, "
                            + "m.\"start\" as start, m.\"end\" as \"end\", m.text from mentions m join entities e "
                            + "on e.id = m.entity_id where m.seq = ? order by m.field desc, m.\"start\"", seq))
                    .put("quotes", db.table("select n, text, speaker, speaker_id, verb, \"start\" as start, "
                            + "\"end\" as \"end\" from quotes where seq = ? order by n", seq))
                    .put("dates", db.table("select value, field, \"start\" as start, \"end\" as \"end\", text from dates "
                            + "where seq = ? order by field desc, \"start\"", seq))
                    .put("copies", copies)
                    .put("chain", chain)
                    .put("versions", db.table("select version, id, seen_at, edited, changed, title, text "
                            + "from post_versions where seq = ? order by version", seq)));
        }
    }

    /** The cluster's members from the origin up to {@code id}, in time order: how the message reached this post. */
    private static Table chain(Table copies, String id) {
        List<List<Object>> rows = new ArrayList<>();
        if (copies.columns().contains("published_at")) {
            for (List<Object> r : copies.rows()) {
                rows.add(r);
                if (id.equals(r.get(copies.columns().indexOf("id")))) {
                    break;
                }
            }
        }
        return Table.of(copies.columns(), rows);
    }

    /**
     * The members of one cluster ({@code t.cluster = ?}) with their trace and lag; {@code pageWhere} narrows them
     * on {@code p} (a keyset). The cluster's rows are picked first, so the posts table is only probed for them.
     */
    private static String clusterMembers(String pageWhere, String order, int limit) {
        return "with m as (select seq, cluster, relation, similarity, coverage, uncredited from traces where cluster = ?), "
                + "c as (select seq, min(lag_seconds) as lag_seconds from copies where seq in (select seq from m) group by seq) "
                + "select p.id, p.source, " + LABEL + " as label, p.published, p.published_at, "
                + "case when p.id = cl.origin_id then 'origin' else t.relation end as relation, "
                + "case when p.id = cl.origin_id then 0 else c.lag_seconds end as lag_seconds, t.similarity, t.coverage, "
                + "coalesce(t.uncredited, false) as uncredited, left(coalesce(p.title, p.text), 200) as snippet, p.seq "
                + "from m t join posts p on p.seq = t.seq left join sources s on s.source = p.source "
                + "left join clusters cl on cl.cluster = t.cluster left join c on c.seq = t.seq "
                + "where " + pageWhere + " " + order + " limit " + limit;
    }

    @Override
    public Optional<Answer> entity(String id, PageRequest page) {
        try (Sql db = sql()) {
            Object[] e = db.row("select e.id, e.name, e.type, e.known from entities e where e.id = ?", id);
            if (e == null) {
                return Optional.empty();
            }
            Object[] span = db.row("select count(distinct p.seq), min(p.published_at), max(p.published_at) from mentions m "
                    + "join posts p using (seq) where m.entity_id = ?", id);
            Answer entity = Answer.of().put("id", e[0]).put("name", e[1]).put("type", e[2]).put("known", e[3])
                    .put("posts", span[0]).put("first_published", span[1]).put("last_published", span[2]);
            String mentioning = "(select seq from mentions where entity_id = ?)";
            Answer a = Answer.of().put("entity", entity)
                    .put("attention", db.table("select cast(date_trunc('day', p.published_at) as date) as day, count(*) as posts "
                            + "from posts p where p.seq in " + mentioning + " and p.published_at is not null "
                            + "group by all order by day", id))
                    .put("co_mentioned", db.table("select m.entity_id as id, e.name, e.type, count(distinct m.seq) as posts "
                            + "from mentions m join entities e on e.id = m.entity_id where m.seq in " + mentioning
                            + " and m.entity_id <> ? group by all order by posts desc, id limit 20", id, id))
                    .put("quotes_by", db.table("select p.id as post_id, q.text, q.speaker, q.speaker_id, p.published, "
                            + "p.source from quotes q join posts p using (seq) where q.speaker_id = ? "
                            + "order by p.published_at desc nulls last, p.seq desc limit 50", id))
                    .put("quotes_about", db.table("select p.id as post_id, q.text, q.speaker, q.speaker_id, p.published, "
                            + "p.source from quotes q join posts p using (seq) where q.seq in " + mentioning
                            + " and q.speaker_id is distinct from ? order by p.published_at desc nulls last, p.seq desc "
                            + "limit 50", id, id))
                    .put("sources", db.table("select p.source, " + LABEL + " as label, count(*) as posts from posts p "
                            + "left join sources s using (source) where p.seq in " + mentioning
                            + " group by all order by posts desc, p.source limit 20", id));
            return Optional.of(posts(db, a, "p.seq in " + mentioning, List.of(id), page));
        }
    }

    @Override
    public Optional<Answer> source(String id, PageRequest page) {
        try (Sql db = sql()) {
            Object[] s = db.row("select source, label, format, channel, channel_title, outlet, description from sources "
                    + "where source = ?", id);
            if (s == null) {
                return Optional.empty();
            }
            Object[] n = db.row("select (select count(*) from posts where source = ?), "
                    + "(select min(published_at) from posts where source = ?), (select max(published_at) from posts where source = ?), "
                    + "(select count(*) from copies where source = ?), (select count(*) from copies where source = ? and uncredited), "
                    + "(select median(lag_seconds) from copies where source = ?), "
                    + "(select count(*) from copies where origin_source = ? and source <> ?)", id, id, id, id, id, id, id, id);
            long made = ((Number) n[3]).longValue();
            Answer source = Answer.of().put("source", s[0]).put("label", s[1] == null ? s[0] : s[1]).put("format", s[2])
                    .put("channel", s[3]).put("channel_title", s[4]).put("outlet", s[5]).put("description", s[6])
                    .put("posts", n[0]).put("first_published", n[1]).put("last_published", n[2]).put("copies_made", made)
                    .put("uncredited", n[4]).put("uncredited_share", made == 0 ? null : ((Number) n[4]).doubleValue() / made)
                    .put("median_lag_seconds", n[5] == null ? null : Math.round(((Number) n[5]).doubleValue()))
                    .put("copied_by", n[6]);
            Answer a = Answer.of().put("source", source)
                    .put("volume", db.table("select cast(date_trunc('day', published_at) as date) as day, count(*) as posts "
                            + "from posts where source = ? and published_at is not null group by all order by day", id))
                    .put("top_entities", db.table("select m.entity_id as id, e.name, e.type, count(distinct m.seq) as posts "
                            + "from mentions m join entities e on e.id = m.entity_id where m.seq in "
                            + "(select seq from posts where source = ?) group by all order by posts desc, id limit 20", id))
                    .put("top_hashtags", db.table("select tag, count(distinct seq) as posts from hashtags where seq in "
                            + "(select seq from posts where source = ?) group by tag order by posts desc, tag limit 20", id))
                    .put("copies_from", db.table("select c.origin_source, coalesce(s.label, c.origin_source) as label, "
                            + "c.relation, count(*) as copies, count(*) filter (where c.uncredited) as uncredited, "
                            + "cast(round(median(c.lag_seconds)) as bigint) as median_lag_seconds from copies c left join sources s "
                            + "on s.source = c.origin_source where c.source = ? group by all order by copies desc, 1, 3 "
                            + "limit 50", id))
                    .put("copied_by", db.table("select c.source, coalesce(s.label, c.source) as label, c.relation, "
                            + "count(*) as copies, count(*) filter (where c.uncredited) as uncredited, "
                            + "cast(round(median(c.lag_seconds)) as bigint) as median_lag_seconds from copies c left join sources s "
                            + "on s.source = c.source where c.origin_source = ? group by all order by copies desc, 1, 3 "
                            + "limit 50", id));
            return Optional.of(posts(db, a, "p.source = ?", List.of(id), page));
        }
    }

    @Override
    public Optional<Answer> story(String id, PageRequest page) {
        try (Sql db = sql()) {
            Object[] s = db.row("select st.story, st.first_id, st.posts, st.sources, st.first_published, st.last_published, "
                    + "p.title, left(p.text, 200) from stories st left join posts p on p.id = st.first_id where st.story = ?", id);
            if (s == null) {
                return Optional.empty();
            }
            Answer story = Answer.of().put("story", s[0]).put("first_id", s[1]).put("posts", s[2]).put("sources", s[3])
                    .put("first_published", s[4]).put("last_published", s[5]).put("first_title", s[6])
                    .put("first_text", s[7]);
            String members = "(select seq from traces where story = ?)";
            Answer a = Answer.of().put("story", story)
                    .put("timeline", db.table("select cast(date_trunc('day', p.published_at) as date) as day, p.source, "
                            + LABEL + " as label, count(*) as posts from posts p left join sources s using (source) "
                            + "where p.seq in " + members + " and p.published_at is not null group by all order by day, p.source", id))
                    .put("sources", db.table("select p.source, " + LABEL + " as label, count(*) as posts, "
                            + "min(p.published_at) as first_published from posts p left join sources s using (source) "
                            + "where p.seq in " + members + " group by all order by first_published nulls last, p.source "
                            + "limit 100", id))
                    .put("entities", db.table("select m.entity_id as id, e.name, count(distinct m.seq) as posts "
                            + "from mentions m join entities e on e.id = m.entity_id where m.seq in " + members
                            + " group by all order by posts desc, id limit 20", id));
            return Optional.of(posts(db, a, "p.seq in " + members, List.of(id), page));
        }
    }

    @Override
    public Optional<Answer> cluster(String id, PageRequest page) {
        try (Sql db = sql()) {
            Object[] c = db.row("select cluster, origin_id, posts, sources, first_published, last_published from clusters "
                    + "where cluster = ?", id);
            if (c == null) {
                return Optional.empty();
            }
            Answer cluster = Answer.of().put("cluster", c[0]).put("origin_id", c[1]).put("posts", c[2]).put("sources", c[3])
                    .put("first_published", c[4]).put("last_published", c[5]);
            Keyset k = Keyset.oldestFirst(page.cursor());
            Table rows = db.table(clusterMembers(k.where, "order by " + k.order, page.limit() + 1),
                    concat(List.of(id), k.args));
            String next = k.next(rows, page.limit());
            return Optional.of(Answer.of().put("cluster", cluster).put("copies", Keyset.trim(rows, page.limit()))
                    .put("next_cursor", next));
        }
    }

    /** Adds one page of posts matching {@code where} (newest first) and its cursor to {@code a}. */
    private static Answer posts(Sql db, Answer a, String where, List<Object> args, PageRequest page) {
        Keyset k = Keyset.newestFirst(page.cursor());
        Table rows = db.table("select " + POST_ROW + " from posts p left join sources s using (source) where " + where
                + " and " + k.where + " order by " + k.order + " limit " + (page.limit() + 1), concat(args, k.args));
        String next = k.next(rows, page.limit());
        return a.put("posts", Keyset.trim(rows, page.limit())).put("next_cursor", next);
    }

    @Override
    public Answer graph(GraphRequest r) {
        try (Sql db = sql()) {
            boolean plain = r.from() == null && r.to() == null && r.relation() == null && r.minWeight() == 1
                    && r.limit() == 500;
            Object v = plain ? version(db) : null;
            Cached c = graph.get();
            if (plain && c != null && c.version().equals(v)) {
                return c.answer();
            }
            List<Object> args = new ArrayList<>();
            StringBuilder where = new StringBuilder("true");
            String join = "";
            if (r.from() != null || r.to() != null) {
                join = " join posts p on p.seq = c.seq";
                if (r.from() != null) {
                    where.append(" and p.published_at >= cast(? as timestamptz)");
                    args.add(r.from().toString());
                }
                if (r.to() != null) {
                    where.append(" and p.published_at < cast(? as timestamptz)");
                    args.add(r.to().plusDays(1).toString());
                }
            }
            if (r.relation() != null) {
                where.append(" and c.relation = ?");
                args.add(r.relation());
            }
            args.add(r.minWeight());
            Table edges = db.table("with e as (select c.origin_source as source, c.source as target, c.relation, "
                    + "count(*) as weight, count(*) filter (where c.uncredited) as uncredited, "
                    + "cast(round(median(c.lag_seconds)) as bigint) as median_lag_seconds from copies c" + join + " where " + where
                    + " group by all having count(*) >= ?) select e.source, coalesce(so.label, e.source) as source_label, "
                    + "e.target, coalesce(st.label, e.target) as target_label, e.relation, e.weight, e.uncredited, "
                    + "e.median_lag_seconds from e left join sources so on so.source = e.source "
                    + "left join sources st on st.source = e.target order by e.weight desc, e.source, e.target, e.relation "
                    + "limit " + r.limit(), args.toArray());
            List<Object> ends = new ArrayList<>(edges.column("source"));
            ends.addAll(edges.column("target"));
            String in = ends.isEmpty() ? "''" : String.join(",", java.util.Collections.nCopies(new java.util.LinkedHashSet<>(ends).size(), "?"));
            Table nodes = db.table("with n as (select source, count(*) as posts from posts group by source), "
                    + "top as (select source from n order by posts desc, source limit 100) "
                    + "select n.source as id, coalesce(s.label, n.source) as label, n.posts from n left join sources s "
                    + "using (source) where n.source in (select source from top) or n.source in (" + in + ") "
                    + "order by n.posts desc, n.source", new java.util.LinkedHashSet<>(ends).toArray());
            Answer a = Answer.of().put("nodes", nodes).put("edges", edges);
            if (plain) {
                graph.set(new Cached(v, a));
            }
            return a;
        }
    }

    @Override
    public Answer timeline(TimelineRequest r) {
        try (Sql db = sql()) {
            SearchRequest filters = new SearchRequest(r.query(), null, null, null, null, r.from(), r.to(), null, 1, null);
            Filter f = r.query() == null ? Filter.of(filters) : Filter.seqs(text.matching(r.query(), filters, 1_000_000))
                    .and(Filter.of(new SearchRequest(null, null, null, null, null, r.from(), r.to(), null, 1, null)));
            String key = r.by().equals("source") ? "p.source" : "coalesce(p.language, '(unknown)')";
            Table series = db.table("with m as (select cast(date_trunc('day', p.published_at) as date) as day, " + key
                    + " as k, count(*) as posts from posts p left join traces t using (seq) where " + f.where
                    + " and p.published_at is not null group by all), "
                    + "top as (select k from m group by k order by sum(posts) desc, k limit " + r.series() + "), "
                    + "tot as (select cast(date_trunc('day', p.published_at) as date) as day, " + key + " as k, "
                    + "count(*) as n from posts p where p.published_at is not null group by all), "
                    + "g as (select m.day, case when m.k in (select k from top) then m.k else '(other)' end as key, "
                    + "sum(m.posts) as posts, sum(tot.n) as total from m join tot using (day, k) group by all) "
                    + "select g.day, g.key, " + (r.by().equals("source") ? "coalesce(s.label, g.key)" : "g.key")
                    + " as label, g.posts, round(g.posts / g.total, 4) as share from g "
                    + (r.by().equals("source") ? "left join sources s on s.source = g.key " : "")
                    + "order by g.day, g.key", f.args.toArray());
            if (r.normalize()) {
                int share = series.columns().indexOf("share");
                int posts = series.columns().indexOf("posts");
                List<List<Object>> rows = new ArrayList<>();
                for (List<Object> row : series.rows()) {
                    List<Object> copy = new ArrayList<>(row);
                    copy.set(posts, row.get(share));
                    rows.add(copy);
                }
                series = Table.of(series.columns(), rows);
            }
            return Answer.of().put("query", r.query()).put("by", r.by()).put("normalize", r.normalize())
                    .put("series", series);
        }
    }

    @Override
    public Answer sources(PageRequest page) {
        try (Sql db = sql()) {
            List<Object> args = new ArrayList<>();
            String after = "true";
            if (page.cursor() != null) {
                List<String> c = Cursor.decode(page.cursor(), 2);
                after = "(n.posts < ? or (n.posts = ? and n.source > ?))";
                long posts = Long.parseLong(c.get(0));
                args.addAll(List.of(posts, posts, c.get(1)));
            }
            Table rows = db.table("with n as (select source, count(*) as posts, min(published_at) as first_published, "
                    + "max(published_at) as last_published from posts group by source) select n.source, "
                    + "coalesce(s.label, n.source) as label, s.format, n.posts, n.first_published, n.last_published "
                    + "from n left join sources s using (source) where " + after + " order by n.posts desc, n.source "
                    + "limit " + (page.limit() + 1), args.toArray());
            String next = null;
            if (rows.size() > page.limit()) {
                next = Cursor.encode(rows.get(page.limit() - 1, "posts"), rows.get(page.limit() - 1, "source"));
            }
            return Answer.of().put("sources", Keyset.trim(rows, page.limit())).put("next_cursor", next);
        }
    }

    @Override
    public boolean deleteSource(String id) {
        try {
            boolean deleted = deleter.delete(id);
            overview.set(null);
            graph.set(null);
            return deleted;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("delete failed: " + Sql.firstLine(e.getMessage()), e);
        }
    }

    static List<Object> strings(Object json) {
        if (json == null) {
            return List.of();
        }
        try {
            JsonNode n = JSON.readTree(json.toString());
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(x.asText()));
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Only http(s) URLs become links in the dashboard; anything else is kept out of the {@code url} field. */
    static Object httpOnly(Object url) {
        if (url == null) {
            return null;
        }
        String s = url.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") ? url : null;
    }

    private static Object[] concat(List<Object> a, List<Object> b) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        return out.toArray();
    }

    /** A filter over {@code posts p left join traces t}: the SQL condition and its arguments. */
    record Filter(String where, List<Object> args) {

        static Filter of(SearchRequest r) {
            StringBuilder w = new StringBuilder("true");
            List<Object> args = new ArrayList<>();
            if (r.source() != null) {
                w.append(" and p.source = ?");
                args.add(r.source());
            }
            if (r.language() != null) {
                w.append(" and p.language = ?");
                args.add(r.language());
            }
            if (r.entity() != null) {
                w.append(" and p.seq in (select seq from mentions where entity_id = ?)");
                args.add(r.entity());
            }
            if (r.hashtag() != null) {
                w.append(" and p.seq in (select seq from hashtags where tag = ?)");
                args.add(r.hashtag());
            }
            if (r.from() != null) {
                w.append(" and p.published_at >= cast(? as timestamptz)");
                args.add(r.from().toString());
            }
            if (r.to() != null) {
                w.append(" and p.published_at < cast(? as timestamptz)");
                args.add(r.to().plusDays(1).toString());
            }
            if (r.relation() != null) {
                w.append(" and t.relation = ?");
                args.add(r.relation());
            }
            return new Filter(w.toString(), args);
        }

        /** The posts whose {@code seq} is listed (already filtered by the text index). */
        static Filter seqs(long[] seqs) {
            if (seqs.length == 0) {
                return new Filter("false", List.of());
            }
            StringBuilder sb = new StringBuilder("p.seq in (");
            for (int i = 0; i < seqs.length; i++) {
                sb.append(i == 0 ? "" : ",").append(seqs[i]);
            }
            return new Filter(sb.append(')').toString(), List.of());
        }

        Filter and(Filter other) {
            List<Object> args = new ArrayList<>(this.args);
            args.addAll(other.args);
            return new Filter("(" + where + ") and (" + other.where + ")", args);
        }
    }

    /** Keyset pagination over {@code (published_at, seq)}; undated posts come last in either direction. */
    record Keyset(String where, List<Object> args, String order, boolean newest) {

        static Keyset newestFirst(String cursor) {
            String order = "p.published_at desc nulls last, p.seq desc";
            if (cursor == null) {
                return new Keyset("true", List.of(), order, true);
            }
            List<String> c = Cursor.decode(cursor, 2);
            long seq = seqOf(c.get(1));
            if (c.get(0).isEmpty()) {
                return new Keyset("(p.published_at is null and p.seq < ?)", List.of(seq), order, true);
            }
            return new Keyset("(p.published_at < cast(? as timestamptz) or (p.published_at = cast(? as timestamptz) "
                    + "and p.seq < ?) or p.published_at is null)", List.of(c.get(0), c.get(0), seq), order, true);
        }

        static Keyset oldestFirst(String cursor) {
            String order = "order by p.published_at asc nulls last, p.seq asc".substring(9);
            if (cursor == null) {
                return new Keyset("true", List.of(), order, false);
            }
            List<String> c = Cursor.decode(cursor, 2);
            long seq = seqOf(c.get(1));
            if (c.get(0).isEmpty()) {
                return new Keyset("(p.published_at is null and p.seq > ?)", List.of(seq), order, false);
            }
            return new Keyset("(p.published_at > cast(? as timestamptz) or (p.published_at = cast(? as timestamptz) "
                    + "and p.seq > ?) or p.published_at is null)", List.of(c.get(0), c.get(0), seq), order, false);
        }

        private static long seqOf(String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("cursor is not one this server gave out");
            }
        }

        /** The cursor after the page's last row, when a row beyond the page was fetched. */
        String next(Table rows, int limit) {
            if (rows.size() <= limit) {
                return null;
            }
            Object at = rows.get(limit - 1, "published_at");
            return Cursor.encode(at == null ? "" : at, rows.get(limit - 1, "seq"));
        }

        static Table trim(Table rows, int limit) {
            return rows.size() <= limit ? rows : Table.of(rows.columns(), rows.rows().subList(0, limit));
        }
    }

}
