package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.echotrace.serve.DashboardServer;
import org.echotrace.serve.ServeOptions;
import org.echotrace.serve.ServedCorpus;
import org.echotrace.store.StoreException;

/** {@code echotrace serve}: the REST API and the dashboard over the corpus, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the corpus in the data directory: the dashboard at http://HOST:PORT/ and the REST API "
                + "under /api (described by /api/openapi.json). Read-only unless started with --token (or "
                + "ECHOTRACE_TOKEN): then uploads, ingest and deleting a source are allowed with that token.",
                "Exit status: 0 stopped with Ctrl-C, 1 the corpus or the port could not be opened, 2 usage error."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Allow the write endpoints with this token (default: $ECHOTRACE_TOKEN; none: read-only).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, was " + port);
        }
        String t = token != null ? token : System.getenv("ECHOTRACE_TOKEN");
        ServeOptions options = ServeOptions.defaults(data.dir()).withListen(host, port).withToken(t);
        return serve(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Opens the corpus, serves it and prints the URL; returns when the process is interrupted (Ctrl-C). */
    static int serve(ServeOptions options, PrintWriter out, PrintWriter err) throws InterruptedException {
        if (!options.loopback()) {
            err.println("echotrace: warning: listening on " + options.host() + ", not only this machine: anyone who can "
                    + "reach it can read the corpus" + (options.writable() ? " (writes still need the token)" : ""));
            err.flush();
        }
        ServedCorpus corpus;
        try {
            corpus = ServedCorpus.open(options);
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            return EchotraceCli.SOME_FAILED;
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(options, corpus.queries(), corpus.ingester());
        } catch (IllegalStateException e) {
            corpus.close();
            err.println("echotrace: " + e.getMessage());
            return EchotraceCli.SOME_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            corpus.close();
            stopped.countDown();
        }, "echotrace-serve-stop"));
        out.println("echotrace: serving " + options.dataDir().toAbsolutePath().normalize() + " ("
                + (options.writable() ? "writable with the token" : "read-only") + ")");
        out.println(server.url());
        out.println("(Ctrl-C stops)");
        out.flush();
        stopped.await();
        return EchotraceCli.OK;
    }
}
