package org.echotrace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.echotrace.model.Problem;
import org.echotrace.output.JsonlWriter;

/** The parallel pipeline gives exactly what one thread gives: the same posts in the same order, the same problems. */
class AnalyzerParallelTest {

    private static List<String> run(int threads, List<String> paths, List<String> events) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonlWriter w = new JsonlWriter(bytes)) {
            Analyzer.Summary s = Analyzer.standard(AnalyzeOptions.defaults(), threads).runInputs(paths,
                    InputStream.nullInputStream(), new Analyzer.Sink() {
                        @Override
                        public void begin(String input) {
                            events.add("begin " + input);
                        }

                        @Override
                        public void accept(org.echotrace.model.Post post) {
                            w.write(post);
                        }

                        @Override
                        public void end(String input, Analyzer.InputCounts counts) {
                            events.add("end " + input + " " + counts);
                        }
                    }, (Problem p) -> events.add(p.format()));
            events.add(s.toString());
            w.flush();
        }
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void manyThreadsGiveWhatOneThreadGives() throws Exception {
        // the bundled samples (every format) and the readers' fixtures, broken inputs included
        List<String> paths = List.of("samples", "src/test/resources/ingest", "no-such-file.json");
        List<String> oneEvents = new ArrayList<>();
        List<String> one = run(1, paths, oneEvents);
        List<String> manyEvents = new ArrayList<>();
        List<String> many = run(3, paths, manyEvents);
        assertThat(one).hasSizeGreaterThan(100);
        assertThat(many).containsExactlyElementsOf(one);
        assertThat(manyEvents).containsExactlyElementsOf(oneEvents);
        assertThat(oneEvents).anySatisfy(e -> assertThat(e).contains("error"));
    }
}
