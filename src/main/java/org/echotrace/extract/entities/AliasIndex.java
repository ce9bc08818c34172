package org.echotrace.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.text.Transliteration;

/**
 * Every knowledge-base name as a sequence of folded words, indexed by its first word, for longest-match
 * lookup over a post's tokens; plus the same names with spaces and punctuation squashed out, for hashtags
 * ({@code #EuropeanUnion}), and as transliteration skeletons, for Cyrillic spellings the knowledge base lacks.
 */
final class AliasIndex {

    /**
     * One name of one or more entities.
     *
     * @param words    folded words of the name
     * @param entities who bears it
     * @param acronym  written in capitals in the knowledge base ({@code OSCE}, {@code НАТО}): the text must be too
     * @param surname  a lone word naming a person whose full name is longer: needs resolving
     */
    record Alias(String[] words, List<KbEntity> entities, boolean acronym, boolean surname) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    private final Map<String, List<KbEntity>> squashed = new HashMap<>();
    private final Map<String, List<KbEntity>> skeletons = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final Set<String> particles = new HashSet<>();

    /** The index of {@code kb}: read from {@code aliases.bin} when that was compiled from this knowledge base. */
    AliasIndex(KnowledgeBase kb) {
        this(kb, true);
    }

    AliasIndex(KnowledgeBase kb, boolean compiled) {
        if (!compiled || !AliasIndexFile.read(kb, this)) {
            build(kb);
        }
    }

    Map<String, List<Alias>> byFirstWord() {
        return byFirstWord;
    }

    Map<String, List<KbEntity>> squashed() {
        return squashed;
    }

    Map<String, List<KbEntity>> skeletons() {
        return skeletons;
    }

    Set<String> vocabulary() {
        return vocabulary;
    }

    Set<String> particles() {
        return particles;
    }

    private void build(KnowledgeBase kb) {
        Map<String, Alias> byKey = new HashMap<>();
        for (KbEntity e : kb.entities()) {
            boolean longName = e.type() == EntityType.PERSON && Tokenizer.tokenize(e.name()).size() > 1;
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String name : names) {
                List<Token> tokens = Tokenizer.tokenize(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(i).key();
                    vocabulary.add(words[i]);
                }
                String key = String.join(" ", words);
                if (Character.isLowerCase(name.codePointAt(0))) {
                    particles.add(words[0]); // "von der Leyen", "al-Sisi", "фон дер Ляйен"
                }
                boolean acronym = words.length == 1 && name.length() >= 2 && isAllUpper(name);
                boolean surname = longName && words.length == 1;
                Alias a = byKey.get(key + (acronym ? "#A" : ""));
                if (a == null) {
                    a = new Alias(words, new ArrayList<>(1), acronym, surname);
                    byKey.put(key + (acronym ? "#A" : ""), a);
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(a);
                }
                if (!a.entities().contains(e)) {
                    a.entities().add(e);
                }
                String sq = squash(words);
                addTo(squashed, sq, e);
                if (!tokens.get(0).cyrillic() && e.type() != EntityType.OUTLET) {
                    addTo(skeletons, Transliteration.skeleton(key), e);
                }
            }
        }
        // longest names first, so the first match found is the longest
        for (List<Alias> list : byFirstWord.values()) {
            list.sort((x, y) -> Integer.compare(y.words().length, x.words().length));
        }
    }

    /** The words run together, without hyphens, apostrophes or periods. */
    private static String squash(String[] words) {
        StringBuilder b = new StringBuilder(32);
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c != '-' && c != '\'' && c != '.') {
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static void addTo(Map<String, List<KbEntity>> map, String key, KbEntity e) {
        List<KbEntity> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    private static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** A lower-case word that starts some name ({@code von}, {@code фон}, {@code al}). */
    boolean particle(String word) {
        return particles.contains(word);
    }

    boolean known(String word) {
        return vocabulary.contains(word);
    }

    List<Alias> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    List<KbEntity> hashtag(String body) {
        String sq = org.echotrace.kb.AliasKey.of(body).replaceAll("[-'._\\s]", "");
        return squashed.getOrDefault(sq, List.of());
    }

    List<KbEntity> skeleton(String latinKey) {
        return skeletons.getOrDefault(Transliteration.skeleton(latinKey), List.of());
    }


}
