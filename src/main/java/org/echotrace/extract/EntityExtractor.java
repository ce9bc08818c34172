package org.echotrace.extract;

import org.echotrace.clean.PostStage;
import org.echotrace.model.Post;

/** Finds the entities a post names and links them to the knowledge base; fills {@code entities}. Placeholder until it lands. */
public final class EntityExtractor implements PostStage {
    @Override
    public Post apply(Post post) {
        return post;
    }
}
