package dev.slipway.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One block's result in headless checking, with where the block is.
 *
 * @param file the lesson file, as given
 * @param line 1-based line of the block's opening fence
 * @param kind {@code transcript}, {@code script}, {@code file}, {@code terminal}, {@code java},
 *     {@code check} or {@code solution}
 * @param title a check's {@code title=}, empty if none
 */
public record BlockReport(Path file, int line, String kind, Optional<String> title, RunResult result) {

    public BlockReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(result, "result");
    }

    /** {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }

    /** The kind, with the title in quotes when there is one: {@code check "web is running"}. */
    public String label() {
        return title.map(t -> kind + " \"" + t + "\"").orElse(kind);
    }
}
