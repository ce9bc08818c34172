package org.echotrace.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.echotrace.trace.PostTrace;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceResult;
import org.junit.jupiter.api.Test;

class TraceChainTest {
    private static final long UNKNOWN = Long.MIN_VALUE;

    private static TraceItem item(int i, String id, String source, String label, long published) {
        return new TraceItem(i, id, source, label, published, null, List.of(), "ru", null, Set.of(), List.of(),
                List.of(), Set.of(), Set.of(), Set.of());
    }

    // origin a (t=1000), undated copy b read first, copy c at t=4720, and d alone and undated
    private static final TraceResult RESULT = new TraceResult(
            List.of(new PostTrace("c:a", "a", "s:a", "copied", 0.9, 0.95, true),
                    new PostTrace("c:a", null, "s:a", null, null, null, false),
                    new PostTrace("c:a", "a", "s:a", "credited", 0.8, 0.6, false),
                    PostTrace.alone("s:d")),
            List.of(item(0, "b", "aggregator", "Агрегатор\u001b[31m", UNKNOWN), item(1, "a", "mid_russia", "МИД России", 1000),
                    item(2, "c", "tass_agency", "ТАСС", 4720), item(3, "d", "blog", "blog", UNKNOWN)),
            List.of(), Map.of(), Map.of());

    @Test
    void originFirstThenCopiesByTimeWithUndatedLast() {
        TraceChain chain = TraceChain.of(RESULT, 0, Arrays.asList(null, "1970-01-01T00:16:40Z", "1970-01-01T01:18:40Z", null),
                Arrays.asList("u0", "u1", "u2", null));
        assertThat(chain.steps()).extracting(s -> s.id() + " " + s.relation() + " " + s.lagSeconds())
                .containsExactly("a origin 0", "c credited 3720", "b copied null");
        StringWriter text = new StringWriter();
        TraceChainWriter.text(chain, new PrintWriter(text));
        assertThat(text.toString()).isEqualTo(String.join("\n",
                "Post b: cluster c:a, story s:a",
                "2 copies of the origin across 3 sources, 1 uncredited",
                "",
                "  published             after     relation    sim    cover  credit      source                       post",
                "  1970-01-01T00:16:40Z  -         origin                                mid_russia (МИД России)      a  u1",
                "  1970-01-01T01:18:40Z  +1h02m    credited    0.800  0.600  credited    tass_agency (ТАСС)           c  u2",
                "* -                     ?         copied      0.900  0.950  UNCREDITED  aggregator (Агрегатор\uFFFD[31m)  b  u0",
                ""));
    }

    @Test
    void aPostWithoutCopiesIsAloneWithUnknownLag() {
        TraceChain chain = TraceChain.of(RESULT, 3, Arrays.asList(null, null, null, null), Arrays.asList(null, null, null, null));
        assertThat(chain.cluster()).isNull();
        assertThat(chain.story()).isEqualTo("s:d");
        assertThat(chain.steps()).extracting(s -> s.id() + " " + s.relation() + " " + s.lagSeconds())
                .containsExactly("d origin null");
    }
}
