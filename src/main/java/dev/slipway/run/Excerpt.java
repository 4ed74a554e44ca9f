package dev.slipway.run;

import java.util.List;

/** Cuts long text to a few lines for messages, saying how much was left out. */
final class Excerpt {

    private Excerpt() {
    }

    /** The first {@code max} lines of {@code text}, with a line counting the rest. */
    static String head(String text, int max) {
        List<String> lines = text.strip().lines().toList();
        if (lines.size() <= max) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, max)) + "\n... (" + (lines.size() - max) + " more lines)";
    }

    /** The last {@code max} lines of {@code text}, with a line counting what came before. */
    static String tail(String text, int max) {
        List<String> lines = text.strip().lines().toList();
        if (lines.size() <= max) {
            return String.join("\n", lines);
        }
        return "... (" + (lines.size() - max) + " lines before)\n" + String.join("\n", lines.subList(lines.size() - max, lines.size()));
    }
}
