package dev.slipway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code slipway up}: everything from a fresh machine to a running workbench: the engine, the
 * images, a sweep of leftovers, then the same server as {@code serve}.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start the engine if needed, make missing images, then serve the lessons in the browser until stopped.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    WorkbenchOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return ServeCommand.serve(options, true);
    }
}
