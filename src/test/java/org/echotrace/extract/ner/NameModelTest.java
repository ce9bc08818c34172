package org.echotrace.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.echotrace.extract.entities.Tokenizer;
import org.junit.jupiter.api.Test;

class NameModelTest {
    static NameModel tiny() {
        short[] w = new short[(1 << 8) * NameModel.stride(3)];
        for (int i = 0; i < w.length; i++) {
            w[i] = (short) ((i * 7919) % 200 - 100);
        }
        return new NameModel("xx", List.of("PER", "ORG", "LOC"), 8, 0.5f, w);
    }

    @Test
    void writtenModelReadsBackAndTagsTheSame() throws IOException {
        NameModel m = tiny();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        NameModel back = NameModel.read(new ByteArrayInputStream(out.toByteArray()), "tiny.model");
        assertThat(back.language()).isEqualTo("xx");
        assertThat(back.types()).containsExactly("PER", "ORG", "LOC");
        String text = "Вчера Иван Петров 🇷🇺 встретился с #Mayor Jane O'Neill в Нур-Султане.";
        var tokens = Tokenizer.tokenize(text);
        NameFeatures f = NameFeatures.of(text, tokens);
        assertThat(Arrays.equals(new NameTagger(back).labels(f), new NameTagger(m).labels(f))).isTrue();
    }

    @Test
    void labelsAlwaysSpellWellFormedNames() {
        NameTagger t = new NameTagger(tiny());
        String text = "Alpha Beta gamma Delta. Эпсилон Дзета эта Тета\n\u200b Iota";
        var tokens = Tokenizer.tokenize(text);
        int[] labels = t.labels(NameFeatures.of(text, tokens));
        for (int i = 0; i < labels.length; i++) {
            assertThat(NameTagger.allowed(i == 0 ? -1 : labels[i - 1], labels[i])).isTrue();
        }
        assertThat(t.tag("", List.of())).isEmpty();
    }

    @Test
    void aFileThatIsNotAModelIsRefusedByName() {
        byte[] junk = "not a model".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NameModel.read(new ByteArrayInputStream(junk), "junk.model"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("junk.model: ");
    }
}
