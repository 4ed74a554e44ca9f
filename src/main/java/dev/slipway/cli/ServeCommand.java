package dev.slipway.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code slipway serve}: the workbench in the browser, on an engine whose images are made. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the lessons in the browser: print the address to open, and run until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    WorkbenchOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return serve(options, false);
    }

    /**
     * Connects to the engine, makes the missing images when {@code makeImages} ({@code up}), sweeps
     * leftovers, then starts the workbench, prints its address and waits until the JVM is stopped.
     */
    static int serve(WorkbenchOptions options, boolean makeImages) throws InterruptedException {
        var shutdown = new Shutdown();
        Slipway slipway = shutdown.closeOnExit(Slipway.connect(Console::info));
        if (makeImages) {
            slipway.images().ensureAll(false);
        }
        slipway.reap(Console::info);
        ServeOptions serve = options.serve;
        Workbench workbench = shutdown.closeOnExit(Workbench.start(slipway, serve, options.sandbox, slipway.progressFile()));
        if (!workbench.pool().awaitFull(Duration.ofMinutes(3))) {
            Console.info("the sandbox pool is not full after 3 minutes (" + workbench.pool().readyCount() + " of "
                    + workbench.pool().size() + " ready); learners wait for a sandbox to start. See the messages above.");
        }
        Console.info("serving " + serve.lessons + " on " + workbench.server().address().replaceFirst("/\\?token=.*", ""));
        Console.info("open this address in a browser (it holds your access token):");
        System.out.println();
        System.out.println("    " + workbench.server().address());
        System.out.println();
        Console.info("press Ctrl-C to stop");
        Thread.currentThread().join();
        return 0;
    }
}
