package org.echotrace.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the public named-entity corpora under {@code shared/data/ner} into {@link NerDocument}s with the
 * three types echotrace tags (PER, ORG, LOC), and says which part of each is for training, tuning and
 * reporting:
 * <ul>
 *   <li>NEREL 1.1 (brat): PERSON → PER; ORGANIZATION → ORG; COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT,
 *       LOCATION → LOC; nested names dropped in favour of the outermost. train and dev for training and tuning,
 *       test for reporting only.</li>
 *   <li>factRuEval-2016 devset: Person, Org, Location, LocOrg (→ LOC) objects, each spanning all its parts.
 *       Training only.</li>
 *   <li>CoNLL-format English: BTC sections (F for reporting only), wikigold (documents 4, 9, 14, … — a fifth —
 *       for reporting only; the rest split into training and a tuning fold), WNUT-17 (person → PER,
 *       corporation and group → ORG, location → LOC; all of it training). MISC, product and creative-work
 *       are not tagged.</li>
 * </ul>
 * CoNLL tokens are joined with spaces into a text (an English {@code 's} glued to its word, sentences on
 * lines of their own) so that the pipeline's own tokenizer splits it, as it will split posts.
 */
public final class NerCorpora {
    private final Path root;

    public NerCorpora(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Whether the corpora are present under the root. */
    public boolean present() {
        return Files.isDirectory(root.resolve("nerel-v1.1/test")) && Files.isDirectory(root.resolve("wikigold"))
                && Files.isDirectory(root.resolve("btc"));
    }

    // ---- Russian ----

    public List<NerDocument> nerel(String split) {
        Path dir = root.resolve("nerel-v1.1").resolve(split);
        List<NerDocument> out = new ArrayList<>();
        for (Path txt : list(dir, ".txt")) {
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = dir.resolve(base + ".ann");
            if (!Files.isRegularFile(ann)) {
                continue;
            }
            String text = read(txt);
            List<NerDocument.Name> names = new ArrayList<>();
            for (String line : read(ann).split("\n")) {
                if (!line.startsWith("T")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    continue;
                }
                String[] head = cols[1].split(" ", 2);
                String type = nerelType(head[0]);
                if (type == null || head.length < 2) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (String part : head[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(se[0]));
                    end = Math.max(end, Integer.parseInt(se[1]));
                }
                if (end <= text.length() && start < end) {
                    names.add(new NerDocument.Name(start, end, type));
                }
            }
            out.add(new NerDocument("nerel/" + split + "/" + base, text, outermost(names)));
        }
        return out;
    }

    private static String nerelType(String t) {
        return switch (t) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION" -> "LOC";
            default -> null;
        };
    }

    public List<NerDocument> factRuEval() {
        Path dir = root.resolve("factrueval-devset");
        List<NerDocument> out = new ArrayList<>();
        for (Path txt : list(dir, ".txt")) {
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = read(txt);
            Map<String, int[]> spans = new HashMap<>();
            for (String line : read(dir.resolve(base + ".spans")).split("\n")) {
                String[] c = line.split("#")[0].trim().split("\\s+");
                if (c.length >= 4) {
                    int s = Integer.parseInt(c[2]);
                    spans.put(c[0], new int[] {s, s + Integer.parseInt(c[3])});
                }
            }
            List<NerDocument.Name> names = new ArrayList<>();
            for (String line : read(dir.resolve(base + ".objects")).split("\n")) {
                String[] c = line.split("#")[0].trim().split("\\s+");
                if (c.length < 3) {
                    continue;
                }
                String type = switch (c[1]) {
                    case "Person" -> "PER";
                    case "Org" -> "ORG";
                    case "Location", "LocOrg" -> "LOC";
                    default -> null;
                };
                if (type == null) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (int k = 2; k < c.length; k++) {
                    int[] se = spans.get(c[k]);
                    if (se != null) {
                        start = Math.min(start, se[0]);
                        end = Math.max(end, se[1]);
                    }
                }
                if (end > start && end <= text.length()) {
                    names.add(new NerDocument.Name(start, end, type));
                }
            }
            out.add(new NerDocument("factrueval/" + base, text, outermost(names)));
        }
        return out;
    }

    // ---- English ----

    /** A BTC section, one document a tweet. */
    public List<NerDocument> btc(char section) {
        return conll(root.resolve("btc/CONLL-format/data/" + section + ".conll"), "btc/" + section, false);
    }

    /** wikigold documents whose index modulo 5 is in {@code folds}. */
    public List<NerDocument> wikigold(int... folds) {
        List<NerDocument> all = conll(root.resolve("wikigold/CONLL-format/data/wikigold.conll.txt"), "wikigold", true);
        List<NerDocument> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int f : folds) {
                if (i % 5 == f) {
                    out.add(all.get(i));
                }
            }
        }
        return out;
    }

    public List<NerDocument> wnut17() {
        List<NerDocument> out = new ArrayList<>();
        out.addAll(conll(root.resolve("wnut17/CONLL-format/data/train/wnut17train.conll"), "wnut17/train", false));
        out.addAll(conll(root.resolve("wnut17/CONLL-format/data/dev/emerging.dev.conll"), "wnut17/dev", false));
        out.addAll(conll(root.resolve("wnut17/CONLL-format/data/test/emerging.test.annotated"), "wnut17/test",
                false));
        return out;
    }

    /**
     * A CoNLL file: a token and its tag a line, blank lines between sentences; with {@code documents}, a
     * {@code -DOCSTART-} line opens a document of several sentences, else each sentence is one.
     */
    List<NerDocument> conll(Path file, String id, boolean documents) {
        List<NerDocument> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<NerDocument.Name> names = new ArrayList<>();
        int[] open = {-1, -1};
        String[] openType = {null};
        int lineNo = 0;
        String lastType = null;
        boolean glueNext = false;
        for (String raw : read(file).split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            boolean docStart = line.startsWith("-DOCSTART-");
            boolean blank = line.isEmpty();
            if (blank || docStart) {
                close(names, open, openType);
                lastType = null;
                glueNext = false;
                if ((docStart || !documents) && text.length() > 0) {
                    out.add(new NerDocument(id + "#" + out.size(), text.toString(), names));
                    text.setLength(0);
                    names = new ArrayList<>();
                } else if (blank && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                continue;
            }
            String[] cols = line.split("[\t ]+");
            if (cols.length < 2) {
                continue;
            }
            String token = cols[0];
            String tag = cols[cols.length - 1];
            boolean glue = token.equals("'s") || token.equals("\u2019s") || glueNext;
            boolean continuesAt = glueNext;
            // BTC splits "@user" into "@" and "user", each tagged B-PER: one name, written as one word
            glueNext = token.equals("@");
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n' && !glue) {
                text.append(' ');
            }
            int start = text.length();
            text.append(token);
            int end = text.length();
            String type = tag.length() > 2 ? conllType(tag.substring(2)) : null;
            boolean begin = (tag.startsWith("B-") && !(continuesAt && type != null && type.equals(lastType)))
                    || type != null && !type.equals(lastType);
            if (type == null || begin) {
                close(names, open, openType);
            }
            if (type != null) {
                if (open[0] < 0) {
                    open[0] = start;
                    openType[0] = type;
                }
                open[1] = end;
            }
            lastType = type;
        }
        close(names, open, openType);
        if (text.length() > 0) {
            out.add(new NerDocument(id + "#" + out.size(), text.toString(), names));
        }
        return out;
    }

    private static void close(List<NerDocument.Name> names, int[] open, String[] openType) {
        if (open[0] >= 0) {
            names.add(new NerDocument.Name(open[0], open[1], openType[0]));
        }
        open[0] = -1;
        open[1] = -1;
        openType[0] = null;
    }

    private static String conllType(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "per", "person" -> "PER";
            case "org", "corporation", "group" -> "ORG";
            case "loc", "location" -> "LOC";
            default -> null;
        };
    }

    /** Drops every name inside another one; sorts by position. */
    static List<NerDocument.Name> outermost(List<NerDocument.Name> names) {
        List<NerDocument.Name> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(NerDocument.Name::start)
                .thenComparing(Comparator.comparingInt(NerDocument.Name::end).reversed()));
        List<NerDocument.Name> out = new ArrayList<>();
        int reach = -1;
        for (NerDocument.Name n : sorted) {
            if (n.start() < reach) {
                continue;
            }
            out.add(n);
            reach = n.end();
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
    }
}
