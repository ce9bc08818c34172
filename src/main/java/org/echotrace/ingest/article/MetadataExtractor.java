package org.echotrace.ingest.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page's metadata (headline, author, publication time, canonical URL, site name, JSON-LD
 * body) from Open Graph and other meta tags, schema.org JSON-LD and plain markup, in that order of trust.
 * Must run before {@link ArticleExtractor} prunes scripts.
 */
final class MetadataExtractor {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_JSON_NODES = 10_000;
    private static final String[] TITLE_SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · ", " « ", " » ", " / "};
    private static final Pattern DATE_PART = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(,?\\s+\\d{1,2}:\\d{2})?"
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}(\\s*(г\\.?|года))?"
                    + "|\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOMAIN_PART = Pattern.compile("(www\\.)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,6}");
    private static final Pattern HOST = Pattern.compile("^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)",
            Pattern.CASE_INSENSITIVE);

    private MetadataExtractor() {
    }

    static ArticleMetadata extract(Document doc) {
        JsonLd ld = jsonLd(doc);
        Map<String, List<String>> tags = metaTags(doc);
        String siteName = first(meta(tags, "og:site_name"), ld.publisher, meta(tags, "application-name"));
        String title = first(meta(tags, "og:title"), meta(tags, "twitter:title"), ld.headline,
                text(doc.selectFirst("h1")), doc.title());
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty()
                ? canonical.attr("href") : canonical.absUrl("href"), meta(tags, "og:url"), ld.url);
        title = stripSiteSuffix(title, siteName, url != null ? url : doc.location());
        String author = first(meta(tags, "author"), meta(tags, "article:author", true), ld.author,
                text(doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")),
                meta(tags, "byl"));
        String published = null;
        for (String raw : new String[] {meta(tags, "article:published_time"), ld.datePublished,
                attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
                meta(tags, "datePublished"), meta(tags, "pubdate"), meta(tags, "publishdate"),
                meta(tags, "date"), meta(tags, "dc.date"), meta(tags, "dcterms.created"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), meta(tags, "og:updated_time")}) {
            Optional<String> d = PublishedDates.normalize(raw);
            if (d.isPresent()) {
                published = d.get();
                break;
            }
        }
        return new ArticleMetadata(blankToNull(title), blankToNull(author), published, blankToNull(url),
                blankToNull(siteName), blankToNull(ld.articleBody));
    }

    /**
     * "Headline | Site", "Headline – Site – 12.05.2023" and "Site | Headline" lose their site and date parts:
     * a part is dropped when it names the site (its name, or its host's main label), is a domain, is a date,
     * or is a short tail after {@code |}. At most a few parts go, and never the last one left.
     */
    static String stripSiteSuffix(String title, String siteName) {
        return stripSiteSuffix(title, siteName, null);
    }

    static String stripSiteSuffix(String title, String siteName, String url) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        String site = siteName == null ? null : siteName.strip().toLowerCase(Locale.ROOT);
        String hostLabel = hostLabel(url);
        for (int round = 0; round < 3; round++) {
            int best = -1;
            String bestSep = null;
            for (String sep : TITLE_SEPARATORS) {
                int i = t.lastIndexOf(sep);
                if (i > best) {
                    best = i;
                    bestSep = sep;
                }
            }
            if (best <= 0) {
                break;
            }
            String tail = t.substring(best + bestSep.length()).strip();
            if (namesSite(tail, site, hostLabel) || DATE_PART.matcher(tail).matches()
                    || (bestSep.equals(" | ") && tail.split("\\s+").length <= 4)) {
                t = t.substring(0, best).strip();
                continue;
            }
            break;
        }
        for (String sep : TITLE_SEPARATORS) {
            int i = t.indexOf(sep);
            if (i > 0 && namesSite(t.substring(0, i).strip(), site, hostLabel)) {
                String rest = t.substring(i + sep.length()).strip();
                if (rest.split("\\s+").length >= 3) {
                    t = rest;
                }
                break;
            }
        }
        return t;
    }

    private static boolean namesSite(String part, String site, String hostLabel) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return false;
        }
        if (site != null && (p.equals(site) || (site.length() >= 4 && p.length() >= 4
                && (site.contains(p) || p.contains(site)) && p.split("\\s+").length <= 5))) {
            return true;
        }
        if (DOMAIN_PART.matcher(p).matches()) {
            return true;
        }
        String compact = p.replaceAll("[^\\p{L}\\p{N}]", "");
        return hostLabel != null && compact.length() >= 3 && compact.equals(hostLabel);
    }

    /** The main label of a URL's host ("example" for https://www.news.example.co.uk/a), or null. */
    private static String hostLabel(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = HOST.matcher(url);
        if (!m.find()) {
            return null;
        }
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--; // co.uk, com.au
        }
        return i >= 0 ? labels[i].replaceAll("[^\\p{L}\\p{N}]", "") : null;
    }

    /** Meta tag values by lower-cased property, name or itemprop; the first non-blank value wins. */
    private static Map<String, List<String>> metaTags(Document doc) {
        Map<String, List<String>> tags = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            String v = m.attr("content").strip();
            if (!k.isEmpty() && !v.isEmpty()) {
                tags.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(v);
            }
        }
        return tags;
    }

    private static String meta(Map<String, List<String>> tags, String key) {
        return meta(tags, key, false);
    }

    private static String meta(Map<String, List<String>> tags, String key, boolean skipUrls) {
        for (String v : tags.getOrDefault(key.toLowerCase(Locale.ROOT), List.of())) {
            if (!(skipUrls && v.startsWith("http"))) {
                return v;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String n : names) {
            if (e.hasAttr(n)) {
                return e.attr(n);
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The fields of the first schema.org article object in the page's JSON-LD scripts. */
    private static JsonLd jsonLd(Document doc) {
        JsonLd out = new JsonLd();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the other sources still apply
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            int seen = 0;
            while (!queue.isEmpty() && seen++ < MAX_JSON_NODES) {
                JsonNode n = queue.poll();
                if (n.isArray()) {
                    n.forEach(queue::add);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                if (n.has("@graph")) {
                    queue.add(n.get("@graph"));
                }
                String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
                if (isArticleType(type) && out.headline == null && out.articleBody == null) {
                    out.headline = string(n.get("headline"));
                    out.datePublished = string(n.get("datePublished"));
                    out.author = names(n.get("author"));
                    out.publisher = names(n.get("publisher"));
                    out.articleBody = string(n.get("articleBody"));
                    out.url = string(n.get("url"));
                } else if (out.publisher == null && (type.contains("newsmediaorganization")
                        || type.contains("\"organization\"") || type.contains("\"website\""))) {
                    out.publisher = string(n.get("name"));
                }
            }
        }
        return out;
    }

    private static boolean isArticleType(String type) {
        return type.contains("article") || type.contains("blogposting") || type.contains("report")
                || type.contains("posting");
    }

    private static String string(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : string(n.get(0));
        }
        return n.isValueNode() ? n.asText() : null;
    }

    private static String names(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(items::add);
        } else {
            items.add(n);
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode i : items) {
            String name = i.isObject() ? string(i.get("name")) : i.isTextual() ? i.asText() : null;
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Mutable holder while scanning JSON-LD. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String author;
        String publisher;
        String articleBody;
        String url;
    }
}
