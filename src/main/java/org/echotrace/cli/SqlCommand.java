package org.echotrace.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.report.TextTable;
import org.echotrace.store.CorpusExport;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;

/** {@code echotrace sql}: read-only SQL over the documented schema. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one read-only SQL query over the corpus (tables and columns: docs/store.md), e.g. "
                + "\"select source, count(*) from posts group by 1 order by 2 desc\". The database is opened read-only "
                + "and file access is switched off, so a query can neither change the corpus nor read or write files.",
                "Exit status: 0 done, 1 the query failed, 2 usage error."})
public final class SqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL query.")
    String sql;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, csv, jsonl }

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Rows shown in the text table (default: ${DEFAULT-VALUE}); csv and jsonl are uncapped.")
    int maxRows;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(data.dir(), Store.Mode.READ)) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("set enable_external_access = false");
            }
            if (format == Format.text) {
                text(store, out);
            } else {
                java.io.OutputStream os = new java.io.BufferedOutputStream(System.out, 1 << 16);
                CorpusExport.query(store.connection(), sql, format.name(), os);
                os.flush();
            }
            return EchotraceCli.OK;
        } catch (SQLException e) {
            err.println("echotrace: query failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            err.flush();
            return EchotraceCli.SOME_FAILED;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }

    private void text(Store store, PrintWriter out) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            String[] header = new String[n];
            boolean[] numeric = new boolean[n];
            for (int i = 0; i < n; i++) {
                header[i] = md.getColumnLabel(i + 1);
                int t = md.getColumnType(i + 1);
                numeric[i] = t == java.sql.Types.BIGINT || t == java.sql.Types.INTEGER || t == java.sql.Types.DOUBLE
                        || t == java.sql.Types.DECIMAL || t == java.sql.Types.SMALLINT || t == java.sql.Types.FLOAT;
            }
            TextTable table = new TextTable(header, numeric);
            long rows = 0;
            while (rs.next()) {
                if (rows++ < maxRows) {
                    Object[] cells = new Object[n];
                    for (int i = 0; i < n; i++) {
                        cells[i] = rs.getString(i + 1);
                    }
                    table.row(cells);
                }
            }
            table.print(out, "");
            out.println("(" + rows + " row" + (rows == 1 ? "" : "s") + (rows > maxRows ? ", " + maxRows + " shown" : "") + ")");
            out.flush();
        }
    }
}
