package org.echotrace.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's files, all read from the jar at start-up: the URL paths listed in {@code web/assets.txt}
 * (our scripts and styles, and the few files we use from the WebJars) and the pages, each the one shell
 * {@code pages/page.html} filled from {@link Routes#pages()}. A request is looked
 * up by its exact path in that list, so nothing outside it (no {@code ..}, no other class-path resource) can
 * ever be served.
 */
public final class StaticAssets {

    private static final String BASE = "org/echotrace/serve/web/";
    /** What a page that draws a network adds to the shell's head. */
    private static final String NETWORK_HEAD = "<link rel=\"stylesheet\" href=\"/vendor/vis-network.min.css\">\n"
            + "<script src=\"/vendor/vis-network.min.js\" defer></script>\n";

    /** One file: its bytes, content type and whether it may be cached for long (versioned vendor files). */
    public record Asset(byte[] bytes, String contentType, boolean immutable) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final Map<String, Asset> pages = new LinkedHashMap<>();

    private StaticAssets() {
    }

    /** Loads the manifest and every page; a missing file fails start-up with its name. */
    public static StaticAssets load() {
        StaticAssets s = new StaticAssets();
        try (InputStream in = resource(BASE + "assets.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+");
                if (parts.length != 2 || !parts[0].startsWith("/")) {
                    throw new IllegalStateException("assets.txt:" + n + ": expected '/url/path class/path/resource'");
                }
                String res = parts[1].startsWith("META-INF/") ? parts[1] : BASE + parts[1];
                s.assets.put(parts[0], new Asset(read(res), contentType(parts[0]), parts[1].startsWith("META-INF/")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shell = new String(read(BASE + "pages/page.html"), StandardCharsets.UTF_8);
        for (Routes.Page page : Routes.pages().values()) {
            s.pages.put(page.name(), new Asset(render(shell, page), "text/html; charset=utf-8", false));
        }
        s.pages.put("404", new Asset(read(BASE + "pages/404.html"), "text/html; charset=utf-8", false));
        return s;
    }

    /** The shell filled for one page; the values are our own constants, never request or corpus content. */
    static byte[] render(String shell, Routes.Page page) {
        return shell.replace("{{title}}", page.title())
                .replace("{{head}}", page.network() ? NETWORK_HEAD : "")
                .replace("{{page}}", page.name())
                .getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Asset> asset(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    /** A page by its {@link Routes.Page#name()}, or {@code 404}. */
    public Asset page(String name) {
        Asset a = pages.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no page " + name);
        }
        return a;
    }

    public Map<String, Asset> assets() {
        return java.util.Collections.unmodifiableMap(assets);
    }

    private static byte[] read(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("dashboard file missing from the jar: " + name);
        }
        return in;
    }

    static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (p.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (p.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (p.endsWith(".png")) {
            return "image/png";
        } else if (p.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
