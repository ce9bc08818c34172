package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.echotrace.extract.Understanding;
import org.echotrace.model.DateRef;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class RoleYearsTest {

    private static List<String> dates(String text) {
        Post p = Post.builder(Source.of("undated.txt", Format.ARTICLE_TEXT)).text(text).build();
        return Understanding.standard().apply(p).dates().stream().map(DateRef::value).toList();
    }

    @Test
    void weekdayAndTheRolesOfThePeopleNamedFixTheYear() {
        // Kuleba was foreign minister 2020–2024; of those years only in 2023 was March 7 a Tuesday
        assertThat(dates("On Tuesday, March 7, Foreign Minister Dmytro Kuleba met his Moldovan counterpart."))
                .containsExactly("2023-03-07");
    }

    @Test
    void withoutAWeekdayTheRolesLeaveSeveralYearsAndTheYearStaysOpen() {
        assertThat(dates("On March 7 Dmytro Kuleba met his Moldovan counterpart.")).containsExactly("--03-07");
    }

    @Test
    void decidesOnlyWhenOneYearRemains() {
        assertThat(RoleYears.decide(Set.of(2020, 2021, 2022, 2023, 2024), 3, 7, 2)).isEqualTo(2023);
        assertThat(RoleYears.decide(Set.of(2020, 2021), 3, 7, 0)).isNull();
        assertThat(RoleYears.decide(Set.of(2021), 2, 29, 0)).isNull();
        assertThat(RoleYears.decide(Set.of(2024), 2, 29, 0)).isEqualTo(2024);
    }
}
