package org.echotrace.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code echotrace serve} runs: where the corpus is, where to listen, the write token and the limits that
 * keep one request from taking the server down.
 *
 * @param dataDir        the data directory holding the store
 * @param host           the address to bind ({@code 127.0.0.1} unless asked otherwise)
 * @param port           the port; 0 picks a free one (tests)
 * @param token          the write token; {@code null} makes the server read-only
 * @param maxPageSize    the most items one page of a list may carry
 * @param queryTimeout   how long one query may run before it is cancelled (503)
 * @param maxUploadBytes the largest request body accepted (an upload to ingest)
 */
public record ServeOptions(Path dataDir, String host, int port, String token, int maxPageSize, Duration queryTimeout,
                           long maxUploadBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServeOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be >= 1, was " + maxPageSize);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be >= 1, was " + maxUploadBytes);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    /** Defaults: loopback, port 7070, read-only, 200 items a page, 5 s a query, 256 MB an upload. */
    public static ServeOptions defaults(Path dataDir) {
        return new ServeOptions(dataDir, DEFAULT_HOST, DEFAULT_PORT, null, 200, Duration.ofSeconds(5), 256L << 20);
    }

    public ServeOptions withListen(String newHost, int newPort) {
        return new ServeOptions(dataDir, newHost, newPort, token, maxPageSize, queryTimeout, maxUploadBytes);
    }

    public ServeOptions withToken(String newToken) {
        return new ServeOptions(dataDir, host, port, newToken, maxPageSize, queryTimeout, maxUploadBytes);
    }

    public ServeOptions withQueryTimeout(Duration newTimeout) {
        return new ServeOptions(dataDir, host, port, token, maxPageSize, newTimeout, maxUploadBytes);
    }

    public boolean writable() {
        return token != null;
    }

    /** Whether {@link #host} is a loopback address (the only kind bound without a warning). */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
