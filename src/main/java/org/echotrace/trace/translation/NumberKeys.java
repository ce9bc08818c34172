package org.echotrace.trace.translation;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the numbers and amounts a text writes so that a statement and its translation agree:
 * {@code 1,5 млрд} (Russian decimal comma) and {@code 1.5 billion} both become {@code 1500000000};
 * {@code 12 000} (Russian digit groups) and {@code 12,000} (English) both become {@code 12000}.
 * Single-digit integers are skipped: translations often spell them out ("two", "два").
 */
public final class NumberKeys {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+|\\d+)(?:([.,])(\\d+))?(?![\\d\\p{L}])"
                    + "(?:\\s*(трлн|триллион\\p{L}*|trillion|tn|млрд|миллиард\\p{L}*|billion|bn|млн|миллион\\p{L}*"
                    + "|million|mln|m\\b|тыс\\.?|тысяч\\p{L}*|thousand))?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private NumberKeys() {
    }

    /** The normalised numbers of {@code text}, in order, without repeats; {@code language} decides separators. */
    public static Set<String> of(String text, String language) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        boolean english = "en".equals(language);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String whole = m.group(1);
            String sep = m.group(2);
            String frac = m.group(3);
            String intPart = whole.replaceAll("\\D", "");
            String fraction = null;
            if (sep != null) {
                boolean decimal = english ? sep.equals(".") || frac.length() != 3 : sep.equals(",") || frac.length() != 3;
                if (decimal) {
                    fraction = frac;
                } else {
                    intPart = intPart + frac;
                }
            }
            BigDecimal value;
            try {
                value = new BigDecimal(fraction == null ? intPart : intPart + "." + fraction);
            } catch (NumberFormatException e) {
                continue;
            }
            String scale = m.group(4);
            if (scale != null) {
                value = value.multiply(BigDecimal.TEN.pow(exponent(scale.toLowerCase(Locale.ROOT))));
            } else if (fraction == null && value.compareTo(BigDecimal.TEN) < 0) {
                continue;
            }
            out.add(value.stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static int exponent(String scale) {
        if (scale.startsWith("трлн") || scale.startsWith("трил") || scale.startsWith("tr") || scale.equals("tn")) {
            return 12;
        }
        if (scale.startsWith("млрд") || scale.startsWith("миллиард") || scale.startsWith("bi") || scale.equals("bn")) {
            return 9;
        }
        if (scale.startsWith("млн") || scale.startsWith("миллион") || scale.startsWith("mi") || scale.equals("mln")
                || scale.equals("m")) {
            return 6;
        }
        return 3;
    }
}
