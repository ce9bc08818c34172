package org.echotrace.store;

/**
 * A problem with the corpus store that the user can act on: the data directory is locked by another writer,
 * unreadable, or of a newer schema. The message is one line, naming the directory, with no class names.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
