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

    /** Greedy decoding the plain way: every feature of a word, labels included, summed label by label. */
    private static int[] plainLabels(short[] w, int bits, int types, NameFeatures f) {
        int labels = 1 + 2 * types;
        int stride = NameModel.stride(types);
        int[] out = new int[f.size()];
        int[] feats = new int[NameFeatures.MAX];
        int prev1 = -1;
        int prev2 = -1;
        for (int i = 0; i < f.size(); i++) {
            int k = f.at(i, prev1, prev2, feats);
            int[] scores = new int[labels];
            for (int j = 0; j < k; j++) {
                int base = (feats[j] & ((1 << bits) - 1)) * stride;
                for (int l = 0; l < labels; l++) {
                    scores[l] += w[base + l];
                }
            }
            int best = 0;
            for (int l = 1; l < labels; l++) {
                if (scores[l] > scores[best] && NameTagger.allowed(prev1, l)) {
                    best = l;
                }
            }
            out[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        return out;
    }

    @Test
    void taggingGivesTheLabelsOfScoringEachWordWhole() {
        String text = "Вчера Иван Петров 🇷🇺 встретился с #Mayor Jane O'Neill в Нур-Султане. Мир, мир и Надежда "
                + "Bank of England, МВД Киргизии; Air France\n​ Iota 2024";
        var tokens = Tokenizer.tokenize(text);
        NameFeatures f = NameFeatures.of(text, tokens);
        List<String> all = List.of("PER", "ORG", "LOC", "EVT");
        for (int types = 1; types <= 4; types++) {
            short[] w = new short[(1 << 8) * NameModel.stride(types)];
            for (int seed = 1; seed <= 20; seed++) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = (short) (((long) i * 7919 * seed + seed * 104729L) % 401 - 200);
                }
                NameModel m = new NameModel("xx", all.subList(0, types), 8, 0.5f, w);
                assertThat(new NameTagger(m).labels(f)).as(types + " types, seed " + seed)
                        .containsExactly(plainLabels(w, 8, types, f));
            }
        }
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
