package org.echotrace.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.echotrace.clean.PostStage;
import org.echotrace.extract.dates.DateCandidate;
import org.echotrace.extract.dates.DateResolver;
import org.echotrace.extract.dates.DateScanner;
import org.echotrace.extract.dates.DateWords;
import org.echotrace.extract.dates.ReferenceDate;
import org.echotrace.extract.dates.RoleYears;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.DateRef;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;

/**
 * Finds and normalises the dates a post writes; fills {@code dates} and, when the reader gave none, {@code published}.
 *
 * <p>Expressions come from {@link DateScanner} (title, then text) and are resolved by {@link DateResolver} against
 * the post's own date ({@link ReferenceDate}); a year-less date in a post without a dated reference takes its year
 * from the first date written with a year in the post, and when nothing else decides it, from the roles of the
 * people the post names ({@link RoleYears}: "Foreign Minister Kuleba … on Tuesday, March 7" can only be 2023).
 * Mentions count Unicode code points within their field.
 *
 * <p>{@code published}: an existing value is never changed. Otherwise a date heading the text becomes it: a
 * dateline {@code Minsk, 2 April 2023 —}, {@code (Minsk, April 2, 2023)}, {@code Moscow, March 3.}, or a date alone
 * on the first line. Agency datelines ({@code MOSCOW, March 3. /TASS/.}) were already taken off the text by the
 * cleaning stage's {@code DatelineExtractor}, which sets {@code published} itself.
 */
public final class DateExtractor implements PostStage {
    private static final Pattern HEADER_BEFORE = Pattern.compile(
            "\\s*\\(?\\s*(?:\\p{Lu}[\\p{L}'’.\\-]*(?:[ \\-]\\p{Lu}[\\p{L}'’.\\-]*){0,3}\\s*,\\s*)?");
    private static final Pattern TODAY_BEFORE = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(?:today|сегодня|сьогодні|сёння)\\s*,?\\s*(?:(?:в|во|on)\\s+)?(?:\\p{L}+\\s*,\\s*)?$");
    private static final Pattern HEADER_AFTER = Pattern.compile("\\s*\\)|\\s*[—–-]|\\.(?:\\s|$)|[ \\t]*(?:\\n|$)");

    private final DateScanner scanner;
    private final RoleYears roleYears;

    public DateExtractor() {
        this(DateWords.standard(), new RoleYears(KnowledgeBase.standard()));
    }

    public DateExtractor(DateWords words) {
        this(words, null);
    }

    /** @param roleYears decides years from the roles of the people named; null to not use roles */
    public DateExtractor(DateWords words, RoleYears roleYears) {
        this.scanner = new DateScanner(words);
        this.roleYears = roleYears;
    }

    @Override
    public Post apply(Post post) {
        String title = post.title() == null ? "" : post.title();
        String text = post.text();
        List<DateCandidate> inTitle = scanner.scan(title);
        List<DateCandidate> inText = scanner.scan(text);
        if (inTitle.isEmpty() && inText.isEmpty() && !yearless(post.published())) {
            return post.dates().isEmpty() ? post : post.toBuilder().dates(List.of()).build();
        }
        LocalDate anchor = firstWithYear(inTitle, firstWithYear(inText, null));
        String published = post.published() == null || post.published().isBlank() ? null : post.published();
        ReferenceDate ref = ReferenceDate.of(published);
        RoleYears.Window window = roleYears == null || post.entities().isEmpty() ? null
                : roleYears.of(post.entities(), title, text);
        String newPublished = null;
        DateCandidate refCandidate = null;
        if (published == null) {
            refCandidate = header(text, inText);
            if (refCandidate == null) {
                refCandidate = today(text, inText);
            }
            if (refCandidate != null) {
                newPublished = DateResolver.resolve(refCandidate, null, anchor);
                ref = ReferenceDate.of(newPublished);
            }
        }
        if (ref != null && ref.year() == null && ref.month() > 0 && ref.day() > 0) {
            // a month and day without a year: the text may decide the year (a weekday beside it, the roles of the
            // people named, the post's other dates)
            Integer y = yearOf(ref.month(), ref.day(), refCandidate == null ? 0 : refCandidate.weekday(), anchor, window);
            if (y != null) {
                newPublished = LocalDate.of(y, ref.month(), ref.day()).toString();
                ref = ReferenceDate.of(newPublished);
            } else if (published != null) {
                newPublished = null;
            }
        }
        boolean trustedYear = published != null && ref != null && ref.year() != null && newPublished == null;
        List<DateRef> out = new ArrayList<>(inTitle.size() + inText.size());
        add(out, "title", title, inTitle, ref, anchor, window, trustedYear);
        add(out, "text", text, inText, ref, anchor, window, trustedYear);
        Post.Builder b = post.toBuilder().dates(out);
        if (newPublished != null) {
            b.published(newPublished);
        }
        return b.build();
    }

    /**
     * The year of a month and day that the text decides: with a weekday, the one year it fits among the days the named
     * roles allow (or, with no roles, near the post's other dates); without one, the roles' single year, else the year
     * that puts it near the post's dated expression; null when nothing decides.
     */
    private static Integer yearOf(int month, int day, int weekday, LocalDate anchor, RoleYears.Window window) {
        if (window != null) {
            Integer y = window.decide(month, day, weekday);
            if (y != null) {
                return y;
            }
        }
        if (anchor != null) {
            DateCandidate c = DateCandidate.absolute(0, 1, null, month, day, weekday);
            String v = DateResolver.resolve(c, null, anchor);
            if (v != null && !v.startsWith("--")) {
                LocalDate d = LocalDate.parse(v);
                if (window == null || window.allows(d)) {
                    return d.getYear();
                }
            }
        }
        return null;
    }

    private static void add(List<DateRef> out, String field, String s, List<DateCandidate> found, ReferenceDate ref,
            LocalDate anchor, RoleYears.Window window, boolean trustedYear) {
        org.echotrace.text.CodePointOffsets cps = found.isEmpty() ? null : org.echotrace.text.CodePointOffsets.of(s);
        for (DateCandidate c : found) {
            String value = DateResolver.resolve(c, ref, anchor);
            if (value == null) {
                continue;
            }
            if (window != null && c.kind() == DateCandidate.Kind.ABSOLUTE && c.year() == null) {
                if (value.startsWith("--")) {
                    // nothing else decided the year: the roles of the people named may ("On Tuesday, March 7")
                    Integer y = window.decide(c.month(), c.day(), c.weekday());
                    if (y != null) {
                        value = y + value.substring(1);
                    }
                } else if (!trustedYear && !window.allows(LocalDate.parse(value))) {
                    // a year taken from another date of the post that a named role contradicts
                    Integer y = window.decide(c.month(), c.day(), c.weekday());
                    value = y != null ? y + value.substring(4) : "-" + value.substring(4);
                }
            }
            int start = cps.toCodePoint(c.start());
            int end = cps.toCodePoint(c.end());
            out.add(new DateRef(value, new Mention(field, start, end, s.substring(c.start(), c.end()))));
        }
    }

    /** Whether a published value is a month and day without a year ({@code --03-07}), for roles to complete. */
    private static boolean yearless(String published) {
        return published != null && published.startsWith("--");
    }

    /** A date written right after {@code today} / {@code сегодня} ("Today, Friday, November 22"): the post's own date. */
    private static DateCandidate today(String text, List<DateCandidate> found) {
        for (DateCandidate c : found) {
            if (c.kind() != DateCandidate.Kind.ABSOLUTE || c.year() != null && c.start() > 400) {
                continue;
            }
            if (TODAY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 24), c.start())).find()) {
                return c;
            }
        }
        return null;
    }

    private static LocalDate firstWithYear(List<DateCandidate> found, LocalDate otherwise) {
        for (DateCandidate c : found) {
            if (c.kind() == DateCandidate.Kind.ABSOLUTE && c.year() != null) {
                return LocalDate.of(c.year(), c.month(), c.day());
            }
        }
        return otherwise;
    }

    /** The absolute date heading the text as a dateline or first line, or null. */
    private static DateCandidate header(String text, List<DateCandidate> found) {
        if (found.isEmpty()) {
            return null;
        }
        DateCandidate c = found.get(0);
        if (c.kind() != DateCandidate.Kind.ABSOLUTE || c.start() > 60) {
            return null;
        }
        return HEADER_BEFORE.matcher(text).region(0, c.start()).matches()
                && HEADER_AFTER.matcher(text).region(c.end(), text.length()).lookingAt() ? c : null;
    }
}
