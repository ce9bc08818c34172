package org.echotrace.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A position an entity held: {@code foreign_minister} of {@code RU} from 2004-03-09, open-ended.
 *
 * @param key   the role's kind, from {@code roles.txt} ({@code head_of_state}, {@code foreign_minister}, …)
 * @param of    whose role it is: an ISO 3166 country code, or an entity id for an organisation ({@code osce})
 * @param to    for ambassadors and envoys: the country or organisation they are accredited to; else null
 * @param title the title as an analyst would write it ({@code Foreign Minister of Russia})
 * @param from  first day held; null when unknown
 * @param until last day held; null while still held
 */
public record Role(String key, String of, String to, String title, LocalDate from, LocalDate until) {
    public Role {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(of, "of");
    }

    /** Whether the role was held on {@code date}; an unknown date counts as held (current roles first). */
    public boolean heldOn(LocalDate date) {
        if (date == null) {
            return until == null;
        }
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
