package org.echotrace.trace.story;

/**
 * Thresholds and weights of {@link EventStoryFinder}.
 *
 * @param threshold            minimum pair score for a candidate's story to be considered
 * @param cohesion             minimum average score of the post with the story's members for it to join
 * @param entityWeight         share of the score given to entity overlap (the rest to wording)
 * @param sharedDateBonus      added when both texts name a common date
 * @param differentDatePenalty subtracted when both texts name dates and none is common
 * @param dayPenalty           subtracted for every day between the two publications
 * @param windowSeconds        posts further apart than this are never compared
 * @param spanSeconds          a story's dated posts span at most this (first to last), except through copies
 * @param postingCap           an entity, hashtag or name in more posts than this no longer finds candidates
 * @param maxCandidates        at most this many (most recent) candidates scored a post
 * @param storiesScored        at most this many candidate stories judged as a whole per post
 * @param maxMembersScored     a story is judged on its most recent members, at most this many
 * @param minSharedEntity      the entity overlap counts in full only when the shared entities weigh this much
 *                             (type weight times IDF); below, in proportion
 */
public record StoryOptions(double threshold, double cohesion, double entityWeight, double sharedDateBonus,
                           double differentDatePenalty, double dayPenalty, long windowSeconds, long spanSeconds,
                           int postingCap, int maxCandidates, int storiesScored, int maxMembersScored,
                           double minSharedEntity) {
    public StoryOptions {
        if (entityWeight < 0 || entityWeight > 1) {
            throw new IllegalArgumentException("entityWeight must be in [0, 1], was " + entityWeight);
        }
        if (windowSeconds < 0 || spanSeconds < 0) {
            throw new IllegalArgumentException("windowSeconds and spanSeconds must be >= 0, were " + windowSeconds
                    + ", " + spanSeconds);
        }
        if (storiesScored < 1 || maxMembersScored < 1) {
            throw new IllegalArgumentException("storiesScored and maxMembersScored must be >= 1, were "
                    + storiesScored + ", " + maxMembersScored);
        }
    }

    /** The {@code story.*} settings of {@code org/echotrace/config/defaults.conf}, chosen on {@code src/test/resources/trace/stories-gold.jsonl}; see {@code StoryGoldTest}. */
    public static StoryOptions defaults() {
        return org.echotrace.trace.TraceConfig.stories(org.echotrace.config.Config.defaults());
    }

    public StoryOptions withThreshold(double t) {
        return new StoryOptions(t, cohesion, entityWeight, sharedDateBonus, differentDatePenalty, dayPenalty,
                windowSeconds, spanSeconds, postingCap, maxCandidates, storiesScored, maxMembersScored,
                minSharedEntity);
    }

    public StoryOptions withCohesion(double c) {
        return new StoryOptions(threshold, c, entityWeight, sharedDateBonus, differentDatePenalty, dayPenalty,
                windowSeconds, spanSeconds, postingCap, maxCandidates, storiesScored, maxMembersScored,
                minSharedEntity);
    }
}
