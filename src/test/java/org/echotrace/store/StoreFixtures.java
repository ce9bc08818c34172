package org.echotrace.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.model.Problem;

/** Small record inputs written by us, and a one-call ingest, for the store tests. */
final class StoreFixtures {
    private static Analyzer analyzer;

    private StoreFixtures() {
    }

    static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = Analyzer.standard(AnalyzeOptions.defaults(), 2);
        }
        return analyzer;
    }

    /** One JSON Lines record: channel, message id, date and text. */
    static String record(String channel, int id, String date, String text) {
        return String.format(Locale.ROOT, "{\"channel\": \"%s\", \"id\": \"%d\", \"date\": \"%s\", \"text\": \"%s\"}%n",
                channel, id, date, text.replace("\"", "\\\""));
    }

    static Path write(Path dir, String name, String... records) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("", records), StandardCharsets.UTF_8);
        return f;
    }

    static CorpusIngest.Result ingest(Path data, List<Problem> problems, Path... inputs) {
        List<String> paths = new ArrayList<>();
        for (Path p : inputs) {
            paths.add(p.toString());
        }
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            return new CorpusIngest(store, analyzer(), org.echotrace.trace.Tracer::standard).run(paths, InputStream.nullInputStream(), problems::add,
                    CorpusIngest.Listener.NONE);
        }
    }

    static long count(Path data, String sql) throws Exception {
        try (Store store = Store.open(data, Store.Mode.READ);
             var s = store.connection().createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Russian and English posts about a few events, with copies among them. */
    static final String[] RU_EN = {
        record("mid_russia", 101, "2024-03-04T10:00:00+03:00",
                "Министр иностранных дел Сергей Лавров провёл переговоры с генеральным секретарём ОБСЕ в Москве. "
                        + "Стороны обсудили ситуацию с безопасностью в Европе и работу миссий организации. #МИД"),
        record("embassy_news", 7, "2024-03-04T11:30:00+03:00",
                "Министр иностранных дел Сергей Лавров провёл переговоры с генеральным секретарём ОБСЕ в Москве. "
                        + "Стороны обсудили ситуацию с безопасностью в Европе и работу миссий организации."),
        record("world_wire", 55, "2024-03-05T09:00:00Z",
                "Sanctions against the energy sector were extended by the European Union for another six months, "
                        + "officials in Brussels said on Tuesday. #sanctions"),
        record("aggregator", 900, "2024-03-05T09:20:00Z",
                "Sanctions against the energy sector were extended by the European Union for another six months, "
                        + "officials in Brussels said on Tuesday. Read more in our channel."),
        record("mid_russia", 102, "2024-03-06T12:00:00+03:00",
                "Ёлочные базары откроются в Москве в декабре, сообщили в мэрии. Жители смогут выбрать ели и сосны."),
    };
}
