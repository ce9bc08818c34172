package org.echotrace.extract;

import org.echotrace.clean.PostStage;
import org.echotrace.model.Post;

/** Finds direct quotes and their speakers; fills {@code quotes}. Placeholder until it lands. */
public final class QuoteExtractor implements PostStage {
    @Override
    public Post apply(Post post) {
        return post;
    }
}
