package dev.slipway.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed lesson file.
 *
 * @param id the file name without {@code .md}
 * @param path the file, as given to the parser
 * @param blocks the blocks to run, write, check or hide, in file order; a block's
 *     {@link Block#index()} is its position here
 * @param exercises the exercises, in file order
 * @param source the whole markdown file, front matter included
 */
public record Lesson(
        String id, Path path, FrontMatter frontMatter, List<Block> blocks, List<Exercise> exercises, String source) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        blocks = List.copyOf(blocks);
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(source, "source");
    }

    /** The lesson id a file gets: its name without {@code .md}. */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
