package org.echotrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for entity extraction over the standard knowledge base: precision and recall of the
 * entities of each gold post (written by us, English, Russian and Ukrainian), and identity: every alias of
 * every person in the knowledge base links to that person.
 */
class EntityGoldTest {
    static final double PRECISION_FLOOR = 0.90;
    static final double RECALL_FLOOR = 0.90;

    @Test
    void goldPostsMeetPinnedFloors() throws Exception {
        EntityExtractor extractor = new EntityExtractor(KnowledgeBase.standard());
        ObjectMapper om = new ObjectMapper();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/extract/entities-gold.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                JsonNode g = om.readTree(line);
                Post p = Post.builder(Source.of("gold", Format.ARTICLE_TEXT)).text(g.get("text").asText())
                        .published(g.get("published").asText()).build();
                Set<String> got = new HashSet<>();
                for (EntityRef e : extractor.apply(p).entities()) {
                    got.add(e.id());
                }
                Set<String> want = new HashSet<>();
                g.get("entities").forEach(x -> want.add(x.asText()));
                for (String id : got) {
                    if (want.contains(id)) {
                        tp++;
                    } else {
                        fp++;
                        misses.add("line " + n + " extra " + id);
                    }
                }
                for (String id : want) {
                    if (!got.contains(id)) {
                        fn++;
                        misses.add("line " + n + " missed " + id);
                    }
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "entities gold: precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                precision, recall, tp, fp, fn);
        misses.forEach(System.out::println);
        assertThat(precision).as("precision; " + misses).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("recall; " + misses).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void everyAliasOfAPersonLinksToThatPerson() {
        KnowledgeBase kb = KnowledgeBase.standard();
        EntityExtractor extractor = new EntityExtractor(kb);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (KbEntity e : kb.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String alias : names) {
                if (kb.lookup(alias).size() > 1) {
                    continue; // a deliberately shared alias: context decides, tested elsewhere
                }
                checked++;
                Post p = Post.builder(Source.of("identity", Format.ARTICLE_TEXT))
                        .text("Statement. " + alias + " spoke.").build();
                List<String> ids = extractor.apply(p).entities().stream().map(EntityRef::id).toList();
                if (!ids.contains(e.id())) {
                    failures.add(alias + " -> " + ids + " (want " + e.id() + ")");
                }
            }
        }
        System.out.println("identity: " + checked + " aliases checked, " + failures.size() + " failures");
        assertThat(failures).as(failures.size() + " of " + checked).isEmpty();
    }
}
