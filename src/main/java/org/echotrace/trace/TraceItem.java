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
 * @param published    epoch seconds of {@code published}, or {@link Long#MIN_VALUE} when unknown or partial
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
 */
public record TraceItem(int index, String postId, String source, String sourceLabel, long published,
                        String forwardedFrom, List<String> credits, String language, String text, Set<String> entities,
                        List<String> numbers, List<String> dates, Set<String> speakers, Set<String> hashtags,
                        Set<String> urls) {
}
