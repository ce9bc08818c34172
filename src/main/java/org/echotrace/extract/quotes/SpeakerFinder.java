package org.echotrace.extract.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Finds a quote's speaker in the words after it ({@code ," Lavrov said}, {@code », — заявил Лавров},
 * {@code , according to the ministry}, {@code ». Об этом сообщил Песков}) or before it ({@code Lavrov said: "…"},
 * {@code По словам Лаврова, «…»}, {@code Захарова: «…»}), and resolves the words naming the speaker: an entity
 * named there; a pronoun or role word ({@code he}, {@code она}, {@code the minister}, {@code дипломат}) to the last
 * gender-compatible person (or organisation) named before the quote; otherwise a capitalised name as written.
 */
public final class SpeakerFinder {
    private static final int WINDOW = 220;
    private static final int MAX_AFTER_VERB = 14;

    private final String text;
    private final EntitySpans entities;
    private final SpeechCues cues;
    private final SpeakerKb kb;
    private final java.time.LocalDate date;
    /** The last group or organisation found speaking, for "they added" / "добавили". */
    private Attribution lastGroup;
    /** Whether the speaker just resolved is a group or organisation. */
    private boolean group;

    public SpeakerFinder(String text, EntitySpans entities, SpeechCues cues) {
        this(text, entities, cues, SpeakerKb.empty(), null);
    }

    /** @param date the post's date, for roles; null when unknown */
    public SpeakerFinder(String text, EntitySpans entities, SpeechCues cues, SpeakerKb kb, java.time.LocalDate date) {
        this.text = text;
        this.entities = entities;
        this.cues = cues;
        this.kb = kb;
        this.date = date;
    }

    /** The attribution in the words right after a quote closing at {@code from}, up to {@code limit}, or null. */
    public Attribution after(int from, int limit, int quoteStart) {
        int n = Math.min(Math.min(text.length(), limit), from + WINDOW);
        int p = from;
        boolean newSentence = false;
        boolean dash = false;
        while (p < n) {
            char c = text.charAt(p);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                newSentence = true;
            } else if (c == '—' || c == '–' || c == '-') {
                dash = true;
            } else if (!(Character.isWhitespace(c) && c != '\n') && c != ',' && c != '—' && c != '–' && c != '-' && c != '*') {
                break;
            }
            p++;
        }
        if (p >= n || text.charAt(p) == '\n') {
            return null;
        }
        int end = sentenceEnd(p, n);
        List<Token> t = Tokenizer.tokens(text, p, end);
        if (t.isEmpty()) {
            return null;
        }
        int attr = cues.attributionAt(t, 0);
        if (attr > 0 && !newSentence) {
            return resolve(t, attr, clauseEnd(t, attr), phrase(t, 0, attr), Gender.UNKNOWN, quoteStart, true);
        }
        int words = 0;
        for (int k = 0; k < t.size() && words < 6; k++) {
            Token tok = t.get(k);
            if (tok.clauseBreak()) {
                break;
            }
            if (!tok.word()) {
                continue;
            }
            int v = cues.verbAt(t, k);
            if (v > 0) {
                int a = 0;
                while (a < k && (!t.get(a).word() || cues.continuationWord(t.get(a).lower()))) {
                    a++;
                }
                if (newSentence && a < k) {
                    return null;
                }
                String verb = phrase(t, k, k + v);
                Gender g = SpeechCues.verbGender(verb);
                Attribution r = a < k ? resolve(t, a, k, verb, g, quoteStart, !newSentence) : null;
                if (r == null || r.speaker() == null) {
                    // "— категорически высказался секретарь …": an adverb before the verb, the speaker after it
                    Attribution later = resolve(t, k + v, Math.min(clauseEnd(t, k + v), k + v + MAX_AFTER_VERB), verb,
                            g, quoteStart, !newSentence);
                    r = r == null || later.speaker() != null ? later : r;
                }
                if (r.speaker() == null && a < k && g != Gender.PLURAL && !newSentence) {
                    // "Эйде не стал обсуждать «…», но добавил": the subject of the sentence the quote stands in
                    Attribution subject = subject(sentenceStart(Math.max(0, quoteStart - WINDOW), quoteStart), quoteStart,
                            g, verb, !newSentence);
                    if (subject != null) {
                        return subject;
                    }
                }
                return r;
            }
            words++;
        }
        return dash && !newSentence ? dashName(t) : null;
    }

    /**
     * The speaker named right after a dash with no verb ({@code «…» — Зеленский на пресс-конференции},
     * {@code "…" — Lavrov}): an entity that is no place, or two or more capitalised name words; else null.
     */
    private Attribution dashName(List<Token> t) {
        Token first = t.get(0);
        if (!first.word() || !first.capitalised()) {
            return null;
        }
        EntitySpans.Span hit = entities.within(first.start(), first.end());
        if (hit != null && !hit.place() && hit.start() <= first.start()) {
            return of(hit, null, true);
        }
        int e = 0;
        while (e < t.size() && e < 4 && t.get(e).word() && t.get(e).capitalised() && nameWord(t.get(e).lower())) {
            e++;
        }
        if (e >= 2 && (e == t.size() || !t.get(e).word() || !t.get(e).capitalised())) {
            return new Attribution(text.substring(first.start(), t.get(e - 1).end()), null, null, true);
        }
        return null;
    }

    /** The attribution in the sentence before a quote opening at {@code to}, not before {@code floor}, or null. */
    public Attribution before(int to, int floor, int quoteStart) {
        int start = sentenceStart(Math.max(floor, to - WINDOW), to);
        List<Token> t = Tokenizer.tokens(text, start, to);
        while (!t.isEmpty() && !t.get(t.size() - 1).word() && "—–-".contains(t.get(t.size() - 1).lower())) {
            t = t.subList(0, t.size() - 1);
        }
        if (t.isEmpty()) {
            return null;
        }
        boolean colon = t.get(t.size() - 1).is(':');
        int attr = -1;
        int attrLen = 0;
        int verb = -1;
        int verbLen = 0;
        for (int i = 0; i < t.size(); i++) {
            int a = cues.attributionAt(t, i);
            if (a > 0) {
                attr = i;
                attrLen = a;
                i += a - 1;
                continue;
            }
            int v = cues.verbAt(t, i);
            if (v > 0) {
                verb = i;
                verbLen = v;
            }
        }
        if (attr >= 0 && verb < attr) {
            return resolve(t, attr + attrLen, clauseEnd(t, attr + attrLen), phrase(t, attr, attr + attrLen),
                    Gender.UNKNOWN, quoteStart, true);
        }
        if (verb >= 0) {
            String v = phrase(t, verb, verb + verbLen);
            Gender g = SpeechCues.verbGender(v);
            int cs = verb;
            while (cs > 0 && !t.get(cs - 1).clauseBreak()) {
                cs--;
            }
            boolean direct = colon || adjacent(t, verb + verbLen);
            int a = cs;
            while (a < verb && (!t.get(a).word() || cues.continuationWord(t.get(a).lower()))) {
                a++;
            }
            Attribution r = a < verb ? resolve(t, a, verb, v, g, quoteStart, direct)
                    : resolve(t, verb + verbLen, Math.min(clauseEnd(t, verb + verbLen), verb + verbLen + MAX_AFTER_VERB),
                    v, g, quoteStart, direct);
            if (r.speaker() == null && a < verb) {
                // "Как считает правительство, это «…»": the words before the verb name nobody, the speaker follows it
                Attribution later = resolve(t, verb + verbLen, Math.min(clauseEnd(t, verb + verbLen),
                        verb + verbLen + MAX_AFTER_VERB), v, g, quoteStart, direct);
                r = later.speaker() != null ? later : r;
            }
            if (r.speaker() == null && g != Gender.PLURAL && (cs > 0 || start > sentenceStart(Math.max(0, to - WINDOW), to))) {
                // "Путин, недавно проведший разговор с Шольцем, заявил, что …", "Эйде не стал …, но добавил:": the
                // subject stands before an inserted clause of the same sentence
                Attribution subject = subject(sentenceStart(Math.max(0, to - WINDOW), to), t.get(cs).start(), g, v, direct);
                if (subject != null) {
                    return subject;
                }
            }
            return r;
        }
        if (colon) {
            int cs = t.size() - 1;
            while (cs > 0 && !t.get(cs - 1).clauseBreak()) {
                cs--;
            }
            int words = 0;
            for (int i = cs; i < t.size() - 1; i++) {
                words += t.get(i).word() ? 1 : 0;
            }
            if (words == 0 || words > 6) {
                return null;
            }
            Attribution a = resolve(t, cs, t.size() - 1, null, Gender.UNKNOWN, quoteStart, true);
            boolean entity = a.speakerId() != null;
            return a.speaker() == null || !entity && words < 2 ? null : a;
        }
        return null;
    }

    /** Whether only {@code ,}, {@code что}, {@code that} stand between a verb ending at {@code k} and the quote. */
    private static boolean adjacent(List<Token> t, int k) {
        for (int i = k; i < t.size(); i++) {
            String s = t.get(i).lower();
            if (!(s.equals(",") || s.equals("что") || s.equals("that") || s.equals("—") || s.equals("–"))) {
                return false;
            }
        }
        return true;
    }

    /** Resolves the words {@code t[a, b)} naming the speaker; remembers a group or organisation that speaks. */
    private Attribution resolve(List<Token> t, int a, int b, String verb, Gender verbGender, int quoteStart, boolean direct) {
        Attribution r = resolveWords(t, a, b, verb, verbGender, quoteStart, direct);
        if (r.speaker() != null && group) {
            lastGroup = r;
        }
        return r;
    }

    private Attribution resolveWords(List<Token> t, int a, int b, String verb, Gender verbGender, int quoteStart,
                                     boolean direct) {
        group = false;
        while (a < b && !t.get(a).word()) {
            a++;
        }
        while (b > a && !t.get(b - 1).word()) {
            b--;
        }
        if (a >= b) {
            // "«…», — добавили." : the last group that spoke
            return verbGender == Gender.PLURAL ? again(verb, direct, quoteStart) : new Attribution(null, null, verb, direct);
        }
        int s = t.get(a).start();
        int e = t.get(b - 1).end();
        EntitySpans.Span hit = entities.within(s, e);
        if (hit != null && hit.org() && hit.start() <= s && hit.end() < e && "OUTLET".equals(hit.entity().type())) {
            // "сказал Би-би-си официальный представитель НАТО": an outlet right after the verb is spoken to
            int k = a;
            while (k < b && t.get(k).start() < hit.end()) {
                k++;
            }
            if (k < b && t.get(k).word() && cues.role(t.get(k).lower()) != null
                    || k + 1 < b && cues.role(t.get(k + 1).lower()) != null) {
                a = k;
                s = t.get(a).start();
                hit = entities.within(s, e);
            }
        }
        if (hit != null && hit.org()) {
            // "— рассказала бабушка телеканалу «Суспільне»": the outlet is spoken to
            int k = a;
            while (k < b && t.get(k).end() <= hit.start()) {
                k++;
            }
            int w = k - 1;
            while (w >= a && !t.get(w).word()) {
                w--;
            }
            if (w >= a && cues.addressee(t.get(w).lower())) {
                EntitySpans.Span other = w > a ? entities.within(s, t.get(w).start()) : null;
                hit = other;
                e = t.get(w).start();
                while (b > a && t.get(b - 1).start() >= e) {
                    b--;
                }
                if (a >= b) {
                    return new Attribution(null, null, verb, direct);
                }
                e = t.get(b - 1).end();
            }
        }
        for (int i = a + 1; i < b; i++) {
            // "приводит его слова госагентство SANA": his words, relayed by the outlet
            Gender pg = cues.possessive(t.get(i - 1).lower());
            if (pg != null && t.get(i).word() && cues.sourceNoun(t.get(i).lower())) {
                EntitySpans.Span p = entities.lastBefore(quoteStart, false, pg);
                if (p != null) {
                    return of(p, verb, direct);
                }
            }
        }
        for (int i = a + 1; i < b; i++) {
            // "приводит слова заместителя командира полка издание …": the words of the officer named before
            SpeechCues.Role r = t.get(i).word() && cues.sourceNoun(t.get(i - 1).lower()) ? cues.role(t.get(i).lower()) : null;
            if (r != null && r.kind() == SpeechCues.RoleKind.PERSON && !r.other()
                    && (hit == null || !hit.person() || hit.start() < t.get(i).start())) {
                EntitySpans.Span p = entities.lastBefore(quoteStart, false, r.gender());
                if (p != null) {
                    return of(p, verb, direct);
                }
            }
        }
        for (int i = a; i < b - 1 && hit != null && !hit.person(); i++) {
            // "цитирует «Интерфакс» сообщение Роскомнадзора": whose words the outlet relays
            if (t.get(i).word() && t.get(i).start() >= hit.end() && cues.sourceNoun(t.get(i).lower())) {
                EntitySpans.Span owner = entities.within(t.get(i + 1).start(), e);
                if (owner != null && !owner.place()) {
                    hit = owner;
                }
                break;
            }
        }
        if (hit != null && hit.org() && hit.end() - hit.start() < 20) {
            // "сказал Вагнер" after "Кристиан Вагнер": the person's surname, not the group of that name
            EntitySpans.Span bearer = entities.bySurname(text.substring(hit.start(), hit.end()));
            if (bearer != null && bearer.start() < hit.start()) {
                hit = bearer;
            }
        }
        if (hit != null && hit.start() > t.get(a).start()) {
            // "отметил он в комментарии журналисту Павлу Зарубину", "спросили радиослушатели премьер-министра": the
            // pronoun or the people named first speak, the one named after them is spoken to or about
            SpeechCues.Role lead = cues.role(t.get(a).lower());
            if (cues.pronoun(t.get(a).lower()) != null || lead != null && !cues.addressee(t.get(a).lower())
                    && (lead.kind() == SpeechCues.RoleKind.GROUP || lead.other())) {
                hit = null;
            }
        }
        if (hit != null && hit.person()) {
            return of(hit, verb, direct);
        }
        // a capitalised name not in the knowledge base: the last run of capitalised words that are no role words
        int runS = -1;
        int runE = -1;
        int curS = -1;
        for (int i = a; i < b; i++) {
            Token tok = t.get(i);
            EntitySpans.Span in = tok.word() ? entities.within(tok.start(), tok.end()) : null;
            boolean name = tok.word() && tok.capitalised() && nameWord(tok.lower()) && in == null
                    && (curS >= 0 || i == 0 || !cues.preposition(t.get(i - 1).lower()))
                    && kb.demonymCountry(tok.lower()) == null;
            if (name) {
                if (curS < 0) {
                    curS = i;
                }
                runS = curS;
                runE = i + 1;
            } else {
                if (runS == a && tok.word() && cues.preposition(tok.lower()) && isName(t, runS, runE)) {
                    // "сказал Чистюхин во время круглого стола Ассоциации …": the name right after the verb
                    break;
                }
                curS = -1;
            }
        }
        boolean nameRun = runS >= 0 && isName(t, runS, runE);
        if (hit != null && hit.org()) {
            // "исполнительный секретарь … ООН … Саймон Стил", "представитель МИД Германии": the organisation is whose
            // official speaks, not the speaker
            int roleAt = personRoleBefore(t, a, b, hit.start());
            if (roleAt < 0) {
                // "a Foreign Office spokesperson said": the role word right after the organisation
                int k = a;
                while (k < b && t.get(k).start() < hit.end()) {
                    k++;
                }
                SpeechCues.Role after = k < b && t.get(k).word() ? cues.role(t.get(k).lower()) : null;
                roleAt = after != null && after.kind() == SpeechCues.RoleKind.PERSON ? k : -1;
            }
            if (roleAt < 0) {
                group = true;
                return of(hit, verb, direct);
            }
            if (nameRun && t.get(runS).start() >= hit.end()) {
                return new Attribution(text.substring(t.get(runS).start(), t.get(runE - 1).end()), null, verb, direct);
            }
            SpeechCues.Role role = cues.role(t.get(roleAt).lower());
            String orgCountry = kb.country(hit.entity().id());
            if (role != null && !role.antecedents().isEmpty()) {
                // "отметил представитель МИД Китая" after "представитель МИД КНР Линь Цзянь": the one named before
                EntitySpans.Span named = entities.lastBefore(quoteStart, false, role.gender() == Gender.UNKNOWN
                        ? verbGender : role.gender(), x -> kb.holds(x.entity().id(), role.antecedents(), date)
                        && (orgCountry == null || orgCountry.equals(kb.country(x.entity().id()))));
                if (named != null && kb.holds(named.entity().id(), role.antecedents(), date)) {
                    return of(named, verb, direct);
                }
            }
            Attribution holder = roleHolder(role, hit, verb, direct);
            if (holder != null) {
                return holder;
            }
            return new Attribution(text.substring(t.get(roleAt).start(), e), null, verb, direct);
        }
        if (hit != null) {
            // a place speaks only for its government ("Москва заявила"); "в МВД Грузии" is the ministry, as written
            Attribution body = bodyOfPlace(t, a, b, hit, verb, direct);
            if (body != null) {
                return body;
            }
        }
        for (int i = a; i < Math.min(b, a + 3); i++) {
            Gender pron = cues.pronoun(t.get(i).lower());
            if (pron == null) {
                if (t.get(i).capitalised() && i > a) {
                    break;
                }
                continue;
            }
            if (pron == Gender.PLURAL) {
                return again(verb, direct, quoteStart);
            }
            Gender g = pron == Gender.UNKNOWN ? verbGender : pron;
            return of(entities.lastBefore(quoteStart, false, g), verb, direct);
        }
        if (nameRun) {
            // "Хили", "Байден-старший": the surname of a person named in full before
            String last = t.get(runE - 1).lower().replaceAll("-(старший|младший|senior|junior)$", "");
            EntitySpans.Span bearer = entities.bySurname(last);
            if (bearer != null && bearer.start() < t.get(runS).start()) {
                return of(bearer, verb, direct);
            }
            return new Attribution(text.substring(t.get(runS).start(), t.get(runE - 1).end()), null, verb, direct);
        }
        for (int i = a; i < b; i++) {
            SpeechCues.Role r = cues.role(t.get(i).lower());
            if (r == null) {
                continue;
            }
            int from = modifiersStart(t, a, i);
            String phrase = text.substring(t.get(from).start(), Math.max(t.get(i).end(), nounPhraseEnd(t, i, b)));
            switch (r.kind()) {
                case GROUP -> {
                    group = true;
                    return new Attribution(phrase, null, verb, direct);
                }
                case ORG -> {
                    group = true;
                    EntitySpans.Span p = entities.lastOrgBefore(quoteStart, r.antecedents(), x -> r.antecedents()
                            .contains("kind:" + kb.kind(x.entity().id())));
                    return p != null ? of(p, verb, direct) : new Attribution(phrase, null, verb, direct);
                }
                default -> {
                    // "немецкий чиновник" after Putin is somebody else; "российский дипломат" after Lavrov is Lavrov
                    String nation = from < i ? kb.demonymCountry(t.get(i - 1).lower()) : null;
                    boolean otherModifier = from < i && nation == null && !t.get(i - 1).capitalised()
                            && cues.adjectiveLike(t.get(i - 1).lower());
                    EntitySpans.Span org = i + 1 < b ? entities.within(t.get(i + 1).start(), e) : null;
                    if (org != null && (org.org() || org.place())) {
                        // "канцлер ФРГ", "глава МИД": the one holding the role in that country on the post's date
                        Attribution holder = roleHolder(r, org, verb, direct);
                        if (holder != null) {
                            return holder;
                        }
                    }
                    Gender g = r.gender() == Gender.UNKNOWN ? verbGender : r.gender();
                    if (r.other()) {
                        // "— спросил следователь" after the suspect's name: someone else, unless named with the word
                        EntitySpans.Span described = describedBefore(r, quoteStart, g);
                        return described != null ? of(described, verb, direct) : new Attribution(phrase, null, verb, direct);
                    }
                    EntitySpans.Span p = otherModifier ? null : entities.lastBefore(quoteStart, false, g,
                            x -> kb.holds(x.entity().id(), r.antecedents(), date));
                    if (p != null && nation != null && (!nation.equals(kb.country(p.entity().id()))
                            || !kb.holds(p.entity().id(), r.antecedents(), date))) {
                        // "немецкий чиновник" after Scholz is an official, not the chancellor: a nationality before
                        // the role word refers back only to someone of that country the knowledge base gives the role
                        p = null;
                    }
                    if (p == null && !r.antecedents().isEmpty() && date != null) {
                        // "представитель ведомства": the holder of the role in the country of the body named before
                        EntitySpans.Span body = entities.lastOrgBefore(quoteStart, List.of());
                        Attribution holder = body == null ? null : roleHolder(r, body, verb, direct);
                        if (holder != null) {
                            return holder;
                        }
                    }
                    if (p != null) {
                        return of(p, verb, direct);
                    }
                    return new Attribution(phrase, null, verb, direct);
                }
            }
        }
        if (b - a == 1 && t.get(a).capitalised() && substantive(t.get(a).lower())) {
            // "Нападавший объяснил", "Местный спросил": an adjective standing for a person, as written
            return new Attribution(text.substring(t.get(a).start(), t.get(a).end()), null, verb, direct);
        }
        return verbGender == Gender.PLURAL ? again(verb, direct, quoteStart) : new Attribution(null, null, verb, direct);
    }

    /** Whether a lone capitalised word reads as an adjective used as a noun, and is no nationality or stop word. */
    private boolean substantive(String lower) {
        return lower.length() > 5 && lower.matches(".*(ый|ий|ой|ая|ые|ие|ийся|аяся)") && kb.demonymCountry(lower) == null
                && !cues.notName(lower) && cues.pronoun(lower) == null && !cues.continuationWord(lower);
    }

    /**
     * The subject of the sentence in {@code [from, to)} when the clause of the verb has none: the first person named,
     * else the first organisation ("ЦБ не привёл …, но указал, что «…»"), else a capitalised surname opening the
     * sentence ("Калманов оскорбил его, заявив: «…»"); null when none.
     */
    private Attribution subject(int from, int to, Gender g, String verb, boolean direct) {
        EntitySpans.Span p = entities.firstPersonWithin(from, to, g);
        if (p == null && g != Gender.FEMALE) {
            p = entities.firstOrgWithin(from, to);
        }
        if (p != null) {
            return of(p, verb, direct);
        }
        List<Token> all = Tokenizer.tokens(text, from, to);
        for (int i = 0; i < all.size() && !all.get(i).clauseBreak(); i++) {
            // "Такой сюрприз устроил местный профсоюз, заявив, что …": a body or group the main clause names
            SpeechCues.Role r = all.get(i).word() ? cues.role(all.get(i).lower()) : null;
            if (r != null && r.kind() != SpeechCues.RoleKind.PERSON && (i == 0 || !cues.preposition(all.get(i - 1).lower()))) {
                int m = modifiersStart(all, 0, i);
                return new Attribution(text.substring(all.get(m).start(), all.get(i).end()), null, verb, direct);
            }
        }
        List<Token> t = Tokenizer.tokens(text, from, Math.min(to, from + 60));
        if (!t.isEmpty() && t.get(0).word() && t.get(0).capitalised() && cues.surnameLike(t.get(0).lower())
                && nameWord(t.get(0).lower())) {
            return new Attribution(text.substring(t.get(0).start(), t.get(0).end()), null, verb, direct);
        }
        return null;
    }

    /**
     * The last person named before {@code pos} right beside a word of role {@code r} ("протоиерей Андрей Ткачёв",
     * "Ткачёв, протоиерей храма"), or null.
     */
    private EntitySpans.Span describedBefore(SpeechCues.Role r, int pos, Gender g) {
        List<Token> t = Tokenizer.tokens(text, Math.max(0, pos - 2000), pos);
        for (int i = t.size() - 1; i >= 0; i--) {
            if (!t.get(i).word() || cues.role(t.get(i).lower()) != r) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && k <= i + 2 && t.get(k).word() && !t.get(k).capitalised()) {
                k++;
            }
            EntitySpans.Span after = k < t.size() ? entities.within(t.get(k).start(), t.get(k).end()) : null;
            if (after != null && after.person() && g.compatible(after.gender())) {
                return after;
            }
            int j = i - 1;
            while (j >= 0 && !t.get(j).word() && t.get(j).lower().equals(",")) {
                j--;
            }
            EntitySpans.Span before = j >= 0 && j < i - 1 ? entities.within(t.get(j).start(), t.get(j).end()) : null;
            if (before != null && before.person() && g.compatible(before.gender())) {
                return before;
            }
        }
        return null;
    }

    /** The index of a person role word in {@code t[a, b)} before char offset {@code before}, or -1. */
    private int personRoleBefore(List<Token> t, int a, int b, int before) {
        for (int i = a; i < b && t.get(i).end() <= before; i++) {
            SpeechCues.Role r = t.get(i).word() ? cues.role(t.get(i).lower()) : null;
            if (r != null && r.kind() == SpeechCues.RoleKind.PERSON) {
                return i;
            }
        }
        return -1;
    }

    /** The one holder, on the post's date, of the roles {@code r} names in the country of organisation {@code org}. */
    private Attribution roleHolder(SpeechCues.Role r, EntitySpans.Span org, String verb, boolean direct) {
        if (r == null || r.antecedents().isEmpty() || date == null) {
            return null;
        }
        String country = kb.country(org.entity().id());
        if (country == null) {
            return null;
        }
        String name = org.entity().name().toLowerCase(Locale.ROOT);
        String titleWord = name.contains("foreign") ? "foreign" : name.contains("defen") ? "defen"
                : name.contains("president") || name.contains("kremlin") ? "president" : null;
        for (String key : r.antecedents()) {
            org.echotrace.kb.KbEntity h = kb.holder(key, country, date, titleWord);
            if (h != null) {
                return new Attribution(h.name(), h.id(), verb, direct);
            }
        }
        return null;
    }

    /** The first of the lower-case modifiers right before a role word at {@code i} ("российские дипломаты"). */
    private int modifiersStart(List<Token> t, int a, int i) {
        int from = i;
        while (from > a && t.get(from - 1).word() && !cues.preposition(t.get(from - 1).lower())
                && (cues.adjectiveLike(t.get(from - 1).lower()) || kb.demonymCountry(t.get(from - 1).lower()) != null
                    || cues.article(t.get(from - 1).lower()))) {
            from--;
        }
        return from;
    }

    /** The end of the words after a role word that belong to it: a genitive body ("ведомства", "МИД Германии"). */
    private int nounPhraseEnd(List<Token> t, int i, int b) {
        int end = t.get(i).end();
        for (int k = i + 1; k < b && k <= i + 3; k++) {
            Token tok = t.get(k);
            if (!tok.word() || cues.preposition(tok.lower()) || cues.verbAt(t, k) > 0 || cues.pronoun(tok.lower()) != null) {
                break;
            }
            EntitySpans.Span in = entities.within(tok.start(), tok.end());
            if (in == null && !tok.capitalised() && k > i + 1) {
                break;
            }
            end = tok.end();
        }
        return end;
    }

    /**
     * "they added": the last group or organisation that spoke, else the last group word before the quote that a
     * speech verb follows ("Russian diplomats emphasised that …"), else nobody.
     */
    private Attribution again(String verb, boolean direct, int quoteStart) {
        if (lastGroup != null) {
            return new Attribution(lastGroup.speaker(), lastGroup.speakerId(), verb, direct);
        }
        List<Token> t = Tokenizer.tokens(text, Math.max(0, quoteStart - 400), quoteStart);
        for (int i = t.size() - 1; i >= 0; i--) {
            SpeechCues.Role r = t.get(i).word() ? cues.role(t.get(i).lower()) : null;
            if (r == null || r.kind() != SpeechCues.RoleKind.GROUP) {
                continue;
            }
            for (int k = i + 1; k < t.size() && k <= i + 3 && !t.get(k).clauseBreak(); k++) {
                if (cues.verbAt(t, k) > 0) {
                    int from = modifiersStart(t, 0, i);
                    return new Attribution(text.substring(t.get(from).start(), t.get(i).end()), null, verb, direct);
                }
            }
        }
        return new Attribution(null, null, verb, direct);
    }

    /** Whether a capitalised word can be part of a name: no role word, pronoun, function word or stop word. */
    private boolean nameWord(String lower) {
        return cues.role(lower) == null && cues.pronoun(lower) == null && !cues.continuationWord(lower)
                && !cues.preposition(lower) && !cues.notName(lower) && !lower.equals("the") && !lower.equals("a")
                && Character.isLetter(lower.charAt(0));
    }

    /**
     * Whether the capitalised run {@code t[s, e)} names someone: two or more words, or one word that does not open
     * its sentence (where every word is capitalised) and does not read as an adjective, or one with a surname ending.
     */
    private boolean isName(List<Token> t, int s, int e) {
        if (e - s >= 2) {
            return true;
        }
        String w = t.get(s).lower();
        if (w.length() < 3 || cues.adjectiveLike(w)) {
            return false;
        }
        int p = t.get(s).start() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '*' || text.charAt(p) == '_')) {
            p--;
        }
        boolean opens = p < 0 || ".!?…\n»\"".indexOf(text.charAt(p)) >= 0 || !Character.isLetterOrDigit(text.charAt(p))
                && !(",—–-:".indexOf(text.charAt(p)) >= 0);
        return !opens || cues.surnameLike(w);
    }

    /**
     * The speaker when the words naming it hold only a place: the place itself when it is the whole phrase
     * ({@code Москва заявила}), or a body of that place as written ({@code в МВД Грузии}) when a capitalised or
     * upper-case word stands before it; else null.
     */
    private Attribution bodyOfPlace(List<Token> t, int a, int b, EntitySpans.Span place, String verb, boolean direct) {
        int first = a;
        while (first < b && t.get(first).word() && cues.preposition(t.get(first).lower())) {
            first++;
        }
        if (first >= b) {
            return null;
        }
        if (t.get(first).start() >= place.start() && t.get(b - 1).end() <= place.end()) {
            // "В Украине заявили" is somebody in the country, "Москва заявила" the government
            return first == a ? of(place, verb, direct) : new Attribution(null, null, verb, direct);
        }
        for (int i = first; i < b && t.get(i).end() <= place.start(); i++) {
            Token tok = t.get(i);
            String w = text.substring(tok.start(), tok.end());
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            if (tok.word() && tok.capitalised() && cues.role(tok.lower()) == null && (acronym || !cues.notName(tok.lower()))) {
                return new Attribution(text.substring(tok.start(), place.end()), null, verb, direct);
            }
        }
        return null;
    }

    private static Attribution of(EntitySpans.Span s, String verb, boolean direct) {
        return s == null ? new Attribution(null, null, verb, direct)
                : new Attribution(s.entity().name(), s.entity().id(), verb, direct);
    }

    private static int clauseEnd(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && !t.get(i).clauseBreak()) {
            i++;
        }
        return i;
    }

    private static String phrase(List<Token> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.get(i).lower());
        }
        return sb.toString();
    }

    /** The end of the sentence starting at {@code from}: a line break, an opening quote, or . ! ? before a space. */
    private int sentenceEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“' || c == '„') {
                int close = text.indexOf(c == '«' ? '»' : '”', i + 1);
                if (close > i && close - i <= 40 && close < limit && isNameInMarks(i + 1, close)) {
                    i = close;
                    continue;
                }
                return i;
            }
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(i, limit)) {
                return i;
            }
        }
        return limit;
    }

    /** Whether {@code text[from, to)} reads as a name in quotation marks: at most four words, capitalised, no sentence. */
    private boolean isNameInMarks(int from, int to) {
        if (from >= to || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        int words = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
            if (Character.isLetterOrDigit(c) && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                words++;
            }
        }
        return words <= 4;
    }

    /** The start of the sentence that ends at {@code to}, not before {@code floor}. */
    private int sentenceStart(int floor, int to) {
        for (int i = to - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && isBoundary(i, to)) {
                return i + 1;
            }
        }
        return floor;
    }

    /** Whether the mark at {@code i} ends a sentence: a space follows, and it does not close an initial ("М."). */
    private boolean isBoundary(int i, int limit) {
        if (i + 1 < limit && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return text.charAt(i) != '.' || i < 2 || !(Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2)));
    }
}
