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
    ServeOptions serve;

    @Mixin
    SandboxOptions options;

    @Override
    public Integer call() throws InterruptedException {
        var shutdown = new Shutdown();
        Slipway slipway = shutdown.closeOnExit(Slipway.connect(Console::info));
        slipway.reap(Console::info);
        return serve(shutdown, slipway, serve, options);
    }

    /** Starts the workbench, prints its address and waits until the JVM is stopped; shared with {@code up}. */
    static int serve(Shutdown shutdown, Slipway slipway, ServeOptions serve, SandboxOptions options) throws InterruptedException {
        Workbench workbench = shutdown.closeOnExit(Workbench.start(slipway, serve, options, slipway.progressFile()));
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
