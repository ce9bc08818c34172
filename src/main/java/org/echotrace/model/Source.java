package org.echotrace.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a post came from: the input it was read from and the channel, outlet or site that published it.
 *
 * @param path        the input's display path (a zip entry reads {@code archive.zip!/entry})
 * @param format      the reader that produced the post, see {@link Format#id()}
 * @param channel     the Telegram channel's username (without {@code @}) or the record's channel field
 * @param channelTitle the channel's human-readable title, or the site's name for articles
 * @param outlet      the publishing outlet (site name, agency named in a dateline, feed title)
 * @param url         the post's own URL (t.me link, canonical article URL, feed item link)
 * @param itemId      the item's own id in its source: Telegram message id, {@code data-post}, feed guid, record id
 * @param counters    channel header counters ({@code subscribers}, {@code photos}, {@code files}, …)
 * @param description the channel's description from its header
 */
public record Source(String path, Format format, String channel, String channelTitle, String outlet,
                     String url, String itemId, Map<String, Long> counters, String description) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        // keep the order the header lists them in
        counters = counters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    public static Source of(String path, Format format) {
        return new Source(path, format, null, null, null, null, null, Map.of(), null);
    }

    public Source withChannel(String newChannel, String newTitle) {
        return new Source(path, format, newChannel, newTitle, outlet, url, itemId, counters, description);
    }

    public Source withOutlet(String newOutlet) {
        return new Source(path, format, channel, channelTitle, newOutlet, url, itemId, counters, description);
    }

    public Source withItem(String newItemId, String newUrl) {
        return new Source(path, format, channel, channelTitle, outlet, newUrl, newItemId, counters, description);
    }

    public Source withHeader(Map<String, Long> newCounters, String newDescription) {
        return new Source(path, format, channel, channelTitle, outlet, url, itemId, newCounters, newDescription);
    }
}
