package dev.slipway.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Closes what a long-running command opened when the JVM stops (Ctrl-C, SIGTERM, exit), last
 * opened first, from one shutdown hook: the main thread may never get to its finally blocks.
 */
final class Shutdown {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    Shutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "slipway-shutdown"));
    }

    synchronized <T extends AutoCloseable> T closeOnExit(T resource) {
        resources.push(resource);
        return resource;
    }

    private synchronized void closeAll() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                System.err.println("slipway: while stopping: " + e.getMessage());
            }
        }
    }
}
