package org.echotrace.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Draws quotes at random (fixed seed) from {@code analyze} output for labelling their speakers by hand, and prints
 * each with its post's text around it, the speaker found, the entities named and the label columns to fill in
 * (file, item id, quote start, quote end). A quote already labelled in an exclude file is not drawn again, nor one
 * in the same post with a span of the same length or an overlapping one (the offsets of a labelled quote move when
 * cleaning changes). Labels keep ids and verdicts only, never the post text.
 */
public final class QuoteDraw {
    private static final int BEFORE = 350;
    private static final int AFTER = 250;

    private record Drawn(String file, String item, int start, int end, JsonNode quote, JsonNode post) {
    }

    private record Labelled(int start, int end) {
    }

    private QuoteDraw() {
    }

    /** Draws {@code count} quotes of {@code posts} with {@code seed}, leaving out those in {@code exclude}. */
    public static void draw(Path posts, long seed, int count, List<Path> exclude, PrintWriter out) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Map<String, List<Labelled>> seen = new HashMap<>();
        for (Path ex : exclude) {
            int lineNo = 0;
            for (String line : Files.readAllLines(ex, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 4) {
                    throw new IOException(ex + ":" + lineNo + ": a label needs file, item, start and end");
                }
                try {
                    seen.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>())
                            .add(new Labelled(Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                } catch (NumberFormatException e) {
                    throw new IOException(ex + ":" + lineNo + ": start and end must be numbers");
                }
            }
        }
        ObjectMapper om = new ObjectMapper();
        List<Drawn> pool = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(posts, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p;
                try {
                    p = om.readTree(line);
                } catch (IOException e) {
                    throw new IOException(posts + ":" + lineNo + ": not a JSON object");
                }
                String file = Path.of(p.path("source").path("path").asText()).getFileName().toString();
                String item = p.path("source").path("item_id").asText();
                for (JsonNode q : p.path("quotes")) {
                    int s = q.path("start").asInt();
                    int e = q.path("end").asInt();
                    if (!labelled(seen.get(file + "/" + item), s, e)) {
                        pool.add(new Drawn(file, item, s, e, q, p));
                    }
                }
            }
        }
        pool.sort(Comparator.comparing(Drawn::file).thenComparingLong(d -> number(d.item()))
                .thenComparingInt(Drawn::start));
        Collections.shuffle(pool, new Random(seed));
        for (Drawn d : pool.subList(0, Math.min(count, pool.size()))) {
            print(d, out);
        }
        out.flush();
    }

    private static boolean labelled(List<Labelled> ls, int s, int e) {
        if (ls == null) {
            return false;
        }
        for (Labelled l : ls) {
            if (l.end() - l.start() == e - s || l.start() < e && s < l.end()) {
                return true;
            }
        }
        return false;
    }

    private static long number(String item) {
        try {
            return Long.parseLong(item);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void print(Drawn d, PrintWriter out) {
        String text = d.post().path("text").asText();
        int[] cps = text.codePoints().toArray();
        int s = Math.min(d.start(), cps.length);
        int e = Math.min(Math.max(d.end(), s), cps.length);
        int lo = Math.max(0, s - BEFORE);
        int hi = Math.min(cps.length, e + AFTER);
        String context = new String(cps, lo, s - lo) + "[[" + new String(cps, s, e - s) + "]]" + new String(cps, e, hi - e);
        TreeSet<String> ids = new TreeSet<>();
        d.post().path("entities").forEach(x -> ids.add(x.path("id").asText()));
        JsonNode q = d.quote();
        String got = q.hasNonNull("speaker_id") ? q.get("speaker_id").asText()
                : q.hasNonNull("speaker") ? q.get("speaker").asText() : "None";
        out.println("=".repeat(100));
        out.println(d.file() + "\t" + d.item() + "\t" + d.start() + "\t" + d.end() + "\tGOT=" + got + "\tverb="
                + (q.hasNonNull("verb") ? q.get("verb").asText() : "None"));
        out.println("published=" + d.post().path("published").asText() + " entities: " + String.join(", ", ids));
        out.println(context.replace("\n", " ⏎ "));
    }
}
