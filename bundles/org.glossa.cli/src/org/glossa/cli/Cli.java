package org.glossa.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.glossa.core.format.FormatRegistry;
import org.glossa.model.validation.InvalidModelException;

/** Parses {@code glossa COMMAND ...}, runs the command and turns failures into one-line errors and exit codes. */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    /** The application's command line: formats are those installed ({@link FormatRegistry#discover()}), looked up when first needed. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, new DiscoveredFormats());
    }

    /** A command line with the given formats (tests, embedding). */
    public Cli(PrintStream out, PrintStream err, FormatRegistry formats) {
        this(out, err, () -> formats);
    }

    private Cli(PrintStream out, PrintStream err, Supplier<FormatRegistry> formats) {
        this.out = out;
        this.err = err;
        for (Command command : List.of(new InitCommand(), new ImportCommand(), new ListCommand(), new StatsCommand(),
                new CheckCommand(), new ExportCommand(formats), new AnnotationsCommand(formats), new AgreeCommand(),
                new AdjudicateCommand(), new TeamCommand())) {
            commands.put(command.name(), command);
        }
    }

    /** Discovers the formats once, on first use, so that commands without formats never look for them. */
    private static final class DiscoveredFormats implements Supplier<FormatRegistry> {
        private FormatRegistry formats;

        @Override
        public synchronized FormatRegistry get() {
            if (formats == null) {
                formats = FormatRegistry.discover();
            }
            return formats;
        }
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).usage());
                return OK;
            }
            out.print(overview());
            return args.length == 0 ? USAGE : OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("glossa: unknown command '" + args[0] + "'. Try 'glossa --help'.");
            return USAGE;
        }
        Output output = new Output(out, err);
        try {
            Arguments arguments = Arguments.parse(command.name(), args, 1, command.options());
            if (arguments.has("--help")) {
                out.print(command.usage());
                return OK;
            }
            return command.run(arguments, output);
        } catch (UsageException e) {
            err.println("glossa " + e.command() + ": " + e.getMessage() + ". Try 'glossa " + e.command() + " --help'.");
            return USAGE;
        } catch (InvalidModelException e) {
            err.println("glossa " + command.name() + ": " + e.getMessage().replace("\n", "\n  "));
            return FAILED;
        } catch (Throwable e) {
            // Everything ends as one line and exit 1: an Error escaping the application would be logged to a
            // workspace log and end with exit 0.
            err.println("glossa " + command.name() + ": " + FailureMessages.oneLine(e));
            return FAILED;
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder("""
                Usage: glossa COMMAND [ARGS...]

                Glossa: an annotation workbench for news text (entities, quotes, claims).
                `glossa gui [PROJECT]` opens the workbench; these commands work headless:

                """);
        commands.values().forEach(c -> text.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        text.append("""

                Run 'glossa COMMAND --help' for a command's options. Exit code 0 means success;
                with --json a command prints one JSON document on stdout.
                """);
        return text.toString();
    }
}
