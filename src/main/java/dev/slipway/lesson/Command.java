package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code $ } command of a transcript with the output it must print.
 *
 * @param commandText the command, its {@code \} continuation lines joined with newlines
 * @param expectedLines the lines it must print, without the {@code [N]} exit code line; a line
 *     {@code ...} matches any lines, {@code ...} inside a line matches any text, and a line
 *     ending in {@code " (re)"} is a regular expression
 * @param expectedExit the exit code it must end with
 * @param line 1-based file line of the {@code $ } line
 */
public record Command(String commandText, List<String> expectedLines, int expectedExit, int line) {

    private static final String REGEX_SUFFIX = " (re)";

    public Command {
        Objects.requireNonNull(commandText, "commandText");
        expectedLines = List.copyOf(expectedLines);
    }

    /** The regular expression of an expected line ending in {@code " (re)"}, trailing whitespace trimmed; empty for other lines. */
    public static Optional<String> regexOf(String expectedLine) {
        String text = expectedLine.stripTrailing();
        return text.endsWith(REGEX_SUFFIX)
                ? Optional.of(text.substring(0, text.length() - REGEX_SUFFIX.length()))
                : Optional.empty();
    }
}
