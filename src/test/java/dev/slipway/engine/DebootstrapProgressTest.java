package dev.slipway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebootstrapProgressTest {

    @Test
    void showsPhasesAndHidesPerPackageLines() {
        List<String> shown = new ArrayList<>();
        var progress = new DebootstrapProgress(shown::add);

        List.of("I: Retrieving InRelease", "I: Retrieving libc6 2.36", "I: Validating libc6 2.36",
                "I: Extracting libc6...", "I: Configuring libc6...", "I: Installing core packages...",
                "I: Base system installed successfully.").forEach(progress);

        assertThat(shown).containsExactly("  debootstrap: Retrieving InRelease", "  debootstrap: Installing core packages...",
                "  debootstrap: Base system installed successfully.");
    }
}
