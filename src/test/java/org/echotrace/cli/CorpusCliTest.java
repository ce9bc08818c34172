package org.echotrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import picocli.CommandLine;

import org.echotrace.store.StoreTestSupport;

/** The corpus commands end to end: ingest, export in every format read back, sql, stats, search. */
class CorpusCliTest {
    @TempDir
    static Path tmp;
    static Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void corpus() throws Exception {
        Path in = tmp.resolve("posts.jsonl");
        Files.writeString(in, String.join("", StoreTestSupport.ruEn()));
        data = tmp.resolve("data");
        CommandLine cl = EchotraceCli.commandLine();
        StringWriter e = new StringWriter();
        cl.setErr(new PrintWriter(e, true));
        assertThat(cl.execute("ingest", in.toString(), "--data", data.toString())).as(e.toString()).isZero();
        assertThat(e.toString()).contains("5 new").contains("2 copies");
    }

    private int run(String... args) {
        CommandLine cl = EchotraceCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path export(String name, String... args) {
        Path f = tmp.resolve(name);
        String[] all = new String[args.length + 5];
        all[0] = "export";
        all[1] = "--data";
        all[2] = data.toString();
        all[3] = "--out";
        all[4] = f.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        assertThat(run(all)).as(err.toString()).isZero();
        return f;
    }

    @Test
    void postsAsJsonLinesAreTheOutputContract() throws Exception {
        List<String> lines = Files.readAllLines(export("posts.jsonl", "--format", "jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().startsWith("id", "source", "position").endsWith("cluster",
                "duplicate_of", "story", "copy");
        JsonNode copy = m.readTree(lines.get(1));
        assertThat(copy.path("duplicate_of").asText()).isEqualTo(first.path("id").asText());
        assertThat(copy.path("copy").path("relation").asText()).isEqualTo("copied");
    }

    @Test
    void everyTableAsCsvAndParquetReadsBack() throws Exception {
        for (String table : List.of("posts", "mentions", "quotes", "copies", "stories")) {
            Path csv = export(table + ".csv", "--format", "csv", "--table", table);
            Path parquet = export(table + ".parquet", "--format", "parquet", "--table", table);
            try (var c = DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
                long fromCsv;
                try (ResultSet rs = s.executeQuery("select count(*) from read_csv('" + csv + "', header = true)")) {
                    rs.next();
                    fromCsv = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("select count(*) from read_parquet('" + parquet + "')")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isEqualTo(fromCsv);
                }
                if (!table.equals("quotes")) {
                    assertThat(fromCsv).as(table).isPositive();
                }
            }
        }
    }

    @Test
    void filtersNarrowTheExport() throws Exception {
        List<String> lines = Files.readAllLines(export("ru.jsonl", "--format", "jsonl", "--lang", "ru"));
        assertThat(lines).hasSize(3);
        List<String> hits = Files.readAllLines(export("q.jsonl", "--format", "jsonl", "--query", "sanctions"));
        assertThat(hits).hasSize(2);
        List<String> copies = Files.readAllLines(export("c.jsonl", "--format", "jsonl", "--table", "copies",
                "--source", "aggregator"));
        assertThat(copies).hasSize(1).first().asString().contains("world_wire");
    }

    @Test
    void graphsAreWellFormedXml() throws Exception {
        for (String f : List.of("gexf", "graphml")) {
            Path g = export("g." + f, "--format", f);
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(g.toFile());
            assertThat(d.getElementsByTagName("edge").getLength()).as(f).isEqualTo(2);
            assertThat(d.getElementsByTagName("node").getLength()).as(f).isEqualTo(4);
        }
    }

    @Test
    void sqlIsReadOnly() {
        assertThat(run("sql", "--data", data.toString(), "select language, count(*) n from posts group by 1 order by 1"))
                .isZero();
        assertThat(out.toString()).contains("ru").contains("(2 rows)");
        assertThat(run("sql", "--data", data.toString(), "delete from posts")).isEqualTo(1);
        assertThat(err.toString()).contains("query failed").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("sql", "--data", data.toString(), "copy posts to '" + tmp.resolve("x.csv") + "'")).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("x.csv"))).isFalse();
    }

    @Test
    void statsAndSearchRun() {
        assertThat(run("stats", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("posts").contains("mid_russia");
        assertThat(run("search", "--data", data.toString(), "Лавров", "--facets")).isZero();
        assertThat(out.toString()).contains("2 posts match").contains("[Лавров]").contains("language:");
        assertThat(run("search", "--data", data.toString(), "\"broken")).isEqualTo(2);
        assertThat(err.toString()).contains("bad query");
    }

    @Test
    void aMissingCorpusIsOneLine() {
        assertThat(run("search", "--data", tmp.resolve("nothing").toString(), "x")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("echotrace: ").contains("no corpus").doesNotContain("\n");
    }
}
