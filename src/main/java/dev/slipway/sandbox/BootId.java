package dev.slipway.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's boot id: a pid is only meaningful together with the boot it was given in. */
final class BootId {

    private static final Path FILE = Path.of("/proc/sys/kernel/random/boot_id");

    private BootId() {
    }

    static String current() {
        try {
            return Files.readString(FILE).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
