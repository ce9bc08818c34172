package org.echotrace.trace;

import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.model.Attribution;
import org.echotrace.model.DateRef;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Source;

/** Builds a {@link TraceItem} from a post. */
public final class TraceItems {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private TraceItems() {
    }

    public static TraceItem of(int index, Post post) {
        Source s = post.source();
        String source = first(s.channel(), s.outlet(), host(s.url()), s.channelTitle(), s.path());
        String label = first(s.channelTitle(), s.outlet(), s.channel(), host(s.url()), s.path());
        List<String> credits = new ArrayList<>();
        for (Attribution a : post.attributions()) {
            credits.add(a.name());
        }
        String text = post.title() == null ? post.text() : post.title() + "\n" + post.text();
        Set<String> entities = new LinkedHashSet<>();
        for (EntityRef e : post.entities()) {
            if (e.known()) {
                entities.add(e.id());
            }
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(post.text());
        while (m.find()) {
            numbers.add(m.group().replace(',', '.'));
        }
        List<String> dates = new ArrayList<>();
        for (DateRef d : post.dates()) {
            dates.add(d.value());
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : post.quotes()) {
            if (q.speakerId() != null) {
                speakers.add(q.speakerId());
            }
        }
        Set<String> hashtags = new LinkedHashSet<>();
        for (String h : post.hashtags()) {
            hashtags.add(h.toLowerCase(Locale.ROOT));
        }
        long published = epochSeconds(post.published());
        long[] interval = interval(post.published(), published);
        return new TraceItem(index, post.id(), source, label, published, post.forwardedFrom(),
                credits, post.language(), text, entities, numbers, dates, speakers, hashtags,
                new LinkedHashSet<>(post.urls()), interval[0], interval[1]);
    }

    /** Zones of the world run from UTC−12 to UTC+14. */
    private static final long WEST = 12 * 3600L;
    private static final long EAST = 14 * 3600L;

    /**
     * The instants a {@code published} value can mean, {earliest, latest}: the instant itself when it has a time
     * and a zone; for a time without a zone, from 14 hours before to 12 hours after it read as UTC; for a date
     * alone, the whole day in any zone.
     */
    static long[] interval(String value, long published) {
        if (published == Long.MIN_VALUE) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (value.length() == 10) {
            return new long[] {published - EAST, published + 86_400L + WEST};
        }
        if (!hasZone(value)) {
            return new long[] {published - EAST, published + WEST};
        }
        return new long[] {published, published};
    }

    private static boolean hasZone(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return true;
        }
        int t = value.indexOf('T');
        return t > 0 && (value.indexOf('+', t) > 0 || value.indexOf('-', t) > 0);
    }

    /** Epoch seconds of an ISO {@code published} value; a date alone counts as its midnight UTC. */
    static long epochSeconds(String published) {
        if (published == null || published.startsWith("--") || published.length() < 10) {
            return Long.MIN_VALUE;
        }
        try {
            if (published.length() == 10) {
                return java.time.LocalDate.parse(published).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(published).toEpochSecond();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(published).toEpochSecond(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
