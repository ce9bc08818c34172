package org.echotrace.ingest.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate cues {@link ArticleExtractor} works with: tags, roles and class/id patterns of widgets to
 * prune, class/id patterns that raise or lower a container's score, and widget labels that are never
 * article text. Loaded once from the versioned resource {@code boilerplate-cues.txt}; a malformed line is
 * rejected with the file name and line number.
 */
public final class BoilerplateCues {
    static final String RESOURCE = "boilerplate-cues.txt";

    private static final BoilerplateCues STANDARD = load(RESOURCE);

    private final Set<String> dropTags;
    private final Set<String> dropRoles;
    private final Pattern dropAttr;
    private final Pattern keepAttr;
    private final Pattern positive;
    private final Pattern negative;
    private final Set<String> phrases;
    private final Pattern teaserAttr;
    private final Pattern lead;
    private final Pattern notice;
    private final Pattern block;

    private BoilerplateCues(Set<String> dropTags, Set<String> dropRoles, Pattern dropAttr, Pattern keepAttr,
                            Pattern positive, Pattern negative, Set<String> phrases, Pattern lead,
                            Pattern notice, Pattern block, Pattern teaserAttr) {
        this.dropTags = Set.copyOf(dropTags);
        this.dropRoles = Set.copyOf(dropRoles);
        this.dropAttr = dropAttr;
        this.keepAttr = keepAttr;
        this.positive = positive;
        this.negative = negative;
        this.phrases = Set.copyOf(phrases);
        this.lead = lead;
        this.teaserAttr = teaserAttr;
        this.notice = notice;
        this.block = block;
    }

    /** The cues bundled with echotrace. */
    public static BoilerplateCues standard() {
        return STANDARD;
    }

    /** Parses cues from a resource next to this class; throws {@link IllegalStateException} on a bad line. */
    static BoilerplateCues load(String resource) {
        try (InputStream in = BoilerplateCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses cue text; {@code name} names the source in error messages. */
    static BoilerplateCues parse(String name, String text) {
        Set<String> tags = new HashSet<>();
        Set<String> roles = new HashSet<>();
        List<String> drop = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<String> neg = new ArrayList<>();
        Set<String> phrases = new HashSet<>();
        List<String> leads = new ArrayList<>();
        List<String> teasers = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int sp = s.indexOf(' ');
                if (sp < 0) {
                    throw bad(name, lineNo, "expected '<kind> <value>', got '" + s + "'");
                }
                String kind = s.substring(0, sp);
                String value = s.substring(sp + 1).strip();
                switch (kind) {
                    case "drop-tag" -> tags.add(word(name, lineNo, value));
                    case "drop-role" -> roles.add(word(name, lineNo, value));
                    case "drop-attr" -> drop.add(regex(name, lineNo, value));
                    case "keep-attr" -> keep.add(regex(name, lineNo, value));
                    case "positive" -> pos.add(regex(name, lineNo, value));
                    case "negative" -> neg.add(regex(name, lineNo, value));
                    case "phrase" -> phrases.add(value.toLowerCase(Locale.ROOT));
                    case "lead" -> leads.add(regex(name, lineNo, value));
                    case "teaser-attr" -> teasers.add(regex(name, lineNo, value));
                    case "notice" -> notices.add(regex(name, lineNo, value));
                    case "block" -> blocks.add(regex(name, lineNo, value));
                    default -> throw bad(name, lineNo, "unknown cue kind '" + kind + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BoilerplateCues(tags, roles, join(drop), join(keep), join(pos), join(neg), phrases, join(leads),
                notices.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", notices) + ")"), blocks.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", blocks) + ")",
                        Pattern.UNICODE_CHARACTER_CLASS), join(teasers));
    }

    private static String word(String name, int line, String value) {
        if (!value.matches("[a-z][a-z0-9-]*")) {
            throw bad(name, line, "expected a lower-case name, got '" + value + "'");
        }
        return value;
    }

    private static String regex(String name, int line, String value) {
        try {
            Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw bad(name, line, "bad pattern '" + value + "': " + e.getDescription());
        }
        return value;
    }

    private static Pattern join(List<String> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?:" + String.join(")|(?:", parts) + ")", Pattern.CASE_INSENSITIVE);
    }

    private static IllegalStateException bad(String name, int line, String message) {
        return new IllegalStateException(name + ":" + line + ": " + message);
    }

    /** True when an element with this (lower-case) tag name is removed outright. */
    public boolean dropsTag(String tag) {
        return dropTags.contains(tag);
    }

    /** True when an element with this ARIA role is removed outright. */
    public boolean dropsRole(String role) {
        return dropRoles.contains(role.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the class and id string marks a widget around the article. */
    public boolean dropsClassOrId(String classAndId) {
        return dropAttr != null && dropAttr.matcher(classAndId).find();
    }

    /** True when the class and id string marks a teaser or related-story box (spared when it holds long text). */
    public boolean isTeaserClassOrId(String classAndId) {
        return teaserAttr != null && teaserAttr.matcher(classAndId).find();
    }

    /** True when the class and id string marks a likely article container, which drop cues must spare. */
    public boolean keepsClassOrId(String classAndId) {
        return keepAttr != null && keepAttr.matcher(classAndId).find();
    }

    /** Readability-style class weight: +25 for an article-like name, -25 for a widget-like one. */
    public int classWeight(String classAndId) {
        if (classAndId.isBlank()) {
            return 0;
        }
        int w = 0;
        if (negative != null && negative.matcher(classAndId).find()) {
            w -= 25;
        }
        if (positive != null && positive.matcher(classAndId).find()) {
            w += 25;
        }
        return w;
    }

    /** True when the class and id string marks a lead, standfirst or subtitle that belongs before the body. */
    public boolean isLeadClassOrId(String classAndId) {
        return lead != null && !classAndId.isEmpty() && lead.matcher(classAndId).find();
    }

    /**
     * True when a text block is a site notice (cookies, outdated browser, JavaScript off, site offline):
     * such a block neither votes for its container nor is kept, however long it is.
     */
    public boolean isNotice(String block) {
        return notice != null && block.length() <= 2000 && notice.matcher(block.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True when a short text block as a whole is a leak by its wording: a byline, an image credit, a
     * "Read more:" teaser, a share or rating prompt, a newsletter pitch ({@code block} cues, matched case-
     * sensitively against the whole block).
     */
    public boolean isLeakBlock(String text) {
        return block != null && text.length() <= 200 && block.matcher(text.strip()).matches();
    }

    /** True when a whole text block is a widget label such as "Advertisement" or "Читайте также". */
    public boolean isBoilerplatePhrase(String block) {
        if (block.length() > 40) {
            return false;
        }
        String s = block.strip().toLowerCase(Locale.ROOT);
        while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        return phrases.contains(s.strip());
    }
}
