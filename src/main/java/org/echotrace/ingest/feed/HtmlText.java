package org.echotrace.ingest.feed;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML fragment (a feed item's description or content) to plain text that keeps its
 * paragraphs: block elements are separated by a blank line, {@code <br>} becomes a line break, other
 * whitespace collapses, and scripts, styles and embedded media are dropped.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "figure", "figcaption", "section", "article", "header", "footer",
            "aside", "hr", "dl", "dt", "dd", "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "video", "audio", "svg", "template", "button", "form");

    private HtmlText() {
    }

    /** Plain text of {@code html}; text without any markup or entity is returned unchanged but trimmed. */
    static String toText(String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipDepth > 0 || SKIPPED.contains(tag)) {
                        skipDepth++;
                    } else if (tag.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        paragraphBreak(out);
                    }
                } else if (node instanceof TextNode t && skipDepth == 0) {
                    boolean pre = t.parent() != null && t.parentNode() instanceof Element p && p.normalName().equals("pre");
                    String s = pre ? t.getWholeText() : t.text();
                    if (!pre) {
                        s = s.replaceAll("\\s+", " ");
                        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n' || out.charAt(out.length() - 1) == ' ') {
                            s = s.stripLeading();
                        }
                    }
                    out.append(s);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraphBreak(out);
                    }
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.isEmpty()) {
            return;
        }
        int nl = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n' && nl < 2; i--) {
            nl++;
        }
        out.append("\n".repeat(2 - nl));
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
