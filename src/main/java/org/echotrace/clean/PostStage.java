package org.echotrace.clean;

import org.echotrace.model.Post;

/** One per-post step: a pure function from a post to a new post, no I/O, no hidden state. */
@FunctionalInterface
public interface PostStage {
    Post apply(Post post);

    /** Runs {@code stages} in order, each on the previous one's result. */
    static Post applyAll(java.util.List<PostStage> stages, Post post) {
        Post p = post;
        for (PostStage s : stages) {
            p = s.apply(p);
        }
        return p;
    }
}
