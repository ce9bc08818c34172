package org.echotrace.ingest.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a news or blog page: prunes widgets by the {@link BoilerplateCues}, scores
 * candidate containers Readability-style (text length, commas, link density, class names), takes the best
 * one with its article-like siblings, and keeps its paragraph-like blocks that are not link lists or
 * widget labels. Falls back to the page's JSON-LD {@code articleBody}, or to every text-like block of the
 * page, when the chosen container holds too little.
 *
 * <p>All traversals are iterative (jsoup's {@link NodeTraversor}), so deeply nested markup cannot overflow
 * the stack, and per-element text lengths are computed once, bottom-up, so the work stays linear in the
 * page size.
 */
public final class ArticleExtractor {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure", "address", "hr", "center",
            "details", "summary", "body", "html", "fieldset", "aside", "nav", "footer", "form", "hgroup",
            "picture", "video", "audio", "legend", "option");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
    /** A block shorter than this does not vote for its container. */
    private static final int MIN_SCORED_CHARS = 25;
    /** Below this many characters the chosen container is not trusted and the page-wide fallback runs. */
    private static final int MIN_ARTICLE_CHARS = 250;
    /** Below this many characters extraction is retried without the class and id cues. */
    private static final int RETRY_BELOW_CHARS = 200;
    /** A keep-attr cue spares an element a drop-attr cue matched only when it holds this many characters. */
    private static final int KEEP_ATTR_MIN_CHARS = 300;
    /** A teaser-named element holding this much text with few links is article text, not a teaser box. */
    private static final int TEASER_MIN_TEXT_CHARS = 1000;
    /** A lead longer than this is not a lead. */
    private static final int MAX_LEAD_CHARS = 1000;
    /** A lead shorter than this is a label. */
    private static final int MIN_LEAD_CHARS = 30;
    /** How far up from the chosen container a lead standing before it is looked for. */
    private static final int LEAD_LEVELS = 4;
    /** A container scoring at least this share of the best one is a rival: maybe another chunk of it. */
    private static final double RIVAL_SHARE = 0.6;
    /** The longest link-only paragraph kept inside the body ("Read the full report (PDF)"). */
    private static final int MAX_LINK_LINE_CHARS = 200;
    /** The longest link-only list item or table cell kept inside the body. */
    private static final int MAX_LINK_ITEM_CHARS = 200;
    /** A same-class cousin of the best container must hold this many characters to be a chunk of it. */
    private static final int MIN_CHUNK_CHARS = 200;
    /** The longest run of link-only blocks kept inside the body. */
    private static final int MAX_LINK_RUN = 3;
    /** How far up from the best container a shared ancestor with a rival is looked for. */
    private static final int MAX_PROMOTION_LEVELS = 3;

    private final BoilerplateCues cues;

    public ArticleExtractor(BoilerplateCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** An extractor with the bundled cues. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(BoilerplateCues.standard());
    }

    /** Extracts metadata and body paragraphs; {@code doc} is left unchanged. */
    public Article extract(Document doc) {
        ArticleMetadata meta = MetadataExtractor.extract(doc);
        Element body = doc.body();
        if (body == null) {
            return new Article(meta, List.of());
        }
        Map<Element, Integer> lengths = textLengths(body);
        List<String> paragraphs = select(body, Layout.of(body, pruned(body, lengths, true), cues));
        if (charCount(paragraphs) < RETRY_BELOW_CHARS) {
            // class and id cues sometimes hit the article's own wrapper ("content-with-sidebar"): retry
            // with only the tag, role and hidden cues, as Readability does
            List<String> lenient = select(body, Layout.of(body, pruned(body, lengths, false), cues));
            if (charCount(lenient) > charCount(paragraphs) * 3 / 2) {
                paragraphs = lenient;
            }
        }
        paragraphs = preferJsonLd(paragraphs, meta.jsonLdBody());
        return new Article(meta, paragraphs);
    }

    // ---------------------------------------------------------------- pruning

    /** The elements to skip with everything inside them. */
    private Set<Element> pruned(Element body, Map<Element, Integer> lengths, boolean useClassCues) {
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        Set<Element> wrappers = articleWrappers(body, lengths, total);
        Map<String, Integer> verdicts = new HashMap<>();
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (isBoilerplate(e, lengths.getOrDefault(e, 0), total, useClassCues && !wrappers.contains(e),
                        cues, verdicts)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return doomed;
    }

    /**
     * The ancestors of the elements that declare themselves the page's main content ({@code main},
     * {@code role=main}, {@code itemprop=articleBody}, a sizeable {@code article}): class cues never
     * remove them, whatever their layout class names say ("container penci_sidebar").
     */
    private static Set<Element> articleWrappers(Element body, Map<Element, Integer> lengths, int total) {
        Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.select("main, [role=main], [itemprop=articleBody], article")) {
            if (e.normalName().equals("article") && lengths.getOrDefault(e, 0) * 4 < total) {
                continue;
            }
            for (Element a = e; a != null && a != body && wrappers.add(a); a = a.parent()) {
                // marks the chain up to the body, stopping where another chain already did
            }
        }
        return wrappers;
    }

    private static boolean isBoilerplate(Element e, int length, int total, boolean useClassCues,
                                         BoilerplateCues cues, Map<String, Integer> verdicts) {
        String tag = e.normalName();
        // a wrapper holding most of the page's text is not a widget, whatever its tag says (ASP.NET pages
        // wrap everything in a form); class cues are trusted more, as comment threads outgrow articles
        boolean large = length * 2 >= total && length > 0;
        // the lenient retry spares headers: gallery and short pages put their whole text in the article's
        if (cues.dropsTag(tag) && !large && (useClassCues || !tag.equals("header"))) {
            return true;
        }
        if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        if (e.hasAttr("role") && cues.dropsRole(e.attr("role")) && !large) {
            return true;
        }
        if (!useClassCues || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        String classAndId = classAndId(e);
        if (classAndId.isEmpty()) {
            return false;
        }
        // pages repeat the same class names many times: match each distinct one once
        int verdict = verdicts.computeIfAbsent(classAndId, k -> {
            boolean teaser = cues.isTeaserClassOrId(k);
            boolean drop = teaser || cues.dropsClassOrId(k);
            return !drop ? 0 : cues.keepsClassOrId(k) ? 1 : teaser && !cues.dropsClassOrId(k) ? 3 : 2;
        });
        if (verdict == 3) {
            // a teaser box is links and short blurbs; long unlinked text under such a name is the rest of
            // the article behind a "read more" fold
            return length < TEASER_MIN_TEXT_CHARS || linkChars(e) * 10 > length;
        }
        // an article-like name spares a wrapper ("content-with-sidebar"), not a small widget inside the
        // article ("article-author", "article__share")
        return verdict == 2 || (verdict == 1 && length < KEEP_ATTR_MIN_CHARS);
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += visibleLength(a.text());
        }
        return n;
    }

    private static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? c : c + " " + id;
    }

    /** Visible text length of every element, bottom-up in one pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    lengths.merge(p, visibleLength(t.getWholeText()), Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != root && e.parent() != null) {
                    Integer own = lengths.get(e);
                    if (own != null) {
                        lengths.merge(e.parent(), own, Integer::sum);
                    }
                }
            }
        }, root);
        return lengths;
    }

    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- scoring and selection

    private List<String> select(Element body, Layout layout) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Block b : layout.blocks) {
            if (b.length() < MIN_SCORED_CHARS || b.heading() || b.notice()) {
                continue;
            }
            double content = 1 + b.commas() + Math.min(b.length() / 100, 3);
            Element ancestor = b.owner().parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double[] s = scores.computeIfAbsent(ancestor, this::initialScore);
                s[0] += content / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (ancestor == body) {
                    break;
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double s = e.getValue()[0] * (1 - layout.linkDensity(e.getKey()));
            e.getValue()[0] = s;
            if (top == null || s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return fallback(layout);
        }
        top = promote(top, topScore, scores, body);
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(top);
        mergeSiblings(top, topScore, scores, layout, chosen, body);
        List<Block> kept = collect(layout, chosen, body);
        List<String> out = finish(kept);
        if (charCount(out) < MIN_ARTICLE_CHARS) {
            List<String> all = fallback(layout);
            if (charCount(all) > charCount(out)) {
                return all;
            }
        }
        if (!kept.isEmpty()) {
            String lead = lead(top, kept.get(0).owner(), chosen, layout, body);
            if (lead != null) {
                List<String> withLead = new ArrayList<>(out.size() + 1);
                withLead.add(lead);
                withLead.addAll(out);
                return withLead;
            }
        }
        return out;
    }

    /**
     * A lead, standfirst or subtitle standing before the article body and outside the chosen containers
     * (often in a header the pruning removed): an element with a lead cue in a near ancestor of the body,
     * before its first kept block, of lead length and few links, not a repeat of the body's own text.
     */
    private String lead(Element top, Element firstOwner, Set<Element> chosen, Layout layout, Element body) {
        Map<String, Boolean> leadVerdicts = new HashMap<>();
        Element scope = top;
        for (int i = 0; i < LEAD_LEVELS && scope.parent() != null && scope != body; i++) {
            scope = scope.parent();
        }
        for (Element e : scope.getAllElements()) {
            if (e == firstOwner) {
                return null; // reached the body: leads stand before it
            }
            String classAndId = classAndId(e);
            if (classAndId.isEmpty() || !leadVerdicts.computeIfAbsent(classAndId, cues::isLeadClassOrId)
                    || e.normalName().equals("h1") || isAncestor(e, firstOwner) || inside(e, chosen, null)) {
                continue;
            }
            String text = WHITESPACE.matcher(e.text()).replaceAll(" ").strip();
            if (text.length() < MIN_LEAD_CHARS || text.length() > MAX_LEAD_CHARS || !prunedOnlyByTag(e, layout, body)) {
                continue;
            }
            int linkChars = 0;
            for (Element a : e.select("a")) {
                linkChars += a.text().length();
            }
            if (linkChars * 4 > text.length() || cues.isNotice(text) || cues.isLeakBlock(text)) {
                continue;
            }
            return text;
        }
        return null;
    }

    /** True when nothing pruned {@code e} or its ancestors but their tag (a lead inside {@code <header>}). */
    private boolean prunedOnlyByTag(Element e, Layout layout, Element body) {
        for (Element a = e; a != null && a != body; a = a.parent()) {
            if (layout.skipped.contains(a)) {
                String tag = a.normalName();
                if (!(tag.equals("header") || tag.equals("hgroup"))) {
                    return false;
                }
                if (a.hasAttr("hidden") || HIDDEN_STYLE.matcher(a.attr("style")).find()
                        || cues.dropsClassOrId(classAndId(a)) && !cues.keepsClassOrId(classAndId(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Climbs from the best container to a near ancestor that also holds another strong candidate: articles
     * split into chunks (each in its own grid cell) have one strong container per chunk.
     */
    private static Element promote(Element top, double topScore, Map<Element, double[]> scores, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            if (e.getKey() != top && e.getValue()[0] >= topScore * RIVAL_SHARE
                    && !isAncestor(e.getKey(), top) && !isAncestor(top, e.getKey())) {
                rivals.add(e.getKey());
            }
        }
        if (rivals.isEmpty()) {
            return top;
        }
        Element a = top.parent();
        for (int level = 0; a != null && a != body && level < MAX_PROMOTION_LEVELS; level++, a = a.parent()) {
            for (Element r : rivals) {
                if (isAncestor(a, r)) {
                    return a;
                }
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private double[] initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return new double[] {s + cues.classWeight(classAndId(e))};
    }

    private void mergeSiblings(Element top, double topScore, Map<Element, double[]> scores, Layout layout,
                               Set<Element> chosen, Element body) {
        Element parent = top.parent();
        if (parent == null) {
            return;
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) {
                continue;
            }
            double[] s = scores.get(sib);
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            if (s != null && s[0] + bonus >= threshold) {
                chosen.add(sib);
                continue;
            }
            if (sib.normalName().equals("p")) {
                int len = layout.length(sib);
                double ld = layout.linkDensity(sib);
                String text = sib.text();
                if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && endsSentence(text))) {
                    chosen.add(sib);
                }
            }
        }
        // an article cut into same-class sections (one per chapter, split by figures or asides) has its
        // chunks in cousins of the best container: same tag and class at the same level, little link text
        Element a = top;
        for (int level = 0; level < MAX_PROMOTION_LEVELS && a.parent() != null && a.parent() != body.parent(); level++) {
            String cls = a.className();
            if (!cls.isEmpty() && level > 0) {
                for (Element sib : a.parent().children()) {
                    if (sib != a && sib.normalName().equals(a.normalName()) && sib.className().equals(cls)
                            && layout.length(sib) >= MIN_CHUNK_CHARS && layout.linkDensity(sib) < 0.3
                            && !inside(sib, chosen, null)) {
                        chosen.add(sib);
                    }
                }
            }
            a = a.parent();
        }
        // a table, list or heading between two chunks of the article is part of it (results tables,
        // chapter headings, bullet lists): the blocks in it are too short to vote on their own
        List<Element> children = parent.children();
        int first = -1;
        int last = -1;
        for (int i = 0; i < children.size(); i++) {
            if (chosen.contains(children.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first + 1; i < last; i++) {
            Element sib = children.get(i);
            if (!chosen.contains(sib) && layout.length(sib) > 0 && layout.linkDensity(sib) < 0.5) {
                chosen.add(sib);
            }
        }
    }

    /**
     * The kept blocks of the chosen containers. A short run of link-only blocks (a "full report" link,
     * list items naming places) is kept when article text stands on both sides of it in the same containers;
     * link runs at the edges are related links and navigation.
     */
    private List<Block> collect(Layout layout, Set<Element> chosen, Element body) {
        List<Block> inside = new ArrayList<>();
        for (Block b : layout.blocks) {
            if (inside(b.owner(), chosen, body)) {
                inside.add(b);
            }
        }
        int n = inside.size();
        int[] verdict = new int[n]; // 1 kept, 0 dropped, 2 link-dense (kept when sandwiched)
        for (int i = 0; i < n; i++) {
            Block b = inside.get(i);
            verdict[i] = keep(b) ? 1 : keptButForLinks(b) ? 2 : 0;
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (verdict[i] == 1) {
                kept.add(inside.get(i));
            } else if (verdict[i] == 2) {
                int j = i;
                while (j < n && verdict[j] == 2) {
                    j++;
                }
                boolean before = i > 0 && verdict[i - 1] == 1 && !inside.get(i - 1).heading();
                boolean after = j < n && verdict[j] == 1;
                if (before && after && j - i <= MAX_LINK_RUN) {
                    for (int k = i; k < j; k++) {
                        kept.add(inside.get(k));
                    }
                }
                i = j - 1;
            }
        }
        return kept;
    }

    /** True when a line is set in capitals: a promo for another story ("WATCH: ...", headline teasers). */
    private static boolean shouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 10 && upper * 5 >= letters * 4;
    }

    /** True when only its link density stops a block from being kept. */
    private boolean keptButForLinks(Block b) {
        String tag = b.owner().normalName();
        // a link line of headline length is a teaser for another story; list items and cells are data
        int max = tag.equals("li") || tag.equals("td") || tag.equals("dd") ? MAX_LINK_ITEM_CHARS : MAX_LINK_LINE_CHARS;
        return !tag.equals("h1") && !b.heading() && b.length() <= max && !shouted(b.text())
                && !b.label() && !b.leak() && !b.notice();
    }

    private List<String> fallback(Layout layout) {
        List<Block> kept = new ArrayList<>();
        for (Block b : layout.blocks) {
            if (keep(b) && (b.heading() || b.length() >= 80 || endsSentence(b.text()))) {
                kept.add(b);
            }
        }
        return finish(kept);
    }

    private boolean keep(Block b) {
        if (b.owner().normalName().equals("h1")) {
            return false;
        }
        // a table cell is data ("Share" heads a column of vote shares), not a widget label
        boolean cell = b.owner().normalName().equals("td") || b.owner().normalName().equals("th");
        if (!cell && (b.label() || b.leak()) || b.notice()) {
            return false;
        }
        double ld = b.length() == 0 ? 1 : (double) b.linkChars() / b.length();
        if (ld > 0.5) {
            return false;
        }
        return !(ld > 0.25 && b.length() < 100);
    }

    /**
     * Drops headings that no body text follows (trailing "Related" titles and the like), unless headings are
     * all there is.
     */
    private static List<String> finish(List<Block> kept) {
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            if (b.heading()) {
                boolean followed = false;
                for (int j = i + 1; j < kept.size(); j++) {
                    if (!kept.get(j).heading()) {
                        followed = true;
                        break;
                    }
                }
                if (!followed) {
                    continue;
                }
            }
            out.add(b.text());
        }
        if (out.isEmpty()) {
            // a page of headings only (a gallery, a test page): its headings are all the text it has
            for (Block b : kept) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static boolean inside(Element e, Set<Element> chosen, Element body) {
        for (Element a = e; a != null && a != body; a = a.parent()) {
            if (chosen.contains(a)) {
                return true;
            }
        }
        return chosen.contains(body);
    }

    private static List<String> preferJsonLd(List<String> paragraphs, String jsonLdBody) {
        if (jsonLdBody == null) {
            return paragraphs;
        }
        List<String> ld = jsonLdParagraphs(jsonLdBody);
        int ldChars = charCount(ld);
        int ours = charCount(paragraphs);
        if (ldChars > MIN_ARTICLE_CHARS && ours < ldChars / 2) {
            return ld;
        }
        return paragraphs;
    }

    /**
     * The paragraphs of a JSON-LD {@code articleBody}: plain text split at line breaks, or markup (also when
     * escaped once more, {@code &lt;p&gt;}) cut at its block elements.
     */
    static List<String> jsonLdParagraphs(String jsonLdBody) {
        String ld = jsonLdBody.strip();
        if (ld.contains("&lt;") || ld.contains("&#60;") || ld.contains("&#x3c;") || ld.contains("&#x3C;")) {
            ld = org.jsoup.parser.Parser.unescapeEntities(ld, false);
        }
        List<String> out = new ArrayList<>();
        if (ld.indexOf('<') >= 0 && ld.indexOf('>') > ld.indexOf('<')) {
            Element body = org.jsoup.Jsoup.parseBodyFragment(ld).body();
            for (Block b : Layout.of(body, Set.of(), BoilerplateCues.standard()).blocks) {
                out.add(b.text());
            }
            return out;
        }
        for (String p : ld.split("\\n\\s*\\n|\\r?\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static int charCount(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '»' || c == '”';
    }

    // ---------------------------------------------------------------- layout

    /**
     * One paragraph-like run of text and the block element it sits in, with the verdicts of the text cues
     * (computed once): a widget label, a leak by its wording, a site notice.
     */
    record Block(String text, Element owner, int linkChars, int commas, boolean heading, boolean label,
                 boolean leak, boolean notice) {
        int length() {
            return text.length();
        }
    }

    /**
     * The page body cut into text blocks in document order, with each element's text and link-text
     * lengths, computed in one iterative pass.
     */
    static final class Layout {
        final List<Block> blocks = new ArrayList<>();
        final Set<Element> skipped;
        private final BoilerplateCues cues;
        private final Map<Element, int[]> stats = new IdentityHashMap<>();

        private Layout(Set<Element> skipped, BoilerplateCues cues) {
            this.skipped = skipped;
            this.cues = cues;
        }

        static Layout of(Element root, Set<Element> skipped, BoilerplateCues cues) {
            Layout layout = new Layout(skipped, cues);
            layout.build(root, skipped);
            return layout;
        }

        int length(Element e) {
            int[] s = stats.get(e);
            return s == null ? 0 : s[0];
        }

        double linkDensity(Element e) {
            int[] s = stats.get(e);
            return s == null || s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
        }

        private void build(Element root, Set<Element> skipped) {
            StringBuilder buf = new StringBuilder();
            int[] linkChars = {0};
            int[] anchorDepth = {0};
            int[] preDepth = {0};
            Deque<Element> owners = new ArrayDeque<>();
            owners.push(root);
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element && skipped.contains(node)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode t) {
                        String raw = t.getWholeText();
                        String s = preDepth[0] > 0 ? raw : WHITESPACE.matcher(raw).replaceAll(" ");
                        if (s.isEmpty() || (s.equals(" ") && (buf.length() == 0 || endsWithSpace(buf)))) {
                            return FilterResult.CONTINUE;
                        }
                        if (s.startsWith(" ") && (buf.length() == 0 || endsWithSpace(buf))) {
                            s = s.substring(1);
                        }
                        buf.append(s);
                        int visible = visibleLength(s);
                        if (anchorDepth[0] > 0) {
                            linkChars[0] += visible;
                        }
                        if (node.parent() instanceof Element p) {
                            int[] st = stats.computeIfAbsent(p, k -> new int[2]);
                            st[0] += visible;
                            if (anchorDepth[0] > 0) {
                                st[1] += visible;
                            }
                        }
                    } else if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (tag.equals("br")) {
                            buf.append('\n');
                        } else if (BLOCK_TAGS.contains(tag)) {
                            flush();
                            owners.push(e);
                        }
                        if (tag.equals("a")) {
                            anchorDepth[0]++;
                        } else if (tag.equals("pre")) {
                            preDepth[0]++;
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        if (owners.size() > 1) {
                            owners.pop();
                        }
                    }
                    if (tag.equals("a")) {
                        anchorDepth[0]--;
                    } else if (tag.equals("pre")) {
                        preDepth[0]--;
                    }
                    if (e != root && e.parent() != null) {
                        int[] own = stats.get(e);
                        if (own != null) {
                            int[] up = stats.computeIfAbsent(e.parent(), k -> new int[2]);
                            up[0] += own[0];
                            up[1] += own[1];
                        }
                    }
                    return FilterResult.CONTINUE;
                }

                private void flush() {
                    String text = tidy(buf);
                    if (!text.isEmpty()) {
                        Element owner = owners.peek();
                        blocks.add(new Block(text, owner, Math.min(linkChars[0], visibleLength(text)),
                                commas(text), HEADINGS.contains(owner.normalName()), cues.isBoilerplatePhrase(text),
                                cues.isLeakBlock(text), cues.isNotice(text)));
                    }
                    buf.setLength(0);
                    linkChars[0] = 0;
                }
            }, root);
        }

        private static boolean endsWithSpace(StringBuilder sb) {
            char c = sb.charAt(sb.length() - 1);
            return c == ' ' || c == '\n';
        }

        /** Trims each line and drops blank lines a {@code <br>} run left behind. */
        private static String tidy(StringBuilder buf) {
            if (buf.length() == 0) {
                return "";
            }
            StringBuilder out = new StringBuilder(buf.length());
            for (String line : buf.toString().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(l);
                }
            }
            return out.toString();
        }

        private static int commas(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == '，' || c == '、' || c == '،') {
                    n++;
                }
            }
            return n;
        }
    }
}
