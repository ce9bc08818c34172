package org.echotrace.ingest;

import java.util.Optional;
import java.util.regex.Pattern;

import org.echotrace.model.Format;

/**
 * Picks an input's format from its content (the first {@link Input#HEAD_BYTES} bytes), using the file
 * extension only to break ties. The rules, in order:
 * <ol>
 *   <li>NUL bytes or mostly non-text bytes: binary, no format (unless it is a WARC record);</li>
 *   <li>{@code WARC/1.x}: WARC;</li>
 *   <li>a JSON object with a top-level {@code "messages"} key: Telegram Desktop export;</li>
 *   <li>a JSON array: records; one JSON object per line: JSON Lines;</li>
 *   <li>XML with {@code <rss}, {@code <feed} or {@code <rdf:RDF}: feed;</li>
 *   <li>HTML with the page header and {@code div.message default} of Telegram Desktop's HTML export: that
 *   export; HTML with {@code tgme_widget_message}: saved Telegram web preview; other HTML: article;</li>
 *   <li>{@code .csv}/{@code .tsv} or a delimited header naming known fields: CSV records;</li>
 *   <li>text with Telegram channel header counters or {@code Forwarded from} lines: Telegram text;</li>
 *   <li>any other text: an article saved as text.</li>
 * </ol>
 */
public final class FormatDetector {

    private static final Pattern JSON_MESSAGES = Pattern.compile("^\\s*\\{[\\s\\S]{0,20000}?\"messages\"\\s*:\\s*\\[");
    private static final Pattern JSONL_LINE = Pattern.compile("\\A\\s*\\{[^\\n]*\\}\\s*\\n\\s*\\{");
    private static final Pattern FEED = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|div|p|article|title)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TELEGRAM_EXPORT_HTML = Pattern.compile(
            "<div class=\"page_header\"[\\s\\S]{0,4000}?<div class=\"(?:page_body chat_page|history)\""
                    + "|<div class=\"message (?:default|service)[ \"]");
    private static final Pattern CSV_HEADER = Pattern.compile(
            "\\A\\uFEFF?[^\\n]*\\b(text|message|body|content|date|channel|message_id)\\b[^\\n]*[,;\\t][^\\n]*\\n");
    private static final Pattern TELEGRAM_TEXT = Pattern.compile(
            "(?imuU)^\\s*(forwarded from|переслано от|переслано из|пересланo от)\\s+\\S"
                    + "|^\\s*if you have telegram, you can "
                    + "|^\\s*[\\d.,]+(?:[ \\u00A0\\u202F]\\d{3})*\\s*(?:[KkMmКкМм]|тыс\\.?|тис\\.?)?\\s+(subscribers|members|подписчик\\p{L}*|участник\\p{L}*|"
                    + "підписник\\p{L}*|падпісчык\\p{L}*)\\s*$"
                    + "|^\\s*(?:👁\\s*)?[\\d.,]+\\s*(?:[KkMm]|тыс\\.?)?\\s*(?:views|просмотр\\p{L}*|👁)\\s*(?:edited\\s*|изменено\\s*)?"
                    + "\\d{1,2}:\\d\\d\\s*$");

    private FormatDetector() {
    }

    /** The detected format, or empty when the input is binary or unrecognisable. */
    public static Optional<Format> detect(Input input) {
        byte[] head = input.head();
        if (startsWith(head, "WARC/")) {
            return Optional.of(Format.WARC);
        }
        if (looksBinary(head)) {
            return Optional.empty();
        }
        String text = input.headText();
        String trimmed = stripBom(text).stripLeading();
        String ext = input.extension();
        if (trimmed.startsWith("{")) {
            if (JSON_MESSAGES.matcher(trimmed).find()) {
                return Optional.of(Format.TELEGRAM_EXPORT);
            }
            if (JSONL_LINE.matcher(trimmed).find() || ext.equals("jsonl") || ext.equals("ndjson")) {
                return Optional.of(Format.RECORDS_JSONL);
            }
            return Optional.of(Format.RECORDS_JSON);
        }
        if (trimmed.startsWith("[")) {
            return Optional.of(Format.RECORDS_JSON);
        }
        if (trimmed.startsWith("<")) {
            String lower = trimmed.length() > 4096 ? trimmed.substring(0, 4096) : trimmed;
            if (FEED.matcher(lower).find() && !HTML.matcher(lower).lookingAt()) {
                return Optional.of(Format.FEED);
            }
        }
        if (HTML.matcher(text).find()) {
            // both alternatives start with a literal: look for it before running the pattern over 64 KB
            if ((text.contains("<div class=\"page_header\"") || text.contains("<div class=\"message "))
                    && TELEGRAM_EXPORT_HTML.matcher(text).find()) {
                return Optional.of(Format.TELEGRAM_EXPORT_HTML);
            }
            if (text.contains("tgme_widget_message") || text.contains("tgme_channel_info")
                    || text.contains("tgme_page_extra")) {
                return Optional.of(Format.TELEGRAM_HTML);
            }
            return Optional.of(Format.ARTICLE_HTML);
        }
        if (ext.equals("csv") || ext.equals("tsv") || CSV_HEADER.matcher(text).find() && !ext.equals("txt")) {
            return Optional.of(Format.RECORDS_CSV);
        }
        if (TELEGRAM_TEXT.matcher(text).find()) {
            return Optional.of(Format.TELEGRAM_TEXT);
        }
        return Optional.of(Format.ARTICLE_TEXT);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than 10% control bytes other than whitespace, mean binary content. */
    static boolean looksBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
