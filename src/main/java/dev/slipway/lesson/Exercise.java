package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A heading whose text starts with {@code Exercise:} and the checks, hints and solutions under
 * it, up to the next heading of the same or a higher level.
 *
 * @param id the slug of the title, unique in the lesson: {@code Serve the site!} gives
 *     {@code serve-the-site}
 * @param title the heading text after {@code Exercise:}
 * @param line 1-based line of the heading
 * @param checks {@link CheckBlock}s and {@link JavaBlock}s with {@code isCheck}, in order
 */
public record Exercise(
        String id, String title, int line, List<Block> checks, List<HintBlock> hints, List<SolutionBlock> solutions) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        checks = List.copyOf(checks);
        hints = List.copyOf(hints);
        solutions = List.copyOf(solutions);
    }
}
