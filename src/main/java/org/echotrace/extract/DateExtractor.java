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
        if (inTitle.isEmpty() && inText.isEmpty()) {
            return post.dates().isEmpty() ? post : post.toBuilder().dates(List.of()).build();
        }
        LocalDate anchor = firstWithYear(inTitle, firstWithYear(inText, null));
        String published = post.published() == null || post.published().isBlank() ? null : post.published();
        ReferenceDate ref = ReferenceDate.of(published);
        String header = null;
        if (published == null) {
            DateCandidate h = header(text, inText);
            if (h != null) {
                header = DateResolver.resolve(h, null, anchor);
                ref = ReferenceDate.of(header);
            }
        }
        List<DateRef> out = new ArrayList<>(inTitle.size() + inText.size());
        Set<Integer> years = roleYears == null || post.entities().isEmpty() ? Set.of() : roleYears.of(post.entities());
        add(out, "title", title, inTitle, ref, anchor, years);
        add(out, "text", text, inText, ref, anchor, years);
        Post.Builder b = post.toBuilder().dates(out);
        if (header != null) {
            b.published(header);
        }
        return b.build();
    }

    private static void add(List<DateRef> out, String field, String s, List<DateCandidate> found, ReferenceDate ref,
            LocalDate anchor, Set<Integer> roleYears) {
        org.echotrace.text.CodePointOffsets cps = found.isEmpty() ? null : org.echotrace.text.CodePointOffsets.of(s);
        for (DateCandidate c : found) {
            String value = DateResolver.resolve(c, ref, anchor);
            if (value == null) {
                continue;
            }
            if (value.startsWith("--") && !roleYears.isEmpty() && c.kind() == DateCandidate.Kind.ABSOLUTE) {
                // nothing else decided the year: the roles of the people named may ("On Tuesday, March 7")
                Integer y = RoleYears.decide(roleYears, c.month(), c.day(), c.weekday());
                if (y != null) {
                    value = y + value.substring(1);
                }
            }
            int start = cps.toCodePoint(c.start());
            int end = cps.toCodePoint(c.end());
            out.add(new DateRef(value, new Mention(field, start, end, s.substring(c.start(), c.end()))));
        }
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
