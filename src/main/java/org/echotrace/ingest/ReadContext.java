package org.echotrace.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.model.Source;

/**
 * What a {@link PostReader} hands its results to: posts (numbered in input order) and problems (tagged
 * with the input's path). Also carries the user's field-name overrides for record formats.
 */
public final class ReadContext {
    private final String path;
    private final Consumer<Post> posts;
    private final Consumer<Problem> problems;
    private final Map<String, String> fieldMap;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private long position;
    private long errors;

    public ReadContext(String path, Consumer<Post> posts, Consumer<Problem> problems, Map<String, String> fieldMap) {
        this.path = Objects.requireNonNull(path, "path");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.fieldMap = Map.copyOf(fieldMap);
    }

    /** A source for a post of this input, in {@code format}. */
    public Source source(Format format) {
        return Source.of(path, format);
    }

    /** Emits a post; its {@code position} is set to the next index in this input. */
    public void emit(Post.Builder post) {
        posts.accept(post.position(position++).build());
    }

    /** How many posts have been emitted so far. */
    public long emitted() {
        return position;
    }

    /** How many errors were reported so far. */
    public long errors() {
        return errors;
    }

    /**
     * Counts one item deliberately not emitted ({@code "service messages"}), for the run's summary line
     * ({@code 3 service messages skipped}).
     */
    public void skip(String what) {
        skipped.merge(what, 1L, Long::sum);
    }

    /** What was counted by {@link #skip}, in first-seen order. */
    public Map<String, Long> skipped() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /**
     * One record of a good input could not be read and was left out: a warning naming its position, so the
     * input as a whole still counts as read.
     */
    public void skipRecord(String where, String message) {
        skip("bad records");
        problems.accept(Problem.warning(path, where, message));
    }

    public void warn(String where, String message) {
        problems.accept(Problem.warning(path, where, message));
    }

    /** A recoverable error: part of the input (one record, one line) was skipped. */
    public void error(String where, String message) {
        errors++;
        problems.accept(Problem.error(path, where, message));
    }

    /**
     * User overrides of record field names ({@code --map text=body,date=ts}): our field name to the
     * input's field name.
     */
    public Map<String, String> fieldMap() {
        return fieldMap;
    }

    public String path() {
        return path;
    }
}
