package org.echotrace.trace.story;

/**
 * Thresholds and weights of {@link EventStoryFinder}.
 *
 * @param threshold            minimum score for a post to join a story
 * @param extraMargin          a post joins further stories (merging them) only above {@code threshold + extraMargin}
 * @param entityWeight         share of the score given to entity overlap (the rest to wording)
 * @param sharedDateBonus      added when both texts name a common date
 * @param differentDatePenalty subtracted when both texts name dates and none is common
 * @param dayPenalty           subtracted for every day between the two publications
 * @param windowSeconds        posts further apart than this are never one story
 * @param postingCap           an entity, hashtag or name in more posts than this no longer finds candidates
 * @param maxCandidates        at most this many (most recent) candidates scored a post
 */
public record StoryOptions(double threshold, double extraMargin, double entityWeight, double sharedDateBonus,
                           double differentDatePenalty, double dayPenalty, long windowSeconds, int postingCap, int maxCandidates) {
    public StoryOptions {
        if (entityWeight < 0 || entityWeight > 1) {
            throw new IllegalArgumentException("entityWeight must be in [0, 1], was " + entityWeight);
        }
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("windowSeconds must be >= 0, was " + windowSeconds);
        }
    }

    /** Defaults chosen on {@code src/test/resources/trace/stories-gold.jsonl}; see {@code StoryGoldTest}. */
    public static StoryOptions defaults() {
        return new StoryOptions(0.35, 0.15, 0.6, 0.1, 0.3, 0.1, 3L * 24 * 3600, 5_000, 200);
    }

    public StoryOptions withThreshold(double t) {
        return new StoryOptions(t, extraMargin, entityWeight, sharedDateBonus, differentDatePenalty, dayPenalty, windowSeconds,
                postingCap, maxCandidates);
    }
}
