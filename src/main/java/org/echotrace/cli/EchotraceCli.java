package org.echotrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code echotrace} command line: a thin layer that parses options and wires the pipeline. */
@Command(name = "echotrace", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Traces state-affiliated messaging: turns Telegram exports, saved channel pages, news pages, "
                + "feeds, web archives and scraper records into clean, comparable posts, and traces who copied whom: "
                + "copy clusters, origins, stories and the propagation graph between sources.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, SearchCommand.class, ExportCommand.class, SqlCommand.class, StatsCommand.class, ReindexCommand.class, GraphCommand.class, TraceCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class EchotraceCli implements Runnable {

    /** Exit status: everything read. */
    public static final int OK = 0;
    /** Exit status: some inputs failed. */
    public static final int SOME_FAILED = 1;
    /** Exit status: usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EchotraceCli());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("echotrace: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof org.echotrace.config.ConfigException) {
                c.getErr().println("echotrace: " + ex.getMessage());
                return USAGE;
            }
            c.getErr().println("echotrace: " + describe(ex));
            return SOME_FAILED;
        });
        return cl;
    }

    /** A failure in the user's words: never a Java class name, and what to do about running out of memory. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.io.UncheckedIOException
                || t.getClass() == RuntimeException.class) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory: give Java more heap, e.g. ECHOTRACE_JAVA_OPTS=-Xmx8g ./echotrace … "
                    + "(or use --no-trace for a one-off conversion)";
        }
        if (t instanceof StackOverflowError) {
            return "input structure nested too deeply to process";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "internal error" : m.replaceAll("[\\r\\n]+", " ");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
