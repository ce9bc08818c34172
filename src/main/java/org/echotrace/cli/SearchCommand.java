package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.store.ResultSetWriter;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;
import org.echotrace.store.index.PostSearch;

/** {@code echotrace search}: full-text search over the corpus, with filters, snippets and facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the corpus: Lucene query syntax over titles and texts (\"a phrase\", AND, OR, NOT, "
                + "title:, text:, source:; every word is required unless OR says otherwise; * matches everything). "
                + "Russian and English words match their other forms (санкции ~ санкций, sanction ~ sanctions), "
                + "ё = е, case and accents ignored. Matches are marked [like this] in the snippets.",
                "Exit status: 0 done, 1 the corpus could not be read, 2 usage error."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The query (default: every post).")
    String query = "*";

    @Mixin
    DataOptions data;

    @Mixin
    SearchFilters filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--facets", description = "Also count the matching posts by source, language, entity, hashtag and day.")
    boolean facets;

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "10",
            description = "Values per facet (default: ${DEFAULT-VALUE}).")
    int facetLimit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, jsonl, csv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0");
        }
        try (Store store = Store.open(data.dir(), Store.Mode.READ)) {
            PostSearch search = new PostSearch(store.index(), store.connection());
            PostSearch.Result r;
            try {
                r = search.search(query, filters.toFilters(), limit, facets ? facetLimit : 0, PostSearch.Marks.brackets());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            switch (format) {
                case text -> text(out, r);
                case jsonl -> jsonl(out, r);
                case csv -> csv(out, r);
                default -> throw new IllegalStateException();
            }
            out.flush();
            return EchotraceCli.OK;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }

    private void text(PrintWriter out, PostSearch.Result r) {
        out.printf(Locale.ROOT, "%d post%s match%n", r.total(), r.total() == 1 ? "" : "s");
        for (PostSearch.Hit h : r.hits()) {
            out.printf(Locale.ROOT, "%n%s  %s  %s  %s%n", h.id(), h.published() == null ? "-" : h.published(),
                    h.source(), h.language() == null ? "-" : h.language());
            if (h.title() != null) {
                out.println("  " + h.title());
            }
            out.println("  " + h.snippet());
        }
        for (Map.Entry<String, List<PostSearch.FacetCount>> f : r.facets().entrySet()) {
            out.printf(Locale.ROOT, "%n%s:", f.getKey());
            for (PostSearch.FacetCount c : f.getValue()) {
                out.printf(Locale.ROOT, "  %s (%d)", c.value(), c.count());
            }
            out.println();
        }
    }

    private void jsonl(PrintWriter out, PostSearch.Result r) throws java.io.IOException {
        JsonFactory f = JsonFactory.builder().build();
        for (PostSearch.Hit h : r.hits()) {
            java.io.StringWriter sw = new java.io.StringWriter();
            try (JsonGenerator g = f.createGenerator(sw)) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("source", h.source());
                g.writeStringField("language", h.language());
                g.writeStringField("published", h.published());
                g.writeStringField("title", h.title());
                g.writeStringField("snippet", h.snippet());
                g.writeNumberField("score", Math.round(h.score() * 1000) / 1000.0);
                g.writeEndObject();
            }
            out.println(sw);
        }
        for (Map.Entry<String, List<PostSearch.FacetCount>> e : r.facets().entrySet()) {
            for (PostSearch.FacetCount c : e.getValue()) {
                java.io.StringWriter sw = new java.io.StringWriter();
                try (JsonGenerator g = f.createGenerator(sw)) {
                    g.writeStartObject();
                    g.writeStringField("facet", e.getKey());
                    g.writeStringField("value", c.value());
                    g.writeNumberField("count", c.count());
                    g.writeEndObject();
                }
                out.println(sw);
            }
        }
    }

    private static String csv(String v) {
        return v == null ? "" : ResultSetWriter.field(v);
    }

    private void csv(PrintWriter out, PostSearch.Result r) {
        out.print("id,source,language,published,score,title,snippet\r\n");
        for (PostSearch.Hit h : r.hits()) {
            out.print(String.join(",", csv(h.id()), csv(h.source()), csv(h.language()),
                    csv(h.published()), String.format(Locale.ROOT, "%.3f", h.score()), csv(h.title()),
                    csv(h.snippet())) + "\r\n");
        }
    }
}
