package org.echotrace.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.echotrace.model.Attribution;
import org.echotrace.model.Post;
import org.echotrace.text.CreditLines;
import org.echotrace.text.CueFile;

/**
 * Turns credit lines into attributions and takes them out of the text: {@code Source: Sputnik},
 * {@code Источник: РИА Новости}, {@code via @mfa_russia}, {@code Translated by Anna Petrova},
 * {@code Фото: пресс-служба МИД}, {@code Read more at TASS}. What a credit line is, is decided by
 * {@link CreditLines}; a prefix without a colon ({@code Via}, {@code Translated by}) is trusted only on the
 * first line or the last two lines.
 * A sentence that merely contains "source" is never touched. A credited URL is also added to the post's
 * URLs so it is not lost with the line.
 */
public final class CreditLineExtractor implements PostStage {
    @Override
    public Post apply(Post post) {
        String text = post.text();
        if (text.isEmpty()) {
            return post;
        }
        String[] lines = text.split("\n", -1);
        int first = -1;
        int last = -1;
        int secondLast = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (first < 0) {
                    first = i;
                }
                secondLast = last;
                last = i;
            }
        }
        List<Attribution> found = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        boolean removed = false;
        int kept = 0;
        for (int i = 0; i < lines.length; i++) {
            boolean edge = i == first || i == last || i == secondLast;
            // an edge line is always tested in full: a footer credit ("… Via TASS") may start with any letter
            CreditLines.Credit c = lines[i].isBlank() || !edge && !mayBeCredit(lines[i]) ? null
                    : CreditLines.parse(lines[i], edge).orElse(null);
            if (c != null && kept + countNonBlankAfter(lines, i) > 0) {
                found.add(c.attribution());
                if (c.url() != null) {
                    urls.add(c.url());
                }
                removed = true;
                continue;
            }
            if (!lines[i].isBlank()) {
                kept++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(lines[i]);
        }
        if (!removed) {
            return post;
        }
        List<Attribution> all = new ArrayList<>(post.attributions());
        for (Attribution a : found) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        Post.Builder b = post.toBuilder().text(out.toString().strip().replaceAll("\n{3,}", "\n\n")).attributions(all);
        if (!urls.isEmpty()) {
            List<String> u = new ArrayList<>(post.urls());
            urls.stream().filter(x -> !u.contains(x)).forEach(u::add);
            b.urls(u);
        }
        return b.build();
    }

    /** First chars (lower-cased) of the credit prefixes, from the file {@link CreditLines} reads. */
    private static final Set<Character> PREFIX_STARTS = prefixStarts();

    private static Set<Character> prefixStarts() {
        Set<Character> out = new HashSet<>();
        for (CueFile.Entry e : CueFile.load(CreditLines.class, "credit-prefixes.txt")) {
            for (String v : e.values()) {
                String t = v.toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(t.charAt(0));
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * A cheap necessary condition for {@link CreditLines#parse}: past leading white space and the lead
     * {@code CreditLines} skips (symbols, emoji joiners, bullets, dashes, then ASCII white space), an ASCII
     * or Cyrillic first letter must start some prefix. Other first chars are left to the full test.
     */
    static boolean mayBeCredit(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            int cp = line.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        while (i < n) {
            int cp = line.codePointAt(i);
            int t = Character.getType(cp);
            if (t != Character.OTHER_SYMBOL && t != Character.MODIFIER_SYMBOL && LEAD_CHARS.indexOf(cp) < 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        while (i < n && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i >= n) {
            return true;
        }
        char c = line.charAt(i);
        if (c < 0x80 || (c >= 0x0400 && c <= 0x04FF)) {
            return PREFIX_STARTS.contains(Character.toLowerCase(c));
        }
        return true;
    }

    /** The other chars of the lead class {@code CreditLines} strips. */
    private static final String LEAD_CHARS = "\uFE0F\u200D\u2022*\u00B7\u25AA\u25BA>\u2014\u2013-";

    /** The regex class {@code \s} without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Non-blank lines after {@code i}; a credit line is never the only line left. */
    private static int countNonBlankAfter(String[] lines, int i) {
        int n = 0;
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                n++;
            }
        }
        return n;
    }
}
