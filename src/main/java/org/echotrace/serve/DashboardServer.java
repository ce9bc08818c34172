package org.echotrace.serve;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;

/**
 * {@code echotrace serve}: the REST API and the dashboard in one Javalin server over the store. Routes come from
 * {@link Routes}; every response carries {@link SecurityHeaders}; errors are JSON with their status.
 *
 * <pre>{@code
 * try (DashboardServer s = DashboardServer.start(options, queries, ingester)) { ... s.port() ... }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final Javalin app;
    private final IngestJobs jobs;
    private final ServeOptions options;

    private DashboardServer(Javalin app, IngestJobs jobs, ServeOptions options) {
        this.app = app;
        this.jobs = jobs;
        this.options = options;
    }

    /** Starts the server; a port already in use is an {@link IllegalStateException} naming it. */
    public static DashboardServer start(ServeOptions options, ApiQueries queries, Ingester ingester) {
        IngestJobs jobs = new IngestJobs(ingester);
        Api api = new Api(queries, jobs, options.writable());
        StaticAssets files = StaticAssets.load();
        TokenGuard guard = new TokenGuard(options.token());
        Path multipartTmp;
        try {
            multipartTmp = Files.createTempDirectory("echotrace-multipart");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder for uploads: " + e.getMessage());
        }
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1L << 20; // JSON bodies; uploads stream through multipart
            config.http.generateEtags = true;
            config.jetty.multipartConfig.cacheDirectory(multipartTmp.toString());
            config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            QueuedThreadPool pool = new QueuedThreadPool(32, 4);
            pool.setName("echotrace-http");
            config.jetty.threadPool = pool;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(16 * 1024);
                http.setSendServerVersion(false);
            });
            config.routes.before(SecurityHeaders::apply);
            for (Route route : Routes.api(api)) {
                config.routes.addEndpoint(new Endpoint(HandlerType.findOrCreate(route.method()), route.path(),
                        ctx -> handleApi(ctx, route, guard, options)));
            }
            config.routes.get("/api/openapi.json", ctx -> serve(ctx, files.asset("/api/openapi.json").orElseThrow()));
            for (var page : Routes.pages().entrySet()) {
                StaticAssets.Asset html = files.page(page.getValue().name());
                config.routes.get(page.getKey(), ctx -> serve(ctx, html));
            }
            config.routes.get("/assets/<path>", ctx -> serve(ctx, files.asset(ctx.path()).orElseThrow(
                    () -> ApiException.notFound("no such file"))));
            config.routes.get("/vendor/<path>", ctx -> serve(ctx, files.asset(ctx.path()).orElseThrow(
                    () -> ApiException.notFound("no such file"))));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), files));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    codeOf(e.getStatus()), e.getMessage() == null || e.getMessage().isBlank() ? "request refused"
                            : e.getMessage(), files));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "the server could not answer this request", files);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not_found", "no such page or endpoint", files);
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "method not allowed here", files));
        });
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            jobs.close();
            Throwable c = e;
            while (c != null && !(c instanceof BindException)) {
                c = c.getCause();
            }
            if (c != null) {
                throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
                        + " (in use? choose another with --port)");
            }
            throw e;
        }
        return new DashboardServer(app, jobs, options);
    }

    private static void handleApi(Context ctx, Route route, TokenGuard guard, ServeOptions options) throws Exception {
        if (route.write()) {
            guard.check(ctx);
        }
        Params params = new Params(ctx.queryParamMap(), route.params(), options.maxPageSize());
        Answer answer = route.call().handle(new Request(ctx, params));
        ctx.header("Cache-Control", "no-store");
        if (route.params().contains("format") && params.csv()) {
            List<String> names = answer.tableNames();
            String name = params.string("table");
            if (name == null) {
                if (names.size() != 1) {
                    throw ApiException.badRequest("this answer has several lists; choose one with table="
                            + String.join("|", names));
                }
                name = names.get(0);
            } else if (!names.contains(name)) {
                throw ApiException.badRequest("no list '" + Params.clip(name) + "' here; choose one of "
                        + String.join(", ", names));
            }
            Object cursor = answer.get("next_cursor");
            if (cursor instanceof String c) {
                ctx.header("X-Next-Cursor", c);
            }
            String file = "echotrace-" + route.path().replaceAll("^/api/", "").replaceAll("[^a-z]+", "-")
                    .replaceAll("-+$", "") + "-" + name + ".csv";
            ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
            ctx.contentType("text/csv; charset=utf-8").result(Renderer.csv((Table) answer.get(name)));
        } else {
            ctx.contentType("application/json; charset=utf-8").result(Renderer.json(answer));
        }
    }

    private static void serve(Context ctx, StaticAssets.Asset asset) {
        ctx.header("Cache-Control", asset.immutable() ? "public, max-age=604800, immutable" : "no-cache");
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static void error(Context ctx, int status, String code, String message, StaticAssets files) {
        ctx.status(status);
        if (!ctx.path().startsWith("/api/") && status == 404 && acceptsHtml(ctx)) {
            ctx.contentType("text/html; charset=utf-8").result(files.page("404").bytes());
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(Renderer.error(status, code, message));
    }

    private static boolean acceptsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "refused";
        };
    }

    public int port() {
        return app.port();
    }

    public ServeOptions options() {
        return options;
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }
}
