package org.echotrace.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * What a directory walk reads: {@code --include}/{@code --exclude} globs over the files found in directories,
 * and files never to read (the run's own output and temporary files, so an output inside an input directory
 * is never read back).
 *
 * <p>A glob without {@code /} matches the file name ({@code *.html}); one with {@code /} matches the path
 * relative to the directory given on the command line ({@code 2023/**}). Files named on the command line are
 * always read: the globs only filter what a directory holds.
 *
 * @param include  globs a file must match one of; empty to read every file
 * @param exclude  globs of files to leave out
 * @param neverRead files (as given; compared after resolving symlinks) the walk never opens
 */
public record WalkOptions(List<String> include, List<String> exclude, List<Path> neverRead) {

    public WalkOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        neverRead = List.copyOf(neverRead);
        for (String g : include) {
            matcher(g);
        }
        for (String g : exclude) {
            matcher(g);
        }
    }

    /** Every file, nothing left out. */
    public static WalkOptions all() {
        return new WalkOptions(List.of(), List.of(), List.of());
    }

    /** These options with {@code files} added to those never read. */
    public WalkOptions neverReading(List<Path> files) {
        List<Path> all = new ArrayList<>(neverRead);
        all.addAll(files);
        return new WalkOptions(include, exclude, all);
    }

    /** A matcher for one glob; fails naming the glob when its syntax is wrong. */
    static PathMatcher matcher(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad glob '" + glob + "': " + e.getDescription());
        }
    }
}
