package org.echotrace.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads a versioned cue list (cue words, phrases, patterns) from a UTF-8 resource file, one entry a line.
 *
 * <p>Blank lines and lines starting with {@code #} are ignored. Keyed entries read {@code key = a | b | c}.
 * A malformed entry is a programmer error and fails loading with the file name and line number, so a bad
 * edit to a cue list is caught by the first test that touches it rather than silently matching nothing.
 */
public final class CueFile {

    /** One non-comment line of a cue file. */
    public record Entry(String file, int line, String text) {

        /** The part before {@code " = "}; fails when the entry has no key. */
        public String key() {
            return split()[0];
        }

        /** The alternatives after {@code " = "}, separated by {@code " | "}; fails when one is empty. */
        public List<String> values() {
            return alternatives(split()[1]);
        }

        /** The whole entry split on {@code " | "}; fails when one alternative is empty. */
        public List<String> alternatives() {
            return alternatives(text);
        }

        /** The entry compiled as a regular expression (case-insensitive, Unicode-aware). */
        public Pattern pattern() {
            try {
                return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error("bad pattern: " + e.getDescription());
            }
        }

        /** An exception naming this entry's file and line. */
        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message + ": '" + text + "'");
        }

        private String[] split() {
            int eq = text.indexOf(" = ");
            if (eq <= 0 || eq + 3 >= text.length()) {
                throw error("expected 'key = value | value'");
            }
            return new String[] {text.substring(0, eq).strip(), text.substring(eq + 3).strip()};
        }

        private List<String> alternatives(String s) {
            List<String> out = new ArrayList<>();
            for (String part : s.split(" \\| ", -1)) {
                String v = part.strip();
                if (v.isEmpty()) {
                    throw error("empty alternative");
                }
                out.add(v);
            }
            return List.copyOf(out);
        }
    }

    private CueFile() {
    }

    /** The entries of resource {@code name}, resolved relative to {@code anchor}'s package. */
    public static List<Entry> load(Class<?> anchor, String name) {
        String file = anchor.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing cue file " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (n == 1 && s.startsWith("\uFEFF")) {
                    s = s.substring(1).strip();
                }
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                out.add(new Entry(file, n, s));
            }
            if (out.isEmpty()) {
                throw new IllegalStateException(file + ": no entries");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue file " + file, e);
        }
    }
}
