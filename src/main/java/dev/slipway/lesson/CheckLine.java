package dev.slipway.lesson;

import java.util.Objects;

/**
 * One assertion line of a declarative check, as written.
 *
 * @param line 1-based line in the lesson file
 * @param text the line without surrounding spaces
 */
public record CheckLine(int line, String text) {

    public CheckLine {
        Objects.requireNonNull(text, "text");
    }
}
