package org.echotrace.clean;

import java.util.List;

import org.echotrace.model.Post;

/**
 * The cleaning pipeline every post goes through, whatever its format:
 * <ol>
 *   <li>{@link TextNormalizer}: NFC, invisible and control characters, spaces and blank lines;</li>
 *   <li>{@link DatelineExtractor}: a wire dateline opening the text becomes place, agency and date;</li>
 *   <li>{@link CreditLineExtractor}: credit lines ({@code Source: …}, {@code Фото: …}) become attributions;</li>
 *   <li>{@link RepeatedParagraphRemover}: paragraphs repeated inside the post;</li>
 *   <li>{@link LinkExtractor}: hashtags, mentions, URLs;</li>
 *   <li>{@link LanguageIdentifier}: ISO 639-1 language;</li>
 *   <li>{@link PostIds}: the stable id.</li>
 * </ol>
 */
public final class PostCleaner implements PostStage {
    private final List<PostStage> stages;

    public PostCleaner(List<PostStage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The standard chain. */
    public static PostCleaner standard() {
        return new PostCleaner(List.of(new TextNormalizer(), new DatelineExtractor(),
                new CreditLineExtractor(), new RepeatedParagraphRemover(), new LinkExtractor(),
                LanguageIdentifier.allLanguages(), new PostIds()));
    }

    @Override
    public Post apply(Post post) {
        return PostStage.applyAll(stages, post);
    }
}
