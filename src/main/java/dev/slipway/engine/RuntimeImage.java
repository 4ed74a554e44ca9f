package dev.slipway.engine;

import java.util.List;
import java.util.Map;

/**
 * A Debian base with a Java runtime, made with debootstrap like the other images, for building
 * Slipway's own image (the Dockerfile's {@code BASE}) where no registry is reachable.
 */
public final class RuntimeImage {

    public static final String REFERENCE = "slipway/java-runtime:17-bookworm";
    static final List<String> PACKAGES = List.of("openjdk-17-jre-headless");

    private RuntimeImage() {
    }

    static DebianRecipe recipe() {
        return new DebianRecipe(REFERENCE, PACKAGES, Map.of(), Map.of(), "", List.of(ImageRecipe.PATH_ENV, "CMD [\"bash\"]"));
    }
}
