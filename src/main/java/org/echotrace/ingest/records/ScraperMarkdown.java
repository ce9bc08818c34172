package org.echotrace.ingest.records;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown that Telegram scrapers (Telethon's {@code message.text}, exporters built on it) leave in
 * their records into plain text: {@code [text](url)} keeps the text and gives the URL to {@code urls};
 * {@code **bold**}, {@code __italic__}, {@code ~~strike~~}, {@code `code`} and code fences lose their markers;
 * a {@code > } quote prefix goes. Every pattern is bounded to one line and a fixed span, so the cost stays
 * linear on hostile text.
 *
 * @param text the plain text
 * @param urls link targets in order, without duplicates
 */
record ScraperMarkdown(String text, List<String> urls) {
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{0,500})\\]\\(((?:https?|tg)://[^\\s()]{1,4000})\\)");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*```[^\\n`]{0,40}[ \\t]*(?:\\n|$)");
    private static final Pattern PAIRS = Pattern.compile(
            "\\*\\*([^\\n]{1,500}?)\\*\\*|(?<![\\p{L}\\p{N}_])__([^\\n\\s_](?:(?!__)[^\\n]){0,500}?(?<=\\S))__(?![\\p{L}\\p{N}_])|~~([^\\n]{1,500}?)~~|`([^`\\n]{1,500})`");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");

    ScraperMarkdown {
        urls = List.copyOf(urls);
    }

    static ScraperMarkdown flatten(String s) {
        if (s == null || s.isEmpty() || !hasMarkup(s)) {
            return new ScraperMarkdown(s == null ? "" : s, List.of());
        }
        List<String> urls = new ArrayList<>();
        Matcher link = LINK.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (link.find()) {
            if (!urls.contains(link.group(2))) {
                urls.add(link.group(2));
            }
            link.appendReplacement(sb, Matcher.quoteReplacement(link.group(1)));
        }
        link.appendTail(sb);
        String t = FENCE.matcher(sb).replaceAll("");
        Matcher pair = PAIRS.matcher(t);
        sb.setLength(0);
        while (pair.find()) {
            String inner = pair.group(1) != null ? pair.group(1) : pair.group(2) != null ? pair.group(2)
                    : pair.group(3) != null ? pair.group(3) : pair.group(4);
            pair.appendReplacement(sb, Matcher.quoteReplacement(inner));
        }
        pair.appendTail(sb);
        // a leftover unpaired bold marker (Telethon splits entities at message boundaries) still goes
        String out = QUOTE.matcher(sb.indexOf("**") < 0 ? sb : sb.toString().replace("**", "")).replaceAll("");
        return new ScraperMarkdown(out, urls);
    }

    private static boolean hasMarkup(String s) {
        return s.indexOf('[') >= 0 || s.indexOf('*') >= 0 || s.indexOf("__") >= 0 || s.indexOf('~') >= 0
                || s.indexOf('`') >= 0 || s.indexOf('>') >= 0;
    }
}
