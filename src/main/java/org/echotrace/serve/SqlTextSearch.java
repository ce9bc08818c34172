package org.echotrace.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text matching in DuckDB, for a corpus without its Lucene index yet: every word (or {@code "quoted phrase"}) of
 * the query must occur in the title or text, case folded; {@code -word} excludes. A scan of the text column, so it
 * grows with the corpus (about a second at 1M posts); the store's Lucene index replaces it where present.
 */
public final class SqlTextSearch implements TextSearch {

    private static final Pattern TERM = Pattern.compile("(-?)\"([^\"]+)\"|(-?)(\\S+)");
    private static final int SNIPPET = 240;

    private final StoreQueries.Connections connections;
    private final Duration timeout;

    public SqlTextSearch(StoreQueries.Connections connections, Duration timeout) {
        this.connections = connections;
        this.timeout = timeout;
    }

    record Terms(List<String> include, List<String> exclude) {
    }

    static Terms parse(String query) {
        List<String> inc = new ArrayList<>();
        List<String> exc = new ArrayList<>();
        Matcher m = TERM.matcher(query);
        while (m.find()) {
            boolean neg = m.group(2) != null ? !m.group(1).isEmpty() : !m.group(3).isEmpty();
            String t = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (t.equals("and") || t.equals("or") || t.isBlank()) {
                continue;
            }
            (neg ? exc : inc).add(t);
        }
        if (inc.isEmpty()) {
            throw ApiException.badRequest("the query has no word to look for");
        }
        return new Terms(inc, exc);
    }

    private StoreQueries.Filter filter(String query, SearchRequest filters) {
        Terms t = parse(query);
        StoreQueries.Filter f = StoreQueries.Filter.of(new SearchRequest(null, filters.source(), filters.language(),
                filters.entity(), filters.hashtag(), filters.from(), filters.to(), filters.relation(), 1, null));
        StringBuilder w = new StringBuilder(f.where());
        List<Object> args = new ArrayList<>(f.args());
        String hay = "replace(lower(coalesce(p.title, '') || ' ' || p.text), 'ё', 'е')";
        for (String s : t.include()) {
            w.append(" and contains(").append(hay).append(", ?)");
            args.add(s);
        }
        for (String s : t.exclude()) {
            w.append(" and not contains(").append(hay).append(", ?)");
            args.add(s);
        }
        return new StoreQueries.Filter(w.toString(), args);
    }

    @Override
    public Page search(String query, SearchRequest filters, int offset, int limit) {
        StoreQueries.Filter f = filter(query, filters);
        List<String> terms = parse(query).include();
        try (Sql db = new Sql(connections.open(), timeout)) {
            Table rows = db.table("select p.seq, coalesce(p.title || ' — ', '') || p.text as body, count(*) over () as total "
                    + "from posts p left join traces t using (seq) where " + f.where()
                    + " order by p.published_at desc nulls last, p.seq desc limit " + limit + " offset " + offset,
                    f.args().toArray());
            long total = rows.size() == 0 ? countAll(db, f) : ((Number) rows.get(0, "total")).longValue();
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                hits.add(snippet(((Number) rows.get(i, "seq")).longValue(), (String) rows.get(i, "body"), terms));
            }
            return new Page(total, hits, null);
        } catch (java.sql.SQLException e) {
            throw new ApiException(503, "unavailable", "the corpus cannot be read right now");
        }
    }

    private static long countAll(Sql db, StoreQueries.Filter f) {
        return ((Number) db.value("select count(*) from posts p left join traces t using (seq) where " + f.where(),
                f.args().toArray())).longValue();
    }

    @Override
    public long[] matching(String query, SearchRequest filters, int max) {
        StoreQueries.Filter f = filter(query, filters);
        try (Sql db = new Sql(connections.open(), timeout)) {
            Table rows = db.table("select p.seq from posts p left join traces t using (seq) where " + f.where()
                    + " limit " + max, f.args().toArray());
            long[] out = new long[rows.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) rows.rows().get(i).get(0)).longValue();
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new ApiException(503, "unavailable", "the corpus cannot be read right now");
        }
    }

    /** A window of the text around the first match, with every term marked (code-point offsets into the snippet). */
    static Hit snippet(long seq, String body, List<String> terms) {
        String fold = body.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int first = Integer.MAX_VALUE;
        for (String t : terms) {
            int i = fold.indexOf(t);
            if (i >= 0) {
                first = Math.min(first, i);
            }
        }
        int start = first == Integer.MAX_VALUE ? 0 : Math.max(0, first - 60);
        if (start > 0 && Character.isLowSurrogate(body.charAt(start))) {
            start--;
        }
        int end = Math.min(body.length(), start + SNIPPET);
        if (end < body.length() && Character.isHighSurrogate(body.charAt(end - 1))) {
            end--;
        }
        String snip = (start > 0 ? "…" : "") + body.substring(start, end) + (end < body.length() ? "…" : "");
        String snipFold = snip.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<int[]> marks = new ArrayList<>();
        for (String t : terms) {
            int from = 0;
            int i;
            while ((i = snipFold.indexOf(t, from)) >= 0 && snipFold.length() == snip.length()) {
                marks.add(new int[]{snip.codePointCount(0, i), snip.codePointCount(0, i + t.length())});
                from = i + t.length();
            }
        }
        marks.sort((a, b) -> a[0] - b[0]);
        List<int[]> merged = new ArrayList<>();
        for (int[] m : marks) {
            if (!merged.isEmpty() && m[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], m[1]);
            } else {
                merged.add(m);
            }
        }
        return new Hit(seq, snip, merged);
    }
}
