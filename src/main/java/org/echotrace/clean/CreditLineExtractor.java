package org.echotrace.clean;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.model.Attribution;
import org.echotrace.model.Post;
import org.echotrace.text.CreditLines;

/**
 * Turns credit lines into attributions and takes them out of the text: {@code Source: Sputnik},
 * {@code Источник: РИА Новости}, {@code via @mfa_russia}, {@code Translated by Anna Petrova},
 * {@code Фото: пресс-служба МИД}, {@code Read more at TASS}. What a credit line is, is decided by
 * {@link CreditLines}; a prefix without a colon ({@code Via}, {@code Translated by}) is trusted only on the
 * first line or the last two lines.
 * A sentence that merely contains "source" is never touched. A credited URL is also added to the post's
 * URLs so it is not lost with the line.
 */
public final class CreditLineExtractor implements PostStage {
    @Override
    public Post apply(Post post) {
        String text = post.text();
        if (text.isEmpty()) {
            return post;
        }
        String[] lines = text.split("\n", -1);
        int first = -1;
        int last = -1;
        int secondLast = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (first < 0) {
                    first = i;
                }
                secondLast = last;
                last = i;
            }
        }
        List<Attribution> found = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        boolean removed = false;
        int kept = 0;
        for (int i = 0; i < lines.length; i++) {
            boolean edge = i == first || i == last || i == secondLast;
            CreditLines.Credit c = lines[i].isBlank() ? null : CreditLines.parse(lines[i], edge).orElse(null);
            if (c != null && kept + countNonBlankAfter(lines, i) > 0) {
                found.add(c.attribution());
                if (c.url() != null) {
                    urls.add(c.url());
                }
                removed = true;
                continue;
            }
            if (!lines[i].isBlank()) {
                kept++;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(lines[i]);
        }
        if (!removed) {
            return post;
        }
        List<Attribution> all = new ArrayList<>(post.attributions());
        for (Attribution a : found) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        Post.Builder b = post.toBuilder().text(out.toString().strip().replaceAll("\n{3,}", "\n\n")).attributions(all);
        if (!urls.isEmpty()) {
            List<String> u = new ArrayList<>(post.urls());
            urls.stream().filter(x -> !u.contains(x)).forEach(u::add);
            b.urls(u);
        }
        return b.build();
    }

    /** Non-blank lines after {@code i}; a credit line is never the only line left. */
    private static int countNonBlankAfter(String[] lines, int i) {
        int n = 0;
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                n++;
            }
        }
        return n;
    }
}
