package org.echotrace.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.echotrace.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class AliasIndexFileTest {

    @Test
    void compiledIndexEqualsTheOneBuiltFromTheKnowledgeBase() {
        KnowledgeBase kb = KnowledgeBase.standard();
        AliasIndex built = new AliasIndex(kb, false);
        AliasIndex read = new AliasIndex(KnowledgeBase.of(List.of()), false); // empty
        assertThat(read.byFirstWord()).isEmpty();
        assertThat(AliasIndexFile.read(kb, read)).as("aliases.bin built by process-classes, up to date").isTrue();
        assertThat(read.squashed()).isEqualTo(built.squashed());
        assertThat(read.skeletons()).isEqualTo(built.skeletons());
        assertThat(read.vocabulary()).isEqualTo(built.vocabulary());
        assertThat(read.particles()).isEqualTo(built.particles());
        assertThat(read.byFirstWord().keySet()).isEqualTo(built.byFirstWord().keySet());
        for (Map.Entry<String, List<AliasIndex.Alias>> en : built.byFirstWord().entrySet()) {
            List<AliasIndex.Alias> a = en.getValue();
            List<AliasIndex.Alias> b = read.byFirstWord().get(en.getKey());
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).words()).containsExactly(a.get(i).words());
                assertThat(b.get(i).entities()).isEqualTo(a.get(i).entities());
                assertThat(b.get(i).acronym()).isEqualTo(a.get(i).acronym());
                assertThat(b.get(i).surname()).isEqualTo(a.get(i).surname());
            }
        }
    }

    @Test
    void ignoredForAnotherKnowledgeBase() {
        KnowledgeBase other = KnowledgeBase.of(List.of());
        assertThat(AliasIndexFile.read(other, new AliasIndex(other, false))).isFalse();
    }
}
