package dev.slipway.cli;

import dev.slipway.engine.EngineException;
import dev.slipway.engine.HostEngine;
import dev.slipway.engine.ImageProvisioner;
import dev.slipway.engine.SlipwayHome;
import dev.slipway.sandbox.Reaper;
import dev.slipway.sandbox.SandboxFactory;
import dev.slipway.sandbox.SandboxLimits;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Slipway's core, wired once for a command: the host engine (found or started), the images,
 * the reaper's sweep of leftovers, and a factory for sandboxes. Closing it stops a private
 * engine that it started.
 */
final class Slipway implements AutoCloseable {

    /** Lesson images every sandbox gets at start; others are loaded when a lesson needs them. */
    static final List<String> BASE_IMAGES = List.of("busybox:latest");

    private final SlipwayHome home;
    private final HostEngine engine;
    private final ImageProvisioner images;

    private Slipway(SlipwayHome home, HostEngine engine, Consumer<String> progress) {
        this.home = home;
        this.engine = engine;
        this.images = new ImageProvisioner(engine, home, progress);
    }

    /** Connects to (or starts) the host engine. */
    static Slipway connect(Consumer<String> progress) {
        SlipwayHome home = SlipwayHome.fromEnvironment();
        return new Slipway(home, HostEngine.connect(home, progress), progress);
    }

    /** Where the learners' progress is kept: {@code progress/progress.mv.db} in the state folder. */
    Path progressFile() {
        return home.root().resolve("progress").resolve("progress");
    }

    ImageProvisioner images() {
        return images;
    }

    HostEngine engine() {
        return engine;
    }

    /** Removes sandboxes left by crashed runs, reporting how many. */
    void reap(Consumer<String> progress) {
        List<String> removed = new Reaper(engine.client(), home).reap();
        if (!removed.isEmpty()) {
            progress.accept("removed " + removed.size() + " sandbox(es) left by an earlier run: " + String.join(", ", removed));
        }
    }

    /** A factory for sandboxes with {@code limits}; fails with the fix when images are missing. */
    SandboxFactory sandboxFactory(SandboxLimits limits) {
        return sandboxFactory(limits, BASE_IMAGES);
    }

    /**
     * A factory whose sandboxes start with busybox and those of {@code wanted} that the host
     * engine has; a lesson that needs a missing one says so when it starts.
     */
    SandboxFactory sandboxFactory(SandboxLimits limits, Collection<String> wanted) {
        String image = images.requireSandboxImage();
        for (String base : BASE_IMAGES) {
            if (!images.exists(base)) {
                throw new EngineException("the lesson image " + base + " is missing on the host engine. Make the images with:"
                        + " bin/slipway images");
            }
        }
        Set<String> loaded = new LinkedHashSet<>(BASE_IMAGES);
        wanted.stream().filter(images::exists).forEach(loaded::add);
        return new SandboxFactory(engine, home, image, limits, List.copyOf(loaded));
    }

    @Override
    public void close() {
        engine.close();
    }
}
