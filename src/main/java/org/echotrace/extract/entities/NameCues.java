package org.echotrace.extract.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.echotrace.kb.AliasKey;
import org.echotrace.text.CueFile;

/**
 * Finds names the knowledge base does not have, so that new actors show up: capitalised word sequences that
 * a cue marks as a person (a title before, a speech verb next to it, a known first name or a patronymic) or an
 * organisation (an organisation word inside). Each gets a generated id, {@code new:person:<key>} or
 * {@code new:org:<key>}, the same for the same folded name across the corpus. A capitalised sequence
 * without a cue is not reported: a sentence-initial word or a section label is not a name.
 */
final class NameCues {
    private static final int MAX_WORDS = 4;

    private final Set<String> titles = new HashSet<>();
    private final Set<String> speech = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    private final Inflections inflections = Inflections.standard();

    static NameCues standard() {
        NameCues c = new NameCues();
        Map<String, Set<String>> sets = new HashMap<>();
        sets.put("title", c.titles);
        sets.put("speech", c.speech);
        sets.put("org", c.orgWords);
        sets.put("not", c.stop);
        for (CueFile.Entry e : CueFile.load(NameCues.class, "name-cues.txt")) {
            Set<String> target = sets.get(e.key());
            if (target == null) {
                throw e.error("unknown cue kind '" + e.key() + "'");
            }
            for (String v : e.values()) {
                target.add(AliasKey.of(v));
            }
        }
        Map<String, Set<String>> orgSets = Map.of("org", c.orgWords, "head", c.heads);
        for (CueFile.Entry e : CueFile.load(NameCues.class, "org-cues.txt")) {
            Set<String> target = orgSets.get(e.key());
            if (target == null) {
                throw e.error("unknown cue kind '" + e.key() + "'");
            }
            for (String v : e.values()) {
                target.add(AliasKey.of(v));
            }
        }
        for (CueFile.Entry e : CueFile.load(NameCues.class, "first-names.txt")) {
            for (String v : e.values()) {
                c.firstNames.add(AliasKey.of(v));
            }
        }
        return c;
    }

    void find(String field, String value, List<Token> tokens, List<List<String>> forms, boolean[] used,
              List<Found> out) {
        int i = 0;
        while (i < tokens.size()) {
            if (used[i] || !tokens.get(i).capitalized() || stop.contains(tokens.get(i).key())
                    || titles.contains(tokens.get(i).key())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i < MAX_WORDS && !used[end] && tokens.get(end).capitalized()
                    && !tokens.get(end).hashtag() && EntityFinder.adjacent(tokens.get(end - 1), tokens.get(end))
                    && !stop.contains(tokens.get(end).key())) {
                end++;
            }
            i = startAtFirstName(tokens, i, end);
            String type = classify(tokens, i, end);
            if (type != null) {
                Token first = tokens.get(i);
                Token last = tokens.get(end - 1);
                String text = value.substring(first.charStart(), last.charEnd());
                StringBuilder key = new StringBuilder();
                for (int k = i; k < end; k++) {
                    if (key.length() > 0) {
                        key.append('-');
                    }
                    key.append(tokens.get(k).key());
                }
                out.add(new Found("new:" + type.toLowerCase(java.util.Locale.ROOT) + ":" + key, text, type, false,
                        type.equals("PERSON") ? 0.7 : 0.6, field, first.cpStart(), last.cpEnd(), text, "cue"));
                for (int k = i; k < end; k++) {
                    used[k] = true;
                }
            }
            i = end;
        }
    }

    private boolean isOrgWord(String key) {
        for (String c : inflections.candidates(key)) {
            if (orgWords.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word heads an organisation name before a place ({@code bank}, {@code air}, {@code радио}). */
    boolean isHead(String key) {
        for (String c : inflections.candidates(key)) {
            if (heads.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** In "Минобороны Андрей Белоусов" the name starts at the first name. */
    private int startAtFirstName(List<Token> tokens, int i, int end) {
        for (int k = i + 1; k < end - 1; k++) {
            if (tokens.get(k).cyrillic() && isFirstName(tokens.get(k).key())) {
                return k;
            }
        }
        return i;
    }

    /** Whether a folded word is a known first name, in any case form. */
    boolean isFirstName(String key) {
        for (String c : inflections.candidates(key)) {
            if (firstNames.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** PERSON, ORG, or null when no cue supports the sequence [i, end). */
    private String classify(List<Token> tokens, int i, int end) {
        int len = end - i;
        for (int k = i; k < end; k++) {
            if (len >= 2 && isOrgWord(tokens.get(k).key())) {
                return "ORG";
            }
        }
        if (len < 2 || len > 3) {
            return null;
        }
        for (int k = i; k < end; k++) {
            String t = tokens.get(k).text();
            if (!t.chars().allMatch(Character::isLetter) && t.indexOf('-') < 0 && t.indexOf('\'') < 0) {
                return null;
            }
            if (isAllUpper(t) && t.length() > 1) {
                return null;
            }
        }
        Token first = tokens.get(i);
        if (first.cyrillic()) {
            if (isFirstName(first.key())) {
                return "PERSON";
            }
            if (len == 3 && isPatronymic(tokens.get(i + 1).key())) {
                return "PERSON";
            }
        }
        if (i > 0 && titles.contains(tokens.get(i - 1).key())) {
            return "PERSON";
        }
        if (end < tokens.size() && speech.contains(tokens.get(end).key())) {
            return "PERSON";
        }
        if (i > 0 && speech.contains(tokens.get(i - 1).key()) && first.cyrillic()) {
            return "PERSON";
        }
        return null;
    }

    private static boolean isPatronymic(String key) {
        return key.matches(".*(ович|евич|ич|овна|евна|ична|инична)(а|у|ем|ом|е|ым|ой|у)?");
    }

    private static boolean isAllUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
