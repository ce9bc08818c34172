package org.echotrace.extract.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;

/**
 * The entity mentions of one post's text in char offsets, ordered by position: where a quote's speaker can be
 * looked up by the span of the words near the speech verb, or found as the last compatible person named before.
 */
public final class EntitySpans {

    /** One mention: entity, char span and the gender its name shows. */
    public record Span(EntityRef entity, int start, int end, Gender gender) {
        boolean person() {
            return "PERSON".equals(entity.type());
        }

        boolean place() {
            return "PLACE".equals(entity.type());
        }

        boolean org() {
            return "ORG".equals(entity.type()) || "OUTLET".equals(entity.type());
        }
    }

    /** How far back {@link #lastBefore} looks, in mentions: a speaker is never named further back than that. */
    private static final int LOOK_BACK = 2_000;

    private final List<Span> spans;
    /** {@code maxEnd[i]} is the largest end of spans 0..i: ascending, so searchable. */
    private final int[] maxEnd;
    private final int longest;

    private EntitySpans(List<Span> spans) {
        this.spans = spans;
        this.maxEnd = new int[spans.size()];
        int max = 0;
        int len = 0;
        for (int i = 0; i < spans.size(); i++) {
            max = Math.max(max, spans.get(i).end());
            maxEnd[i] = max;
            len = Math.max(len, spans.get(i).end() - spans.get(i).start());
        }
        this.longest = len;
    }

    /** The text-field mentions of {@code entities}, converted from code points to char offsets of {@code text}. */
    public static EntitySpans of(String text, List<EntityRef> entities, NameGender genders) {
        if (entities.isEmpty()) {
            return new EntitySpans(List.of());
        }
        org.echotrace.text.CodePointOffsets offsets = org.echotrace.text.CodePointOffsets.of(text);
        int cps = offsets.codePoints();
        List<Span> out = new ArrayList<>();
        for (EntityRef e : entities) {
            Gender g = Gender.UNKNOWN;
            if ("PERSON".equals(e.type())) {
                g = genders.guess(e.name());
                for (int i = 0; i < e.mentions().size() && g == Gender.UNKNOWN; i++) {
                    g = genders.guess(e.mentions().get(i).text());
                }
            }
            for (Mention m : e.mentions()) {
                if (!"text".equals(m.field()) || m.end() > cps) {
                    continue;
                }
                int s = offsets.toChar(m.start());
                int en = offsets.toChar(m.end());
                out.add(new Span(e, s, en, g));
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return new EntitySpans(List.copyOf(out));
    }

    /** The best entity named inside {@code [from, to)}: a person first, then an organisation or outlet, then any. */
    public Span within(int from, int to) {
        Span best = null;
        int rank = 9;
        // spans are sorted by start and none is longer than the longest: skip those ending before from
        for (Span s : spans.subList(firstStartingAt(from - longest), spans.size())) {
            if (s.start() >= to) {
                break;
            }
            if (s.end() <= from) {
                continue;
            }
            int r = s.person() ? 0 : s.org() ? 1 : 2;
            if (r < rank) {
                best = s;
                rank = r;
            }
        }
        return best;
    }

    /**
     * The last person (or organisation when {@code org}) named before {@code pos} whose gender fits {@code g}; a
     * person known to have that gender wins over one whose gender the name does not show.
     */
    public Span lastBefore(int pos, boolean org, Gender g) {
        if (!org && g != Gender.UNKNOWN) {
            Span sure = lastBefore(pos, s -> s.person() && s.gender() == g);
            if (sure != null) {
                return sure;
            }
        }
        return lastBefore(pos, s -> org ? s.org() : s.person() && g.compatible(s.gender()));
    }

    /**
     * As {@link #lastBefore(int, boolean, Gender)} for a person, preferring the last one for whom {@code fits} holds
     * (the knowledge base gives them the role the words name: "the minister" after Lavrov and Zakharova is Lavrov).
     */
    public Span lastBefore(int pos, boolean org, Gender g, java.util.function.Predicate<Span> fits) {
        if (!org) {
            Span fit = lastBefore(pos, s -> s.person() && g.compatible(s.gender()) && fits.test(s));
            if (fit != null) {
                return fit;
            }
        }
        return lastBefore(pos, org, g);
    }

    /** The first organisation or outlet named inside {@code [from, to)}, or null. */
    public Span firstOrgWithin(int from, int to) {
        for (Span s : spans) {
            if (s.start() >= to) {
                break;
            }
            if (s.start() >= from && s.org()) {
                return s;
            }
        }
        return null;
    }

    /** The first person named inside {@code [from, to)} whose gender fits {@code g}, or null. */
    public Span firstPersonWithin(int from, int to, Gender g) {
        for (Span s : spans) {
            if (s.start() >= to) {
                break;
            }
            if (s.start() >= from && s.person() && g.compatible(s.gender())) {
                return s;
            }
        }
        return null;
    }

    private Span lastBefore(int pos, java.util.function.Predicate<Span> ok) {
        // the spans before the first one that ends after pos, searched backwards from there
        int k = firstEndingAfter(pos);
        for (int i = k - 1; i >= 0 && i >= k - LOOK_BACK; i--) {
            if (ok.test(spans.get(i))) {
                return spans.get(i);
            }
        }
        return null;
    }

    /** The index of the first span starting at or after {@code pos}. */
    private int firstStartingAt(int pos) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first span whose end is after {@code pos} (the size when there is none). */
    private int firstEndingAfter(int pos) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The last organisation or outlet named before {@code pos} whose name or a mention holds a word starting with one
     * of {@code stems} (lower case); any organisation when {@code stems} is empty.
     */
    public Span lastOrgBefore(int pos, List<String> stems) {
        return lastOrgBefore(pos, stems, s -> false);
    }

    /**
     * The last organisation before {@code pos} whose name or a mention holds one of {@code stems}, or that
     * {@code alsoFits} accepts (e.g. by its knowledge-base kind); any organisation when {@code stems} is empty.
     */
    public Span lastOrgBefore(int pos, List<String> stems, java.util.function.Predicate<Span> alsoFits) {
        if (stems.isEmpty()) {
            return lastBefore(pos, Span::org);
        }
        if (stems.contains("@outlet")) {
            return lastBefore(pos, s -> "OUTLET".equals(s.entity().type()));
        }
        return lastBefore(pos, s -> s.org() && (alsoFits.test(s) || holdsStem(s.entity().name(), stems)
                || s.entity().mentions().stream().anyMatch(m -> holdsStem(m.text(), stems))));
    }

    private static boolean holdsStem(String name, List<String> stems) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        for (String st : stems) {
            int at = n.indexOf(st);
            while (at >= 0) {
                if (at == 0 || !Character.isLetter(n.charAt(at - 1))) {
                    return true;
                }
                at = n.indexOf(st, at + 1);
            }
        }
        return false;
    }

    /** A person whose name or a mention ends with {@code surname} (any case), e.g. for {@code М. Захарова:}. */
    public Span bySurname(String surname) {
        java.util.Set<EntityRef> tried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Span s : spans) {
            // an entity's mentions are all looked at once: spans repeat the entity for every mention
            if (s.person() && tried.add(s.entity()) && (endsWithWord(s.entity().name(), surname) || s.entity().mentions().stream()
                    .anyMatch(m -> endsWithWord(m.text(), surname)))) {
                return s;
            }
        }
        return null;
    }

    private static boolean endsWithWord(String name, String w) {
        return name.regionMatches(true, name.length() - w.length(), w, 0, w.length())
                && (name.length() == w.length() || !Character.isLetter(name.charAt(name.length() - w.length() - 1)));
    }
}
