package dev.slipway.cli;

import dev.slipway.sandbox.SandboxPool;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code slipway up}: everything from a fresh machine to a running workbench: the engine, the
 * images, a sweep of leftovers, and a warm pool of sandboxes.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start the engine if needed, make missing images, fill the sandbox pool, and run until stopped.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    SandboxOptions options;

    @Override
    public Integer call() throws InterruptedException {
        var shutdown = new Shutdown();
        Slipway slipway = shutdown.closeOnExit(Slipway.connect(Console::info));
        slipway.images().ensureAll(false);
        slipway.reap(Console::info);
        SandboxPool pool = shutdown.closeOnExit(
                new SandboxPool(slipway.sandboxFactory(options.limits()), options.poolSize, Console::info).start());
        if (!pool.awaitFull(Duration.ofMinutes(3))) {
            Console.info("the sandbox pool is not full after 3 minutes (" + pool.readyCount() + " of " + pool.size()
                    + " ready); see the messages above");
            return FriendlyErrors.FAILED;
        }
        Console.info("sandbox pool ready: " + pool.readyCount() + " sandbox(es). Press Ctrl-C to stop.");
        Thread.currentThread().join();
        return 0;
    }
}
