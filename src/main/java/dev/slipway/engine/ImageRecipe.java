package dev.slipway.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** How to make one image with no registry: build a root filesystem, then import it. */
public interface ImageRecipe {

    String PATH_ENV = "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /** The image reference the recipe makes, such as {@code busybox:latest}. */
    String reference();

    /** A hint of how long {@link #buildRootfs} takes, shown before it starts. */
    String expectedDuration();

    /** Fills the empty folder {@code dir} with the image's root filesystem. */
    void buildRootfs(Path dir, Consumer<String> progress);

    /** Dockerfile instructions applied at import, such as {@code CMD ["sh"]}. */
    List<String> changes();
}
