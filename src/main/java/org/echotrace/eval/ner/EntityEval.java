package org.echotrace.eval.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.extract.EntityExtractor;
import org.echotrace.extract.entities.Token;
import org.echotrace.extract.entities.Tokenizer;
import org.echotrace.extract.ner.NameModels;
import org.echotrace.extract.ner.NameSpan;
import org.echotrace.extract.ner.NameTagger;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

/**
 * Entity quality on the reporting sets ({@code echotrace eval entities}): NEREL test (Russian), the held-out
 * fifth of wikigold and BTC section F (English), never trained or tuned on. Each document goes through the
 * entity stage as a post; its mentions (PERSON → PER, ORG and OUTLET → ORG, PLACE → LOC) are scored against
 * the gold names on the pipeline's words ({@link NameScore}). Three runs per set: the knowledge base alone,
 * the tagger alone, and the two merged as {@code analyze} runs them; for the merged run, the precision of the
 * mentions the knowledge base found too, to show the merge keeps it.
 */
public final class EntityEval {
    private final NerCorpora corpora;
    private final EntityExtractor merged;
    private final EntityExtractor kbOnly;

    public EntityEval(NerCorpora corpora, KnowledgeBase kb) {
        this.corpora = corpora;
        this.merged = new EntityExtractor(kb, true);
        this.kbOnly = new EntityExtractor(kb, false);
    }

    /** One reporting set's scores. */
    public record SetScore(String set, int documents, NameScore kb, NameScore model, NameScore merged,
                           NameScore mergedKbMentions, double wordsPerSecond) {
    }

    /** The reporting sets, in order. */
    public Map<String, List<NerDocument>> sets() {
        Map<String, List<NerDocument>> out = new LinkedHashMap<>();
        out.put("nerel-test", corpora.nerel("test"));
        out.put("wikigold-fold4", corpora.wikigold(4));
        out.put("btc-f", corpora.btc('f'));
        return out;
    }

    public List<SetScore> run() {
        List<SetScore> out = new ArrayList<>();
        for (Map.Entry<String, List<NerDocument>> e : sets().entrySet()) {
            out.add(score(e.getKey(), e.getValue()));
        }
        return out;
    }

    public SetScore score(String set, List<NerDocument> docs) {
        String lang = set.startsWith("nerel") ? "ru" : "en";
        NameTagger tagger = NameModels.forLanguage(lang).orElse(null);
        NameScore kb = new NameScore();
        NameScore model = new NameScore();
        NameScore both = new NameScore();
        NameScore kbMentions = new NameScore();
        long words = 0;
        long nanos = 0;
        long kbNanos = 0;
        long tagNanos = 0;
        for (NerDocument d : docs) {
            NerExample ex = NerExample.of(d, TrainNer.TYPES);
            Post post = Post.builder(Source.of(d.id(), Format.ARTICLE_TEXT)).text(d.text()).language(lang).build();
            long k0 = System.nanoTime();
            List<EntityRef> kbEs = kbOnly.apply(post).entities();
            kbNanos += System.nanoTime() - k0;
            kb.add(ex.goldSpans, spans(d.text(), ex.tokens, kbEs, false), ex.unprojected);
            long t0 = System.nanoTime();
            List<EntityRef> es = merged.apply(post).entities();
            nanos += System.nanoTime() - t0;
            words += ex.tokens.size();
            both.add(ex.goldSpans, spans(d.text(), ex.tokens, es, false), ex.unprojected);
            kbMentions.add(ex.goldSpans, spans(d.text(), ex.tokens, es, true), ex.unprojected);
            if (tagger != null) {
                long g0 = System.nanoTime();
                List<NameSpan> tagged = tagger.tag(d.text(), ex.tokens);
                tagNanos += System.nanoTime() - g0;
                model.add(ex.goldSpans, tagged, ex.unprojected);
            }
        }
        if (Boolean.getBoolean("ner.timing")) {
            System.out.printf(java.util.Locale.ROOT, "%s: kb %.0f words/s, tagger %.0f words/s, merged %.0f words/s%n",
                    set, words / (kbNanos / 1e9), words / (tagNanos / 1e9), words / (nanos / 1e9));
        }
        return new SetScore(set, docs.size(), kb, model, both, kbMentions, words / (nanos / 1e9));
    }

    /** The entity mentions as word spans; with {@code kbOnly}, those the knowledge base found. */
    static List<NameSpan> spans(String text, List<Token> tokens, List<EntityRef> entities, boolean kbOnly) {
        List<NameSpan> out = new ArrayList<>();
        for (EntityRef e : entities) {
            String type = switch (e.type()) {
                case "PERSON" -> "PER";
                case "PLACE" -> "LOC";
                default -> "ORG";
            };
            for (Mention m : e.mentions()) {
                if (kbOnly && Mention.MODEL.equals(m.source())) {
                    continue;
                }
                int cs = text.offsetByCodePoints(0, m.start());
                int ce = text.offsetByCodePoints(cs, m.end() - m.start());
                int first = -1;
                int end = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.charStart() < ce && cs < t.charEnd()) {
                        if (first < 0) {
                            first = i;
                        }
                        end = i + 1;
                    }
                }
                if (first >= 0) {
                    out.add(new NameSpan(first, end, type));
                }
            }
        }
        return out;
    }
}
