package dev.slipway.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Turns raw command output into the lines a learner sees in a terminal. */
final class TerminalText {

    /** CSI sequences (colours, cursor moves), OSC sequences (titles, links), and two-byte escapes. */
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");

    private TerminalText() {
    }

    /**
     * Splits output into lines: escape sequences removed, CRLF read as LF, a line rewritten
     * with a bare CR (a progress bar) kept as its last version, trailing whitespace trimmed. A
     * newline at the very end does not start another line; empty output has no lines.
     */
    static List<String> lines(String output) {
        String text = ESCAPES.matcher(output).replaceAll("").replace("\r\n", "\n");
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return Arrays.stream(text.split("\n", -1)).map(TerminalText::lastRewrite).map(String::stripTrailing).toList();
    }

    private static String lastRewrite(String line) {
        String trimmed = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return trimmed.substring(trimmed.lastIndexOf('\r') + 1);
    }
}
