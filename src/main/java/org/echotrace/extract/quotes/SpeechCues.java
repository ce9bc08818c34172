package org.echotrace.extract.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.echotrace.text.CueFile;

/**
 * The cue words quotes are attributed with: speech verbs (English and Russian, every inflected form), attribution
 * phrases ({@code according to}, {@code по словам}), pronouns, role words, title cues and name genders.
 *
 * <p>Loaded once from the versioned files in {@code org/echotrace/extract/quotes/}; a malformed line fails
 * loading with its file and line.
 */
public final class SpeechCues {

    /** What a role word stands for: a person, an organisation, or a group of people speaking together. */
    public enum RoleKind { PERSON, ORG, GROUP }

    /**
     * A role word: what it stands for, the gender it shows and its list: for organisations, the word starts one of the
     * names of the organisation it refers back to must hold ({@code посольств} → {@code embassy}, {@code посольств}),
     * empty when any organisation named before will do; for people, the knowledge-base roles it names
     * ({@code пресс-секретар} → {@code press_secretary}), for {@code представитель ведомства}. {@code other}: a
     * description of someone the text may never name ({@code следователь}, {@code бабушка}), which refers back only to
     * a person named beside the same word, never just to the last person named.
     */
    public record Role(RoleKind kind, Gender gender, List<String> antecedents, boolean other) {
        public Role {
            antecedents = List.copyOf(antecedents);
        }
    }

    private static final SpeechCues STANDARD = new SpeechCues();

    /** Every one-word verb form, to its lemma. */
    private final Map<String, String> verbs = new HashMap<>();
    /** Two-word verb forms ({@code pointed out}), keyed by first word. */
    private final Map<String, Set<String>> verbSecond = new HashMap<>();
    private final List<List<String>> attributions;
    private final Map<String, Gender> pronouns = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    private final int longestRole;
    private final List<List<String>> titleCues;
    private final Set<String> prefixStops = new HashSet<>();
    private final Set<String> continuation = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Set<String> notNames = new HashSet<>();
    private final List<String> sourceNouns;
    private final Set<String> addressees = new HashSet<>();
    /** Word endings to whether a lone capitalised word with it is a surname (true) or an adjective (false). */
    private final Map<String, Boolean> endings = new HashMap<>();
    private final int longestEnding;

    private SpeechCues() {
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "speech-verbs.txt")) {
            e.key();
            for (String form : e.values()) {
                String[] w = form.toLowerCase(Locale.ROOT).split(" ");
                if (w.length == 1) {
                    verbs.put(w[0], e.key());
                } else if (w.length == 2) {
                    verbSecond.computeIfAbsent(w[0], k -> new HashSet<>()).add(w[1]);
                } else {
                    throw e.error("a verb form has one or two words");
                }
            }
        }
        attributions = CueFile.load(SpeechCues.class, "attribution-phrases.txt").stream()
                .map(e -> List.of(e.text().toLowerCase(Locale.ROOT).split("\\s+"))).toList();
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "pronouns.txt")) {
            pronouns.put(e.key().toLowerCase(Locale.ROOT), gender(e, e.values().get(0)));
        }
        int longest = 0;
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "role-words.txt")) {
            List<String> values = e.values();
            String[] v = values.get(0).split(" ");
            RoleKind kind = switch (v[0]) {
                case "person" -> RoleKind.PERSON;
                case "org" -> RoleKind.ORG;
                case "group" -> RoleKind.GROUP;
                default -> throw e.error("role kind must be person, org or group");
            };
            boolean other = v.length > 1 && v[v.length - 1].equals("other");
            int gi = other ? v.length - 1 : v.length;
            if (gi > 2 || other && kind != RoleKind.PERSON) {
                throw e.error("a role word takes a kind, then an optional gender, then 'other' for people only");
            }
            Gender g = gi > 1 ? gender(e, v[1]) : Gender.UNKNOWN;
            if (values.size() > 2 || values.size() == 2 && kind == RoleKind.GROUP) {
                throw e.error("a person or org role word takes at most one ' | ' list (knowledge-base roles; name stems)");
            }
            List<String> antecedents = values.size() == 2
                    ? List.of(values.get(1).toLowerCase(Locale.ROOT).split(" ")) : List.of();
            String key = e.key().toLowerCase(Locale.ROOT);
            roles.put(key, new Role(kind, g, antecedents, other));
            longest = Math.max(longest, key.length());
        }
        longestRole = longest;
        titleCues = CueFile.load(SpeechCues.class, "title-cues.txt").stream()
                .map(e -> List.of(e.text().toLowerCase(Locale.ROOT).split("\\s+"))).toList();
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "speaker-prefix-stop.txt")) {
            prefixStops.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "continuation-words.txt")) {
            continuation.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "prepositions.txt")) {
            prepositions.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "articles.txt")) {
            articles.add(e.text().toLowerCase(Locale.ROOT));
        }
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "female-names.txt")) {
            firstNames.put(e.key().toLowerCase(Locale.ROOT), gender(e, e.values().get(0)));
        }
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "not-names.txt")) {
            notNames.add(e.text().toLowerCase(Locale.ROOT));
        }
        sourceNouns = CueFile.load(SpeechCues.class, "source-nouns.txt").stream()
                .map(e -> e.text().toLowerCase(Locale.ROOT)).toList();
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "addressee-words.txt")) {
            addressees.add(e.text().toLowerCase(Locale.ROOT));
        }
        int longestEnd = 0;
        for (CueFile.Entry e : CueFile.load(SpeechCues.class, "word-endings.txt")) {
            String v = e.values().get(0);
            if (!v.equals("surname") && !v.equals("adjective")) {
                throw e.error("ending kind must be surname or adjective");
            }
            endings.put(e.key().toLowerCase(Locale.ROOT), v.equals("surname"));
            longestEnd = Math.max(longestEnd, e.key().length());
        }
        longestEnding = longestEnd;
    }

    /** The shared instance. */
    public static SpeechCues standard() {
        return STANDARD;
    }

    private static Gender gender(CueFile.Entry e, String v) {
        try {
            return Gender.parse(v);
        } catch (IllegalArgumentException x) {
            throw e.error(x.getMessage());
        }
    }

    /**
     * The number of tokens a speech verb takes at {@code tokens[i]} (1 or 2), or 0 when there is none.
     */
    public int verbAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.word()) {
            return 0;
        }
        if (i + 1 < tokens.size()) {
            Set<String> second = verbSecond.get(t.lower());
            if (second != null && tokens.get(i + 1).word() && second.contains(tokens.get(i + 1).lower())) {
                return 2;
            }
        }
        return verbs.containsKey(t.lower()) ? 1 : 0;
    }

    /** The gender a verb form shows: Russian past tense -л / -ла / -ли (and -лся / -лась). */
    public static Gender verbGender(String form) {
        if (form.endsWith("ла") || form.endsWith("лась")) {
            return Gender.FEMALE;
        }
        if (form.endsWith("ли") || form.endsWith("лись")) {
            return Gender.PLURAL;
        }
        if (form.endsWith("л") || form.endsWith("лся")) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /** The number of tokens of an attribution phrase starting at {@code tokens[i]}, or 0. */
    public int attributionAt(List<Token> tokens, int i) {
        return phraseAt(attributions, tokens, i, false);
    }

    /** Whether a title cue ends at {@code tokens[i]} or starts there (stems match word starts). */
    public boolean titleCueAt(List<Token> tokens, int i) {
        return phraseAt(titleCues, tokens, i, true) > 0;
    }

    private static int phraseAt(List<List<String>> phrases, List<Token> tokens, int i, boolean stems) {
        for (List<String> p : phrases) {
            if (i + p.size() > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.word() && (stems && k == p.size() - 1 ? t.lower().startsWith(p.get(k)) : t.lower().equals(p.get(k)));
            }
            if (ok) {
                return p.size();
            }
        }
        return 0;
    }

    /** The gender a possessive pronoun shows ({@code его} male, {@code её} female, {@code их} plural), or null. */
    public Gender possessive(String lower) {
        return switch (lower) {
            case "его", "his" -> Gender.MALE;
            case "ее", "её", "her" -> Gender.FEMALE;
            default -> null;
        };
    }

    /** The gender a pronoun shows, or null when the word is no speaker pronoun. */
    public Gender pronoun(String lower) {
        return pronouns.get(lower);
    }

    /** The role a word stands for (the longest listed start of it), or null. */
    public Role role(String lower) {
        for (int n = Math.min(longestRole, lower.length()); n >= 3; n--) {
            Role r = roles.get(lower.substring(0, n));
            if (r != null && (n == lower.length() || n >= 4 || isCyrillic(lower))) {
                return r;
            }
        }
        return null;
    }

    private static boolean isCyrillic(String s) {
        return !s.isEmpty() && Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /** Whether a line prefix before a colon is page furniture, never a speaker. */
    public boolean prefixStop(String lower) {
        return prefixStops.contains(lower);
    }

    /** Whether a word may stand between a quote and the verb of the next sentence ({@code Об этом заявил}). */
    public boolean continuationWord(String lower) {
        return continuation.contains(lower);
    }

    /** Whether a word right before a short quoted phrase makes it a noun phrase ({@code the "special operation"}). */
    public boolean article(String lower) {
        return articles.contains(lower);
    }

    /** Whether a word is a preposition (a capitalised word after it is no speaker's name). */
    public boolean preposition(String lower) {
        return prepositions.contains(lower);
    }

    /** Whether a capitalised word never names a speaker ({@code Как}, {@code Ранее}, {@code Участники}). */
    public boolean notName(String lower) {
        return notNames.contains(lower);
    }

    /** Whether a word makes the organisation after it the one spoken to ({@code телеканалу}, {@code изданию}). */
    public boolean addressee(String lower) {
        return addressees.contains(lower);
    }

    /** Whether a word names what a relaying outlet quotes ({@code сообщение}, {@code слова}, {@code statement}). */
    public boolean sourceNoun(String lower) {
        for (String n : sourceNouns) {
            if (lower.startsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word ends as a surname does ({@code Песков}, {@code Захарова}, {@code Кобахидзе}). */
    public boolean surnameLike(String lower) {
        return Boolean.TRUE.equals(ending(lower));
    }

    /** Whether a word ends as an adjective does ({@code Правящая}, {@code Новые}), so alone it is no name. */
    public boolean adjectiveLike(String lower) {
        return Boolean.FALSE.equals(ending(lower));
    }

    private Boolean ending(String lower) {
        for (int n = Math.min(longestEnding, lower.length() - 2); n >= 2; n--) {
            Boolean b = endings.get(lower.substring(lower.length() - n));
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** The gender a first name shows when the list decides it, else null. */
    public Gender firstName(String lower) {
        return firstNames.get(lower);
    }
}
