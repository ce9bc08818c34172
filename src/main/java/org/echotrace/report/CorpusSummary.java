package org.echotrace.report;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.echotrace.model.Attribution;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Problem;
import org.echotrace.model.Source;

/**
 * What a corpus contains, at a glance: totals, posts per source and per format, languages, top hashtags and
 * mentions, forwards and credits, and the inputs that had problems. Built with a {@link Collector} that sees
 * each post and problem once, so a large run needs memory only for the counts.
 *
 * @param inputs        inputs read (files, archive entries, stdin)
 * @param posts         posts emitted
 * @param errors        error problems
 * @param warnings      warning problems
 * @param sources       posts per source (channel, outlet or site, with its format), most posts first
 * @param formats       posts per input format, most posts first
 * @param languages     posts per language ({@code unknown} when none was identified), most first
 * @param hashtags      top hashtags, grouped case-insensitively and shown in their most common spelling
 * @param mentions      top mentions, grouped case-insensitively
 * @param forwarded     posts that are forwards
 * @param forwardedFrom forwards per original author, most first
 * @param attributed    posts that credit someone (source line, dateline, via …)
 * @param attributions  credits per name and kind ({@code TASS (agency)}), most first
 * @param problemInputs one line per input that had errors or warnings
 * @param entities      the entities named in most posts, as {@code Sergey Lavrov (PERSON)}
 * @param quotes        how many quotes were found
 * @param speakers      who is quoted most ({@code (unknown)} for quotes without a speaker)
 */
public record CorpusSummary(long inputs, long posts, long errors, long warnings, List<SourceCount> sources,
                            List<Count> formats, List<Count> languages, List<Count> hashtags, List<Count> mentions,
                            long forwarded, List<Count> forwardedFrom, long attributed, List<Count> attributions,
                            List<InputProblems> problemInputs, List<Count> entities, long quotes,
                            List<Count> speakers) {

    /** How many top hashtags and mentions a summary keeps. */
    public static final int TOP = 10;

    public CorpusSummary {
        sources = List.copyOf(sources);
        formats = List.copyOf(formats);
        languages = List.copyOf(languages);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        forwardedFrom = List.copyOf(forwardedFrom);
        attributions = List.copyOf(attributions);
        problemInputs = List.copyOf(problemInputs);
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
    }

    /** A label and how many posts carry it. */
    public record Count(String label, long count) {
        public Count {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Posts of one source: its display name, title (may be null) and format. */
    public record SourceCount(String name, String title, String format, long count) {
        public SourceCount {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
        }
    }

    /** One input's problem counts and its first message. */
    public record InputProblems(String input, long errors, long warnings, String firstMessage) {
        public InputProblems {
            Objects.requireNonNull(input, "input");
        }
    }

    /** The name a post's source is listed under: channel, else outlet, else title, else URL host, else file name. */
    public static String sourceName(Source s) {
        if (notBlank(s.channel())) {
            return s.channel();
        }
        if (notBlank(s.outlet())) {
            return s.outlet();
        }
        if (notBlank(s.channelTitle())) {
            return s.channelTitle();
        }
        String host = host(s.url());
        if (host != null) {
            return host;
        }
        String path = s.path();
        int bang = path.lastIndexOf("!/");
        String tail = bang >= 0 ? path.substring(bang + 2) : path;
        Path name = Path.of(tail.replace('\\', '/')).getFileName();
        return name == null ? path : name.toString();
    }

    private static String host(String url) {
        if (!notBlank(url)) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Accumulates posts and problems; {@link #summarize(long)} turns the counts into a summary. */
    public static final class Collector {
        private long posts;
        private long errors;
        private long warnings;
        private long forwarded;
        private long attributed;
        private final Map<List<String>, long[]> sources = new LinkedHashMap<>();
        private final Map<String, String> sourceTitles = new HashMap<>();
        private final Map<String, Long> formats = new LinkedHashMap<>();
        private final Map<String, Long> languages = new LinkedHashMap<>();
        private final CaseGroups hashtags = new CaseGroups();
        private final CaseGroups mentions = new CaseGroups();
        private final Map<String, Long> forwardedFrom = new LinkedHashMap<>();
        private final Map<String, Long> attributions = new LinkedHashMap<>();
        private final Map<String, long[]> problemCounts = new LinkedHashMap<>();
        private final Map<String, String> firstProblem = new HashMap<>();
        private final Map<String, Long> entities = new LinkedHashMap<>();
        private final Map<String, Long> speakers = new LinkedHashMap<>();
        private long quotes;

        /** Counts one post. */
        public void add(Post post) {
            posts++;
            Source s = post.source();
            String name = sourceName(s);
            String format = s.format().id();
            sources.computeIfAbsent(List.of(name, format), k -> new long[1])[0]++;
            if (notBlank(s.channelTitle()) && !s.channelTitle().equals(name)) {
                sourceTitles.putIfAbsent(name + '\n' + format, s.channelTitle());
            }
            formats.merge(format, 1L, Long::sum);
            languages.merge(notBlank(post.language()) ? post.language() : "unknown", 1L, Long::sum);
            post.hashtags().forEach(hashtags::add);
            post.mentions().forEach(mentions::add);
            if (notBlank(post.forwardedFrom())) {
                forwarded++;
                forwardedFrom.merge(post.forwardedFrom().strip(), 1L, Long::sum);
            }
            for (EntityRef e : post.entities()) {
                entities.merge(e.name() + " (" + e.type() + (e.known() ? "" : ", new") + ")", 1L, Long::sum);
            }
            for (Quote q : post.quotes()) {
                quotes++;
                speakers.merge(q.speaker() == null ? "(unknown)" : q.speaker(), 1L, Long::sum);
            }
            if (!post.attributions().isEmpty()) {
                attributed++;
                for (Attribution a : post.attributions()) {
                    attributions.merge(a.name() + " (" + a.kind() + ")", 1L, Long::sum);
                }
            }
        }

        /** Counts one problem against its input. */
        public void add(Problem problem) {
            long[] c = problemCounts.computeIfAbsent(problem.input(), k -> new long[2]);
            if (problem.severity() == Problem.Severity.ERROR) {
                errors++;
                c[0]++;
            } else {
                warnings++;
                c[1]++;
            }
            firstProblem.putIfAbsent(problem.input(), problem.position() == null ? problem.message()
                    : problem.position() + ": " + problem.message());
        }

        /** The summary so far; {@code inputs} comes from the run, which alone knows how many inputs it opened. */
        public CorpusSummary summarize(long inputs) {
            List<SourceCount> sourceList = new ArrayList<>();
            sources.forEach((k, v) -> sourceList.add(new SourceCount(k.get(0),
                    sourceTitles.get(k.get(0) + '\n' + k.get(1)), k.get(1), v[0])));
            sourceList.sort(Comparator.comparingLong(SourceCount::count).reversed()
                    .thenComparing(SourceCount::name).thenComparing(SourceCount::format));
            List<InputProblems> problems = new ArrayList<>();
            problemCounts.forEach((input, c) -> problems.add(new InputProblems(input, c[0], c[1],
                    firstProblem.get(input))));
            return new CorpusSummary(inputs, posts, errors, warnings, sourceList, ranked(formats, Integer.MAX_VALUE),
                    ranked(languages, Integer.MAX_VALUE), hashtags.top(TOP), mentions.top(TOP), forwarded,
                    ranked(forwardedFrom, Integer.MAX_VALUE), attributed, ranked(attributions, Integer.MAX_VALUE),
                    problems, ranked(entities, TOP), quotes, ranked(speakers, TOP));
        }
    }

    /** Most first; ties keep first-seen order. */
    static List<Count> ranked(Map<String, Long> counts, int limit) {
        List<Count> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new Count(k, v)));
        list.sort(Comparator.comparingLong(Count::count).reversed());
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : list;
    }

    /** Counts labels case-insensitively, remembering how often each spelling was seen. */
    static final class CaseGroups {
        private final Map<String, Long> totals = new LinkedHashMap<>();
        private final Map<String, Map<String, Long>> spellings = new HashMap<>();

        void add(String label) {
            if (!notBlank(label)) {
                return;
            }
            String key = label.toLowerCase(Locale.ROOT);
            totals.merge(key, 1L, Long::sum);
            spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(label, 1L, Long::sum);
        }

        List<Count> top(int limit) {
            List<Count> byKey = ranked(totals, limit);
            List<Count> shown = new ArrayList<>(byKey.size());
            for (Count c : byKey) {
                shown.add(new Count(ranked(spellings.get(c.label()), 1).get(0).label(), c.count()));
            }
            return shown;
        }
    }
}
