package org.echotrace.clean;

import org.echotrace.model.Post;

/** One per-post step: a pure function from a post to a new post, no I/O, no hidden state. */
@FunctionalInterface
public interface PostStage {
    Post apply(Post post);
}
