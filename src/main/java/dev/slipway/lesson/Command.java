package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;

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

    public Command {
        Objects.requireNonNull(commandText, "commandText");
        expectedLines = List.copyOf(expectedLines);
    }
}
