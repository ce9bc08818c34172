package org.echotrace.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import org.echotrace.clean.PostIds;
import org.echotrace.model.DateRef;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Source;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceItems;

/**
 * Writes inputs into the corpus, one DuckDB transaction per input ({@link #begin} … {@link Batch#commit}), so
 * an input is either wholly in the record or not at all, whatever happens to the process.
 *
 * <p>Each post is matched to what the store holds by its item key ({@link PostIds#itemKey}: channel and
 * message id, URL, or file name and position): an item not seen before gets the next row ({@code seq}); the
 * same item with the same id (so the same title and text) is left alone, which makes ingest idempotent; the
 * same item with an id not seen before is a new version: the row is replaced in place, keeping its {@code seq},
 * and the version is added to {@code post_versions}, the edit history. An earlier version read again (an older
 * export re-ingested) changes nothing, so re-running any set of inputs in any order adds nothing.
 */
public final class CorpusWriter {
    private final Store store;
    private final DuckDBConnection c;
    private final ItemMap items = new ItemMap();
    private final Set<String> entities = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private long nextSeq;
    private long nextIngest;

    /** Loads what the store holds (keys and ids, entity and source keys): a few tens of MB per million posts. */
    public CorpusWriter(Store store) {
        if (store.mode() != Store.Mode.WRITE) {
            throw new IllegalArgumentException("store must be open for writing, was " + store.mode());
        }
        this.store = store;
        this.c = (DuckDBConnection) store.connection();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select seq, item_key, id from posts")) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    String key = rs.getString(2);
                    items.put(ItemMap.hash(key), ItemMap.check(key), seq, ItemMap.idNumber(rs.getString(3)));
                    nextSeq = Math.max(nextSeq, seq + 1);
                }
            }
            try (ResultSet rs = s.executeQuery("select id from entities")) {
                while (rs.next()) {
                    entities.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select source from sources")) {
                while (rs.next()) {
                    sources.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select coalesce(max(ingest_id), 0) + 1 from ingests")) {
                rs.next();
                nextIngest = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Store.failure(store.dir(), e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** What became of a post handed to {@link Batch#add}. */
    public enum Outcome { NEW, VERSIONED, UNCHANGED }

    /** Starts the transaction of one input. */
    public Batch begin(String input) {
        try {
            // an explicit transaction: the appenders write into it (with JDBC's auto-commit off they would not)
            sql("begin transaction");
            return new Batch(input, nextIngest++);
        } catch (SQLException e) {
            throw Store.failure(store.dir(), e);
        }
    }

    /** The rows of one input, committed together or not at all. */
    public final class Batch {
        private final String input;
        private final long ingestId;
        private final Instant started = Instant.now();
        private final long startSeq = nextSeq;
        private final DuckDBAppender posts;
        private final DuckDBAppender versions;
        private final DuckDBAppender mentions;
        private final DuckDBAppender quotes;
        private final DuckDBAppender dates;
        private final DuckDBAppender hashtags;
        private final DuckDBAppender entityRows;
        private final DuckDBAppender sourceRows;
        private final Set<String> newEntities = new HashSet<>();
        private final Set<String> newSources = new HashSet<>();
        private final ItemUndo undo = new ItemUndo();
        private long read;
        private long added;
        private long versioned;
        private long unchanged;
        private String format;
        private long lastSeq = -1;
        private final java.util.List<Long> versionedSeqs = new java.util.ArrayList<>();

        private Batch(String input, long ingestId) throws SQLException {
            this.input = input;
            this.ingestId = ingestId;
            posts = appender("posts");
            versions = appender("post_versions");
            mentions = appender("mentions");
            quotes = appender("quotes");
            dates = appender("dates");
            hashtags = appender("hashtags");
            entityRows = appender("entities");
            sourceRows = appender("sources");
        }

        private DuckDBAppender appender(String table) throws SQLException {
            return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        }

        /** The row of the post last added (new or versioned). */
        public long lastSeq() {
            return lastSeq;
        }

        /** The first row this batch adds: rows from here on are its own. */
        public long startSeq() {
            return startSeq;
        }

        /** Rows this batch gave a new version (they existed before it). */
        public java.util.List<Long> versionedSeqs() {
            return java.util.List.copyOf(versionedSeqs);
        }

        /** The ingest id this input's rows carry. */
        public long ingestId() {
            return ingestId;
        }

        /** Adds one post; returns whether it was new, a new version, or already held. */
        public Outcome add(Post post) {
            Objects.requireNonNull(post.id(), "post id (the post must be cleaned first)");
            read++;
            format = post.source().format().id();
            String key = PostIds.itemKey(post);
            long h = ItemMap.hash(key);
            long id = ItemMap.idNumber(post.id());
            try {
                long seq = items.seq(h);
                long check = ItemMap.check(key);
                if (seq >= 0 && items.check(seq) != check) {
                    seq = -1; // a collision of the first hash between two items: keep them apart
                }
                if (seq >= 0 && items.id(seq) == id) {
                    unchanged++;
                    return Outcome.UNCHANGED;
                }
                Instant now = Instant.now();
                TraceItem t = TraceItems.of(0, post);
                if (seq < 0) {
                    seq = nextSeq++;
                    undo.added(h);
                    items.put(h, check, seq, id);
                    writePost(seq, key, 1, post, t, now, now);
                    writeVersion(seq, 1, post, "new", now);
                    lastSeq = seq;
                    added++;
                    return Outcome.NEW;
                }
                flushAll();
                if (seenBefore(seq, post.id())) {
                    // an earlier version read again (an older export): history has it, the current one stays
                    unchanged++;
                    return Outcome.UNCHANGED;
                }
                int version;
                Instant firstSeen;
                String oldTitle;
                String oldText;
                try (PreparedStatement p = c.prepareStatement(
                        "select version, first_seen, title, text from posts where seq = ?")) {
                    p.setLong(1, seq);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        version = rs.getInt(1) + 1;
                        firstSeen = rs.getObject(2, java.time.OffsetDateTime.class).toInstant();
                        oldTitle = rs.getString(3);
                        oldText = rs.getString(4);
                    }
                }
                try (Statement s = c.createStatement()) {
                    for (String table : new String[] {"posts", "mentions", "quotes", "dates", "hashtags"}) {
                        s.execute("delete from " + table + " where seq = " + seq);
                    }
                }
                undo.changed(seq, items.id(seq));
                items.setId(seq, id);
                writePost(seq, key, version, post, t, firstSeen, now);
                String changed = Objects.equals(oldTitle, post.title()) ? "text"
                        : Objects.equals(oldText, post.text()) ? "title" : "title,text";
                writeVersion(seq, version, post, changed, now);
                lastSeq = seq;
                if (seq < startSeq) {
                    versionedSeqs.add(seq);
                }
                versioned++;
                return Outcome.VERSIONED;
            } catch (SQLException e) {
                throw Store.failure(store.dir(), e);
            }
        }

        private boolean seenBefore(long seq, String id) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(
                    "select count(*) from post_versions where seq = ? and id = ?")) {
                p.setLong(1, seq);
                p.setString(2, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        }

        private void flushAll() throws SQLException {
            for (DuckDBAppender a : new DuckDBAppender[] {posts, versions, mentions, quotes, dates, hashtags,
                    entityRows, sourceRows}) {
                a.flush();
            }
        }

        private void writePost(long seq, String key, int version, Post p, TraceItem t, Instant firstSeen,
                               Instant now) throws SQLException {
            Source s = p.source();
            String source = t.source() == null ? s.path() : t.source();
            if (!sources.contains(source) && newSources.add(source)) {
                sourceRows.beginRow().append(source).append(t.sourceLabel()).append(s.format().id())
                        .append(s.channel()).append(s.channelTitle()).append(s.outlet()).append(s.description())
                        .append(PostJson.counts(s.counters())).append(micros(now)).endRow();
            }
            posts.beginRow()
                    .append(seq).append(p.id()).append(key).append(version).append(source)
                    .append(s.path()).append(s.format().id()).append(s.channel()).append(s.channelTitle())
                    .append(s.outlet()).append(s.url()).append(s.itemId()).append(PostJson.counts(s.counters()))
                    .append(s.description()).append(p.position()).append(p.title()).append(p.author())
                    .append(p.text()).append(p.language()).append(p.languageConfidence()).append(p.published());
            if (t.published() == Long.MIN_VALUE) {
                posts.appendNull();
            } else {
                posts.append(java.time.OffsetDateTime.ofInstant(Instant.ofEpochSecond(t.published()),
                        java.time.ZoneOffset.UTC));
            }
            posts.append(p.edited()).append(p.forwardedFrom()).append(p.forwardedPublished()).append(p.replyTo())
                    .append(p.place())
                    .append(PostJson.attributions(p.attributions())).append(PostJson.strings(p.hashtags()))
                    .append(PostJson.strings(p.mentions())).append(PostJson.strings(p.urls()))
                    .append(p.mediaType()).append(PostJson.counts(p.reactions())).append(p.views())
                    .append(PostJson.entities(p.entities())).append(PostJson.dates(p.dates()))
                    .append(PostJson.quotes(p.quotes())).append(micros(firstSeen)).append(micros(now))
                    .append(ingestId).endRow();
            for (EntityRef e : p.entities()) {
                if (!entities.contains(e.id()) && newEntities.add(e.id())) {
                    entityRows.beginRow().append(e.id()).append(e.name()).append(e.type()).append(e.known()).endRow();
                }
                for (Mention m : e.mentions()) {
                    mentions.beginRow().append(seq).append(e.id()).append(e.confidence()).append(m.field())
                            .append(m.start()).append(m.end()).append(m.text()).append(m.source()).append(m.kind()).endRow();
                }
            }
            int n = 0;
            for (Quote q : p.quotes()) {
                quotes.beginRow().append(seq).append(n++).append(q.text()).append(q.speaker()).append(q.speakerId())
                        .append(q.verb()).append(q.start()).append(q.end()).endRow();
            }
            for (DateRef d : p.dates()) {
                Mention m = d.mention();
                dates.beginRow().append(seq).append(d.value()).append(m.field()).append(m.start()).append(m.end())
                        .append(m.text()).endRow();
            }
            for (String tag : p.hashtags()) {
                hashtags.beginRow().append(seq).append(tag).endRow();
            }
        }

        private void writeVersion(long seq, int version, Post p, String changed, Instant now) throws SQLException {
            versions.beginRow().append(seq).append(version).append(p.id()).append(p.title()).append(p.text())
                    .append(p.edited()).append(changed).append(micros(now)).append(ingestId).endRow();
        }

        private java.time.OffsetDateTime micros(Instant i) {
            return java.time.OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC);
        }

        /**
         * Commits the input: its rows and its line in {@code ingests}, in one transaction.
         *
         * @param status  {@code done}, or {@code failed} to record the input with no posts (see {@link #rollback})
         */
        public IngestRecord commit(String status, long errors, long warnings, String message) {
            try {
                flushAll();
                closeAll();
                logIngest(status, errors, warnings, message);
                sql("commit");
                entities.addAll(newEntities);
                sources.addAll(newSources);
                return new IngestRecord(ingestId, input, format, status, read, added, versioned, unchanged, errors,
                        warnings);
            } catch (SQLException e) {
                throw Store.failure(store.dir(), e);
            }
        }

        /**
         * Discards the input's rows (its reader gave up part-way, so nothing of it is half-written) and records the
         * failure in {@code ingests}; re-running after a fix ingests the input whole.
         */
        public IngestRecord rollback(long errors, long warnings, String message) {
            try {
                closeAll();
                sql("rollback");
                undo.apply(items);
                nextSeq = startSeq;
                logIngest("failed", errors, warnings, message);
                return new IngestRecord(ingestId, input, format, "failed", read, 0, 0, 0, errors, warnings);
            } catch (SQLException e) {
                throw Store.failure(store.dir(), e);
            }
        }

        private void closeAll() throws SQLException {
            for (DuckDBAppender a : new DuckDBAppender[] {posts, versions, mentions, quotes, dates, hashtags,
                    entityRows, sourceRows}) {
                a.close();
            }
        }

        private void logIngest(String status, long errors, long warnings, String message) throws SQLException {
            try (PreparedStatement p = c.prepareStatement(
                    "insert into ingests values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, ingestId);
                p.setString(2, input);
                p.setString(3, format);
                p.setObject(4, micros(started));
                p.setObject(5, micros(Instant.now()));
                p.setString(6, status);
                p.setLong(7, read);
                p.setLong(8, status.equals("failed") ? 0 : added);
                p.setLong(9, status.equals("failed") ? 0 : versioned);
                p.setLong(10, status.equals("failed") ? 0 : unchanged);
                p.setLong(11, errors);
                p.setLong(12, warnings);
                p.setString(13, message);
                p.executeUpdate();
            }
        }
    }

    /** What a rolled-back batch must take out of the in-memory map again. */
    private static final class ItemUndo {
        private final java.util.List<Long> addedKeys = new java.util.ArrayList<>();
        private final java.util.Map<Long, Long> oldIds = new java.util.HashMap<>();

        void added(long keyHash) {
            addedKeys.add(keyHash);
        }

        void changed(long seq, long oldId) {
            oldIds.putIfAbsent(seq, oldId);
        }

        void apply(ItemMap items) {
            for (long h : addedKeys) {
                items.remove(h);
            }
            oldIds.forEach(items::setId);
        }
    }

    /**
     * What one input did to the corpus.
     *
     * @param status {@code done} or {@code failed}
     */
    public record IngestRecord(long ingestId, String input, String format, String status, long read, long added,
                               long versioned, long unchanged, long errors, long warnings) {
    }
}
