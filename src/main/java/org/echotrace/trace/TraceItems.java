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
        return new TraceItem(index, post.id(), source, label, epochSeconds(post.published()), post.forwardedFrom(),
                credits, post.language(), text, entities, numbers, dates, speakers, hashtags,
                new LinkedHashSet<>(post.urls()));
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
