package org.echotrace.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's temporary files (spool, partial output), deleted when they are released and, whatever happens
 * in between, when the JVM exits: a shutdown hook removes what is left on a normal exit, an uncaught error,
 * Ctrl-C (SIGINT) and SIGTERM. (Only SIGKILL leaves them, in {@code java.io.tmpdir} or beside the output,
 * named so that they are recognisably ours.)
 */
public final class TempFiles {
    private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "echotrace-temp-files"));
    }

    private TempFiles() {
    }

    /**
     * Creates a new empty file {@code dir/prefix<random>suffix}, registered for deletion <em>before</em> it
     * exists, so no signal can come between its creation and its registration.
     */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        while (true) {
            Path file = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + suffix);
            FILES.add(file);
            try {
                return Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                FILES.remove(file);
            } catch (IOException | RuntimeException e) {
                FILES.remove(file);
                throw e;
            }
        }
    }

    /** Registers {@code file} for deletion at exit; returns it. */
    public static Path register(Path file) {
        FILES.add(file);
        return file;
    }

    /** Deletes {@code file} now (if it still exists) and forgets it. */
    public static void release(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            FILES.remove(file);
        }
    }

    /** Forgets {@code file} without deleting it (it was renamed into place). */
    public static void keep(Path file) {
        FILES.remove(file);
    }

    /** The files still registered, for tests. */
    static Set<Path> registered() {
        return Set.copyOf(FILES);
    }

    static void deleteAll() {
        for (Path f : FILES) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException | RuntimeException e) {
                // best effort at exit: nothing left to report to
            }
        }
    }
}
