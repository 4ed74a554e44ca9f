package dev.slipway.cli;

import dev.slipway.sandbox.SandboxLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The sandbox limits and pool size, as command-line options shared by several commands. */
final class SandboxOptions {

    private static final SandboxLimits DEFAULTS = SandboxLimits.defaults();
    private static final long MIB = 1024L * 1024;

    @Option(names = "--pool-size", paramLabel = "N", description = "Ready sandboxes kept warm (default: ${DEFAULT-VALUE}).")
    int poolSize = 2;

    @Option(names = "--memory-mib", paramLabel = "MIB", description = "Memory per sandbox, its disk included (default: ${DEFAULT-VALUE}).")
    long memoryMib = DEFAULTS.memoryBytes() / MIB;

    @Option(names = "--disk-mib", paramLabel = "MIB", description = "Disk for the engine inside each sandbox (default: ${DEFAULT-VALUE}).")
    long diskMib = DEFAULTS.diskBytes() / MIB;

    @Option(names = "--pids", paramLabel = "N", description = "Processes per sandbox (default: ${DEFAULT-VALUE}).")
    long pids = DEFAULTS.pids();

    @Option(names = "--cpu-shares", paramLabel = "N", description = "CPU weight per sandbox (default: ${DEFAULT-VALUE}).")
    int cpuShares = DEFAULTS.cpuShares();

    @Option(names = "--command-timeout", paramLabel = "SECONDS", description = "Default time limit per command (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = DEFAULTS.commandTimeout().toSeconds();

    @Option(names = "--output-cap-kib", paramLabel = "KIB", description = "Output kept per command (default: ${DEFAULT-VALUE}).")
    long outputCapKib = DEFAULTS.outputCap() / 1024;

    SandboxLimits limits() {
        return new SandboxLimits(memoryMib * MIB, pids, cpuShares, diskMib * MIB,
                Duration.ofSeconds(timeoutSeconds), outputCapKib * 1024);
    }
}
