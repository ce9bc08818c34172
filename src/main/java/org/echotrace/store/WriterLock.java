package org.echotrace.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-writer-at-a-time lock of a data directory: an operating-system lock on {@code writer.lock}, whose
 * content names the holder ({@code pid 1234 on host, since 2024-03-05T10:00:00Z}) so a second writer can say
 * who holds it. The OS releases the lock when the holder dies, even by {@code kill -9}, so a stale file never
 * blocks; its text is only ever a message.
 */
public final class WriterLock implements AutoCloseable {
    static final String FILE = "writer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dir}, or throws a {@link StoreException} naming the holder. */
    public static WriterLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                String holder = holder(file);
                ch.close();
                throw new StoreException(dir + ": the corpus is being written by another process ("
                        + (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to finish");
            }
            String me = "pid " + ProcessHandle.current().pid() + " on " + host() + ", since " + Instant.now();
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new WriterLock(ch, l);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new StoreException(dir + ": the corpus is already open for writing in this process");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException(dir + ": cannot take the writer lock: " + e.getMessage(), e);
        }
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the channel anyway
        }
    }
}
