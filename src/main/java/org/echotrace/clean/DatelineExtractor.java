package org.echotrace.clean;

import org.echotrace.text.CueFile;
import org.echotrace.text.TextDates;
import org.echotrace.text.TextDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.model.Attribution;
import org.echotrace.model.Post;

/**
 * Takes a wire-style dateline off the start of a post's text and turns it into fields:
 * {@code MOSCOW, March 3. /TASS/.}, {@code МИНСК, 2 апреля (БЕЛТА) –}, {@code KIEV, May 5 – RIA Novosti.},
 * {@code WASHINGTON (AP) —}, {@code KYIV/WARSAW, May 5 (Reuters) -}. The place (the first, when several are
 * joined by slashes) becomes {@code post.place} (capitalised as a name: {@code Moscow},
 * {@code Москва}), the agency an attribution of kind {@code agency} and {@code source.outlet} when that is
 * unset, and the date {@code post.published} as described below. The sentence after the dateline stays.
 *
 * <p>Agencies come from {@code dateline-agencies.txt}; a dateline must name one of them, which keeps
 * ordinary sentences that start with a capitalised word and a dash untouched.
 *
 * <p>Dates: a dateline gives a month and day, rarely a year. When the post has no published date, it gets
 * the dateline's ({@code --03-03} without a year). A full date the post already has is kept: it is the
 * more precise value, and a one-day difference is usual (time zones, late republication). A published value
 * that holds only a year ({@code 2023}) or a year and month ({@code 2023-03}) is completed with the
 * dateline's month and day when it does not contradict them; otherwise it is left alone.
 */
public final class DatelineExtractor implements PostStage {
    private static final Map<String, String> AGENCIES = loadAgencies();
    private static final Pattern DATELINE = compile();
    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})(?:-(\\d\\d))?");

    @Override
    public Post apply(Post post) {
        String text = post.text();
        if (text.isEmpty()) {
            return post;
        }
        if (!mayStartDateline(text)) {
            return post;
        }
        Matcher m = DATELINE.matcher(text.length() > 400 ? text.substring(0, 400) : text);
        if (!m.lookingAt()) {
            return post;
        }
        String place = firstPlace(m.group("place"));
        if (!isPlace(place)) {
            return post;
        }
        String agencyText = firstNonNull(m.group("a1"), m.group("a2"), m.group("a3"), m.group("a4"));
        String agency = AGENCIES.get(agencyText.toLowerCase(Locale.ROOT));
        if (agency == null) {
            return post;
        }
        Optional<TextDate> date = Optional.empty();
        if (m.group("date") != null) {
            date = TextDates.parseWhole(m.group("date"));
            if (date.isEmpty()) {
                return post;
            }
        }
        String rest = text.substring(m.end()).stripLeading();
        if (rest.isEmpty()) {
            return post;
        }
        Post.Builder b = post.toBuilder().text(m.group("lead") + rest);
        if (post.place() == null) {
            b.place(capitalise(place));
        }
        if (post.source().outlet() == null) {
            b.source(post.source().withOutlet(agency));
        }
        Attribution credit = new Attribution(agency, "agency");
        if (!post.attributions().contains(credit)) {
            List<Attribution> all = new ArrayList<>(post.attributions());
            all.add(credit);
            b.attributions(all);
        }
        date.ifPresent(d -> b.published(combine(post.published(), d)));
        return b.build();
    }

    /**
     * A cheap necessary condition for {@link #DATELINE} to match at the start of {@code text}: after the
     * lead (symbols, emoji joiners, {@code !}, then white space) comes an upper-case letter, and the first
     * 400 chars hold a slash, a parenthesis or a dash, one of which every agency form needs.
     */
    static boolean mayStartDateline(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int t = Character.getType(cp);
            if (t != Character.OTHER_SYMBOL && t != Character.MODIFIER_SYMBOL && cp != 0xFE0F && cp != 0x200D
                    && cp != '!') {
                break;
            }
            i += Character.charCount(cp);
        }
        while (i < n && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i >= n || Character.getType(text.codePointAt(i)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        for (int j = 0, end = Math.min(n, 400); j < end; j++) {
            char c = text.charAt(j);
            if (c == '/' || c == '(' || c == '-' || c == '–' || c == '—' || c == '‒') {
                return true;
            }
        }
        return false;
    }

    /** The regex class {@code \s} without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The published value after seeing a dateline date; see the class comment. */
    static String combine(String published, TextDate d) {
        if (published == null || published.isBlank()) {
            return d.iso();
        }
        Matcher y = YEAR_ONLY.matcher(published.strip());
        if (y.matches() && d.year() == null) {
            int year = Integer.parseInt(y.group(1));
            if (y.group(2) == null || Integer.parseInt(y.group(2)) == d.month()) {
                if (d.month() == 2 && d.day() == 29 && !java.time.Year.isLeap(year)) {
                    return published;
                }
                return new TextDate(year, d.month(), d.day(), null, null).iso();
            }
        }
        return published;
    }

    /** {@code KYIV/WARSAW} → {@code KYIV}: a story filed from several places is placed where it was filed first. */
    static String firstPlace(String places) {
        int slash = places.indexOf('/');
        return (slash < 0 ? places : places.substring(0, slash)).strip();
    }

    /** A place is one to four words, each starting with a capital letter (or all in capitals). */
    private static boolean isPlace(String place) {
        String[] words = place.split("[\\s-]+");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** {@code NEW YORK} → {@code New York}, {@code УЛАН-УДЭ} → {@code Улан-Удэ}; mixed case stays as written. */
    static String capitalise(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (int i = 0; i < place.length(); ) {
            int cp = place.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                out.appendCodePoint(start ? cp : Character.toLowerCase(cp));
                start = false;
            } else {
                out.appendCodePoint(cp);
                start = cp == ' ' || cp == '-';
            }
        }
        return out.toString();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("dateline pattern matched without an agency");
    }

    private static Pattern compile() {
        List<String> names = new ArrayList<>(AGENCIES.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(n));
        }
        String ag = "(?iu:" + alt + ")";
        String dash = "[–—‒-]{1,2}";
        String lead = "(?<lead>[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}!]*\\s*)";
        String one = "\\p{Lu}[\\p{L}'’.\\- ]{1,40}?";
        String place = "(?<place>" + one + "(?:\\s*/\\s*" + one + "){0,3})";
        String date = "(?:\\s*[,.]\\s*(?<date>[\\p{L}\\d][\\p{L}\\d.,: ]{1,30}?))?";
        String agency = "(?:"
                + "\\s*[.,]?\\s*/\\s*(?<a1>" + ag + ")\\s*/\\s*[.,:]?\\s*(?:" + dash + ")?"
                + "|\\s*\\(\\s*(?<a2>" + ag + ")\\s*\\)\\s*[.,:]?\\s*(?:" + dash + ")?"
                + "|\\s*[.,]?\\s+" + dash + "\\s*(?<a3>" + ag + ")\\s*[.:,]\\s*(?:" + dash + ")?"
                + "|\\s*\\.\\s*(?<a4>" + ag + ")\\s*[.:]?\\s*" + dash
                + ")";
        return Pattern.compile(lead + place + date + agency + "[ \\t]*\\n?");
    }

    private static Map<String, String> loadAgencies() {
        Map<String, String> out = new HashMap<>();
        for (CueFile.Entry e : CueFile.load(DatelineExtractor.class, "dateline-agencies.txt")) {
            String canonical = e.key();
            for (String alias : e.values()) {
                String old = out.put(alias.toLowerCase(Locale.ROOT), canonical);
                if (old != null && !old.equals(canonical)) {
                    throw e.error("'" + alias + "' already names " + old);
                }
            }
        }
        return Map.copyOf(out);
    }
}
