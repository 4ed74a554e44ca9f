package dev.slipway.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The YAML header of a lesson.
 *
 * @param title shown in the catalogue; the lesson id when the front matter has none
 * @param summary one line for the catalogue, empty if none
 * @param order position in the catalogue, empty if none (such lessons come last)
 * @param images images the sandbox must hold before the lesson starts, as written
 * @param setup hidden shell script run in the sandbox before the lesson, empty if none
 * @param timeout default time limit of each block
 */
public record FrontMatter(
        String title, String summary, OptionalInt order, List<String> images, String setup, Duration timeout) {

    /** The time limit of a block when neither the block nor the front matter sets one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(order, "order");
        images = List.copyOf(images);
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Front matter with the given title and every other field at its default. */
    public static FrontMatter titled(String title) {
        return new FrontMatter(title, "", OptionalInt.empty(), List.of(), "", DEFAULT_TIMEOUT);
    }
}
