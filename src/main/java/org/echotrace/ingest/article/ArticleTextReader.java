package org.echotrace.ingest.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.text.CreditLines;

/**
 * Reads a news article saved as plain text (copied from the page) into one post: the title, the author
 * and date when a by-line or date line gives them, and the body paragraphs in order, separated by a blank
 * line.
 *
 * <p>Page text comes with its furniture flattened into lines. Cue lists ({@link TextBoilerplateCues})
 * remove navigation, section labels, counters and ages, notices and comment forms; structure removes the
 * rest: related headlines are short lines without final punctuation that sit next to a time stamp, follow
 * a "Read also"/"More stories" opener, or come in runs of two or more. A single short line between
 * paragraphs is kept as a subheading. The title is the line the page repeats within a few lines (headline
 * above itself), or else the first line of the last group of headlines before the first paragraph (the
 * headline, then its subtitle); everything before it is header navigation. A subtitle or standfirst between
 * the headline and the first paragraph opens the text. Meta lines under the headline (a labelled date,
 * {@code By … - date}, a photo line) give {@code published} and the author and go.
 */
public final class ArticleTextReader implements PostReader {
    /** Larger inputs are refused: an article is read whole. */
    static final long MAX_CHARS = 8L * 1024 * 1024;
    /** A line longer than this is article text, never a headline. */
    static final int MAX_HEADLINE_CHARS = 160;
    /** How far down a repeated line is looked for as the title. */
    static final int TITLE_WINDOW = 60;
    /** A title repeated "below itself" comes back within this many lines. */
    static final int REPEAT_DISTANCE = 6;
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?…:;][\"'»”’)\\]]*$");
    private static final Pattern CREDIT_LIKE = Pattern.compile("^[\\p{L}][\\p{L} ]{1,30}:\\s*\\S.{0,80}$");

    @Override
    public Format format() {
        return Format.ARTICLE_TEXT;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        String text = input.readText(MAX_CHARS);
        TextBoilerplateCues cues = TextBoilerplateCues.get();
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String s = raw.strip();
            TextBoilerplateCues.Kind kind = cues.kind(s);
            if (kind != TextBoilerplateCues.Kind.BLANK) {
                lines.add(new Line(s, kind));
            }
        }
        int title = titleIndex(lines, cues);
        if (title < 0) {
            context.warn(null, "no article text found");
            return;
        }
        String titleText = lines.get(title).text();
        String titleKey = key(titleText);
        String author = null;
        String published = null;
        String photoName = null;
        // a date or by-line above the headline counts too (some themes put them first)
        for (int i = 0; i < title; i++) {
            Line l = lines.get(i);
            if (published == null && (l.kind() == TextBoilerplateCues.Kind.META
                    || l.kind() == TextBoilerplateCues.Kind.TIME && i + 1 == title)) {
                published = cues.date(l.text());
            }
        }
        List<Line> rest = new ArrayList<>();
        List<String> ledes = new ArrayList<>();
        if (titleText.length() > MAX_TITLE_CHARS) {
            // no headline line (an article copied as one line): the line is body text, its start the title
            rest.add(lines.get(title));
            titleText = cappedTitle(titleText);
            titleKey = "";
        }
        boolean bodyStarted = false;
        int firstBody = firstParagraph(lines, title + 1);
        for (int i = title + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (key(l.text()).equals(titleKey)) {
                continue;
            }
            if (!bodyStarted && l.kind() == TextBoilerplateCues.Kind.META) {
                if (published == null || published.startsWith("--")) {
                    String d = cues.date(l.text());
                    published = d != null ? d : published;
                }
                String a = cues.authorOfMeta(l.text());
                if (a != null && author == null) {
                    author = a;
                }
                String p = cues.photoName(l.text());
                if (p != null) {
                    photoName = p;
                }
                continue;
            }
            if (!bodyStarted && l.kind() == TextBoilerplateCues.Kind.CONTENT) {
                String a = cues.author(l.text());
                if (a != null && author == null) {
                    author = a;
                    continue;
                }
                if (photoName != null && key(l.text()).equals(key(photoName))) {
                    // the name under a photo line is the author's
                    if (author == null) {
                        author = l.text();
                    }
                    continue;
                }
                if (i < firstBody && headlineLike(l.text())) {
                    // a subtitle or standfirst between the headline and the first paragraph: it opens the text
                    if (substantial(l.text())) {
                        ledes.add(l.text());
                    }
                    continue;
                }
                bodyStarted = !headlineLike(l.text());
            }
            if (!bodyStarted && published == null && l.kind() == TextBoilerplateCues.Kind.TIME) {
                published = cues.date(l.text());
                if (published != null) {
                    continue;
                }
            }
            rest.add(l);
        }
        if (published == null) {
            // some themes put the date line under the article; only a labelled one counts there (related
            // headlines below the article carry dates of their own)
            for (Line l : rest) {
                if (l.kind() != TextBoilerplateCues.Kind.CONTENT && (published = cues.labelledDate(l.text())) != null) {
                    break;
                }
            }
        }
        List<String> paragraphs = new ArrayList<>(ledes);
        paragraphs.addAll(body(rest));
        if (paragraphs.isEmpty()) {
            context.warn(null, "article has a title but no body text");
        }
        context.emit(Post.builder(context.source(Format.ARTICLE_TEXT))
                .title(titleText)
                .author(author)
                .published(published)
                .text(String.join("\n\n", paragraphs)));
    }

    /**
     * Index of the first paragraph (a content line that is not headline-like) at or after {@code from}, when
     * only headline-like content, meta lines, time stamps and furniture come before it; else {@code from}.
     */
    static int firstParagraph(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == TextBoilerplateCues.Kind.BLOCK) {
                return from;
            }
            if (l.kind() == TextBoilerplateCues.Kind.CONTENT && !headlineLike(l.text())) {
                return i;
            }
        }
        return from;
    }

    /** The longest line kept whole as a title. */
    static final int MAX_TITLE_CHARS = 250;

    /** The first sentence of {@code line} when it fits a title, else its start cut at a word, with an ellipsis. */
    static String cappedTitle(String line) {
        int end = -1;
        for (int i = 20; i < MAX_TITLE_CHARS && i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ') {
                end = i + 1;
                break;
            }
        }
        if (end > 0) {
            return line.substring(0, end).strip();
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE_CHARS);
        return line.substring(0, cut > 40 ? cut : MAX_TITLE_CHARS).strip() + "…";
    }

    /** The body paragraphs of the lines after the title; see the class comment for what is dropped. */
    static List<String> body(List<Line> lines) {
        int n = lines.size();
        boolean[] keep = new boolean[n];
        boolean inBlock = false;
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            switch (l.kind()) {
                case BLOCK -> inBlock = true;
                case CONTENT -> {
                    String s = l.text();
                    if (CREDIT_LIKE.matcher(s).matches() && (!inBlock || CreditLines.parse(s, true).isPresent())) {
                        keep[i] = true;
                        inBlock = false;
                    } else if (!headlineLike(s)) {
                        keep[i] = true;
                        inBlock = false;
                    } else if (!inBlock && !nextToTime(lines, i) && !inHeadlineRun(lines, i)) {
                        keep[i] = true;
                    }
                }
                default -> {
                    // furniture and time stamps go; they do not end a related block
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(lines.get(i).text());
            }
        }
        return out;
    }

    private static boolean nextToTime(List<Line> lines, int i) {
        return i > 0 && lines.get(i - 1).kind() == TextBoilerplateCues.Kind.TIME
                || i + 1 < lines.size() && lines.get(i + 1).kind() == TextBoilerplateCues.Kind.TIME;
    }

    /** True when the content line before or after {@code i} (furniture skipped) is also headline-like. */
    private static boolean inHeadlineRun(List<Line> lines, int i) {
        return headlineNeighbour(lines, i, -1) || headlineNeighbour(lines, i, 1);
    }

    private static boolean headlineNeighbour(List<Line> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            Line l = lines.get(j);
            if (l.kind() == TextBoilerplateCues.Kind.CONTENT) {
                return headlineLike(l.text()) && !CREDIT_LIKE.matcher(l.text()).matches();
            }
            if (l.kind() == TextBoilerplateCues.Kind.TIME || l.kind() == TextBoilerplateCues.Kind.BLOCK) {
                return false;
            }
        }
        return false;
    }

    /** Short and without final punctuation: a headline, a label or a link text rather than a paragraph. */
    static boolean headlineLike(String s) {
        return s.length() <= MAX_HEADLINE_CHARS && !TERMINAL.matcher(s).matches();
    }

    /**
     * The title: a line the page repeats within a few lines (the later copy, so that a list of headlines
     * above it is not mistaken for the article); else the last substantial headline-like line before the
     * first paragraph (related headlines and labels come before the title, its date and by-line after it);
     * else the first substantial line.
     */
    static int titleIndex(List<Line> lines, TextBoilerplateCues cues) {
        Map<String, Integer> seen = new HashMap<>();
        int window = Math.min(lines.size(), TITLE_WINDOW);
        for (int i = 0; i < window; i++) {
            Line l = lines.get(i);
            if (!candidate(l, cues) || l.text().length() > 250) {
                continue;
            }
            Integer prev = seen.put(key(l.text()), i);
            if (prev != null && i - prev <= REPEAT_DISTANCE) {
                return i;
            }
        }
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() != TextBoilerplateCues.Kind.CONTENT) {
                continue;
            }
            if (!headlineLike(l.text())) {
                if (last >= 0) {
                    return headOfGroup(lines, last, cues);
                }
                break;
            }
            if (candidate(l, cues)) {
                last = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (candidate(lines.get(i), cues)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline of the group of headline-like lines that ends at {@code last}: the first of them, so that a
     * subtitle or lede under the headline is not taken for it. The group stops at a time stamp or block opener,
     * and before a line that follows a time stamp (a related item: {@code 11:05} then its headline).
     */
    static int headOfGroup(List<Line> lines, int last, TextBoilerplateCues cues) {
        int first = last;
        for (int j = last - 1; j >= 0; j--) {
            Line l = lines.get(j);
            if (l.kind() == TextBoilerplateCues.Kind.TIME || l.kind() == TextBoilerplateCues.Kind.BLOCK) {
                break;
            }
            if (candidate(l, cues)) {
                if (j > 0 && lines.get(j - 1).kind() == TextBoilerplateCues.Kind.TIME) {
                    break;
                }
                first = j;
            }
        }
        return first;
    }

    private static boolean candidate(Line l, TextBoilerplateCues cues) {
        return l.kind() == TextBoilerplateCues.Kind.CONTENT && substantial(l.text()) && cues.author(l.text()) == null
                && !(CREDIT_LIKE.matcher(l.text()).matches() && CreditLines.parse(l.text(), true).isPresent());
    }

    /** At least three words and fifteen characters: not a label. */
    private static boolean substantial(String s) {
        return s.length() >= 15 && s.split("\\s+").length >= 3;
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** A non-blank line and what it is. */
    record Line(String text, TextBoilerplateCues.Kind kind) {
    }
}
