package org.echotrace.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.model.Post;

/**
 * Collects hashtags (case kept, without {@code #}), {@code @mentions} (Telegram-style usernames, without
 * {@code @}) and URLs from a post's text, in order of first appearance, merged with any the reader already
 * found in the format's own markup. E-mail addresses are not mentions; trailing punctuation is not part of
 * a URL.
 */
public final class LinkExtractor implements PostStage {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.|t\\.me/)[^\\s<>\"'«»“”‘’()\\[\\]{}]+(?:\\([^\\s()]*\\)[^\\s<>\"'«»“”()]*)*");
    // patterns start with their literal sign so the matcher skips ahead cheaply; the character before the
    // sign is checked by hand (a lookbehind at the front would be tried at every position)
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z][A-Za-z0-9_]{2,31})\\b(?![.@][A-Za-z])");
    private static final String TRAILING = ".,;:!?…»\"'”’)]}";

    @Override
    public Post apply(Post post) {
        String text = post.title() == null ? post.text() : post.title() + "\n" + post.text();
        boolean scan = mayHaveUrl(text);
        if (!scan && text.indexOf('#') < 0 && text.indexOf('@') < 0) {
            return post; // nothing to find: spare the rebuild
        }
        List<String> urls = new ArrayList<>();
        Matcher m = anchoredAt(URL.matcher(text));
        StringBuilder withoutUrls = new StringBuilder(text.length());
        int last = 0;
        for (int from = 0; scan && findUrl(m, text, from); from = m.end()) {
            String url = trimTrailing(m.group());
            urls.add(url);
            withoutUrls.append(text, last, m.start()).append(' ');
            last = m.start() + url.length();
        }
        withoutUrls.append(text, Math.min(last, text.length()), text.length());
        String rest = urls.isEmpty() ? text : withoutUrls.toString();

        List<String> hashtags = new ArrayList<>();
        if (rest.indexOf('#') >= 0) {
            Matcher h = anchoredAt(HASHTAG.matcher(rest));
            for (int from = 0; findAfterSign(h, rest, '#', from); from = h.end()) {
                if (h.start() == 0 || !excludedBefore(rest.charAt(h.start() - 1), "_&/#")) {
                    hashtags.add(h.group(1));
                }
            }
        }
        List<String> mentions = new ArrayList<>();
        if (rest.indexOf('@') >= 0) {
            Matcher mm = anchoredAt(MENTION.matcher(rest));
            for (int from = 0; findAfterSign(mm, rest, '@', from); from = mm.end()) {
                if (mm.start() == 0 || !excludedBefore(rest.charAt(mm.start() - 1), "_.@/")) {
                    mentions.add(mm.group(1));
                }
            }
        }
        return post.toBuilder()
                .hashtags(merge(post.hashtags(), hashtags))
                .mentions(merge(post.mentions(), mentions))
                .urls(merge(post.urls(), urls))
                .build();
    }

    /*
     * Matches are searched as Matcher.find would, but only tried where one can start (at the sign, or at a
     * URL's first letters): find tries every position, each time testing the pattern's first node. The
     * matcher's region is moved to each candidate, with transparent bounds so that \b and look-arounds
     * still see the text around it; each search goes on from the end of the last match.
     */
    private static Matcher anchoredAt(Matcher m) {
        return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The first match at or after {@code from} that starts at a {@code sign}; like {@link Matcher#find()}. */
    private static boolean findAfterSign(Matcher m, String text, char sign, int from) {
        for (int at = text.indexOf(sign, from); at >= 0; at = text.indexOf(sign, at + 1)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first URL match at or after {@code from}, tried where {@code http}, {@code www.}, {@code t.me/} start. */
    private static boolean findUrl(Matcher m, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 't' || c == 'T')
                    && (text.regionMatches(true, at, "http", 0, 4) || text.regionMatches(true, at, "www.", 0, 4)
                    || text.regionMatches(true, at, "t.me/", 0, 5))) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean excludedBefore(char c, String signs) {
        return Character.isLetterOrDigit(c) || signs.indexOf(c) >= 0;
    }

    /** Cheap test that spares the URL pattern's scan over the many posts without links. */
    private static boolean mayHaveUrl(String text) {
        return text.contains("://") || text.contains("www.") || text.contains("WWW.") || text.contains("t.me/")
                || text.contains("T.me/");
    }

    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
            if (url.charAt(end - 1) == ')' && url.lastIndexOf('(') >= 0 && url.lastIndexOf('(') < end - 1) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private static List<String> merge(List<String> first, List<String> second) {
        if (first.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(second));
        }
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
