package org.echotrace.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.extract.ner.NameModels;
import org.echotrace.extract.ner.NameTagger;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.text.CueFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped name-tagger models against their reporting sets, when the corpora are present: each model
 * scores exactly what its training run recorded ({@code LANG.model.txt}), and the tagger and the merged
 * entity stage stay above pinned floors. Reporting sets only: NEREL test, wikigold's held-out fifth, BTC F.
 */
class ShippedNameModelsTest {
    /** Floors, a little under the figures measured when the models were shipped (see README). */
    static final double RU_TAGGER_FLOOR = 0.80;
    static final double RU_MERGED_FLOOR = 0.80;
    static final double EN_WIKIGOLD_FLOOR = 0.50;
    static final double EN_BTC_FLOOR = 0.61;

    static NerCorpora corpora;

    @BeforeAll
    static void corpora() {
        corpora = new NerCorpora(Path.of("../shared/data/ner"));
        Assumptions.assumeTrue(corpora.present(), "named-entity corpora not present");
    }

    static Map<String, Double> recorded(String lang) {
        Map<String, Double> out = new HashMap<>();
        for (CueFile.Entry e : CueFile.load(NameModels.class, lang + ".model.txt")) {
            if (e.key().startsWith("score.")) {
                out.put(e.key().substring("score.".length()), Double.parseDouble(e.values().get(0)));
            }
        }
        return out;
    }

    static double f1(String lang, List<NerDocument> docs) {
        NameTagger tagger = NameModels.forLanguage(lang).orElseThrow();
        return NameTrainer.score(tagger, NerExample.of(docs, TrainNer.TYPES)).f1();
    }

    @Test
    void russianModelReproducesItsTrainingRunAndFloor() {
        double f = f1("ru", corpora.nerel("test"));
        assertThat(f).isCloseTo(recorded("ru").get("nerel-test"), within(0.00006));
        assertThat(f).isGreaterThanOrEqualTo(RU_TAGGER_FLOOR);
    }

    @Test
    void englishModelReproducesItsTrainingRunAndFloors() {
        Map<String, Double> rec = recorded("en");
        double wiki = f1("en", corpora.wikigold(4));
        double btc = f1("en", corpora.btc('f'));
        assertThat(wiki).isCloseTo(rec.get("wikigold-fold4"), within(0.00006));
        assertThat(btc).isCloseTo(rec.get("btc-f"), within(0.00006));
        assertThat(wiki).isGreaterThanOrEqualTo(EN_WIKIGOLD_FLOOR);
        assertThat(btc).isGreaterThanOrEqualTo(EN_BTC_FLOOR);
    }

    @Test
    void mergedEntityStageKeepsKnowledgeBasePrecisionOnPartOfNerelTest() {
        EntityEval eval = new EntityEval(corpora, KnowledgeBase.standard());
        // the first 40 documents: the knowledge-base finder is slow on long articles
        EntityEval.SetScore s = eval.score("nerel-test", corpora.nerel("test").subList(0, 40));
        assertThat(s.merged().f1()).isGreaterThanOrEqualTo(RU_MERGED_FLOOR);
        assertThat(s.mergedKbMentions().precision()).isGreaterThanOrEqualTo(s.kb().precision());
    }
}
