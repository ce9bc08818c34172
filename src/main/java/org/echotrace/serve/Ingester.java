package org.echotrace.serve;

import java.nio.file.Path;
import java.util.List;

/** Runs the store's ingest over inputs on the server's disk, reporting progress as it goes. */
@FunctionalInterface
public interface Ingester {

    /** Progress of one run: inputs done out of all, posts stored, problems seen so far. */
    interface Progress {
        void update(int inputsDone, int inputsTotal, long posts, long problems, String lastProblem);
    }

    /** Ingests {@code inputs}; returns the number of posts added; problems are reported, not thrown. */
    long ingest(List<Path> inputs, Progress progress) throws Exception;
}
