package org.echotrace.ingest.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.text.CreditLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news or blog page into one post: the headline, the article's body paragraphs (separated
 * by a blank line), author, publication time, canonical URL and site name. The body is found by
 * {@link ArticleExtractor}; {@link #extract} is public so that other readers (web archives) can reuse it.
 */
public final class ArticleHtmlReader implements PostReader {
    /** Pages longer than this many bytes are refused rather than parsed. */
    public static final int MAX_BYTES = 100_000_000;

    private static final int MAX_CREDIT_CHARS = 100;
    private static final Set<String> CREDIT_TAGS = Set.of("p", "div", "span", "em", "small", "i", "footer", "cite");

    private final ArticleExtractor extractor;

    public ArticleHtmlReader() {
        this(ArticleExtractor.standard());
    }

    public ArticleHtmlReader(ArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Format format() {
        return Format.ARTICLE_HTML;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        byte[] bytes = input.stream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputException(null, "too large to parse as a whole document (over "
                    + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, null);
        if (decoded.malformed() > 0) {
            context.warn("byte " + decoded.firstMalformed(), "invalid UTF-8: " + decoded.malformed()
                    + " malformed sequence(s) replaced with U+FFFD (and no other encoding declared)");
        }
        Optional<Post.Builder> post = extract(decoded.text(), null, context.source(format()));
        if (post.isPresent()) {
            context.emit(post.get());
        } else {
            context.warn(null, "no article text found");
        }
    }

    /** Extracts the article of one page given as bytes, decoded by {@link HtmlDecoder}. */
    public Optional<Post.Builder> extract(byte[] html, String baseUri, Source source) {
        return extract(HtmlDecoder.decode(html, null).text(), baseUri, source);
    }

    /**
     * Extracts the article of one page.
     *
     * @param html    the page's markup, possibly broken
     * @param baseUri the page's URL when known (relative links resolve against it), else null
     * @param source  the source to fill in with the canonical URL and site name
     * @return the post, or empty when the page has no article text (the caller reports that)
     */
    public Optional<Post.Builder> extract(String html, String baseUri, Source source) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Article article = extractor.extract(doc);
        if (article.paragraphs().isEmpty()) {
            return Optional.empty();
        }
        ArticleMetadata m = article.metadata();
        Source s = source;
        if (m.siteName() != null) {
            s = s.withOutlet(m.siteName()).withChannel(s.channel(), m.siteName());
        }
        String url = m.canonicalUrl() != null ? m.canonicalUrl() : baseUri;
        if (url != null) {
            s = s.withItem(s.itemId(), url);
        }
        return Optional.of(Post.builder(s)
                .title(m.title())
                .author(m.author())
                .published(m.published())
                .text(article.text())
                .attributions(pageCredits(doc)));
    }

    /**
     * Credit lines that stand as page elements of their own ({@code <p class="source-credit">Source: TASS</p>}):
     * extraction prunes them with other small print, but they say where the article came from. Photo credits
     * are left out here, since on a page they mostly belong to other stories' pictures; credit lines inside
     * the extracted body are handled by the cleaning stage.
     */
    static List<Attribution> pageCredits(Document doc) {
        List<Attribution> found = new ArrayList<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (!CREDIT_TAGS.contains(e.normalName())) {
                continue;
            }
            String text = shortText(e);
            if (text == null || text.isEmpty()) {
                continue;
            }
            CreditLines.parse(text, true)
                    .map(CreditLines.Credit::attribution)
                    .filter(a -> !a.kind().equals("photo") && !found.contains(a))
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * The element's text when it is short enough to be a credit line, else null. Gives up after a bounded
     * number of nodes, so looking at every element of a deeply nested page stays linear (taking each
     * element's whole {@code text()} is quadratic on 100k nested {@code div}s).
     */
    private static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        int[] nodes = {0};
        e.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (++nodes[0] > 4 * MAX_CREDIT_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.text());
                    if (sb.length() > 2 * MAX_CREDIT_CHARS) {
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el && el.isBlock() && sb.length() > 0) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        String text = sb.toString().replaceAll("\\s+", " ").strip();
        return nodes[0] > 4 * MAX_CREDIT_CHARS || text.length() > MAX_CREDIT_CHARS ? null : text;
    }
}
