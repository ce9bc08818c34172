package org.echotrace.clean;

import org.echotrace.text.CueFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.echotrace.model.Attribution;
import org.echotrace.model.Post;

/**
 * Turns credit lines into attributions and takes them out of the text: {@code Source: Sputnik},
 * {@code Источник: РИА Новости}, {@code via @mfa_russia}, {@code Translated by Anna Petrova},
 * {@code Фото: пресс-служба МИД}, {@code Read more at TASS}. Kinds are {@code source}, {@code via},
 * {@code translated_by} and {@code photo}; prefixes come from {@code credit-prefixes.txt}.
 *
 * <p>Only a whole line is a credit line, and only when what follows the prefix is short and reads like a
 * name (at most {@value #MAX_WORDS} words, no sentence inside). A prefix without a colon ({@code Via},
 * {@code Translated by}) is weaker evidence and is trusted only on the first line or the last two lines.
 * A sentence that merely contains "source" is never touched. A credited URL is also added to the post's
 * URLs so it is not lost with the line.
 */
public final class CreditLineExtractor implements PostStage {
    static final int MAX_WORDS = 8;
    private static final int MAX_NAME_CHARS = 120;
    private static final List<Prefix> PREFIXES = load();
    private static final Pattern LEAD = Pattern.compile("^[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}•*·▪►>—–-]*\\s*");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Ll}|[.!?;]\\s+\\S+\\s+\\S+");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/)\\S+");

    private record Prefix(String text, String kind, boolean strong) {
    }

    private record Credit(Attribution attribution, String url) {
    }

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
            Credit c = lines[i].isBlank() ? null : credit(lines[i], edge);
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

    private static Credit credit(String line, boolean edge) {
        String s = LEAD.matcher(line.strip()).replaceFirst("");
        String lower = s.toLowerCase(Locale.ROOT);
        for (Prefix p : PREFIXES) {
            if (!lower.startsWith(p.text()) || (!p.strong() && !edge)) {
                continue;
            }
            String rest = s.substring(p.text().length());
            if (!p.strong()) {
                if (rest.isEmpty() || !(Character.isWhitespace(rest.charAt(0)) || rest.charAt(0) == ':')) {
                    continue;
                }
                rest = rest.strip();
                if (rest.startsWith(":")) {
                    rest = rest.substring(1);
                }
            }
            String name = rest.strip().replaceAll("[.;,]+$", "").strip();
            if (!isName(name, p.strong())) {
                continue;
            }
            String url = URL.matcher(name).matches() ? name : null;
            return new Credit(new Attribution(name, p.kind()), url);
        }
        return null;
    }

    private static boolean isName(String name, boolean strong) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || SENTENCE_INSIDE.matcher(name).find()) {
            return false;
        }
        if (URL.matcher(name).matches()) {
            return true;
        }
        int words = name.split("\\s+").length;
        if (!strong && (words > 5 || name.indexOf(',') >= 0)) {
            return false;
        }
        return words <= MAX_WORDS;
    }

    private static List<Prefix> load() {
        List<Prefix> out = new ArrayList<>();
        for (CueFile.Entry e : CueFile.load(CreditLineExtractor.class, "credit-prefixes.txt")) {
            String kind = e.key();
            if (!List.of("source", "via", "translated_by", "photo").contains(kind)) {
                throw e.error("unknown credit kind '" + kind + "'");
            }
            for (String v : e.values()) {
                String t = v.toLowerCase(Locale.ROOT);
                out.add(new Prefix(t, kind, t.endsWith(":") || t.endsWith("-") || t.endsWith("—") || t.endsWith("–")));
            }
        }
        out.sort(Comparator.comparingInt((Prefix p) -> p.text().length()).reversed());
        return List.copyOf(out);
    }
}
