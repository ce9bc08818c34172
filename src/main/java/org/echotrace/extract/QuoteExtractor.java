package org.echotrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.clean.PostStage;
import org.echotrace.extract.quotes.Attribution;
import org.echotrace.extract.quotes.EntitySpans;
import org.echotrace.extract.quotes.MarkedSpan;
import org.echotrace.extract.quotes.NameGender;
import org.echotrace.extract.quotes.QuoteMarks;
import org.echotrace.extract.dates.ReferenceDate;
import org.echotrace.extract.quotes.SpeakerFinder;
import org.echotrace.extract.quotes.SpeakerKb;
import org.echotrace.extract.quotes.SpeakerLines;
import org.echotrace.extract.quotes.SpeechCues;
import org.echotrace.extract.quotes.Token;
import org.echotrace.extract.quotes.Tokenizer;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;

/**
 * Finds the direct quotes of a post's text and who said them; fills {@code quotes}.
 *
 * <p>Steps: words between quotation marks ({@link QuoteMarks}, multi-paragraph quotes joined); split quotes
 * joined ({@code "We will not," Lavrov said, "accept this."} and the Russian {@code «…, — заявил Лавров, — …»});
 * speakers from the cue words around each quote ({@link SpeakerFinder}); transcript lines
 * ({@link SpeakerLines}).
 *
 * <p>Not speech: a quoted phrase of at most {@value #SHORT_WORDS} words is a name, title or scare quote
 * ({@code «Северный поток»}, {@code "special military operation"}) unless a speech cue is attached to it — a verb
 * right after it ({@code ," he said}), a colon before it ({@code Лавров: «Нет»}) or, for a phrase starting in
 * lower case, a speech verb earlier in the sentence ({@code said Russia would "not back down"}). A quoted span
 * right after a title cue ({@code под названием}, {@code so-called}, {@code operation}) is a name whatever its
 * length unless a cue is attached. Single quotes ‘…’ count only in English text and only with an attached cue.
 * A quote with no cue right after a quote with a speaker, with no other person named in between, continues
 * that speaker (the newspaper convention for a follow-on quote).
 *
 * <p>Offsets are code points of the text; cheap when the text has no quotation mark and no colon.
 */
public final class QuoteExtractor implements PostStage {
    static final int SHORT_WORDS = 3;
    /** A quote with no speaker and no speech cue must read as a sentence of at least this many words. */
    static final int NO_CUE_WORDS = 5;
    private static final String JOIN = " … ";
    /** Inside «…»: ", — заявил Лавров, — " splits the quote. */
    private static final Pattern INNER_SPLIT = Pattern.compile("[,.!?…]\\s*[—–]\\s+([^—–\\n«»\"]{3,120}?)[,.:]\\s*[—–]\\s+");

    private final SpeechCues cues;
    private final NameGender genders;
    private final SpeakerKb kb;

    /** With the standard cues and knowledge base. */
    public QuoteExtractor() {
        this(SpeechCues.standard(), new SpeakerKb(KnowledgeBase.standard()));
    }

    /** With {@code cues} and no knowledge base: role words are not resolved through roles. */
    public QuoteExtractor(SpeechCues cues) {
        this(cues, SpeakerKb.empty());
    }

    public QuoteExtractor(SpeechCues cues, SpeakerKb kb) {
        this.cues = cues;
        this.genders = new NameGender(cues);
        this.kb = kb;
    }

    @Override
    public Post apply(Post post) {
        String text = post.text();
        if (text.isEmpty()) {
            return post;
        }
        boolean marks = QuoteMarks.mayHaveQuotes(text);
        if (!marks && text.indexOf(':') < 0) {
            return post;
        }
        List<Quote> quotes = find(text, post);
        if (quotes.isEmpty() && post.quotes().isEmpty()) {
            return post;
        }
        return post.toBuilder().quotes(quotes).build();
    }

    private List<Quote> find(String text, Post post) {
        EntitySpans entities = EntitySpans.of(text, post.entities(), genders);
        boolean english = "en".equals(post.language());
        List<MarkedSpan> spans = QuoteMarks.mayHaveQuotes(text) ? QuoteMarks.find(text, english) : List.of();
        List<SpeakerLines.Line> lines = text.indexOf(':') >= 0 ? SpeakerLines.find(text, entities, cues) : List.of();
        if (spans.isEmpty() && lines.isEmpty()) {
            return List.of();
        }
        ReferenceDate ref = ReferenceDate.of(post.published());
        SpeakerFinder finder = new SpeakerFinder(text, entities, cues, kb, ref != null && ref.full() ? ref.date() : null);
        List<Found> found = new ArrayList<>();
        for (SpeakerLines.Line l : lines) {
            found.add(new Found(l.start(), l.end(), text.substring(l.start(), l.end()), l.speaker()));
        }
        int floor = 0;
        int lastKept = -1;
        for (int i = 0; i < spans.size(); i++) {
            MarkedSpan first = spans.get(i);
            if (insideLine(first, lines)) {
                floor = first.close();
                continue;
            }
            List<String> parts = new ArrayList<>();
            Attribution who = null;
            int start = first.start();
            int end = trimEnd(text, first.start(), first.end());
            // split inside one pair of marks: «Мы не отступим, — заявил Лавров, — это окончательно»
            if (first.parts().size() == 1) {
                Matcher m = INNER_SPLIT.matcher(text).region(first.start(), first.end());
                if (m.find()) {
                    Attribution a = finder.after(m.start() + 1, m.end(), first.start());
                    if (a != null) {
                        parts.add(text.substring(first.start(), trimEnd(text, first.start(), m.start() + 1)));
                        parts.add(text.substring(m.end(), end));
                        who = a;
                    }
                }
            }
            if (parts.isEmpty()) {
                parts.add(first.text(text).substring(0, first.text(text).length() - (first.end() - end)));
            }
            MarkedSpan last = first;
            while (i + 1 < spans.size() && isSplitBridge(text, last, spans.get(i + 1))) {
                Attribution a = finder.after(last.close(), spans.get(i + 1).open(), first.start());
                if (a == null) {
                    break;
                }
                if (who == null || who.speaker() == null) {
                    who = a;
                }
                i++;
                last = spans.get(i);
                end = trimEnd(text, last.start(), last.end());
                String t = last.text(text);
                parts.set(parts.size() - 1, trimTrailing(parts.get(parts.size() - 1)));
                parts.add(t.substring(0, t.length() - (last.end() - end)));
            }
            if (who == null) {
                who = finder.after(last.close(), text.length(), first.start());
            }
            boolean fromAfter = who != null;
            if (who == null || (who.speaker() == null && !who.direct())) {
                Attribution b = finder.before(first.open(), floor, first.start());
                if (b != null && (who == null || b.speaker() != null)) {
                    who = b;
                    fromAfter = false;
                }
            }
            floor = last.close();
            String joined = String.join(JOIN, parts);
            boolean followOn = who == null && isFollowOn(text, lastKept, first.open());
            if (!followOn && !isSpeech(text, first, joined, who, fromAfter)) {
                continue;
            }
            found.add(new Found(start, end, joined, who));
            lastKept = last.close();
        }
        found.sort(Comparator.comparingInt(Found::start));
        return toQuotes(text, inherit(found, entities));
    }

    /** Follow-on quotes with no cue keep the previous quote's speaker when nobody else is named in between. */
    private static List<Found> inherit(List<Found> found, EntitySpans entities) {
        List<Found> out = new ArrayList<>(found.size());
        Found prev = null;
        for (Found f : found) {
            Found g = f;
            if (f.who() == null && prev != null && prev.who() != null && prev.who().speaker() != null
                    && f.start() - prev.end() < 400 && sameSpeakerBetween(entities, prev, f)) {
                g = new Found(f.start(), f.end(), f.text(),
                        new Attribution(prev.who().speaker(), prev.who().speakerId(), null, false));
            }
            out.add(g);
            prev = g;
        }
        return out;
    }

    /** Whether a quote opening at {@code open} starts the sentence after a kept quote closing at {@code prev}. */
    private static boolean isFollowOn(String text, int prev, int open) {
        if (prev < 0 || open - prev > 40) {
            return false;
        }
        boolean stop = false;
        for (int i = prev; i < open; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return false;
            }
            stop |= c == '.' || c == '!' || c == '?';
        }
        return stop;
    }

    /** Whether nobody but the previous quote's speaker is named between two quotes. */
    private static boolean sameSpeakerBetween(EntitySpans entities, Found prev, Found f) {
        EntitySpans.Span between = entities.within(prev.end(), f.start());
        return between == null || between.entity().id().equals(prev.who().speakerId());
    }

    private boolean isSpeech(String text, MarkedSpan span, String joined, Attribution who, boolean fromAfter) {
        boolean cue = who != null && (who.verb() != null || who.speaker() != null);
        if (span.mark() == '‘' && !cue) {
            return false;
        }
        if (!cue && titleCueBefore(text, span.open())) {
            return false;
        }
        // with no cue: a colon before it introduces a heading or caption ("На фото: «…»"), not a speaker's words
        if (!cue && (!sentenceLike(text, span, joined) || words(joined) < NO_CUE_WORDS || colonBefore(text, span))) {
            return false;
        }
        if (words(joined) > SHORT_WORDS) {
            return true;
        }
        if (articleBefore(text, span.open())) {
            return false;
        }
        if (!cue) {
            return false;
        }
        return who.direct() && (fromAfter || colonBefore(text, span)) && afterCue(text, span)
                || !Character.isUpperCase(joined.codePointAt(0)) && words(joined) > 1;
    }

    private static boolean colonBefore(String text, MarkedSpan span) {
        int p = span.open() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '*')) {
            p--;
        }
        return p >= 0 && text.charAt(p) == ':';
    }

    /** Whether the quote is followed at once by its cue or preceded by a colon: the attachment short quotes need. */
    private static boolean afterCue(String text, MarkedSpan span) {
        int p = span.open() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '*')) {
            p--;
        }
        if (p >= 0 && text.charAt(p) == ':') {
            return true;
        }
        int q = span.close();
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '*')) {
            q++;
        }
        char endsWith = text.charAt(span.end() - 1);
        return q < text.length() && (text.charAt(q) == ',' || text.charAt(q) == '—' || text.charAt(q) == '–'
                || Character.isLetter(text.charAt(q)) && ",.!?…".indexOf(endsWith) >= 0);
    }

    /**
     * Whether a quote with no cue reads as speech: it ends as a sentence does, or it opens a sentence and the
     * sentence goes on after it ({@code «…», — говорится в сообщении}).
     */
    private static boolean sentenceLike(String text, MarkedSpan span, String joined) {
        char last = joined.charAt(joined.length() - 1);
        if (".!?…".indexOf(last) >= 0) {
            return true;
        }
        int p = span.open() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '*')) {
            p--;
        }
        boolean opens = p < 0 || text.charAt(p) == '\n' || ".!?".indexOf(text.charAt(p)) >= 0;
        int q = span.close();
        while (q < text.length() && text.charAt(q) == ' ') {
            q++;
        }
        return opens && q < text.length() && ",—–-".indexOf(text.charAt(q)) >= 0;
    }

    private boolean articleBefore(String text, int open) {
        List<Token> t = Tokenizer.tokens(text, Math.max(0, open - 12), open);
        return !t.isEmpty() && t.get(t.size() - 1).word() && cues.article(t.get(t.size() - 1).lower());
    }

    private boolean titleCueBefore(String text, int open) {
        List<Token> t = Tokenizer.tokens(text, Math.max(0, open - 40), open);
        int w = 0;
        for (int i = t.size() - 1; i >= 0 && w < 3; i--) {
            if (!t.get(i).word()) {
                if (t.get(i).clauseBreak()) {
                    break;
                }
                continue;
            }
            if (cues.titleCueAt(t, i)) {
                return true;
            }
            w++;
        }
        return false;
    }

    /** Whether the bridge between two marked spans is a speech cue closed by a comma, colon or dash. */
    private static boolean isSplitBridge(String text, MarkedSpan a, MarkedSpan b) {
        int from = a.close();
        int to = b.open();
        // the line-break test looks inside the bridge only: indexOf from 'from' would scan to the text's next break
        if (to - from > 100 || to <= from || text.substring(from, to).indexOf('\n') >= 0) {
            return false;
        }
        String bridge = text.substring(from, to).strip();
        if (bridge.isEmpty()) {
            return false;
        }
        char last = bridge.charAt(bridge.length() - 1);
        if (last != ',' && last != ':' && last != '—' && last != '–') {
            return false;
        }
        // «гипотетические сценарии», но добавил: «Правительство …» are two quotes: a fragment, then a sentence
        if (Character.isLowerCase(text.codePointAt(a.start())) && Character.isUpperCase(text.codePointAt(b.start()))) {
            return false;
        }
        char firstEnd = text.charAt(a.end() - 1);
        char bridgeStart = bridge.charAt(0);
        return firstEnd == ',' || bridgeStart == ',' || bridgeStart == '—' || bridgeStart == '–' || firstEnd == '…';
    }

    private static boolean insideLine(MarkedSpan s, List<SpeakerLines.Line> lines) {
        for (SpeakerLines.Line l : lines) {
            if (s.open() >= l.start() && s.close() <= l.end() + 1) {
                return true;
            }
        }
        return false;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && (text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }

    private static String trimTrailing(String s) {
        int e = s.length();
        while (e > 1 && (s.charAt(e - 1) == ',' || Character.isWhitespace(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e);
    }

    private static int words(String s) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean l = Character.isLetterOrDigit(s.charAt(i));
            if (l && !in) {
                w++;
            }
            in = l;
        }
        return w;
    }

    private static List<Quote> toQuotes(String text, List<Found> found) {
        org.echotrace.text.CodePointOffsets cps = org.echotrace.text.CodePointOffsets.of(text);
        List<Quote> out = new ArrayList<>(found.size());
        for (Found f : found) {
            int s = cps.toCodePoint(f.start());
            int e = cps.toCodePoint(f.end());
            Attribution w = f.who();
            out.add(new Quote(f.text(), w == null ? null : w.speaker(), w == null ? null : w.speakerId(),
                    w == null ? null : w.verb(), s, e));
        }
        return out;
    }

    private record Found(int start, int end, String text, Attribution who) {
    }
}
