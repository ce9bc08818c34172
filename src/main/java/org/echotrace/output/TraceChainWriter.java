package org.echotrace.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a {@link TraceChain} as an aligned text table for people or as one JSON object for programs.
 * Source names are untrusted: in text, control characters (terminal escape sequences included) are replaced
 * with U+FFFD before they reach a terminal.
 */
public final class TraceChainWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TraceChainWriter() {
    }

    /** The chain as text: a heading, then one line per post, the asked post marked {@code *}. */
    public static void text(TraceChain chain, PrintWriter out) {
        Set<String> sources = new LinkedHashSet<>();
        int uncredited = 0;
        int sourceWidth = "source".length();
        int timeWidth = "published".length();
        for (TraceChain.Step s : chain.steps()) {
            sources.add(s.source());
            uncredited += s.uncredited() ? 1 : 0;
            sourceWidth = Math.max(sourceWidth, width(sourceName(s)));
            timeWidth = Math.max(timeWidth, width(orDash(s.published())));
        }
        out.println("Post " + safe(chain.post()) + ": " + (chain.cluster() == null ? "no copies found"
                : "cluster " + safe(chain.cluster())) + ", story " + safe(chain.story()));
        if (chain.cluster() != null) {
            int copies = chain.steps().size() - 1;
            out.println(String.format(Locale.ROOT, "%d cop%s of the origin across %d source%s, %d uncredited", copies,
                    copies == 1 ? "y" : "ies", sources.size(), sources.size() == 1 ? "" : "s", uncredited));
        }
        out.println();
        out.println("  " + pad("published", timeWidth) + "  " + pad("after", 8) + "  " + pad("relation", 10) + "  "
                + pad("sim", 5) + "  " + pad("cover", 5) + "  " + pad("credit", 10) + "  " + pad("source", sourceWidth)
                + "  post");
        for (TraceChain.Step s : chain.steps()) {
            String credit = s.relation().equals("origin") ? ""
                    : s.uncredited() ? "UNCREDITED"
                    : s.relation().equals("forwarded") || s.relation().equals("credited") ? "credited"
                    : s.relation().equals("self") ? "own" : "order?";
            String post = safe(s.id()) + (s.url() == null ? "" : "  " + safe(s.url()));
            out.println((s.id().equals(chain.post()) ? "* " : "  ") + pad(orDash(s.published()), timeWidth) + "  "
                    + pad(lag(s), 8) + "  " + pad(s.relation(), 10) + "  " + pad(score(s.similarity()), 5) + "  "
                    + pad(score(s.coverage()), 5) + "  " + pad(credit, 10) + "  " + pad(sourceName(s), sourceWidth)
                    + "  " + post);
        }
        out.flush();
    }

    /**
     * The chain as JSON: {@code {"post", "cluster", "story", "chain": [{"id", "source", "label", "published",
     * "url", "relation", "lag_seconds", "similarity", "coverage", "uncredited"}]}} and a newline.
     */
    public static void json(TraceChain chain, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("post", WellFormed.text(chain.post()));
            g.writeStringField("cluster", WellFormed.text(chain.cluster()));
            g.writeStringField("story", WellFormed.text(chain.story()));
            g.writeArrayFieldStart("chain");
            for (TraceChain.Step s : chain.steps()) {
                g.writeStartObject();
                g.writeStringField("id", WellFormed.text(s.id()));
                g.writeStringField("source", WellFormed.text(s.source()));
                g.writeStringField("label", WellFormed.text(s.label()));
                g.writeStringField("published", WellFormed.text(s.published()));
                g.writeStringField("url", WellFormed.text(s.url()));
                g.writeStringField("relation", WellFormed.text(s.relation()));
                if (s.lagSeconds() == null) {
                    g.writeNullField("lag_seconds");
                } else {
                    g.writeNumberField("lag_seconds", s.lagSeconds());
                }
                writeScore(g, "similarity", s.similarity());
                writeScore(g, "coverage", s.coverage());
                g.writeBooleanField("uncredited", s.uncredited());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeScore(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, Math.round(v * 1000) / 1000.0);
        }
    }

    /** {@code +7m}, {@code +1h05m}, {@code +2d03h}; {@code -} for the origin; {@code ?} when unknown. */
    static String lag(TraceChain.Step s) {
        if (s.relation().equals("origin")) {
            return "-";
        }
        if (s.lagSeconds() == null) {
            return "?";
        }
        long sec = s.lagSeconds();
        String sign = sec < 0 ? "-" : "+";
        sec = Math.abs(sec);
        if (sec < 60) {
            return sign + sec + "s";
        }
        long min = sec / 60;
        if (min < 60) {
            return sign + min + "m";
        }
        long h = min / 60;
        if (h < 24) {
            return String.format(Locale.ROOT, "%s%dh%02dm", sign, h, min % 60);
        }
        return String.format(Locale.ROOT, "%s%dd%02dh", sign, h / 24, h % 24);
    }

    private static String score(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String sourceName(TraceChain.Step s) {
        String label = s.label();
        return label == null || label.equals(s.source()) ? safe(s.source()) : safe(s.source()) + " (" + safe(label) + ")";
    }

    private static String orDash(String s) {
        return s == null ? "-" : safe(s);
    }

    /** Replaces control characters (C0, DEL, C1) so that untrusted names cannot drive a terminal. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                b.append('\uFFFD');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String pad(String s, int w) {
        StringBuilder b = new StringBuilder(s);
        for (int i = width(s); i < w; i++) {
            b.append(' ');
        }
        return b.toString();
    }
}
