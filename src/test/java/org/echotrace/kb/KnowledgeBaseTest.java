package org.echotrace.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static List<KbEntity> parse(String yaml) throws Exception {
        return new KnowledgeBaseLoader().load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void standardKnowledgeBaseLoadsAndValidates() {
        KnowledgeBase kb = KnowledgeBase.standard();
        assertThat(kb.size()).isGreaterThan(0);
        assertThat(kb.lookup("Российская Федерация")).extracting(KbEntity::id).containsExactly("russia");
    }

    @Test
    void parsesEntitiesWithRolesAndLines() throws Exception {
        List<KbEntity> es = parse("""
                # comment
                - id: sergey-lavrov
                  type: PERSON
                  name: Sergey Lavrov
                  country: RU
                  aliases: [Sergei Lavrov, Лавров]
                  roles:
                    - {role: foreign_minister, of: RU, title: Foreign Minister of Russia, from: 2004-03-09}
                - id: osce
                  type: ORG
                  name: OSCE
                """);
        assertThat(es).hasSize(2);
        KbEntity lavrov = es.get(0);
        assertThat(lavrov.line()).isEqualTo(2);
        assertThat(es.get(1).line()).isEqualTo(9);
        assertThat(lavrov.roles().get(0).heldOn(LocalDate.of(2023, 3, 7))).isTrue();
        assertThat(lavrov.roles().get(0).heldOn(LocalDate.of(2003, 3, 7))).isFalse();
        KnowledgeBase kb = KnowledgeBase.of(es);
        assertThat(kb.lookup("Sergéi  Lavrov")).containsExactly(lavrov);
        assertThat(kb.lookup("ЛАВРОВ")).containsExactly(lavrov);
    }

    @Test
    void rejectsMalformedEntriesWithFileAndLine() {
        assertThatThrownBy(() -> parse("- id: Bad Id\n  type: PERSON\n  name: X\n"))
                .hasMessage("test.yaml:1: id 'Bad Id' is not a lower-case slug");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n  name: A\n- id: b\n  type: HUMAN\n  name: B\n"))
                .hasMessageStartingWith("test.yaml:4: unknown type 'HUMAN'");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n  name: A\n  colour: red\n"))
                .hasMessage("test.yaml:1: unknown field 'colour'");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n  name: A\n  roles: [{role: king, of: RU}]\n"))
                .hasMessage("test.yaml:1: unknown role 'king' (see roles.txt)");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n  name: A\n  country: SU\n"))
                .hasMessage("test.yaml:1: unknown country code 'SU'");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n  name: A\n  roles: [{role: chair, of: RU, from: 2020, until: 2019}]\n"))
                .hasMessage("test.yaml:1: role 'chair' ends before it starts");
        assertThatThrownBy(() -> parse("- id: a\n  type: PERSON\n")).hasMessage("test.yaml:1: missing 'name'");
        assertThatThrownBy(() -> parse("- id: a\n  type: [PERSON\n")).hasMessageStartingWith("test.yaml:");
    }

    @Test
    void reportsAliasCollisionsWithFileAndLine() throws Exception {
        KnowledgeBase kb = KnowledgeBase.of(parse("""
                - id: kim-jong-un
                  type: PERSON
                  name: Kim Jong Un
                  aliases: [Kim]
                - id: kim-yo-jong
                  type: PERSON
                  name: Kim Yo Jong
                  aliases: [Kim]
                """));
        assertThat(kb.collisions()).containsExactly(
                "alias 'kim' names kim-jong-un (test.yaml:1) kim-yo-jong (test.yaml:5)");
        assertThat(kb.lookup("kim")).hasSize(2);
    }
}
