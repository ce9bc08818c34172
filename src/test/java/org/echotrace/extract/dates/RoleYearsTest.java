package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
    void theRoleTheTextGivesCountsNotEveryRoleThePersonHeld() {
        // Truss was foreign secretary in 2021-22 and prime minister only in 2022
        assertThat(dates("Prime Minister Liz Truss told parliament on October 3 that the budget would stand."))
                .containsExactly("2022-10-03");
        assertThat(dates("Liz Truss told parliament on October 3 that the budget would stand.")).containsExactly("--10-03");
    }

    @Test
    void aYearFromAnotherDateThatTheRoleContradictsIsDropped() {
        // Johnson was prime minister 2019-2022: the 1994 date of the text must not pull February 24 back to 1994
        assertThat(dates("Prime Minister Boris Johnson, speaking on Thursday, February 24, recalled the memorandum of"
                + " 5 December 1994.")).containsExactly("2022-02-24", "1994-12-05");
    }

    @Test
    void formerMeansAfterTheRoleEnded() {
        assertThat(dates("Former Prime Minister Boris Johnson visited Kyiv on Thursday, September 12."))
                .containsExactly("2024-09-12");
    }
}
