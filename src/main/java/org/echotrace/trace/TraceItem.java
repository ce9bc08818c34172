package org.echotrace.trace;

import java.util.List;
import java.util.Set;

/**
 * The compact features of one post that tracing keeps in memory (never the whole post, so that a million
 * posts fit): identity, source, time, forward and credit evidence, language, the text, and the
 * language-independent fingerprints used to match translations and stories.
 *
 * @param index        position in the order posts were added
 * @param postId       the post's id
 * @param source       the source key: Telegram channel, else outlet, else site, else channel title, else path
 * @param sourceLabel  a readable name for the source (channel title, outlet)
 * @param published    epoch seconds of {@code published} (a date alone: its midnight UTC; a time without a zone:
 *                     read as UTC), or {@link Long#MIN_VALUE} when unknown or partial
 * @param forwardedFrom the name shown in a Telegram forward header, or null
 * @param credits      names credited by attributions ({@code TASS}, {@code @mfa_russia}) and outlets named in datelines
 * @param language     ISO 639-1 or null
 * @param text         title and text joined, as cleaned
 * @param entities     knowledge-base entity ids named
 * @param numbers      numbers and amounts written (normalised digits)
 * @param dates        ISO dates written
 * @param speakers     entity ids of quoted speakers
 * @param hashtags     hashtags, lower-cased
 * @param urls         URLs
 * @param earliest     the earliest instant {@code published} can mean (epoch seconds): {@code published} itself for
 *                     a full timestamp with a zone; 14 hours before the day or the time for a date alone or a time
 *                     without a zone (the zones of the world span UTC−12 to UTC+14); {@link Long#MIN_VALUE} when
 *                     unknown
 * @param latest       the latest instant it can mean: {@code published} for a full timestamp, the end of the day
 *                     plus 12 hours for a date alone, 12 hours after a time without a zone; {@link Long#MAX_VALUE}
 *                     when unknown
 */
public record TraceItem(int index, String postId, String source, String sourceLabel, long published,
                        String forwardedFrom, List<String> credits, String language, String text, Set<String> entities,
                        List<String> numbers, List<String> dates, Set<String> speakers, Set<String> hashtags,
                        Set<String> urls, long earliest, long latest) {

    /** With {@code published} taken as an exact instant (or unknown). */
    public TraceItem(int index, String postId, String source, String sourceLabel, long published,
                     String forwardedFrom, List<String> credits, String language, String text, Set<String> entities,
                     List<String> numbers, List<String> dates, Set<String> speakers, Set<String> hashtags,
                     Set<String> urls) {
        this(index, postId, source, sourceLabel, published, forwardedFrom, credits, language, text, entities, numbers,
                dates, speakers, hashtags, urls, published, published == Long.MIN_VALUE ? Long.MAX_VALUE : published);
    }

    /** Whether this post was certainly published before {@code other}: their time intervals do not overlap. */
    public boolean certainlyBefore(TraceItem other) {
        return published != Long.MIN_VALUE && other.published != Long.MIN_VALUE && latest < other.earliest;
    }

    /** This item without its text (what the tracer keeps once the finders have seen it). */
    public TraceItem withoutText() {
        return new TraceItem(index, postId, source, sourceLabel, published, forwardedFrom, credits, language, null,
                entities, numbers, dates, speakers, hashtags, urls, earliest, latest);
    }
}
