package org.echotrace.ingest;

import java.io.IOException;

import org.echotrace.model.Format;

/**
 * Reads one input format into posts. Implementations stream: they hand each post to
 * {@link ReadContext#emit} as soon as it is complete and keep memory bounded on huge inputs.
 *
 * <p>Recoverable trouble (one bad record, a missing date) is reported through
 * {@link ReadContext#warn}/{@link ReadContext#error} and reading goes on; an input that cannot be read
 * at all throws {@link InputException} naming the position.
 */
public interface PostReader {

    /** The format this reader handles. */
    Format format();

    /** Reads every post of {@code input}. */
    void read(Input input, ReadContext context) throws IOException;
}
