package org.echotrace.extract.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.text.Transliteration;
import org.echotrace.kb.Role;

/**
 * Finds entity mentions in a post's fields, in this order of evidence:
 * <ol>
 *   <li>knowledge-base names, longest match first, with East Slavic case endings undone
 *       ({@link Inflections}) and acronyms matched only in capitals;</li>
 *   <li>hashtags, against names with spaces squashed out ({@code #EuropeanUnion});</li>
 *   <li>a surname alone: the bearer named in full earlier in the post, else the one holding a role on the
 *       post's date;</li>
 *   <li>Cyrillic names the knowledge base lacks in Cyrillic, through transliteration ({@link Transliteration});</li>
 *   <li>role descriptions resolved by the knowledge base's roles and the post's date ({@link RoleDescriptions});</li>
 *   <li>names not in the knowledge base, found by cues ({@link NameCues}), with a generated id.</li>
 * </ol>
 * Thread-safe; per-post state lives in a {@link Session}.
 */
public final class EntityFinder {
    private static final java.util.Comparator<Found> BY_POSITION =
            java.util.Comparator.comparingInt(Found::start).thenComparingInt(Found::end);
    private final KnowledgeBase kb;
    private final AliasIndex index;
    private final Inflections inflections;
    private final RoleDescriptions roles;
    private final NameCues cues;

    public EntityFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.index = new AliasIndex(kb);
        this.inflections = Inflections.standard();
        this.roles = new RoleDescriptions(kb);
        this.cues = NameCues.standard();
    }

    /** State for one post: what has been named so far, and the post's date. */
    public Session session(LocalDate date) {
        return new Session(date);
    }

    /** Per-post matching state. */
    public final class Session {
        private final LocalDate date;
        private final Set<String> namedInFull = new HashSet<>();
        private final List<KbEntity> persons = new ArrayList<>();

        private Session(LocalDate date) {
            this.date = date;
        }

        /** Mentions in one field, in order. */
        public List<Found> find(String field, String value) {
            return find(field, value, Tokenizer.tokenize(value));
        }

        /** Mentions in one field already split by {@link Tokenizer#tokenize}, in order. */
        public List<Found> find(String field, String value, List<Token> tokens) {
            List<KbEntity> earlier = List.copyOf(persons);
            List<List<String>> forms = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                forms.add(inflections.candidates(t.key()));
            }
            List<Found> out = new ArrayList<>();
            boolean[] used = new boolean[tokens.size()];
            // role descriptions anchored to a country first: "the Kremlin chief" must not become "Kremlin"
            roles.find(field, value, tokens, forms, used, date, earlier, out, kb, false,
                    k -> startsName(tokens, forms, k));
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.hashtag()) {
                    KbEntity e = pick(index.hashtag(t.text()), false);
                    if (e != null) {
                        out.add(found(e, field, value, t, t, 0.95, "hashtag"));
                        used[i] = true;
                    }
                    i++;
                    continue;
                }
                if (used[i] || (!t.capitalized() && !index.particle(t.key()))) {
                    i++;
                    continue;
                }
                Match m = longest(tokens, forms, i, used);
                if (m != null && !t.capitalized() && !anyCapitalised(tokens, i, m.end())) {
                    // "сообщает агентство": a lower-case word that starts some name ("агентство «Анадолу»") is
                    // no name alone, whatever other name it spells ("«Агентство»")
                    m = null;
                }
                if (m == null) {
                    i++;
                    continue;
                }
                KbEntity e = pick(m.alias().entities(), m.alias().surname());
                if (e != null && e.type() != EntityType.PERSON && m.end() - i == 1 && i > 0
                        && adjacent(tokens.get(i - 1), t) && tokens.get(i - 1).capitalized()
                        && cues.isFirstName(tokens.get(i - 1).key())) {
                    // "Кристиан Вагнер" is a person, not the Wagner group: a first name before a one-word name
                    e = null;
                }
                int head = e != null && (e.type() == EntityType.PLACE || e.type() == EntityType.PERSON)
                        ? orgHead(tokens, i, used) : -1;
                if (head >= 0) {
                    // "Bank of England", "Air France", "Радио Беларусь": one organisation, not a place inside it
                    Token h = tokens.get(head);
                    Token last = tokens.get(m.end() - 1);
                    String text = value.substring(h.charStart(), last.charEnd());
                    StringBuilder key = new StringBuilder();
                    for (int k = head; k < m.end(); k++) {
                        key.append(key.length() > 0 ? "-" : "").append(tokens.get(k).key());
                        used[k] = true;
                    }
                    out.add(new Found("new:org:" + key, text, "ORG", false, 0.6, field, h.cpStart(), last.cpEnd(),
                            text, "cue"));
                    i = m.end();
                    continue;
                }
                if (e != null) {
                    double conf = m.alias().surname() ? 0.85 : m.inflected() ? 0.95 : 1.0;
                    String how = m.alias().surname() ? "surname" : m.inflected() ? "inflected" : "alias";
                    out.add(found(e, field, value, t, tokens.get(m.end() - 1), conf, how));
                    if (!m.alias().surname()) {
                        namedInFull.add(e.id());
                    }
                    for (int k = i; k < m.end(); k++) {
                        used[k] = true;
                    }
                }
                i = m.end();
            }
            transliterated(field, value, tokens, used, out);
            out.sort(BY_POSITION);
            roles.find(field, value, tokens, forms, used, date, earlier, out, kb, true,
                    k -> startsName(tokens, forms, k));
            for (Found f : out) {
                if (f.how().equals("role")) {
                    kb.get(f.id()).ifPresent(persons::add);
                }
            }
            cues.find(field, value, tokens, forms, used, out);
            out.sort(BY_POSITION);
            return out;
        }

        private Found found(KbEntity e, String field, String value, Token first, Token last, double conf,
                            String how) {
            if (e.type() == EntityType.PERSON) {
                persons.add(e);
            }
            int charStart = first.hashtag() ? first.charStart() - 1 : first.charStart();
            int cpStart = first.hashtag() ? first.cpStart() - 1 : first.cpStart();
            int charEnd = last.charEnd();
            int cpEnd = last.cpEnd();
            // "телеканал «Звезда»", "агентство «Интерфакс»": the name inside the marks, never a mark inside a mention
            int mark = lastMark(value, charStart, charEnd);
            if (mark >= 0) {
                cpStart += value.codePointCount(charStart, mark + 1);
                charStart = mark + 1;
            }
            return new Found(e.id(), e.name(), e.type().name(), true, conf, field, cpStart, cpEnd,
                    value.substring(charStart, charEnd), how);
        }

        /** Whether a word in {@code tokens[from, to)} is capitalised or no plain word. */
        private static boolean anyCapitalised(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                if (tokens.get(k).capitalized() || !tokens.get(k).text().chars().allMatch(Character::isLetter)) {
                    return true; // a capitalised word, or no plain word (a domain such as farsnews.ir)
                }
            }
            return false;
        }

        private static int lastMark(String value, int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                char c = value.charAt(i);
                if (c == '«' || c == '“' || c == '„' || c == '"') {
                    return i + 1 < to ? i : -1;
                }
            }
            return -1;
        }

        /** Resolves a name borne by several entities; null when nothing decides. */
        private KbEntity pick(List<KbEntity> es, boolean surname) {
            if (es.isEmpty()) {
                return null;
            }
            if (es.size() == 1) {
                return es.get(0);
            }
            for (KbEntity e : es) {
                if (namedInFull.contains(e.id())) {
                    return e;
                }
            }
            KbEntity holder = null;
            for (KbEntity e : es) {
                if (holdsRole(e)) {
                    if (holder != null) {
                        return null;
                    }
                    holder = e;
                }
            }
            return holder;
        }

        private boolean holdsRole(KbEntity e) {
            for (Role r : e.roles()) {
                if (r.heldOn(date)) {
                    return true;
                }
            }
            return false;
        }

        private void transliterated(String field, String value, List<Token> tokens, boolean[] used, List<Found> out) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (used[i] || !t.capitalized() || !t.cyrillic() || t.text().length() < 3) {
                    continue;
                }
                boolean pair = i + 1 < tokens.size() && !used[i + 1] && tokens.get(i + 1).capitalized()
                        && tokens.get(i + 1).cyrillic() && adjacent(tokens.get(i), tokens.get(i + 1));
                KbEntity e = null;
                int last = i;
                if (pair) {
                    e = viaLatin(tokens.get(i), tokens.get(i + 1));
                    last = i + 1;
                }
                if (e == null && !t.sentenceStart() && !cues.isFirstName(t.key())) {
                    // a lone first name is nobody's transliterated surname: "Елена" is not Yellen
                    e = viaLatin(t, null);
                    last = i;
                }
                if (e != null) {
                    out.add(found(e, field, value, t, tokens.get(last), 0.75, "transliterated"));
                    for (int k = i; k <= last; k++) {
                        used[k] = true;
                    }
                    i = last;
                }
            }
        }

        private KbEntity viaLatin(Token a, Token b) {
            for (String ca : inflections.candidates(a.key())) {
                if (b == null) {
                    List<KbEntity> es = index.skeleton(Transliteration.toLatin(ca));
                    KbEntity e = pick(es, true);
                    if (e != null && e.type() == EntityType.PERSON) {
                        return e;
                    }
                    continue;
                }
                for (String cb : inflections.candidates(b.key())) {
                    KbEntity e = pick(index.skeleton(Transliteration.toLatin(ca, cb)), false);
                    if (e != null) {
                        return e;
                    }
                }
            }
            return null;
        }
    }

    /** A knowledge-base name matched at tokens [start, end). */
    record Match(AliasIndex.Alias alias, int end, boolean inflected) {
    }

    private Match longest(List<Token> tokens, List<List<String>> forms, int start) {
        return longest(tokens, forms, start, null);
    }

    /** Whether a knowledge-base name, or a capitalised word, starts at token {@code k}. */
    private boolean startsName(List<Token> tokens, List<List<String>> forms, int k) {
        return tokens.get(k).capitalized() || longest(tokens, forms, k) != null;
    }

    private Match longest(List<Token> tokens, List<List<String>> forms, int start, boolean[] usedNow) {
        Token first = tokens.get(start);
        Match best = null;
        for (String c : forms.get(start)) {
            if (!index.known(c)) {
                continue;
            }
            for (AliasIndex.Alias a : index.startingWith(c)) {
                int len = a.words().length;
                if (best != null && len <= best.end() - start) {
                    break;
                }
                if (start + len > tokens.size()) {
                    continue;
                }
                if (a.acronym() && !isUpper(first.text())) {
                    continue;
                }
                boolean inflected = !c.equals(first.key());
                boolean ok = true;
                for (int j = 1; j < len && ok; j++) {
                    Token t = tokens.get(start + j);
                    if (usedNow != null && usedNow[start + j]) {
                        ok = false;
                        break;
                    }
                    if (!adjacent(tokens.get(start + j - 1), t)) {
                        ok = false;
                    } else if (t.key().equals(a.words()[j])) {
                        continue;
                    } else if (forms.get(start + j).contains(a.words()[j])) {
                        inflected = true;
                    } else {
                        ok = false;
                    }
                }
                if (ok) {
                    best = new Match(a, start + len, inflected);
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The token heading an organisation name right before a name starting at {@code i} ("Bank [of] England",
     * "Air France", "Радио Беларусь"), or -1: a capitalised organisation head word, with at most "of"/"de" between.
     */
    private int orgHead(List<Token> tokens, int i, boolean[] used) {
        int k = i - 1;
        if (k >= 0 && (tokens.get(k).key().equals("of") || tokens.get(k).key().equals("de"))
                && adjacent(tokens.get(k), tokens.get(i))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).capitalized() || !adjacent(tokens.get(k), tokens.get(k + 1)) || used[k]
                || !cues.isHead(tokens.get(k).key())) {
            return -1;
        }
        return k;
    }

    static boolean adjacent(Token a, Token b) {
        // a space, a hyphen, "'s "; never across a sentence end
        return b.charStart() - a.charEnd() <= 3 && !b.hashtag() && !b.sentenceStart();
    }

    private static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    KnowledgeBase kb() {
        return kb;
    }
}
