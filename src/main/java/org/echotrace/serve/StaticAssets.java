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
 * (our scripts and styles, and the few files we use from the WebJars) and the page shells. A request is looked
 * up by its exact path in that list, so nothing outside it (no {@code ..}, no other class-path resource) can
 * ever be served.
 */
public final class StaticAssets {

    private static final String BASE = "org/echotrace/serve/web/";

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
        for (String file : Routes.pages().values()) {
            s.pages.put(file, new Asset(read(BASE + "pages/" + file), "text/html; charset=utf-8", false));
        }
        s.pages.put("404.html", new Asset(read(BASE + "pages/404.html"), "text/html; charset=utf-8", false));
        return s;
    }

    public Optional<Asset> asset(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    public Asset page(String file) {
        Asset a = pages.get(file);
        if (a == null) {
            throw new IllegalArgumentException("no page " + file);
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
