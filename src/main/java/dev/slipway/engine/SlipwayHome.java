package dev.slipway.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folder where Slipway keeps its state: the private engine, image build folders and
 * one folder per sandbox. {@code $SLIPWAY_HOME}, else {@code $XDG_STATE_HOME/slipway}, else
 * {@code ~/.local/state/slipway}.
 */
public record SlipwayHome(Path root) {

    public static SlipwayHome fromEnvironment() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static SlipwayHome fromEnvironment(Map<String, String> env, Path userHome) {
        String explicit = env.getOrDefault("SLIPWAY_HOME", "");
        if (!explicit.isBlank()) {
            return new SlipwayHome(Path.of(explicit).toAbsolutePath());
        }
        String xdg = env.getOrDefault("XDG_STATE_HOME", "");
        Path state = xdg.isBlank() ? userHome.resolve(".local/state") : Path.of(xdg);
        return new SlipwayHome(state.resolve("slipway").toAbsolutePath());
    }

    /** Where the private engine keeps its socket, data root and exec root. */
    public Path engineDir() {
        return root.resolve("engine");
    }

    /** Scratch space for building images; emptied after each build. */
    public Path buildDir() {
        return root.resolve("build");
    }

    /** The folder mounted into one sandbox, holding its inner engine's socket. */
    public Path sandboxDir(String sandboxId) {
        return root.resolve("sandboxes").resolve(sandboxId);
    }

    public Path sandboxesDir() {
        return root.resolve("sandboxes");
    }
}
