package org.echotrace.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a {@link CorpusSummary} for people: short titled sections with aligned columns. Headings are bold
 * only when colour is asked for (an interactive terminal); pipes and files get plain text.
 */
public final class SummaryPrinter {
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";
    private static final String INDENT = "  ";

    private final PrintWriter out;
    private final boolean colour;

    public SummaryPrinter(PrintWriter out, boolean colour) {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        this.out = out;
        this.colour = colour;
    }

    /** Prints every section of {@code s}. */
    public void print(CorpusSummary s) {
        heading("Totals");
        new TextTable(null, false, true)
                .row("inputs", s.inputs())
                .row("posts", s.posts())
                .row("errors", s.errors())
                .row("warnings", s.warnings())
                .print(out, INDENT);

        heading("Posts per source (" + s.sources().size() + ")");
        TextTable sources = new TextTable(new String[] {"SOURCE", "TITLE", "FORMAT", "POSTS"},
                false, false, false, true);
        s.sources().forEach(c -> sources.row(c.name(), c.title() == null ? "" : c.title(), c.format(), c.count()));
        printOrNone(sources);

        heading("Posts per format");
        printCounts(s.formats(), "");

        heading("Languages");
        printCounts(s.languages(), "");

        heading("Top hashtags");
        printCounts(s.hashtags(), "#");

        heading("Top mentions");
        printCounts(s.mentions(), "@");

        heading("Top entities (posts naming them)");
        printCounts(s.entities(), "");

        heading("Quotes: " + s.quotes() + ", top speakers");
        printCounts(s.speakers(), "");

        heading("Forwarded posts: " + s.forwarded());
        printCounts(s.forwardedFrom(), "from ");

        heading("Posts with attributions: " + s.attributed());
        printCounts(s.attributions(), "");

        List<CorpusSummary.InputProblems> problems = s.problemInputs();
        heading("Inputs with errors or warnings: " + problems.size());
        for (CorpusSummary.InputProblems p : problems) {
            out.println(INDENT + p.input() + ": " + plural(p.errors(), "error") + ", "
                    + plural(p.warnings(), "warning")
                    + (p.firstMessage() == null ? "" : " (first: " + p.firstMessage().replaceAll("[\\r\\n]+", " ") + ")"));
        }
        out.flush();
    }

    private void printCounts(List<CorpusSummary.Count> counts, String prefix) {
        TextTable t = new TextTable(null, false, true);
        counts.forEach(c -> t.row(prefix + c.label(), c.count()));
        printOrNone(t);
    }

    private void printOrNone(TextTable t) {
        if (t.isEmpty()) {
            out.println(INDENT + "(none)");
        } else {
            t.print(out, INDENT);
        }
    }

    private void heading(String title) {
        out.println();
        out.println(colour ? BOLD + title + RESET : title);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
