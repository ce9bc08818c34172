package org.echotrace.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompiledKnowledgeBaseTest {

    @Test
    void standardKnowledgeBaseComesFromTheCompiledFormAndEqualsTheYaml() {
        KnowledgeBase compiled = KnowledgeBase.standard();
        assertThat(compiled.fingerprint()).as("kb.bin built by process-classes and up to date").isNotZero();
        KnowledgeBase yaml = KnowledgeBase.of(new KnowledgeBaseLoader().loadAll());
        List<KbEntity> a = new ArrayList<>();
        compiled.entities().forEach(a::add);
        List<KbEntity> b = new ArrayList<>();
        yaml.entities().forEach(b::add);
        assertThat(a).isEqualTo(b);
        assertThat(compiled.collisions()).isEqualTo(yaml.collisions());
        for (KbEntity e : b) {
            for (String n : KnowledgeBase.names(e)) {
                assertThat(compiled.lookup(n)).isEqualTo(yaml.lookup(n));
            }
        }
    }

    @Test
    void roundTripsEveryField() throws Exception {
        List<KbEntity> es = new KnowledgeBaseLoader().load("t.yaml", new ByteArrayInputStream("""
                - id: tass
                  type: OUTLET
                  kind: news_agency
                  name: TASS
                  country: RU
                  state_affiliated: true
                  languages: [ru, en]
                  domains: [tass.ru]
                  telegram: [tass_agency]
                  aliases: [ТАСС]
                - id: sergey-lavrov
                  type: PERSON
                  name: Sergey Lavrov
                  roles:
                    - {role: foreign_minister, of: RU, title: Foreign Minister of Russia, from: 2004-03, until: 2030}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledKnowledgeBase.write(es, 42, out);
        CompiledKnowledgeBase.Contents back = CompiledKnowledgeBase.read(new ByteArrayInputStream(out.toByteArray()), 42);
        assertThat(back.entities()).isEqualTo(es);
        assertThat(back.keys().get(0)).containsExactly("tass", "тасс");
        assertThat(CompiledKnowledgeBase.read(new ByteArrayInputStream(out.toByteArray()), 43)).isNull();
    }

    @Test
    void aliasKeyFastPathMatchesTheNormalizer() {
        for (char c = 0; c < 0x0500; c++) {
            String s = "a" + c + "b";
            if (AliasKey.decomposed(s)) {
                assertThat(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD))
                        .as("U+%04X", (int) c).isEqualTo(s);
            }
        }
        assertThat(AliasKey.of("Зелёнский  Й")).isEqualTo("зеленскии и");
    }
}
