package org.echotrace.ingest.telegram;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the abbreviated counts Telegram shows for views, reactions and channel counters: {@code 1.2K} is
 * 1200, {@code 3.5M} is 3500000, {@code 12 345} and {@code 12,345} are 12345.
 *
 * <p>Telegram's web preview rounds large numbers and suffixes them; the value we keep is the displayed
 * one scaled back up, not the true count. Decimal math avoids {@code 1.2 * 1000 = 1199}.
 */
public final class CountParser {

    /** Digits with optional grouping, an optional decimal part, an optional K/M/B suffix (Latin or Cyrillic). */
    private static final Pattern COUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00A0\\u202F\\u2009,.]\\d{3})+|\\d+)(?:[.,](\\d+))?\\s*([KkMmBbКкМм])?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ \\u00A0\\u202F\\u2009,.]\\d{3})+");
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private CountParser() {
    }

    /** The count in {@code text} (surrounding whitespace ignored), or empty when it is not a count. */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String s = text.strip();
        Matcher m = COUNT.matcher(s);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        String whole = m.group(1);
        String fraction = m.group(2);
        String suffix = m.group(3);
        if (suffix != null && fraction == null && GROUPED.matcher(whole).matches()
                && whole.matches("\\d{1,3}[.,]\\d{3}")) {
            // "1.234K" is a decimal with a suffix, not a grouped integer
            fraction = whole.substring(whole.length() - 3);
            whole = whole.substring(0, whole.length() - 4);
        }
        String digits = whole.replaceAll("[^0-9]", "");
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if (suffix != null) {
            value = value.scaleByPowerOfTen(switch (Character.toUpperCase(suffix.charAt(0))) {
                case 'K', 'К' -> 3;
                case 'M', 'М' -> 6;
                default -> 9;
            });
        }
        if (value.compareTo(MAX) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValue());
    }

    /** Like {@link #parse(String)}, boxed: null when {@code text} is not a count. */
    public static Long parseOrNull(String text) {
        OptionalLong v = parse(text);
        return v.isPresent() ? v.getAsLong() : null;
    }
}
