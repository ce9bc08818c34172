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
            c.getErr().println("echotrace: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return SOME_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
