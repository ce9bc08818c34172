package org.echotrace.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.echotrace.kb.EntityType;
import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.kb.Role;
import org.echotrace.model.EntityRef;

/**
 * Decides the year of a date written without one from the people a post names: a post naming Dmitry
 * Kuleba as foreign minister was written while he held a role, so only those years are possible; with a
 * weekday beside the date ("On Tuesday, March 7") one year usually remains. Each named person contributes
 * the years of all the roles the knowledge base gives them; the possible years are those every such person
 * shares.
 */
public final class RoleYears {
    private final KnowledgeBase kb;

    public RoleYears(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The years every named person with dated roles was in a role; empty when nobody tells. */
    public Set<Integer> of(List<EntityRef> entities) {
        Set<Integer> years = null;
        for (EntityRef ref : entities) {
            if (!ref.known() || !ref.type().equals(EntityType.PERSON.name())) {
                continue;
            }
            KbEntity e = kb.get(ref.id()).orElse(null);
            if (e == null) {
                continue;
            }
            Set<Integer> own = new TreeSet<>();
            for (Role r : e.roles()) {
                if (r.from() == null) {
                    continue;
                }
                int until = r.until() == null ? Year.now().getValue() : r.until().getYear();
                for (int y = r.from().getYear(); y <= until; y++) {
                    own.add(y);
                }
            }
            if (own.isEmpty()) {
                continue;
            }
            if (years == null) {
                years = own;
            } else {
                years.retainAll(own);
            }
        }
        return years == null ? Set.of() : years;
    }

    /**
     * The one year among {@code years} in which {@code month}-{@code day} exists (and falls on {@code weekday},
     * 1 = Monday, when it is not 0), or null when none or several remain.
     */
    public static Integer decide(Set<Integer> years, int month, int day, int weekday) {
        Integer found = null;
        for (int y : years) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            if (weekday > 0 && d.getDayOfWeek() != DayOfWeek.of(weekday)) {
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
