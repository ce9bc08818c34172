package org.echotrace.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.echotrace.text.CueFile;

/**
 * Generates a deterministic synthetic corpus for benchmarks: Telegram-sized posts (lengths around the real
 * median of ~330 characters with a long tail, Russian, English, Ukrainian and Belarusian, hashtags, links,
 * emoji and channel boilerplate) and news pages with navigation, related lists, cookie notices and scripts.
 * The same seed always gives the same corpus.
 */
public final class SyntheticCorpus {
    private static final String[] LANGS = {"ru", "ru", "ru", "ru", "ru", "en", "en", "en", "uk", "be"};
    private static final String[] FOOTERS = {
        "Подписаться | Прислать новость", "Subscribe | Send us a tip", "👉 Подписывайтесь на канал",
        "⚡️ Главное за день — в нашем канале", ""};
    private static final String[] EMOJI = {"⚡️", "❗️", "🇷🇺", "🇧🇾", "🇺🇦", "🔥", "📌", "👉"};
    private static final String[] TAGS = {"#МИД", "#ОБСЕ", "#OSCE", "#Lavrov", "#дипломатия", "#news", "#ЕАЭС"};

    private final Map<String, List<String>> sentences = new HashMap<>();
    private final Map<String, List<String>> slots = new HashMap<>();
    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
        for (String[] row : load("sentences.tsv", 2)) {
            sentences.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        for (String[] row : load("slots.tsv", 3)) {
            slots.computeIfAbsent(row[0] + "/" + row[1], k -> new ArrayList<>()).add(row[2]);
        }
    }

    private static List<String[]> load(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (CueFile.Entry e : CueFile.load(SyntheticCorpus.class, name)) {
            String[] cols = e.text().split("\t");
            if (cols.length != columns) {
                throw e.error("expected " + columns + " tab-separated columns");
            }
            rows.add(cols);
        }
        return rows;
    }

    /** The text of synthetic post {@code i}. */
    public String postText(long i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        String lang = LANGS[rnd.nextInt(LANGS.length)];
        // log-normal length around 330 characters
        double target = Math.exp(5.8 + 0.7 * gaussian(rnd));
        int chars = (int) Math.min(4000, Math.max(40, target));
        StringBuilder sb = new StringBuilder(chars + 200);
        if (rnd.nextInt(3) == 0) {
            sb.append(EMOJI[rnd.nextInt(EMOJI.length)]).append(' ');
        }
        List<String> pool = sentences.get(lang);
        int sentencesInParagraph = 0;
        while (sb.length() < chars) {
            sb.append(fill(pool.get(rnd.nextInt(pool.size())), lang, rnd));
            if (++sentencesInParagraph >= 2 + rnd.nextInt(3)) {
                sb.append("\n\n");
                sentencesInParagraph = 0;
            } else {
                sb.append(' ');
            }
        }
        if (rnd.nextInt(2) == 0) {
            sb.append('\n').append(TAGS[rnd.nextInt(TAGS.length)]).append(' ').append(TAGS[rnd.nextInt(TAGS.length)]);
        }
        if (rnd.nextInt(4) == 0) {
            sb.append("\nhttps://example.org/news/").append(i);
        }
        sb.append('\n').append(FOOTERS[rnd.nextInt(FOOTERS.length)]);
        return sb.toString().strip();
    }

    private String fill(String template, String lang, SplittableRandom rnd) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String slot = template.substring(open + 1, close);
            if (slot.equals("num")) {
                out.append(2 + rnd.nextInt(40));
            } else {
                List<String> values = slots.get(slot + "/" + lang);
                out.append(values.get(rnd.nextInt(values.size())));
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble());
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Writes {@code count} posts as scraper-style JSON Lines records. */
    public void writeJsonl(long count, Writer out) throws IOException {
        JsonFactory f = new JsonFactory();
        try (JsonGenerator g = f.createGenerator(new BufferedWriter(out, 1 << 16))) {
            g.setRootValueSeparator(null);
            long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
            for (long i = 0; i < count; i++) {
                g.writeStartObject();
                g.writeNumberField("message_id", i + 1);
                g.writeStringField("channel", "channel_" + (i % 24));
                g.writeStringField("date", Instant.ofEpochSecond(start + i * 37).toString());
                g.writeStringField("text", postText(i));
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /** A news page of roughly 20 KB with the boilerplate real sites carry. */
    public String articlePage(long i) {
        SplittableRandom rnd = new SplittableRandom(seed * 7_919L + i);
        String lang = rnd.nextBoolean() ? "ru" : "en";
        List<String> pool = sentences.get(lang);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>Story ").append(i).append(" | Example News</title>")
                .append("<meta property=\"og:site_name\" content=\"Example News\">")
                .append("<link rel=\"canonical\" href=\"https://news.example.org/story/").append(i).append("\">")
                .append("<script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script>")
                .append("<style>.nav{display:flex}.card{margin:4px}</style></head><body>");
        h.append("<header><nav class=\"nav main-menu\"><ul>");
        for (int k = 0; k < 40; k++) {
            h.append("<li><a href=\"/section/").append(k).append("\">Section ").append(k).append("</a></li>");
        }
        h.append("</ul></nav></header><div class=\"cookie-banner\">We use cookies to improve your experience. "
                + "<button>Accept</button></div><main><div class=\"layout\"><article class=\"story\">");
        h.append("<h1>").append(fill(pool.get(rnd.nextInt(pool.size())), lang, rnd)).append("</h1>");
        h.append("<time datetime=\"2024-03-0").append(1 + rnd.nextInt(9)).append("T10:00:00+03:00\">March</time>");
        h.append("<div class=\"share\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div><div class=\"article-body\">");
        int paragraphs = 6 + rnd.nextInt(10);
        for (int p = 0; p < paragraphs; p++) {
            h.append("<p>");
            for (int s = 0; s < 3 + rnd.nextInt(4); s++) {
                h.append(fill(pool.get(rnd.nextInt(pool.size())), lang, rnd)).append(' ');
            }
            h.append("</p>");
            if (p == 2) {
                h.append("<div class=\"ad-slot\"><script>loadAd('mid')</script></div>");
            }
        }
        h.append("</div><div class=\"tags\">");
        for (String t : TAGS) {
            h.append("<a href=\"/tag/").append(t.substring(1)).append("\">").append(t.substring(1)).append("</a>");
        }
        h.append("</div></article><aside class=\"related\"><h3>Related</h3><ul>");
        for (int k = 0; k < 12; k++) {
            h.append("<li class=\"card\"><a href=\"/story/").append(i * 13 + k).append("\">")
                    .append(fill(pool.get(rnd.nextInt(pool.size())), lang, rnd)).append("</a><span>09:1")
                    .append(k % 10).append("</span></li>");
        }
        h.append("</ul></aside></div></main><footer><div class=\"footer-links\">");
        for (int k = 0; k < 30; k++) {
            h.append("<a href=\"/about/").append(k).append("\">About ").append(k).append("</a> ");
        }
        h.append("</div><p>© Example News. All rights reserved.</p></footer>");
        h.append("<script>").append("var config={\"ads\":true,\"slots\":[1,2,3]};".repeat(200)).append("</script>");
        h.append("</body></html>");
        return h.toString();
    }
}
