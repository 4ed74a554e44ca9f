package dev.slipway.sandbox;

import java.time.Duration;

/**
 * What one sandbox may use.
 *
 * @param memoryBytes memory for everything in the sandbox, its inner engine's disk included
 *     (the disk is a tmpfs, so its pages count as memory)
 * @param pids processes and threads at most (a fork bomb stops here)
 * @param cpuShares relative CPU weight against other sandboxes (1024 is one normal share)
 * @param diskBytes the size of the inner engine's storage (images, containers, volumes)
 * @param commandTimeout the default time a command may run before it is killed
 * @param outputCap the default bytes of output kept per command
 */
public record SandboxLimits(
        long memoryBytes, long pids, int cpuShares, long diskBytes, Duration commandTimeout, long outputCap) {

    private static final long MIB = 1024L * 1024;

    public SandboxLimits {
        if (memoryBytes < 256 * MIB) {
            throw new IllegalArgumentException("a sandbox needs at least 256 MiB of memory, not " + memoryBytes / MIB + " MiB");
        }
        if (diskBytes <= 0 || diskBytes >= memoryBytes) {
            throw new IllegalArgumentException("the sandbox disk (" + diskBytes / MIB + " MiB) must be positive and "
                    + "smaller than its memory (" + memoryBytes / MIB + " MiB), since the disk lives in memory");
        }
        if (pids < 128) {
            throw new IllegalArgumentException("a sandbox needs at least 128 processes, not " + pids);
        }
    }

    /** 1.5 GiB of memory, 1 GiB of disk, 512 processes, one CPU share, 60 s and 1 MiB per command. */
    public static SandboxLimits defaults() {
        return new SandboxLimits(1536 * MIB, 512, 1024, 1024 * MIB, Duration.ofSeconds(60), MIB);
    }
}
