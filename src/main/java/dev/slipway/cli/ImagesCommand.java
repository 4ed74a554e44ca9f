package dev.slipway.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slipway images}: makes the sandbox image and the lesson images, once. */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Make the sandbox image and the lesson images (busybox, debian:bookworm-slim) on the host engine."
                + " Images that exist are skipped.")
final class ImagesCommand implements Callable<Integer> {

    @Option(names = "--pull", description = "Try to pull lesson images from a registry first; make them locally when that fails.")
    boolean pull;

    @Option(names = "--runtime", description = "Also make the Java runtime base that the Dockerfile builds Slipway's own image on.")
    boolean runtime;

    @Override
    public Integer call() {
        try (Slipway slipway = Slipway.connect(Console::info)) {
            slipway.images().ensureAll(pull);
            if (runtime) {
                slipway.images().ensureRuntimeImage();
            }
            Console.info("images ready");
        }
        return 0;
    }
}
