package org.echotrace.clean.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.Language;

/**
 * Lingua's rule tables (scripts per language, unique characters, characters shared by a few languages), read
 * from the versioned resource {@value #RESOURCE} and indexed for per-character lookups.
 */
final class LinguaRules {
    static final String RESOURCE = "/org/echotrace/clean/lang/lingua-rules.tsv";
    /** Code of a BMP character whose script is none of Lingua's alphabets. */
    static final byte NO_ALPHABET = -1;

    /** Lingua's alphabets in its enum order; indices are "alphabet ids". */
    final Character.UnicodeScript[] alphabets;
    /** Languages in Lingua's enum order, without UNKNOWN. */
    final Language[] languages;
    final Map<Language, EnumSet<Character.UnicodeScript>> languageAlphabets = new EnumMap<>(Language.class);
    /** For each alphabet id, the only language written in it, or null. */
    final Language[] soleLanguage;
    /** Alphabet id of every BMP char, or {@link #NO_ALPHABET}. */
    final byte[] alphabetOfChar = new byte[65536];
    /** Languages having the char as a unique character (Lingua's uniqueCharacters), by char; mostly null. */
    final Language[][] uniqueOwners = new Language[65536][];
    /** Languages listed for the char in CHARS_TO_LANGUAGES_MAPPING, by char; mostly null. */
    final Language[][] sharedOwners = new Language[65536][];
    /** Languages implausible for a text of at least {@link #requireUniqueLetters} letters lacking their unique characters. */
    final EnumSet<Language> requireUnique = EnumSet.noneOf(Language.class);
    int requireUniqueLetters = Integer.MAX_VALUE;
    final int latin;
    final int cyrillic;
    final int devanagari;
    final int han;

    private static final LinguaRules INSTANCE = load();

    static LinguaRules get() {
        return INSTANCE;
    }

    private LinguaRules(List<Character.UnicodeScript> alphabetList, Map<Language, EnumSet<Character.UnicodeScript>> alphabetsByLanguage,
            Map<Language, String> unique, Map<String, Language[]> shared) {
        this.alphabets = alphabetList.toArray(new Character.UnicodeScript[0]);
        this.languageAlphabets.putAll(alphabetsByLanguage);
        this.languages = alphabetsByLanguage.keySet().toArray(new Language[0]);
        Arrays.fill(alphabetOfChar, NO_ALPHABET);
        for (int c = 0; c < 65536; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            for (int a = 0; a < alphabets.length; a++) {
                if (alphabets[a] == s) {
                    alphabetOfChar[c] = (byte) a;
                    break;
                }
            }
        }
        soleLanguage = new Language[alphabets.length];
        for (int a = 0; a < alphabets.length; a++) {
            Language only = null;
            int n = 0;
            for (Map.Entry<Language, EnumSet<Character.UnicodeScript>> e : alphabetsByLanguage.entrySet()) {
                if (e.getValue().contains(alphabets[a])) {
                    only = e.getKey();
                    n++;
                }
            }
            soleLanguage[a] = n == 1 ? only : null;
        }
        unique.forEach((lang, chars) -> chars.chars().forEach(c -> uniqueOwners[c] = append(uniqueOwners[c], lang)));
        shared.forEach((chars, langs) -> chars.chars().forEach(c -> sharedOwners[c] = langs));
        latin = alphabetList.indexOf(Character.UnicodeScript.LATIN);
        cyrillic = alphabetList.indexOf(Character.UnicodeScript.CYRILLIC);
        devanagari = alphabetList.indexOf(Character.UnicodeScript.DEVANAGARI);
        han = alphabetList.indexOf(Character.UnicodeScript.HAN);
    }

    /** Alphabet id of a code point, or {@link #NO_ALPHABET}. */
    byte alphabetOf(int cp) {
        if (cp < 65536) {
            return alphabetOfChar[cp];
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        for (int a = 0; a < alphabets.length; a++) {
            if (alphabets[a] == s) {
                return (byte) a;
            }
        }
        return NO_ALPHABET;
    }

    private static Language[] append(Language[] a, Language l) {
        if (a == null) {
            return new Language[] {l};
        }
        Language[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = l;
        return b;
    }

    private static LinguaRules load() {
        InputStream in = LinguaRules.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<Character.UnicodeScript> alphabetList = new ArrayList<>();
        Map<Language, EnumSet<Character.UnicodeScript>> alphabetsByLanguage = new EnumMap<>(Language.class);
        Map<Language, String> unique = new EnumMap<>(Language.class);
        Map<String, Language[]> shared = new java.util.LinkedHashMap<>();
        EnumSet<Language> requireUnique = EnumSet.noneOf(Language.class);
        int requireUniqueLetters = Integer.MAX_VALUE;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                try {
                    switch (f[0]) {
                        case "alphabets" -> {
                            expect(f, 2);
                            for (String s : f[1].split(",")) {
                                alphabetList.add(Character.UnicodeScript.valueOf(s));
                            }
                        }
                        case "lang" -> {
                            expect(f, 4);
                            Language l = Language.valueOf(f[1]);
                            EnumSet<Character.UnicodeScript> set = EnumSet.noneOf(Character.UnicodeScript.class);
                            for (String s : f[2].split(",")) {
                                set.add(Character.UnicodeScript.valueOf(s));
                            }
                            alphabetsByLanguage.put(l, set);
                            if (!f[3].equals("-")) {
                                unique.put(l, f[3]);
                            }
                        }
                        case "chars" -> {
                            expect(f, 3);
                            String[] names = f[2].split(",");
                            Language[] langs = new Language[names.length];
                            for (int i = 0; i < names.length; i++) {
                                langs[i] = Language.valueOf(names[i]);
                            }
                            shared.put(f[1], langs);
                        }
                        case "requireUnique" -> {
                            expect(f, 3);
                            for (String name : f[1].split(",")) {
                                requireUnique.add(Language.valueOf(name));
                            }
                            requireUniqueLetters = Integer.parseInt(f[2]);
                        }
                        default -> throw new IllegalArgumentException("unknown record type '" + f[0] + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(String.format(Locale.ROOT, "%s line %d: %s", RESOURCE, n, e.getMessage()), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (alphabetList.isEmpty() || alphabetsByLanguage.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no alphabets or no languages");
        }
        LinguaRules rules = new LinguaRules(alphabetList, alphabetsByLanguage, unique, shared);
        for (Language l : requireUnique) {
            if (!unique.containsKey(l)) {
                throw new IllegalStateException(RESOURCE + ": requireUnique language " + l + " has no unique characters");
            }
        }
        rules.requireUnique.addAll(requireUnique);
        rules.requireUniqueLetters = requireUniqueLetters;
        return rules;
    }

    private static void expect(String[] f, int n) {
        if (f.length != n) {
            throw new IllegalArgumentException("expected " + n + " tab-separated fields, got " + f.length);
        }
    }
}
