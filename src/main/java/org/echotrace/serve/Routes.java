package org.echotrace.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every route of the server in one place: the REST API under {@code /api} (documented by
 * {@code /api/openapi.json}, which a test holds to this table) and the dashboard's pages.
 */
public final class Routes {

    private static final Set<String> FORMAT = Set.of("format", "table");
    private static final Set<String> PAGED = Set.of("format", "table", "limit", "cursor");
    private static final Set<String> SEARCH = Set.of("q", "source", "lang", "entity", "hashtag", "from", "to",
            "relation", "limit", "cursor", "format", "table");

    private Routes() {
    }

    /** The API: read routes for everyone, write routes ({@code write = true}) only with the token. */
    public static List<Route> api(Api a) {
        return List.of(
                new Route("GET", "/api/overview", false, FORMAT, "Corpus overview", r -> a.overview(r)),
                new Route("GET", "/api/search", false, SEARCH, "Search posts", a::search),
                new Route("GET", "/api/timeline", false, Set.of("q", "by", "normalize", "from", "to", "series",
                        "format", "table"), "Attention over time", a::timeline),
                new Route("GET", "/api/posts/{id}", false, FORMAT, "A post and where else it appeared", a::post),
                new Route("GET", "/api/entities/{id}", false, PAGED, "An entity", a::entity),
                new Route("GET", "/api/sources", false, PAGED, "Sources", a::sources),
                new Route("GET", "/api/sources/{id}", false, PAGED, "A source", a::source),
                new Route("DELETE", "/api/sources/{id}", true, Set.of(), "Delete a source", a::deleteSource),
                new Route("GET", "/api/stories/{id}", false, PAGED, "A story", a::story),
                new Route("GET", "/api/clusters/{id}", false, PAGED, "A copy cluster", a::cluster),
                new Route("GET", "/api/graph", false, Set.of("from", "to", "relation", "min_weight", "limit", "format",
                        "table"), "The propagation graph", a::graph),
                new Route("GET", "/api/ingest", false, FORMAT, "Ingest jobs and server mode", a::ingestJobs),
                new Route("POST", "/api/ingest", true, Set.of(), "Start an ingest", a::ingest),
                new Route("GET", "/api/ingest/{id}", false, Set.of(), "An ingest job", a::ingestJob));
    }

    /**
     * One dashboard page: its script {@code /assets/NAME.js}, its title, and whether it draws a network (and so loads
     * vis-network). Every page is the one shell {@code web/pages/page.html} filled with these.
     */
    public record Page(String name, String title, boolean network) {
    }

    /** The dashboard: path → page. */
    public static Map<String, Page> pages() {
        Map<String, Page> m = new LinkedHashMap<>();
        m.put("/", new Page("overview", "Overview", false));
        m.put("/search", new Page("search", "Search", false));
        m.put("/posts/{id}", new Page("post", "Post", false));
        m.put("/entities/{id}", new Page("entity", "Entity", false));
        m.put("/sources/{id}", new Page("source", "Source", false));
        m.put("/stories/{id}", new Page("story", "Story", false));
        m.put("/clusters/{id}", new Page("cluster", "Copy cluster", false));
        m.put("/graph", new Page("graph", "Propagation graph", true));
        m.put("/ingest", new Page("ingest", "Ingest", false));
        return m;
    }
}
