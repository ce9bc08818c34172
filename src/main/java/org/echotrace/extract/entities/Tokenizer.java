package org.echotrace.extract.entities;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.kb.AliasKey;

/**
 * Splits a field into word tokens: letters and digits, with inner apostrophes and hyphens kept
 * ({@code O'Brien}, {@code Нур-Султан}); a trailing English possessive ({@code Lavrov's}) is cut off;
 * {@code #Hashtag} becomes one token marked as a hashtag. Tracks code-point offsets as it goes.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The end of a URL starting at {@code i}, or {@code i} when none starts there. */
    private static int urlEnd(String s, int i) {
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return i;
        }
        boolean url = s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                || s.startsWith("t.me/", i);
        if (!url) {
            return i;
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != ')' && s.charAt(j) != ']'
                && s.charAt(j) != '"' && s.charAt(j) != '»' && s.charAt(j) != '<') {
            j++;
        }
        return j;
    }

    /** "R." in "Michael R. Pence", "Jr.", "Dr.": a period that does not end a sentence. */
    private static boolean isAbbreviation(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return switch (word) {
            case "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "Prof", "No",
                 "Mt", "Ft", "Ave", "vs", "Inc", "Ltd", "Co", "им", "ул" -> true;
            default -> false;
        };
    }

    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int cp = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = s.charAt(i);
            int urlEnd = urlEnd(s, i);
            if (urlEnd > i) {
                // names inside a link ("https://iz.ru/…", "t.me/mfa_russia") are not mentions
                cp += s.codePointCount(i, urlEnd);
                i = urlEnd;
                continue;
            }
            boolean hashtag = c == '#' && i + 1 < n && Character.isLetterOrDigit(s.codePointAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
            if (!hashtag && !Character.isLetterOrDigit(c) && !Character.isHighSurrogate(c)) {
                boolean spaceAfter = i + 1 >= n || Character.isWhitespace(s.charAt(i + 1));
                boolean initial = !out.isEmpty() && out.get(out.size() - 1).charEnd() == i
                        && isAbbreviation(out.get(out.size() - 1).text());
                if ((c == '.' && spaceAfter && !initial) || c == '!' || c == '?' || c == '\n' || c == '…') {
                    // "U.S." does not end a sentence; "Minsk. Лукашенко" does
                    sentenceStart = true;
                }
                i++;
                cp++;
                continue;
            }
            if (Character.isHighSurrogate(c) && !Character.isLetterOrDigit(s.codePointAt(i))) {
                i += 2;
                cp++;
                continue;
            }
            int startChar = hashtag ? i + 1 : i;
            int startCp = hashtag ? cp + 1 : cp;
            int j = startChar;
            int cpj = startCp;
            while (j < n) {
                int ch = s.codePointAt(j);
                if (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK
                        || (hashtag && ch == '_')) {
                    j += Character.charCount(ch);
                    cpj++;
                    continue;
                }
                if ((ch == '\'' || ch == '\u2019' || ch == '-' || ch == '\u2010' || ch == '\u2011') && j + 1 < n
                        && Character.isLetter(s.codePointAt(j + 1)) && j > startChar) {
                    j++;
                    cpj++;
                    continue;
                }
                break;
            }
            int endChar = j;
            int endCp = cpj;
            String text = s.substring(startChar, endChar);
            // English possessive: Lavrov's, Russia's
            if (text.length() > 3 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
                text = text.substring(0, text.length() - 2);
                endChar -= 2;
                endCp -= 2;
            }
            int firstCp = text.codePointAt(0);
            // scripts without case (Chinese, Arabic, …) count as capitalised: their names cannot be told by case
            boolean cap = Character.isUpperCase(firstCp) || Character.isTitleCase(firstCp)
                    || (Character.isLetter(firstCp) && !Character.isLowerCase(firstCp));
            out.add(new Token(text, AliasKey.of(text), startChar, endChar, startCp, endCp, cap, hashtag, sentenceStart));
            sentenceStart = false;
            cp = cpj;
            i = j;
        }
        return out;
    }
}
