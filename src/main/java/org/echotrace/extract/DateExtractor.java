package org.echotrace.extract;

import org.echotrace.clean.PostStage;
import org.echotrace.model.Post;

/** Finds and normalises the dates a post writes; fills {@code dates} and, when the reader gave none, {@code published}. Placeholder until it lands. */
public final class DateExtractor implements PostStage {
    @Override
    public Post apply(Post post) {
        return post;
    }
}
