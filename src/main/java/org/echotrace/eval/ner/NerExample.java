package org.echotrace.eval.ner;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.extract.entities.Token;
import org.echotrace.extract.entities.Tokenizer;
import org.echotrace.extract.ner.NameFeatures;
import org.echotrace.extract.ner.NameModel;
import org.echotrace.extract.ner.NameSpan;

/**
 * A corpus document as the tagger sees it: the pipeline's tokens, their features, and the gold names
 * projected onto whole tokens (a token belongs to a name when their characters overlap). A gold name that
 * covers no token (an emoji, a lone punctuation mark) counts as missed in every score.
 */
public final class NerExample {
    final NerDocument doc;
    final List<Token> tokens;
    final NameFeatures features;
    final int[] gold;
    final List<NameSpan> goldSpans;
    final int unprojected;

    private NerExample(NerDocument doc, List<Token> tokens, NameFeatures features, int[] gold,
                       List<NameSpan> goldSpans, int unprojected) {
        this.doc = doc;
        this.tokens = tokens;
        this.features = features;
        this.gold = gold;
        this.goldSpans = goldSpans;
        this.unprojected = unprojected;
    }

    static NerExample of(NerDocument doc, List<String> types) {
        List<Token> tokens = Tokenizer.tokenize(doc.text());
        int[] gold = new int[tokens.size()];
        List<NameSpan> spans = new ArrayList<>();
        int unprojected = 0;
        int t = 0;
        for (NerDocument.Name n : doc.names()) {
            while (t < tokens.size() && tokens.get(t).charEnd() <= n.start()) {
                t++;
            }
            int first = t;
            int end = t;
            while (end < tokens.size() && tokens.get(end).charStart() < n.end()) {
                end++;
            }
            int type = types.indexOf(n.type());
            boolean free = end > first;
            for (int k = first; k < end && free; k++) {
                free = gold[k] == 0;
            }
            if (!free || type < 0) {
                unprojected++;
                continue;
            }
            gold[first] = NameModel.begin(type);
            for (int k = first + 1; k < end; k++) {
                gold[k] = NameModel.inside(type);
            }
            spans.add(new NameSpan(first, end, n.type()));
            t = end;
        }
        return new NerExample(doc, tokens, NameFeatures.of(doc.text(), tokens), gold, spans, unprojected);
    }

    static List<NerExample> of(List<NerDocument> docs, List<String> types) {
        List<NerExample> out = new ArrayList<>(docs.size());
        for (NerDocument d : docs) {
            out.add(of(d, types));
        }
        return out;
    }

    int words() {
        return tokens.size();
    }
}
