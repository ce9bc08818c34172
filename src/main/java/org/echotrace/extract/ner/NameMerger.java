package org.echotrace.extract.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.extract.entities.Found;
import org.echotrace.extract.entities.Token;
import org.echotrace.extract.entities.Tokenizer;
import org.echotrace.model.Mention;

/**
 * Merges the knowledge base's findings in a post with the names the trained tagger finds:
 * <ol>
 *   <li>knowledge-base ids win: a tagged name overlapping a knowledge-base (or cue) mention only confirms it
 *       ({@code kb+model}), except that an organisation or place name tagged around shorter known names
 *       ({@code Bank of England}, {@code МВД Киргизии}) is one new entity and the names inside are not
 *       mentions;</li>
 *   <li>a tagged name nothing else found becomes {@code new:<type>:<key>}, keyed by {@link NameLemmas} so that
 *       every case form of a name shares one id; cue-found names are keyed the same way;</li>
 *   <li>document-level consistency: a single word matching the last word of a person named in full earlier in
 *       the post takes that person's id and type, and such a surname is a mention even where the tagger
 *       missed it.</li>
 * </ol>
 */
public final class NameMerger {
    private static final double MODEL_CONFIDENCE = 0.6;
    private final NameLemmas lemmas;

    public NameMerger(NameLemmas lemmas) {
        this.lemmas = lemmas;
    }

    /** One field of a post, its words as the entity tokenizer split them, and what the knowledge base found in it. */
    public record Field(String name, String value, List<Token> tokens, List<Found> found) {
        /** A field whose words are split here. */
        public Field(String name, String value, List<Found> found) {
            this(name, value, value == null ? List.of() : Tokenizer.tokenize(value), found);
        }
    }

    /** A mention, and what found it ({@link Mention#KB}, {@link Mention#MODEL}, {@link Mention#BOTH}). */
    public record Hit(Found found, String source) {
    }

    /** The merged mentions of all fields, field by field and in order within each. */
    public List<Hit> merge(List<Field> fields, NameTagger tagger) {
        List<Hit> out = new ArrayList<>();
        Map<String, Found> surnames = new HashMap<>();
        for (Field f : fields) {
            if (f.value() == null || f.value().isEmpty()) {
                continue;
            }
            List<Token> tokens = f.tokens();
            List<NameSpan> spans = tagger == null ? List.of() : tagger.tag(f.value(), tokens);
            List<Hit> hits = new ArrayList<>(f.found().size() + spans.size());
            for (Found k : f.found()) {
                hits.add(new Hit(k.known() ? k : rekey(k, tokens), Mention.KB));
            }
            boolean[] covered = new boolean[tokens.size()];
            for (NameSpan s : spans) {
                Token first = tokens.get(s.first());
                Token last = tokens.get(s.end() - 1);
                if (!s.type().equals("PER") && containsOnly(hits, first.cpStart(), last.cpEnd())) {
                    // "Bank of England", "МВД Киргизии", "Новая Шотландия": the names inside are not mentions
                    hits.removeIf(h -> h.found().start() >= first.cpStart() && h.found().end() <= last.cpEnd());
                    hits.add(new Hit(modelFound(f, tokens, s), Mention.BOTH));
                    continue;
                }
                boolean overlaps = false;
                for (int h = 0; h < hits.size(); h++) {
                    Hit hit = hits.get(h);
                    if (hit.found().start() < last.cpEnd() && first.cpStart() < hit.found().end()) {
                        overlaps = true;
                        if (!hit.source().equals(Mention.MODEL)) {
                            hits.set(h, new Hit(hit.found(), Mention.BOTH));
                        }
                    }
                }
                if (!overlaps) {
                    hits.add(new Hit(modelFound(f, tokens, s), Mention.MODEL));
                }
            }
            hits.sort(Comparator.comparingInt((Hit h) -> h.found().start()).thenComparingInt(h -> h.found().end()));
            for (Hit h : hits) {
                markCovered(tokens, h.found(), covered);
            }
            out.addAll(consistent(f, tokens, hits, covered, surnames));
        }
        return out;
    }

    /**
     * Whether the knowledge-base mentions overlapping {@code [start, end)} all lie strictly inside it: at least
     * one does, none sticks out or names a person, and the span is longer than each.
     */
    private static boolean containsOnly(List<Hit> hits, int start, int end) {
        boolean any = false;
        for (Hit h : hits) {
            Found k = h.found();
            if (k.start() < end && start < k.end()) {
                // a person inside is kept: "Statement P. J. Crowley" is not an organisation
                if (k.start() < start || k.end() > end || k.start() == start && k.end() == end
                        || k.type().equals("PERSON")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Surnames after full names take the full name's id; uncovered capitalised surnames become mentions. */
    private List<Hit> consistent(Field f, List<Token> tokens, List<Hit> hits, boolean[] covered,
                                 Map<String, Found> surnames) {
        List<Hit> out = new ArrayList<>(hits.size());
        int next = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            int cp = i < tokens.size() ? tokens.get(i).cpStart() : Integer.MAX_VALUE;
            while (next < hits.size() && hits.get(next).found().start() <= cp) {
                Hit h = hits.get(next++);
                Found k = h.found();
                int words = wordsIn(tokens, k);
                if (words == 1 && !k.known()) {
                    Found full = surnames.get(lastKey(tokens, k));
                    if (full != null) {
                        h = new Hit(as(full, k), h.source());
                    }
                } else if (words >= 2 && k.type().equals("PERSON")) {
                    surnames.put(lastKey(tokens, k), k);
                }
                out.add(h);
            }
            if (i < tokens.size() && !covered[i] && tokens.get(i).capitalized() && !tokens.get(i).hashtag()) {
                Found full = surnames.get(lemmas.word(tokens.get(i).key()));
                if (full != null && tokens.get(i).text().length() > 2) {
                    Token t = tokens.get(i);
                    String text = f.value().substring(t.charStart(), t.charEnd());
                    Found k = new Found(full.id(), full.name(), full.type(), full.known(), MODEL_CONFIDENCE,
                            f.name(), t.cpStart(), t.cpEnd(), text, "surname");
                    out.add(new Hit(k, Mention.MODEL));
                }
            }
        }
        return out;
    }

    private static Found as(Found full, Found k) {
        return new Found(full.id(), full.name(), full.type(), full.known(), Math.min(full.confidence(), 0.8),
                k.field(), k.start(), k.end(), k.text(), "surname");
    }

    private Found modelFound(Field f, List<Token> tokens, NameSpan s) {
        Token first = tokens.get(s.first());
        Token last = tokens.get(s.end() - 1);
        String type = switch (s.type()) {
            case "PER" -> "PERSON";
            case "LOC" -> "PLACE";
            default -> "ORG";
        };
        List<String> keys = new ArrayList<>(s.end() - s.first());
        for (int k = s.first(); k < s.end(); k++) {
            keys.add(tokens.get(k).key());
        }
        String text = f.value().substring(first.charStart(), last.charEnd());
        return new Found(id(type, keys), text, type, false, MODEL_CONFIDENCE, f.name(), first.cpStart(),
                last.cpEnd(), text, "model");
    }

    /** A name the knowledge base lacks, filed under its lemma key. */
    private Found rekey(Found k, List<Token> tokens) {
        List<String> keys = new ArrayList<>();
        for (int i = firstOverlapping(tokens, k.start()); i < tokens.size() && tokens.get(i).cpStart() < k.end(); i++) {
            Token t = tokens.get(i);
            if (t.cpStart() >= k.start() && t.cpEnd() <= k.end()) {
                keys.add(t.key());
            }
        }
        if (keys.isEmpty()) {
            return k;
        }
        return new Found(id(k.type(), keys), k.name(), k.type(), false, k.confidence(), k.field(), k.start(),
                k.end(), k.text(), k.how());
    }

    private String id(String type, List<String> keys) {
        return "new:" + type.toLowerCase(Locale.ROOT) + ":" + lemmas.key(keys);
    }

    private String lastKey(List<Token> tokens, Found k) {
        String last = null;
        for (int i = firstOverlapping(tokens, k.start()); i < tokens.size() && tokens.get(i).cpStart() < k.end(); i++) {
            Token t = tokens.get(i);
            if (t.cpStart() >= k.start() && t.cpEnd() <= k.end()) {
                last = t.key();
            }
        }
        return last == null ? "" : lemmas.word(last);
    }

    private static int wordsIn(List<Token> tokens, Found k) {
        int n = 0;
        for (int i = firstOverlapping(tokens, k.start()); i < tokens.size() && tokens.get(i).cpStart() < k.end(); i++) {
            Token t = tokens.get(i);
            if (t.cpStart() >= k.start() && t.cpEnd() <= k.end()) {
                n++;
            }
        }
        return n;
    }

    private static void markCovered(List<Token> tokens, Found k, boolean[] covered) {
        for (int i = firstOverlapping(tokens, k.start()); i < tokens.size() && tokens.get(i).cpStart() < k.end(); i++) {
            covered[i] = true;
        }
    }

    /**
     * The index of the first token ending after code point {@code start}: tokens come in text order and do not
     * overlap, so their ends ascend and a binary search finds it; every token overlapping a span that starts at
     * {@code start} is at or after it. Keeps merging linear in the post's length rather than tokens × mentions.
     */
    static int firstOverlapping(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).cpEnd() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
