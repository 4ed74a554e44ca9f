package dev.slipway.sandbox;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The capability bounding set of this machine, read at run time. Some machines lack
 * CAP_SYS_RESOURCE, and there {@code --privileged} fails; a sandbox then asks for every
 * capability but that one.
 */
final class HostCapabilities {

    static final int CAP_SYS_RESOURCE = 24;

    private HostCapabilities() {
    }

    /** True when this machine's bounding set has {@code capability}; true when it cannot tell. */
    static boolean has(int capability) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapBnd:")) {
                    return new BigInteger(line.substring("CapBnd:".length()).trim(), 16).testBit(capability);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return true;
        }
        return true;
    }
}
