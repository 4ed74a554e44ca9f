package dev.slipway.engine;

import java.util.function.Consumer;

/**
 * Turns debootstrap's hundreds of per-package lines into a few progress lines: every phase
 * line, and a count of packages at most every ten seconds.
 */
final class DebootstrapProgress implements Consumer<String> {

    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final Consumer<String> progress;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int retrieved;
    private int unpacked;
    private int configured;

    DebootstrapProgress(Consumer<String> progress) {
        this.progress = progress;
    }

    @Override
    public void accept(String line) {
        if (line.startsWith("I: Retrieving ") && !line.startsWith("I: Retrieving Release")
                && !line.startsWith("I: Retrieving Packages") && !line.startsWith("I: Retrieving InRelease")) {
            retrieved++;
        } else if (line.startsWith("I: Unpacking ") || line.startsWith("I: Extracting ")) {
            unpacked++;
        } else if (line.startsWith("I: Configuring ")) {
            configured++;
        } else if (line.startsWith("I: ") && !line.startsWith("I: Validating ")) {
            progress.accept("  debootstrap: " + line.substring(3));
        }
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            progress.accept(String.format("  debootstrap: %d s, %d packages retrieved, %d unpacked, %d configured",
                    (now - start) / 1_000_000_000L, retrieved, unpacked, configured));
        }
    }
}
