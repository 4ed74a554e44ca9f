package dev.slipway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code slipway} command line: one subcommand per face of Slipway. */
@Command(name = "slipway",
        mixinStandardHelpOptions = true,
        version = "Slipway 0.1",
        description = "A self-hosted workbench for hands-on Docker lessons.",
        subcommands = {
            UpCommand.class,
            ServeCommand.class,
            ImagesCommand.class,
            BenchCommand.class,
            LintCommand.class,
            CheckCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setExecutionExceptionHandler(new FriendlyErrors())
                .execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
