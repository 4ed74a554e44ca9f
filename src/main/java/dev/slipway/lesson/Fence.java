package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;

/**
 * Where a block came from: the fenced code block in the lesson file.
 *
 * @param index 0-based position of the block among the lesson's blocks
 * @param line 1-based line of the opening fence in the file
 * @param info the parsed info string
 * @param text the block's content as written, ending with a newline unless empty
 */
public record Fence(int index, int line, InfoString info, String text) {

    public Fence {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }

    /** The content split into lines, without line ends; empty for empty content. */
    public List<String> lines() {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** The 1-based file line of the content line at {@code offset} (0 is the first content line). */
    public int lineOf(int offset) {
        return line + 1 + offset;
    }
}
