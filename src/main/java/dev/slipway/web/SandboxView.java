package dev.slipway.web;

import dev.slipway.sandbox.SandboxState;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox panel's content.
 *
 * @param running false while the learner holds no sandbox (before their first run, or after it was given back)
 * @param portLinks the path before a port number that opens what the sandbox serves on that port,
 *     such as {@code /s/3f2a.../port/}
 */
record SandboxView(boolean running, String portLinks, List<SandboxState.Container> containers, List<SandboxState.Image> images,
        List<SandboxState.Volume> volumes) {

    static SandboxView of(Optional<SandboxState> state, String portLinks) {
        SandboxState shown = state.orElse(SandboxState.empty());
        return new SandboxView(state.isPresent(), portLinks, shown.containers(), shown.images(), shown.volumes());
    }
}
