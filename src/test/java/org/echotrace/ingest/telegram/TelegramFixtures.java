package org.echotrace.ingest.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;

/** Runs a reader over a fixture under {@code src/test/resources/ingest/} and collects what it reports. */
final class TelegramFixtures {

    /** Posts and problems of one read. */
    record Result(List<Post> posts, List<Problem> problems) {
        Post item(String itemId) {
            return posts.stream().filter(p -> itemId.equals(p.source().itemId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no post with itemId " + itemId));
        }
    }

    private TelegramFixtures() {
    }

    static Result read(PostReader reader, String fixture) throws IOException {
        String resource = "/ingest/" + fixture;
        try (InputStream in = TelegramFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + resource);
            }
            return read(reader, fixture, in);
        }
    }

    static Result readString(PostReader reader, String name, String content) throws IOException {
        return read(reader, name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static Result read(PostReader reader, String path, InputStream in) throws IOException {
        List<Post> posts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Input input = Input.of(path, in, problems::add);
        reader.read(input, new ReadContext(path, posts::add, problems::add, Map.of()));
        input.finish();
        return new Result(posts, problems);
    }
}
