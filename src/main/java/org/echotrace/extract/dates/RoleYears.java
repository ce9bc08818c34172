package org.echotrace.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.kb.Role;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Mention;
import org.echotrace.text.CueFile;

/**
 * Decides the year of a date written without one from the people a post names: a post calling Dmytro Kuleba
 * "Foreign Minister" was written while he was foreign minister (4 March 2020 – 4 September 2024), so only those
 * days are possible; with a weekday beside the date ("On Tuesday, March 7") one year usually remains. The role is the
 * one the text gives right before the name ({@code role-titles.txt}); when it gives none, any dated role of the person
 * counts; "former" makes the days after the role ended. The possible days are those every such person allows.
 */
public final class RoleYears {
    private static final int FIRST_YEAR = 1990;

    private record Title(String role, String[] words) {
    }

    /** The days a post may have been written on, as one list of allowed spans per person named. */
    public static final class Window {
        private final List<List<LocalDate[]>> people;

        private Window(List<List<LocalDate[]>> people) {
            this.people = people;
        }

        /** Whether every person named held the role the text gives them on {@code d}. */
        public boolean allows(LocalDate d) {
            for (List<LocalDate[]> spans : people) {
                boolean in = false;
                for (LocalDate[] s : spans) {
                    if (!d.isBefore(s[0]) && !d.isAfter(s[1])) {
                        in = true;
                        break;
                    }
                }
                if (!in) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The one year in which {@code month}-{@code day} is allowed (and falls on {@code weekday}, 1 = Monday, when
         * it is not 0), or null when none or several remain.
         */
        public Integer decide(int month, int day, int weekday) {
            Integer found = null;
            int last = LocalDate.now().getYear() + 1;
            for (int y = FIRST_YEAR; y <= last; y++) {
                LocalDate d;
                try {
                    d = LocalDate.of(y, month, day);
                } catch (java.time.DateTimeException e) {
                    continue;
                }
                if (weekday > 0 && d.getDayOfWeek() != DayOfWeek.of(weekday) || !allows(d)) {
                    continue;
                }
                if (found != null) {
                    return null;
                }
                found = y;
            }
            return found;
        }
    }

    private final KnowledgeBase kb;
    private final List<Title> titles = new ArrayList<>();
    private final List<String> former = new ArrayList<>();

    public RoleYears(KnowledgeBase kb) {
        this.kb = kb;
        for (CueFile.Entry e : CueFile.load(RoleYears.class, "role-titles.txt")) {
            for (String v : e.values()) {
                if (e.key().equals("former")) {
                    former.add(v);
                } else {
                    titles.add(new Title(e.key(), v.split(" ")));
                }
            }
        }
        // longest titles first: "deputy foreign minister" before "foreign minister"
        titles.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }

    /**
     * The days the post may have been written on, from the people it names in {@code text} (or any field); null when
     * nobody named has a dated role.
     */
    public Window of(List<EntityRef> entities, String title, String text) {
        List<List<LocalDate[]>> people = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (EntityRef ref : entities) {
            if (!ref.known() || !ref.type().equals(EntityType.PERSON.name())) {
                continue;
            }
            KbEntity e = kb.get(ref.id()).orElse(null);
            if (e == null) {
                continue;
            }
            String given = null;
            boolean wasFormer = false;
            for (Mention m : ref.mentions()) {
                String field = "title".equals(m.field()) ? title : text;
                if (field == null || m.start() > field.codePointCount(0, field.length())) {
                    continue;
                }
                String before = before(field, m.start());
                for (Title t : titles) {
                    if (endsWithTitle(before, t.words()) && hasRole(e, t.role())) {
                        given = t.role();
                        wasFormer = isFormer(before, t.words());
                        break;
                    }
                }
                if (given != null) {
                    break;
                }
            }
            List<LocalDate[]> spans = new ArrayList<>();
            for (Role r : e.roles()) {
                if (r.from() == null || given != null && !r.key().equals(given)) {
                    continue;
                }
                LocalDate until = r.until() == null ? today : r.until();
                if (wasFormer) {
                    if (r.until() != null) {
                        spans.add(new LocalDate[] {r.until().plusDays(1), today});
                    }
                } else {
                    spans.add(new LocalDate[] {r.from(), until});
                }
            }
            if (!spans.isEmpty()) {
                people.add(spans);
            }
        }
        return people.isEmpty() ? null : new Window(people);
    }

    private static boolean hasRole(KbEntity e, String role) {
        for (Role r : e.roles()) {
            if (r.key().equals(role) && r.from() != null) {
                return true;
            }
        }
        return false;
    }

    /** Up to 80 characters of the sentence before code point {@code cp}, lower case. */
    private static String before(String s, int cp) {
        int end = s.offsetByCodePoints(0, cp);
        int start = Math.max(0, end - 80);
        String b = s.substring(start, end);
        int stop = Math.max(b.lastIndexOf(". "), Math.max(b.lastIndexOf('\n'), b.lastIndexOf(", ")));
        if (stop >= 0 && stop + 2 < b.length()) {
            b = b.substring(stop + 1);
        }
        return b.toLowerCase(Locale.ROOT);
    }

    /** Whether the words before a name end with {@code title}, give or take two words (a country) in between. */
    private static boolean endsWithTitle(String before, String[] title) {
        return titleAt(before, title) >= 0;
    }

    /** The index of the word where {@code title} starts among the last words of {@code before}, or -1. */
    private static int titleAt(String before, String[] title) {
        String[] w = before.strip().split("[\\s,]+");
        for (int gap = 0; gap <= 2; gap++) {
            int start = w.length - gap - title.length;
            if (start < 0) {
                break;
            }
            boolean ok = true;
            for (int k = 0; k < title.length && ok; k++) {
                String word = w[start + k];
                ok = word.startsWith(title[k]) && word.length() <= title[k].length() + 3;
            }
            if (ok) {
                return start;
            }
        }
        return -1;
    }

    private boolean isFormer(String before, String[] title) {
        int at = titleAt(before, title);
        String[] w = before.strip().split("[\\s,]+");
        if (at <= 0) {
            return false;
        }
        String prev = w[at - 1].replaceAll("-.*", "");
        return former.contains(prev) || w[at].startsWith("экс-") || w[at].startsWith("ex-");
    }
}
