package org.glossa.cli;

import java.nio.file.Path;

import org.glossa.core.ops.CreateProjectOperation;
import org.glossa.core.storage.ProjectStore;
import org.glossa.model.Layer;

final class InitCommand implements Command {
    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "create a new project with the default news schema";
    }

    @Override
    public String usage() {
        return """
                Usage: glossa init PROJECT [--name NAME]

                Creates the folder PROJECT (if needed) holding a new, empty project with the default
                news schema: Entity (PER, ORG, LOC, GPE, NORP, EVENT, LAW, DATE, MISC), Cue, Quote
                (speaker and cue links) and Claim (claimant link).

                  --name NAME   the project's name (default: the folder's name)
                """;
    }

    @Override
    public OptionSpec options() {
        return new OptionSpec().valued("--name");
    }

    @Override
    public int run(Arguments args, Output out) throws Exception {
        Path folder = Path.of(args.positional(0, name(), "PROJECT folder"));
        try (ProjectStore store = new CreateProjectOperation(folder, args.value("--name")).execute("glossa " + name())) {
            String layers = String.join(", ", store.schema().getLayers().stream().map(Layer::getName).toList());
            out.line("Created project '" + store.project().getName() + "' in " + store.layout().root()
                    + " (schema " + store.schema().getName() + ": " + layers + ")");
        }
        return Cli.OK;
    }
}
