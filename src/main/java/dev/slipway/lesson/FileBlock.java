package dev.slipway.lesson;

import java.util.Objects;

/**
 * A file written into the learner's workspace ({@code ```dockerfile file=hello/Dockerfile}).
 *
 * @param path relative to the workspace, with {@code /} separators; never leaves it
 * @param content the file's text
 * @param language the fence's language, empty if none
 */
public record FileBlock(Fence fence, String path, String content, String language) implements Block {

    public FileBlock {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(language, "language");
    }
}
