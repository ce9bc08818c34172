package org.echotrace.extract.ner;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.extract.entities.Token;

/**
 * Tags the names in one field's words with a {@link NameModel}: left to right, each word takes the
 * best-scoring label that may follow the previous one ({@code I-X} only after {@code B-X} or {@code I-X}),
 * the labels already given feeding the next word's features. Greedy decoding over int arrays, with no
 * allocation per word, keeps it in the hundreds of thousands of words per second on one core.
 * Thread-safe: each call has its own buffers.
 */
public final class NameTagger {
    private final NameModel model;

    public NameTagger(NameModel model) {
        this.model = model;
    }

    public NameModel model() {
        return model;
    }

    /** The names in {@code text}, split into {@code tokens} by the entity tokenizer. */
    public List<NameSpan> tag(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return spans(labels(NameFeatures.of(text, tokens)));
    }

    /**
     * One label per word. The features that do not depend on earlier labels are scored for every word first,
     * a loop without data-dependent branches in which the table reads of many words overlap; decoding then adds
     * the few label features word by word. Integer sums, so the labels are those of scoring each word whole.
     */
    public int[] labels(NameFeatures f) {
        int n = f.size();
        int labels = model.labels();
        int[] out = new int[n];
        int[] feats = new int[NameFeatures.MAX];
        int[] fixed = new int[n * labels];
        int[] scores = new int[labels];
        for (int i = 0; i < n; i++) {
            model.score(feats, f.fixedAt(i, feats), scores);
            System.arraycopy(scores, 0, fixed, i * labels, labels);
        }
        int prev1 = -1;
        int prev2 = -1;
        for (int i = 0; i < n; i++) {
            System.arraycopy(fixed, i * labels, scores, 0, labels);
            model.add(feats, f.followingAt(i, prev1, prev2, feats, 0), scores);
            int best = 0;
            int bestScore = scores[0];
            for (int l = 1; l < labels; l++) {
                if (scores[l] > bestScore && allowed(prev1, l)) {
                    best = l;
                    bestScore = scores[l];
                }
            }
            out[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        return out;
    }

    /** Whether {@code label} may follow {@code prev}. */
    public static boolean allowed(int prev, int label) {
        if (!NameModel.isInside(label)) {
            return true;
        }
        return prev > 0 && NameModel.typeOf(prev) == NameModel.typeOf(label);
    }

    /** The names a label sequence spells. */
    public List<NameSpan> spans(int[] labels) {
        List<NameSpan> out = new ArrayList<>();
        List<String> types = model.types();
        int start = -1;
        int type = -1;
        for (int i = 0; i <= labels.length; i++) {
            int l = i < labels.length ? labels[i] : 0;
            boolean continues = l > 0 && NameModel.isInside(l) && NameModel.typeOf(l) == type;
            if (start >= 0 && !continues) {
                out.add(new NameSpan(start, i, types.get(type)));
                start = -1;
                type = -1;
            }
            if (l > 0 && !continues) {
                start = i;
                type = NameModel.typeOf(l);
            }
        }
        return out;
    }
}
