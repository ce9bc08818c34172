package org.echotrace.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.report.CorpusSummary;

/**
 * Gives a post whose language the n-grams could not decide confidently (a one-word reply, a short headline)
 * the benefit of its source's history: a sink between the per-post stages and the output that learns, per
 * source, the languages of its confident posts and re-decides the others with that prior
 * ({@link LanguageIdentifier#identify(String, LanguagePrior)}).
 *
 * <p>Posts are held in a window of at most {@value #WINDOW} and handed on in their order when it fills and at
 * {@link #flush()}; the prior used for a window's posts counts every confident post seen so far, the window
 * included, so a source's first posts also profit from the ones after them. Memory is bounded by the window
 * and one small count table per source. The per-post stages stay pure: this is the only place with state
 * across posts, and it is not thread-safe (one instance per run, fed in output order).
 *
 * <p>A source is the channel, else the outlet, else the site name, else the URL's host, else the directory of
 * the input (copied articles saved side by side are usually from one site).
 */
public final class SourceLanguagePass implements Consumer<Post> {
    /** Posts held before the oldest are handed on. */
    static final int WINDOW = 512;

    private final LanguageIdentifier identifier;
    private final Consumer<Post> out;
    private final double confident;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final List<Post> window = new ArrayList<>(WINDOW);

    public SourceLanguagePass(LanguageIdentifier identifier, Consumer<Post> out) {
        this.identifier = identifier;
        this.out = out;
        this.confident = identifier.confidentThreshold();
    }

    @Override
    public void accept(Post post) {
        if (post.language() != null && post.languageConfidence() != null && post.languageConfidence() >= confident) {
            counts.computeIfAbsent(sourceKey(post.source()), k -> new HashMap<>()).merge(post.language(), 1,
                    Integer::sum);
        }
        window.add(post);
        if (window.size() >= WINDOW) {
            flush();
        }
    }

    /** Hands on every held post, re-decided where its confidence is low. Call once after the last post. */
    public void flush() {
        for (Post p : window) {
            out.accept(revise(p));
        }
        window.clear();
    }

    private Post revise(Post p) {
        if (p.languageConfidence() == null || p.languageConfidence() >= confident) {
            return p;
        }
        Map<String, Integer> c = counts.get(sourceKey(p.source()));
        LanguagePrior prior = c == null ? LanguagePrior.NONE : new LanguagePrior(c);
        LanguageIdentifier.Identification id = identifier.identify(LanguageIdentifier.sample(p), prior);
        if (java.util.Objects.equals(id.language(), p.language())
                && java.util.Objects.equals(id.confidence(), p.languageConfidence())) {
            return p;
        }
        return p.toBuilder().language(id.language()).languageConfidence(id.confidence()).build();
    }

    /** See the class comment. */
    static String sourceKey(Source s) {
        if (blank(s.channel()) && blank(s.outlet()) && blank(s.channelTitle()) && blank(s.url())) {
            String path = s.path().replace('\\', '/');
            int bang = path.lastIndexOf("!/");
            int slash = path.lastIndexOf('/');
            return "dir:" + (slash > bang ? path.substring(0, slash) : bang >= 0 ? path.substring(0, bang) : "");
        }
        return CorpusSummary.sourceName(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
