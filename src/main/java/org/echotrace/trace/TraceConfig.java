package org.echotrace.trace;

import org.echotrace.config.Config;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.trace.copies.CopyOptions;
import org.echotrace.trace.copies.MinHashCopyFinder;
import org.echotrace.trace.story.EventStoryFinder;
import org.echotrace.trace.story.StoryOptions;
import org.echotrace.trace.translation.FingerprintTranslationFinder;
import org.echotrace.trace.translation.TranslationOptions;

/**
 * The tracer's options read from the {@code copy.*}, {@code translation.*} and {@code story.*} settings
 * ({@link Config}); the options' {@code defaults()} are these read from the defaults file. Index sizes and caps that
 * bound memory and work, not quality, stay here.
 */
public final class TraceConfig {
    private TraceConfig() {
    }

    public static CopyOptions copies(Config c) {
        return new CopyOptions(c.integer("copy.shingle_words"), 5_000, 16, 4, 6, 500, 2_000, c.number("copy.min_jaccard"), c.number("copy.min_containment"),
                c.integer("copy.min_shingles"), c.integer("copy.short_shingles"), c.number("copy.short_jaccard"),
                c.number("copy.excerpt_ratio"), c.number("copy.excerpt_containment"),
                c.integer("copy.excerpt_shingles"), hours(c.number("copy.window_hours")),
                c.number("copy.late_jaccard"), c.number("copy.min_number_agreement"),
                c.integer("copy.template_line_words"), c.integer("copy.template_min_posts"),
                c.number("copy.template_share"), hours(c.number("copy.template_span_hours")));
    }

    public static TranslationOptions translations(Config c) {
        double[] weights = {c.number("translation.weight.entity"), c.number("translation.weight.number"),
            c.number("translation.weight.date"), c.number("translation.weight.speaker"),
            c.number("translation.weight.hashtag"), c.number("translation.weight.url"),
            c.number("translation.weight.name")};
        return new TranslationOptions(c.number("translation.threshold"), c.number("translation.min_shared_weight"),
                hours(c.number("translation.window_hours")), c.number("translation.max_length_ratio"), 5_000,
                50, c.number("translation.partner_margin"), weights, c.integer("translation.min_letters"),
                c.number("translation.min_coverage"), c.integer("translation.min_distinct"),
                c.number("translation.repeat_share"), c.number("translation.repeat_name_share"),
                c.integer("translation.repeat_min_posts"));
    }

    public static StoryOptions stories(Config c) {
        return new StoryOptions(c.number("story.threshold"), c.number("story.cohesion"), c.number("story.entity_weight"),
                c.number("story.shared_date_bonus"), c.number("story.different_date_penalty"),
                c.number("story.day_penalty"), hours(c.number("story.window_hours")),
                hours(c.number("story.span_hours")), 5_000, 200,
                c.integer("story.stories_scored"), c.integer("story.members_scored"),
                c.number("story.min_shared_entity"));
    }

    /** A tracer with the standard finders set from {@code c}. */
    public static Tracer tracer(Config c) {
        return new Tracer(new MinHashCopyFinder(copies(c)), new FingerprintTranslationFinder(translations(c)),
                new EventStoryFinder(stories(c), KnowledgeBase.standard()));
    }

    private static long hours(double h) {
        return Math.round(h * 3600);
    }
}
