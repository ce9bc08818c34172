package org.echotrace;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.echotrace.model.Post;
import org.echotrace.model.Problem;

/** The library's front door. */
public final class Echotrace {
    private Echotrace() {
    }

    /** Analyses {@code paths} and streams clean posts to {@code out}, problems to {@code problems}. */
    public static Analyzer.Summary analyze(List<String> paths, AnalyzeOptions options, Consumer<Post> out,
                                           Consumer<Problem> problems) {
        return Analyzer.standard(options).run(paths, InputStream.nullInputStream(), out, problems);
    }

    /** Analyses {@code paths} and collects the posts in memory (small inputs, tests). */
    public static List<Post> analyze(List<String> paths, AnalyzeOptions options, Consumer<Problem> problems) {
        List<Post> posts = new ArrayList<>();
        analyze(paths, options, posts::add, problems);
        return posts;
    }
}
