package org.echotrace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a deterministic corpus of Telegram-sized posts with planted copies, so that copy detection can be
 * scored exactly. Background posts are written from a Zipf-distributed invented vocabulary (Russian- and
 * English-looking words, 40,000 per language), so unrelated posts share frequent words and phrases the way
 * news does but are not copies; channels add their own footers, emoji and hashtags. About one post in ten is a
 * copy of an earlier post: the same text under another channel's boilerplate, light word edits (5–10% swapped,
 * deleted or replaced), truncation, an added intro line, emoji and hashtag changes, an excerpt of two or three
 * paragraphs of a long statement, or a mix of these.
 *
 * <p>{@code org.echotrace.bench.SyntheticCorpus} is not used for the background: it writes every post from a few
 * dozen sentence templates, so most of its short posts are, by the definition scored here, copies of one
 * another.
 */
public final class PlantedCorpus {
    /** How a planted post relates to its source. */
    public enum Kind { ORIGINAL, REBOILERPLATED, EDITED, TRUNCATED, INTRO, EMOJI_HASHTAGS, EXCERPT, MIXED }

    /**
     * One generated post.
     *
     * @param text    the post's text
     * @param channel the channel number (0–23)
     * @param kind    how it was made
     * @param source  the index of the post it copies, or -1 for an original
     */
    public record Planted(String text, int channel, Kind kind, int source) {
    }

    private static final int VOCABULARY = 40_000;
    private static final int CHANNELS = 24;
    private static final String[] RU_SYLLABLES = {"ка", "ро", "ми", "не", "сти", "ва", "ло", "пра", "ди", "мо", "ру",
        "те", "за", "по", "ли", "ни", "го", "да", "бе", "ве", "ра", "то", "ко", "ны", "ре", "ла", "ше", "ти", "вы",
        "стра", "ство", "ние", "ски", "ель", "ом", "ий", "ая", "ов", "ет", "ал"};
    private static final String[] EN_SYLLABLES = {"ta", "ro", "mi", "ne", "sti", "va", "lo", "pra", "di", "mo", "ru",
        "te", "ex", "port", "con", "ment", "tion", "al", "er", "in", "de", "for", "pro", "min", "is", "ter", "ly",
        "sec", "ble", "ing", "ed", "ar", "un", "re", "com", "na", "st", "ou", "ight", "an"};
    private static final String[] EMOJI = {"⚡️", "❗️", "🇷🇺", "🔥", "📌", "👉", "🇧🇾", "✅"};
    private static final String[] TAGS = {"#МИД", "#ОБСЕ", "#OSCE", "#Lavrov", "#дипломатия", "#news", "#ЕАЭС",
        "#срочно", "#breaking", "#политика", "#экономика", "#Минск"};
    private static final String[] RU_INTRO = {"Срочно", "Важно", "Официально", "Заявление", "Подробности",
        "Коротко", "Напомним", "Источник сообщает"};
    private static final String[] EN_INTRO = {"Breaking", "Important", "Official", "Statement", "Details", "In brief",
        "Reminder", "Sources say"};

    private final long seed;
    private final double copyRate;
    private final String[][] vocabulary = new String[2][VOCABULARY];

    public PlantedCorpus(long seed, double copyRate) {
        if (!(copyRate >= 0 && copyRate < 1)) {
            throw new IllegalArgumentException("copyRate must be in [0, 1), was " + copyRate);
        }
        this.seed = seed;
        this.copyRate = copyRate;
        for (int lang = 0; lang < 2; lang++) {
            String[] syllables = lang == 0 ? RU_SYLLABLES : EN_SYLLABLES;
            SplittableRandom rnd = new SplittableRandom(seed * 31 + lang);
            for (int w = 0; w < VOCABULARY; w++) {
                int n = w < 100 ? 1 + rnd.nextInt(2) : 2 + rnd.nextInt(3);
                StringBuilder sb = new StringBuilder();
                for (int s = 0; s < n; s++) {
                    sb.append(syllables[rnd.nextInt(syllables.length)]);
                }
                vocabulary[lang][w] = sb.toString();
            }
        }
    }

    /** Post {@code i}. */
    public Planted post(int i) {
        SplittableRandom rnd = random(i, 1);
        int channel = i % CHANNELS;
        if (i == 0 || rnd.nextDouble() >= copyRate) {
            return new Planted(render(original(i), channel, rnd), channel, Kind.ORIGINAL, -1);
        }
        int source = originalBefore(i, rnd);
        if (source < 0) {
            return new Planted(render(original(i), channel, rnd), channel, Kind.ORIGINAL, -1);
        }
        Kind kind = Kind.values()[1 + rnd.nextInt(Kind.values().length - 1)];
        if (kind == Kind.EXCERPT) {
            int longSource = longOriginalBefore(i, rnd);
            if (longSource < 0) {
                kind = Kind.EDITED;
            } else {
                source = longSource;
            }
        }
        Draft d = original(source);
        int lang = d.lang;
        List<String> paragraphs = d.paragraphs;
        String lead = null;
        boolean keepTags = false;
        switch (kind) {
            case REBOILERPLATED -> keepTags = rnd.nextBoolean();
            case EDITED -> paragraphs = edit(paragraphs, 0.05 + 0.05 * rnd.nextDouble(), lang, rnd);
            case TRUNCATED -> paragraphs = truncate(paragraphs, 0.6 + 0.3 * rnd.nextDouble());
            case INTRO -> lead = intro(lang, rnd);
            case EMOJI_HASHTAGS -> paragraphs = emoji(paragraphs, rnd);
            case EXCERPT -> {
                int take = 2 + rnd.nextInt(2);
                int from = rnd.nextInt(paragraphs.size() - take + 1);
                paragraphs = paragraphs.subList(from, from + take);
                lead = rnd.nextBoolean() ? intro(lang, rnd) : null;
            }
            case MIXED -> {
                paragraphs = truncate(edit(paragraphs, 0.05, lang, rnd), 0.85);
                lead = intro(lang, rnd);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        Draft copy = new Draft(lang, lead, paragraphs, keepTags ? d.tags : null, false);
        return new Planted(render(copy, channel, rnd), channel, kind, source);
    }

    private SplittableRandom random(int i, int stream) {
        return new SplittableRandom(seed * 1_000_003L + i * 7L + stream);
    }

    private boolean isOriginal(int i) {
        return i == 0 || random(i, 1).nextDouble() >= copyRate;
    }

    private int originalBefore(int i, SplittableRandom rnd) {
        for (int tries = 0; tries < 20; tries++) {
            int j = i - 1 - rnd.nextInt(Math.min(i, 2_000));
            if (isOriginal(j)) {
                return j;
            }
        }
        return -1;
    }

    private int longOriginalBefore(int i, SplittableRandom rnd) {
        int start = i - 1 - rnd.nextInt(Math.min(i, 2_000));
        for (int j = start; j >= 0 && j > start - 400; j--) {
            if (isOriginal(j) && isLong(j)) {
                return j;
            }
        }
        return -1;
    }

    private boolean isLong(int i) {
        return random(i, 2).nextInt(20) == 0;
    }

    private record Draft(int lang, String lead, List<String> paragraphs, String tags, boolean ownBoilerplate) {
    }

    /** The content of original post {@code i} (without its channel's boilerplate). */
    private Draft original(int i) {
        SplittableRandom rnd = random(i, 2);
        boolean isLong = rnd.nextInt(20) == 0;
        int lang = rnd.nextInt(3) == 0 ? 1 : 0;
        int words = isLong ? 180 + rnd.nextInt(250) : (int) Math.min(600, Math.max(4, Math.exp(3.7 + 0.7 * gaussian(rnd))));
        List<String> paragraphs = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        int inParagraph = 0;
        int sentences = 0;
        int limit = isLong ? 2 + rnd.nextInt(3) : 1 + rnd.nextInt(3);
        while (words > 0) {
            int n = Math.min(words, 6 + rnd.nextInt(13));
            words -= n;
            if (p.length() > 0) {
                p.append(' ');
            }
            sentence(p, n, lang, rnd);
            sentences++;
            if (++inParagraph >= limit) {
                paragraphs.add(p.toString());
                p.setLength(0);
                inParagraph = 0;
            }
        }
        if (p.length() > 0) {
            paragraphs.add(p.toString());
        }
        String tags = rnd.nextInt(2) == 0 ? TAGS[rnd.nextInt(TAGS.length)] + " " + TAGS[rnd.nextInt(TAGS.length)] : null;
        String lead = rnd.nextInt(3) == 0 ? EMOJI[rnd.nextInt(EMOJI.length)] : null;
        return new Draft(lang, lead, paragraphs, tags, true);
    }

    private void sentence(StringBuilder sb, int n, int lang, SplittableRandom rnd) {
        for (int w = 0; w < n; w++) {
            String word = word(lang, rnd);
            if (w == 0) {
                sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word, 1, word.length());
            } else {
                sb.append(' ').append(word);
            }
            if (w > 2 && w < n - 2 && rnd.nextInt(12) == 0) {
                sb.append(',');
            }
        }
        sb.append('.');
    }

    /** A word by Zipf's law: rank r is drawn with probability proportional to 1/r. */
    private String word(int lang, SplittableRandom rnd) {
        int rank = (int) Math.exp(rnd.nextDouble() * Math.log(VOCABULARY)) - 1;
        return vocabulary[lang][Math.min(VOCABULARY - 1, rank)];
    }

    private String render(Draft d, int channel, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(512);
        if (d.lead != null) {
            sb.append(d.lead).append(d.lead.length() > 3 ? "\n" : " ");
        }
        sb.append(String.join("\n\n", d.paragraphs));
        if (d.tags != null) {
            sb.append('\n').append(d.tags);
        }
        if (rnd.nextInt(4) == 0) {
            sb.append("\nhttps://example.org/news/").append(rnd.nextInt(1_000_000));
        }
        String footer = footer(channel, d.lang);
        if (!footer.isEmpty()) {
            sb.append("\n\n").append(footer);
        }
        return sb.toString();
    }

    /** Each channel's own boilerplate line (a few channels have none). */
    static String footer(int channel, int lang) {
        return switch (channel % 6) {
            case 0 -> "";
            case 1 -> lang == 0 ? "Подписывайтесь на канал «Вести " + channel + "»" : "Subscribe to Daily " + channel;
            case 2 -> "👉 @channel_" + channel;
            case 3 -> lang == 0 ? "Прислать новость | Подписаться на канал " + channel
                    : "Send us a tip | Subscribe to channel " + channel;
            case 4 -> "⚡️ Главное за день — в нашем канале";
            default -> "#новости_" + channel;
        };
    }

    private String intro(int lang, SplittableRandom rnd) {
        String[] intros = lang == 0 ? RU_INTRO : EN_INTRO;
        StringBuilder sb = new StringBuilder(EMOJI[rnd.nextInt(EMOJI.length)]).append(' ')
                .append(intros[rnd.nextInt(intros.length)]).append(": ");
        int n = 2 + rnd.nextInt(5);
        for (int w = 0; w < n; w++) {
            sb.append(w == 0 ? "" : " ").append(word(lang, rnd));
        }
        return sb.append('.').toString();
    }

    private List<String> edit(List<String> paragraphs, double rate, int lang, SplittableRandom rnd) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String[] words = p.split(" ");
            List<String> w = new ArrayList<>(List.of(words));
            for (int i = 0; i < w.size(); i++) {
                if (rnd.nextDouble() >= rate) {
                    continue;
                }
                switch (rnd.nextInt(3)) {
                    case 0 -> {
                        if (i + 1 < w.size()) {
                            String t = w.get(i);
                            w.set(i, w.get(i + 1));
                            w.set(i + 1, t);
                            i++;
                        }
                    }
                    case 1 -> {
                        if (w.size() > 1) {
                            w.remove(i);
                            i--;
                        }
                    }
                    default -> w.set(i, word(lang, rnd));
                }
            }
            out.add(String.join(" ", w));
        }
        return out;
    }

    private static List<String> truncate(List<String> paragraphs, double keep) {
        int total = 0;
        for (String p : paragraphs) {
            total += p.split(" ").length;
        }
        int budget = Math.max(1, (int) Math.round(total * keep));
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String[] w = p.split(" ");
            if (w.length <= budget) {
                out.add(p);
                budget -= w.length;
            } else {
                if (budget > 0) {
                    out.add(String.join(" ", List.of(w).subList(0, budget)) + "…");
                }
                break;
            }
        }
        return out;
    }

    private static List<String> emoji(List<String> paragraphs, SplittableRandom rnd) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.add(rnd.nextBoolean() ? EMOJI[rnd.nextInt(EMOJI.length)] + " " + p + " " + TAGS[rnd.nextInt(TAGS.length)]
                    : p);
        }
        return out;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = Math.max(1e-12, rnd.nextDouble());
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PlantedCorpus[seed=%d, copyRate=%.2f]", seed, copyRate);
    }
}
