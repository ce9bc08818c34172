package org.echotrace.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.UploadedFile;

/**
 * The API's handlers: each parses its request into a typed query, asks {@link ApiQueries} or
 * {@link IngestJobs} once and returns the answer. Nothing here touches the store directly.
 */
public final class Api {

    static final Set<String> RELATIONS = Set.of("forwarded", "credited", "copied", "translated");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiQueries queries;
    private final IngestJobs jobs;
    private final boolean writable;

    public Api(ApiQueries queries, IngestJobs jobs, boolean writable) {
        this.queries = queries;
        this.jobs = jobs;
        this.writable = writable;
    }

    Answer overview(Request r) {
        return queries.overview();
    }

    Answer search(Request r) {
        Params p = r.params();
        String relation = p.string("relation") == null ? null : p.choice("relation", RELATIONS, null);
        return queries.search(new SearchRequest(p.string("q"), p.string("source"), p.string("lang"), p.string("entity"),
                p.string("hashtag"), p.date("from"), p.date("to"), relation, p.limit(), p.string("cursor")));
    }

    Answer timeline(Request r) {
        Params p = r.params();
        int series = p.integer("series", 8);
        if (series < 1 || series > 50) {
            throw ApiException.badRequest("parameter 'series' must be 1-50, was " + series);
        }
        return queries.timeline(new TimelineRequest(p.string("q"), p.choice("by", Set.of("source", "language"), "source"),
                p.flag("normalize"), p.date("from"), p.date("to"), series));
    }

    Answer post(Request r) {
        return queries.post(r.id()).orElseThrow(() -> ApiException.notFound("no post with id " + Params.clip(r.id())));
    }

    Answer entity(Request r) {
        return queries.entity(r.id(), page(r)).orElseThrow(() -> ApiException.notFound("no entity with id "
                + Params.clip(r.id())));
    }

    Answer sources(Request r) {
        return queries.sources(page(r));
    }

    Answer source(Request r) {
        return queries.source(r.id(), page(r)).orElseThrow(() -> ApiException.notFound("no source " + Params.clip(r.id())));
    }

    Answer deleteSource(Request r) {
        if (!queries.deleteSource(r.id())) {
            throw ApiException.notFound("no source " + Params.clip(r.id()));
        }
        return Answer.of().put("deleted", r.id());
    }

    Answer story(Request r) {
        return queries.story(r.id(), page(r)).orElseThrow(() -> ApiException.notFound("no story with id "
                + Params.clip(r.id())));
    }

    Answer cluster(Request r) {
        return queries.cluster(r.id(), page(r)).orElseThrow(() -> ApiException.notFound("no cluster with id "
                + Params.clip(r.id())));
    }

    Answer graph(Request r) {
        Params p = r.params();
        String relation = p.string("relation") == null ? null : p.choice("relation", RELATIONS, null);
        int limit = p.integer("limit", 500);
        if (limit < 1 || limit > 5000) {
            throw ApiException.badRequest("parameter 'limit' must be 1-5000, was " + limit);
        }
        return queries.graph(new GraphRequest(p.date("from"), p.date("to"), relation, p.integer("min_weight", 1), limit));
    }

    Answer ingestJobs(Request r) {
        return Answer.of().put("writable", writable).put("jobs", jobs.list());
    }

    Answer ingestJob(Request r) {
        return jobs.status(r.id()).orElseThrow(() -> ApiException.notFound("no ingest job " + Params.clip(r.id())));
    }

    /** Multipart uploads (field {@code files}), or a JSON body {@code {"path": "folder on the server"}}. */
    Answer ingest(Request r) throws IOException {
        List<UploadedFile> uploads = r.uploads();
        if (!uploads.isEmpty()) {
            Path dir = Uploads.newFolder();
            List<Path> saved = new ArrayList<>();
            try {
                int n = 0;
                for (UploadedFile f : uploads) {
                    try (InputStream in = f.content()) {
                        saved.add(Uploads.save(dir, n++, f.filename(), in));
                    }
                }
            } catch (IOException | RuntimeException e) {
                Uploads.deleteTree(dir);
                throw e;
            }
            String label = uploads.size() == 1 ? Params.clip(String.valueOf(uploads.get(0).filename()))
                    : uploads.size() + " uploaded files";
            return Answer.of().put("job", jobs.start(label, saved, dir));
        }
        String type = r.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    "send files as multipart/form-data or {\"path\": \"...\"} as application/json");
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON");
        }
        JsonNode path = body == null ? null : body.get("path");
        if (path == null || !path.isTextual() || path.asText().isBlank()) {
            throw ApiException.badRequest("the body must be {\"path\": \"a file or folder on the server\"}");
        }
        Path input;
        try {
            input = Path.of(path.asText());
        } catch (java.nio.file.InvalidPathException e) {
            throw ApiException.badRequest("not a path: " + Params.clip(path.asText()));
        }
        return Answer.of().put("job", jobs.start(Params.clip(path.asText()), List.of(input), null));
    }

    private static PageRequest page(Request r) {
        return new PageRequest(r.params().limit(), r.params().string("cursor"));
    }
}
