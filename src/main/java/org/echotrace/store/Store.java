package org.echotrace.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

import org.echotrace.store.index.IndexSync;
import org.echotrace.store.index.PostIndex;

/**
 * A corpus data directory: the DuckDB database that is the system of record ({@code corpus.duckdb}), the
 * Lucene index derived from it ({@code index/}) and the writer lock ({@code writer.lock}).
 *
 * <p>Open it {@link Mode#WRITE} to ingest (one writer at a time, enforced by {@link WriterLock}; the schema is
 * migrated on open) or {@link Mode#READ} to query (read-only at the database level, so a reader can never
 * change the record). DuckDB lets one process write, or several processes read, a database file; a read-only
 * open while another process writes fails with a one-line {@link StoreException} naming the writer.
 * Threads of one process share the store through {@link #connect()}, which gives each its own connection.
 */
public final class Store implements AutoCloseable {
    /** The database file inside the data directory. */
    public static final String DATABASE = "corpus.duckdb";
    /** The Lucene index directory inside the data directory. */
    public static final String INDEX = "index";

    /** How a store is opened. */
    public enum Mode { READ, WRITE }

    private final Path dir;
    private final Mode mode;
    private final WriterLock lock;
    private final DuckDBConnection connection;
    private PostIndex index;

    private Store(Path dir, Mode mode, WriterLock lock, DuckDBConnection connection) {
        this.dir = dir;
        this.mode = mode;
        this.lock = lock;
        this.connection = connection;
    }

    /** {@code $ECHOTRACE_DATA} when set, else {@code ./echotrace-data}. */
    public static Path defaultDir() {
        String env = System.getenv("ECHOTRACE_DATA");
        return Paths.get(env == null || env.isBlank() ? "echotrace-data" : env);
    }

    /** Opens the data directory {@code dir}, creating it for {@link Mode#WRITE}. */
    public static Store open(Path dir, Mode mode) {
        Path db = dir.resolve(DATABASE);
        if (mode == Mode.READ) {
            if (!Files.isRegularFile(db)) {
                throw new StoreException(dir + ": no corpus here (run 'echotrace ingest' first, or give --data)");
            }
            DuckDBConnection c = connect(dir, db, true);
            try {
                int have = Migrations.current(c);
                int known = Migrations.available().size();
                if (have != known) {
                    c.close();
                    throw new StoreException(dir + ": the corpus has schema version " + have + ", this echotrace uses "
                            + known + (have < known ? "; run 'echotrace ingest' (with no input) to upgrade it"
                            : "; use a newer echotrace"));
                }
            } catch (SQLException e) {
                throw failure(dir, e);
            }
            return new Store(dir, mode, null, c);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the data directory: " + e.getMessage(), e);
        }
        WriterLock lock = WriterLock.acquire(dir);
        try {
            DuckDBConnection c = connect(dir, db, false);
            Migrations.migrate(c, dir.toString());
            return new Store(dir, mode, lock, c);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e instanceof StoreException se ? se : failure(dir, e);
        }
    }

    private static DuckDBConnection connect(Path dir, Path db, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("lock")) {
                String holder = "";
                try {
                    holder = Files.readString(dir.resolve(WriterLock.FILE), StandardCharsets.UTF_8).strip();
                } catch (IOException ignored) {
                    // the message says what we know
                }
                throw new StoreException(dir + ": the corpus is open for writing by another process"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; try again when it finishes", e);
            }
            throw failure(dir, e);
        }
    }

    static StoreException failure(Path dir, Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new StoreException(dir + ": corpus database error: " + m, e);
    }

    public Path dir() {
        return dir;
    }

    public Mode mode() {
        return mode;
    }

    /** The Lucene index directory. */
    public Path indexDir() {
        return dir.resolve(INDEX);
    }

    /** The store's own connection (the writer's, in {@link Mode#WRITE}); not for concurrent use. */
    public Connection connection() {
        return connection;
    }

    /** A new connection to the same database, for another thread; the caller closes it. */
    public Connection connect() throws SQLException {
        return connection.duplicate();
    }

    /**
     * The Lucene index, opened on first use: for writing (and brought up to date with the record, see
     * {@link IndexSync}) in {@link Mode#WRITE}, read-only in {@link Mode#READ}.
     */
    public synchronized PostIndex index() {
        if (index == null) {
            try {
                if (mode == Mode.WRITE) {
                    index = PostIndex.openForWriting(indexDir());
                    IndexSync.sync(this, index);
                } else {
                    index = PostIndex.openForReading(indexDir());
                }
            } catch (IOException | SQLException e) {
                throw new StoreException(dir + ": search index: " + e.getMessage(), e);
            }
        }
        return index;
    }

    /** Read-only queries over the corpus on the store's connection. */
    public CorpusQueries queries() {
        return new CorpusQueries(connection);
    }

    @Override
    public void close() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": search index: " + e.getMessage(), e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure(dir, e);
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
