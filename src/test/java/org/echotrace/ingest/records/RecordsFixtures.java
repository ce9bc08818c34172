package org.echotrace.ingest.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;

/** Loads record fixtures and runs a reader over them, collecting posts and problems. */
final class RecordsFixtures {
    final List<Post> posts = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    static RecordsFixtures read(PostReader reader, String fixture, Map<String, String> map) throws IOException {
        try (InputStream in = RecordsFixtures.class.getResourceAsStream("/ingest/records/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return run(reader, fixture, in, map);
        }
    }

    static RecordsFixtures readString(PostReader reader, String name, String content) {
        try {
            return run(reader, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordsFixtures run(PostReader reader, String name, InputStream in, Map<String, String> map)
            throws IOException {
        RecordsFixtures r = new RecordsFixtures();
        Input input = Input.of(name, in, r.problems::add);
        reader.read(input, new ReadContext(name, r.posts::add, r.problems::add, map));
        input.finish();
        return r;
    }

    List<String> problemLines() {
        return problems.stream().map(Problem::format).toList();
    }
}
