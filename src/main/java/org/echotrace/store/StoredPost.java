package org.echotrace.store;

import java.util.Objects;

import org.echotrace.model.Post;
import org.echotrace.trace.PostTrace;

/**
 * A post as the corpus holds it.
 *
 * @param seq     the post's row: its place in ingest order, kept across versions
 * @param version 1 for the first text seen, one more for each changed text
 * @param post    the current version, every field of the output contract
 * @param trace   what tracing found; null when the corpus has not been traced since the post came in
 */
public record StoredPost(long seq, int version, Post post, PostTrace trace) {
    public StoredPost {
        Objects.requireNonNull(post, "post");
    }
}
