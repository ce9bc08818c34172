package org.echotrace.extract;

import java.util.List;

import org.echotrace.clean.PostStage;
import org.echotrace.model.Post;

/**
 * The understanding stages, run on every clean post:
 * <ol>
 *   <li>{@link EntityExtractor}: people, organisations, places and outlets, linked to the knowledge base;</li>
 *   <li>{@link DateExtractor}: date expressions normalised against the post's own date;</li>
 *   <li>{@link QuoteExtractor}: direct quotes, with speakers resolved through the entities found.</li>
 * </ol>
 */
public final class Understanding implements PostStage {
    private final List<PostStage> stages;

    public Understanding(List<PostStage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Understanding standard() {
        return new Understanding(List.of(new EntityExtractor(), new DateExtractor(), new QuoteExtractor()));
    }

    @Override
    public Post apply(Post post) {
        return PostStage.applyAll(stages, post);
    }
}
