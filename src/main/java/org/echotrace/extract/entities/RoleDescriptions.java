package org.echotrace.extract.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.kb.AliasKey;
import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.kb.Role;
import org.echotrace.text.CueFile;

/**
 * Resolves role descriptions to people: "the Kremlin chief", "Russia's top diplomat", "the Ukrainian
 * president", "his Kazakh counterpart", "глава МИД Венгрии". Phrases come from
 * {@code role-descriptions.txt}; the bearer is whoever the knowledge base says held the role in that
 * country on the post's date; a post without a date gets no role mentions, so that no office-holder of today
 * is read into an old text.
 */
final class RoleDescriptions {
    private static final String DEMONYM = "{demonym}";
    private static final String COUNTRY = "{country}";

    record Phrase(String role, String country, String[] words) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> slotFirst = new ArrayList<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, List<KbEntity>> holders = new HashMap<>();
    /** {@link #merged} of each word that starts a phrase, worked out once: most words have at most one such form. */
    private final Map<String, List<Phrase>> startingWith = new HashMap<>();

    RoleDescriptions(KnowledgeBase kb) {
        for (CueFile.Entry e : CueFile.load(RoleDescriptions.class, "role-descriptions.txt")) {
            String[] head = e.key().split(" ");
            if (head.length != 2) {
                throw e.error("expected 'ROLE COUNTRY = phrases'");
            }
            for (String p : e.values()) {
                List<String> words = new ArrayList<>();
                for (String w : p.split(" ")) {
                    words.add(w.equals(DEMONYM) || w.equals(COUNTRY) ? w : AliasKey.of(w).replace("'s", ""));
                }
                phrases.add(new Phrase(head[0], head[1], words.toArray(new String[0])));
            }
        }
        // longest phrases first
        phrases.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        for (Phrase p : phrases) {
            String w = p.words()[0];
            if (w.equals(DEMONYM) || w.equals(COUNTRY)) {
                slotFirst.add(p);
            } else {
                byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
            }
        }
        for (KbEntity e : kb.entities()) {
            if (e.type() == EntityType.PLACE && "country".equals(e.kind()) && e.country() != null) {
                for (String d : e.demonyms()) {
                    demonyms.putIfAbsent(AliasKey.of(d), e.country());
                }
                List<String> names = new ArrayList<>(e.aliases());
                names.add(e.name());
                for (String n : names) {
                    List<Token> t = Tokenizer.tokenize(n);
                    if (t.size() == 1) {
                        countries.putIfAbsent(t.get(0).key(), e.country());
                    }
                }
            }
            if (e.type() == EntityType.PERSON) {
                for (Role r : e.roles()) {
                    holders.computeIfAbsent(r.key() + "/" + r.of(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<Phrase> sorted = new ArrayList<>(slotFirst);
        sorted.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        List<Phrase> slotOnly = List.copyOf(sorted);
        for (Map<String, ?> starts : List.of(byFirstWord, demonyms, countries)) {
            for (String w : starts.keySet()) {
                startingWith.computeIfAbsent(w, k -> byFirstWord.containsKey(k) ? List.copyOf(merged(List.of(k)))
                        : slotOnly);
            }
        }
    }

    /**
     * Adds the role descriptions of one field to {@code out}.
     *
     * @param earlier    people named in earlier fields of the post
     * @param kb         to look up the people already found in this field
     * @param contextual run the phrases that need the people named before them ("the head of state", "his
     *                   Kazakh counterpart") rather than those anchored to a country ("the Kremlin chief")
     * @param nameAt     whether a name starts at a token: a role right before a name is its title, not a mention
     */
    void find(String field, String value, List<Token> tokens, List<List<String>> forms, boolean[] used,
              LocalDate date, List<KbEntity> earlier, List<Found> out, KnowledgeBase kb, boolean contextual,
              java.util.function.IntPredicate nameAt) {
        if (date == null) {
            // no date, no holder: "the president" of an undated text may be anyone who ever held the post
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = candidates(forms.get(i));
            for (Phrase p : candidates) {
                boolean needsContext = p.country().equals("?") || p.role().equals("counterpart");
                if (needsContext != contextual) {
                    continue;
                }
                String[] slot = new String[1];
                int end = match(p, tokens, forms, used, i, slot);
                if (end < 0) {
                    continue;
                }
                if (end < tokens.size() && EntityFinder.adjacent(tokens.get(end - 1), tokens.get(end))
                        && (used[end] || nameAt.test(end))) {
                    // a title before a name ("президент Владимир Путин"): the name is the mention
                    continue;
                }
                Token first = tokens.get(i);
                List<KbEntity> persons = new ArrayList<>(earlier);
                for (Found f : out) {
                    if (f.start() < first.cpStart() && f.type().equals("PERSON")) {
                        kb.get(f.id()).ifPresent(persons::add);
                    }
                }
                KbEntity who = resolve(p, slot[0], date, persons);
                if (who == null) {
                    continue;
                }
                Token last = tokens.get(end - 1);
                out.add(new Found(who.id(), who.name(), who.type().name(), true, 0.8, field, first.cpStart(),
                        last.cpEnd(), value.substring(first.charStart(), last.charEnd()), "role"));
                for (int k = i; k < end; k++) {
                    String w = p.words()[k - i];
                    if (!w.equals(DEMONYM) && !w.equals(COUNTRY)) {
                        used[k] = true; // a country in the phrase stays free to be a mention of its own
                    }
                }
                i = end - 1;
                break;
            }
        }
    }

    /** The words that start a phrase, or fill its first slot. */
    java.util.Set<String> startWords() {
        return java.util.Collections.unmodifiableSet(startingWith.keySet());
    }

    /** Phrases that may start at a word with these forms, longest first. */
    List<Phrase> candidates(List<String> forms) {
        List<Phrase> only = null;
        int starting = 0;
        for (String f : forms) {
            List<Phrase> l = startingWith.get(f);
            if (l != null) {
                only = l;
                starting++;
            }
        }
        if (starting == 0) {
            return List.of();
        }
        // the forms that start nothing add nothing: one form's phrases are the answer
        return starting == 1 ? only : merged(forms);
    }

    /** The phrases starting with each form, in order of the forms, without repeats, then longest first. */
    List<Phrase> merged(List<String> forms) {
        List<Phrase> out = null;
        for (String f : forms) {
            List<Phrase> l = byFirstWord.get(f);
            if (l != null) {
                out = out == null ? new ArrayList<>(l) : out;
                if (out != l) {
                    for (Phrase p : l) {
                        if (!out.contains(p)) {
                            out.add(p);
                        }
                    }
                }
            }
            if (demonyms.containsKey(f) || countries.containsKey(f)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                for (Phrase p : slotFirst) {
                    if (!out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        if (out == null) {
            return List.of();
        }
        out.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        return out;
    }

    /** The token after the phrase, or -1; the slot's country code goes to {@code slot[0]}. */
    private int match(Phrase p, List<Token> tokens, List<List<String>> allForms, boolean[] used, int start,
                      String[] slot) {
        if (start + p.words().length > tokens.size()) {
            return -1;
        }
        for (int j = 0; j < p.words().length; j++) {
            Token t = tokens.get(start + j);
            String w = p.words()[j];
            boolean slotWord = w.equals(DEMONYM) || w.equals(COUNTRY);
            // a country named in the phrase stays a mention of its own ("Russia's top diplomat")
            if ((used[start + j] && !slotWord) || (j > 0 && !EntityFinder.adjacent(tokens.get(start + j - 1), t))) {
                return -1;
            }
            List<String> forms = allForms.get(start + j);
            if (slotWord) {
                Map<String, String> table = w.equals(DEMONYM) ? demonyms : countries;
                String code = null;
                for (String f : forms) {
                    code = table.get(f);
                    if (code != null) {
                        break;
                    }
                }
                if (code == null) {
                    return -1;
                }
                slot[0] = code;
            } else if (!forms.contains(w)) {
                return -1;
            }
        }
        return start + p.words().length;
    }

    private KbEntity resolve(Phrase p, String slotCountry, LocalDate date, List<KbEntity> persons) {
        switch (p.country()) {
            case "?" -> {
                for (int k = persons.size() - 1; k >= 0; k--) {
                    KbEntity e = persons.get(k);
                    for (Role r : e.roles()) {
                        if (r.key().equals(p.role()) && r.heldOn(date)) {
                            return e;
                        }
                    }
                }
                return null;
            }
            case "*" -> {
                if (p.role().equals("counterpart")) {
                    String role = lastRole(persons, date);
                    return role == null ? null : holder(role, slotCountry, date);
                }
                return holder(p.role(), slotCountry, date);
            }
            default -> {
                return holder(p.role(), p.country(), date);
            }
        }
    }

    private static String lastRole(List<KbEntity> persons, LocalDate date) {
        for (int k = persons.size() - 1; k >= 0; k--) {
            for (Role r : persons.get(k).roles()) {
                if (r.heldOn(date)) {
                    return r.key();
                }
            }
        }
        return null;
    }

    private KbEntity holder(String role, String country, LocalDate date) {
        KbEntity found = null;
        for (KbEntity e : holders.getOrDefault(role + "/" + country, List.of())) {
            for (Role r : e.roles()) {
                if (r.key().equals(role) && r.of().equals(country) && r.heldOn(date)) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }
}
