package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoilerplateCuesTest {
    @Test
    void bundledCuesLoad() {
        BoilerplateCues c = BoilerplateCues.standard();
        assertThat(c.dropsTag("nav")).isTrue();
        assertThat(c.dropsClassOrId("social-share")).isTrue();
        assertThat(c.dropsClassOrId("field-label-hidden")).isFalse();
        assertThat(c.keepsClassOrId("content-with-sidebar")).isTrue();
        assertThat(c.isBoilerplatePhrase("Читайте также:")).isTrue();
        assertThat(c.isBoilerplatePhrase("The talks resumed.")).isFalse();
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertThatThrownBy(() -> BoilerplateCues.parse("cues.txt", "# c\ndrop-tag nav\nbogus value\n"))
                .hasMessage("cues.txt:3: unknown cue kind 'bogus'");
        assertThatThrownBy(() -> BoilerplateCues.parse("cues.txt", "drop-attr (unclosed\n"))
                .hasMessageStartingWith("cues.txt:1: bad pattern '(unclosed'");
        assertThatThrownBy(() -> BoilerplateCues.parse("cues.txt", "drop-tag\n"))
                .hasMessage("cues.txt:1: expected '<kind> <value>', got 'drop-tag'");
    }
}
