package org.echotrace.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.echotrace.trace.TraceConfig;
import org.echotrace.trace.copies.CopyOptions;
import org.echotrace.trace.story.StoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    @Test
    void everyDefaultKeyHasItsComment() throws Exception {
        List<String> lines;
        try (InputStream in = Config.class.getResourceAsStream("defaults.conf")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        int keys = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                keys++;
                // a key sits under its comment, or in a run of keys under one comment (the weights)
                int j = i - 1;
                while (j >= 0 && !lines.get(j).isBlank() && !lines.get(j).strip().startsWith("#")) {
                    j--;
                }
                assertThat(j).as("comment above " + l).isGreaterThanOrEqualTo(0);
                assertThat(lines.get(j).strip()).as("comment above " + l).startsWith("#");
            }
        }
        assertThat(keys).isGreaterThan(30);
    }

    @Test
    void aUserFileOverridesTheDefaults() throws Exception {
        Path f = dir.resolve("echotrace.conf");
        Files.writeString(f, "# tighter copies\ncopy.min_jaccard = 0.75\nstory.span_hours = 24  # one day\n");
        Config c = Config.load(f);
        CopyOptions copies = TraceConfig.copies(c);
        StoryOptions stories = TraceConfig.stories(c);
        assertThat(copies.minJaccard()).isEqualTo(0.75);
        assertThat(copies.minContainment()).isEqualTo(CopyOptions.defaults().minContainment());
        assertThat(stories.spanSeconds()).isEqualTo(24 * 3600L);
        assertThat(TraceConfig.copies(Config.defaults())).isEqualTo(CopyOptions.defaults());
    }

    @Test
    void anUnknownKeyIsRejectedWithItsNameFileAndLine() throws Exception {
        Path f = dir.resolve("bad.conf");
        Files.writeString(f, "copy.min_jaccard = 0.7\ncopy.min_jacard = 0.7\n");
        assertThatThrownBy(() -> Config.load(f)).isInstanceOf(ConfigException.class)
                .hasMessage(f + ":2: unknown setting 'copy.min_jacard'");
        assertThatThrownBy(() -> Config.defaults().with(Map.of("story.spam", "1")))
                .hasMessageContaining("'story.spam'");
    }

    @Test
    void aBadValueNamesTheKeyAndWhereItWasSet() throws Exception {
        Path f = dir.resolve("bad.conf");
        Files.writeString(f, "\nstory.members_scored = many\nnot a setting line\n");
        assertThatThrownBy(() -> Config.load(f)).hasMessage(f + ":3: expected 'key = value'");
        Files.writeString(f, "\nstory.members_scored = many\n");
        assertThatThrownBy(() -> TraceConfig.stories(Config.load(f)))
                .hasMessage(f + ":2: setting 'story.members_scored' must be a whole number, was 'many'");
    }
}
