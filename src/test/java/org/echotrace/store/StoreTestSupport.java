package org.echotrace.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.echotrace.model.Problem;

/** The store fixtures, for tests in other packages. */
public final class StoreTestSupport {
    private StoreTestSupport() {
    }

    public static String[] ruEn() {
        return StoreFixtures.RU_EN.clone();
    }

    public static String record(String channel, int id, String date, String text) {
        return StoreFixtures.record(channel, id, date, text);
    }

    public static CorpusIngest.Result ingest(Path data, Path... inputs) {
        List<Problem> problems = new ArrayList<>();
        CorpusIngest.Result r = StoreFixtures.ingest(data, problems, inputs);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        return r;
    }
}
