package org.echotrace.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.text.CueFile;

/**
 * Finds the transcript form of a quote: a line opening with the speaker and a colon ({@code Maria Zakharova: …},
 * {@code М. Захарова: …}, {@code Песков: …}, {@code Q: … / A: …}).
 *
 * <p>The prefix must be a person or organisation the entity extractor found (a person's surname with initials
 * counts), a person role ({@code Посол:}), or an interview marker; capitalised words alone are list items and
 * headings, and on a bulleted line only a person counts. Page furniture ({@code Срочно:}) is never a speaker.
 * The quote is the rest of the line, when it has at least three words.
 */
public final class SpeakerLines {
    private static final int MAX_PREFIX = 60;
    private static final Map<String, Boolean> MARKERS = new HashMap<>();

    static {
        for (CueFile.Entry e : CueFile.load(SpeakerLines.class, "interview-markers.txt")) {
            String v = e.values().get(0);
            if (!v.equals("question") && !v.equals("answer")) {
                throw e.error("marker must be question or answer");
            }
            MARKERS.put(e.key().toLowerCase(Locale.ROOT), v.equals("answer"));
        }
    }

    /** A transcript line: the quoted words {@code [start, end)} and who said them. */
    public record Line(int start, int end, Attribution speaker) {
    }

    private SpeakerLines() {
    }

    /** The transcript lines of {@code text}. */
    public static List<Line> find(String text, EntitySpans entities, SpeechCues cues) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int colon = text.indexOf(':');
        while (colon >= 0) {
            int ls = text.lastIndexOf('\n', colon) + 1;
            int le = text.indexOf('\n', colon);
            if (le < 0) {
                le = n;
            }
            if (colon - ls <= MAX_PREFIX) {
                Line l = line(text, ls, le, entities, cues);
                if (l != null) {
                    out.add(l);
                }
            }
            colon = le >= n ? -1 : text.indexOf(':', le);
        }
        return out;
    }

    private static Line line(String text, int ls, int le, EntitySpans entities, SpeechCues cues) {
        int colon = -1;
        for (int i = ls; i < Math.min(le, ls + MAX_PREFIX); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '*' || c == '\u00A0'
                    || (i - ls < 3 && !Character.isLetterOrDigit(c)))) {
                return null;
            }
        }
        if (colon < 0) {
            return null;
        }
        int ps = ls;
        while (ps < colon && !Character.isLetter(text.charAt(ps))) {
            ps++;
        }
        int pe = colon;
        while (pe > ps && (text.charAt(pe - 1) == '*' || Character.isWhitespace(text.charAt(pe - 1)))) {
            pe--;
        }
        int rs = colon + 1;
        while (rs < le && (Character.isWhitespace(text.charAt(rs)) || text.charAt(rs) == '*')) {
            rs++;
        }
        int re = le;
        while (re > rs && (Character.isWhitespace(text.charAt(re - 1)) || text.charAt(re - 1) == '*')) {
            re--;
        }
        if (pe <= ps || re <= rs || "«\"“„/[(".indexOf(text.charAt(rs)) >= 0 || words(text, rs, re) < 3
                || text.startsWith("http", rs)) {
            return null;
        }
        String prefix = text.substring(ps, pe);
        String lower = prefix.toLowerCase(Locale.ROOT);
        Boolean answer = MARKERS.get(lower);
        if (answer != null) {
            Attribution a = answer ? of(entities.lastBefore(ls, false, Gender.UNKNOWN)) : new Attribution(null, null, null, true);
            return new Line(rs, re, a);
        }
        if (cues.prefixStop(lower)) {
            return null;
        }
        boolean bullet = ps > ls && "—–-•▪▫◾◽●○·*✅✔➖🔹🔸▶►".indexOf(text.charAt(ls)) >= 0
                || ps > ls && Character.isDigit(text.charAt(ls));
        EntitySpans.Span hit = entities.within(ps, pe);
        if (hit != null && !"PLACE".equals(hit.entity().type()) && hit.start() <= ps + 3 && hit.end() >= pe - 1
                && (!bullet || "PERSON".equals(hit.entity().type()))) {
            return new Line(rs, re, of(hit));
        }
        List<Token> t = Tokenizer.tokens(text, ps, pe);
        int words = 0;
        for (Token tok : t) {
            if (tok.word()) {
                String w = text.substring(tok.start(), tok.end());
                if (!tok.capitalised() || !Character.isLetter(w.charAt(0))
                        || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                    return null;
                }
                words++;
            } else if (!tok.is('.') && !tok.is('-')) {
                return null;
            }
        }
        if (words == 0 || words > 4) {
            return null;
        }
        String last = text.substring(t.get(t.size() - 1).start(), t.get(t.size() - 1).end());
        EntitySpans.Span bySurname = entities.bySurname(last);
        if (bySurname != null) {
            return new Line(rs, re, of(bySurname));
        }
        // no entity: only a role ("Посол:", "Представитель МИД:") outside a list; capitalised words alone are
        // list items and headings ("— Retro Gadgets: …", "Подкаст Podlodka: …"), not speakers
        if (bullet || cues.role(t.get(0).lower()) == null || cues.role(t.get(0).lower()).kind() != SpeechCues.RoleKind.PERSON) {
            return null;
        }
        return new Line(rs, re, new Attribution(prefix, null, null, true));
    }

    private static Attribution of(EntitySpans.Span s) {
        return s == null ? new Attribution(null, null, null, true)
                : new Attribution(s.entity().name(), s.entity().id(), null, true);
    }

    private static int words(String text, int from, int to) {
        int w = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean l = Character.isLetterOrDigit(text.charAt(i));
            if (l && !in) {
                w++;
            }
            in = l;
        }
        return w;
    }
}
