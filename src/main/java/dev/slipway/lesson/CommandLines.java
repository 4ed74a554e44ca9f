package dev.slipway.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code $ } commands, with {@code \} continuation lines, out of a block's lines. */
final class CommandLines {

    private static final Pattern EXIT_LINE = Pattern.compile("\\[(\\d{1,3})]");

    private CommandLines() {
    }

    static boolean isCommand(String line) {
        return line.startsWith("$ ") || line.strip().equals("$");
    }

    /**
     * Reads a transcript: every {@code $ } line starts a command, the lines up to the next one
     * are its expected output. A last expected line {@code [N]} is the exit code. Blank lines at
     * the end of the block are not expected output.
     */
    static List<Command> transcript(Fence fence, Problems problems) {
        List<String> lines = trimTrailingBlank(fence.lines());
        List<Command> commands = new ArrayList<>();
        int i = firstNonBlank(lines);
        while (i < lines.size()) {
            int start = i;
            StringBuilder text = new StringBuilder(lines.get(i).strip().equals("$") ? "" : lines.get(i).substring(2));
            while (endsWithContinuation(text) && i + 1 < lines.size()) {
                text.append('\n').append(continuation(lines.get(++i)));
            }
            i++;
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !isCommand(lines.get(i))) {
                expected.add(lines.get(i++));
            }
            if (text.toString().isBlank()) {
                problems.error(fence.lineOf(start), "a '$ ' line has no command; write the command after '$ '");
                continue;
            }
            commands.add(command(text.toString(), expected, fence.lineOf(start)));
        }
        return commands;
    }

    /**
     * Reads terminal commands: one a line, a {@code $ } prompt removed, blank and {@code #}
     * comment lines skipped, continuation lines joined.
     */
    static List<String> typed(Fence fence) {
        List<String> commands = new ArrayList<>();
        List<String> lines = fence.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder text = new StringBuilder(isCommand(line) ? line.strip().substring(1).strip() : line.strip());
            while (endsWithContinuation(text) && i + 1 < lines.size()) {
                text.append('\n').append(continuation(lines.get(++i)));
            }
            commands.add(text.toString());
        }
        return commands;
    }

    static int firstNonBlank(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static Command command(String text, List<String> expected, int line) {
        int exit = 0;
        if (!expected.isEmpty()) {
            Matcher m = EXIT_LINE.matcher(expected.get(expected.size() - 1).strip());
            if (m.matches()) {
                exit = Integer.parseInt(m.group(1));
                expected = expected.subList(0, expected.size() - 1);
            }
        }
        return new Command(text, expected, exit, line);
    }

    private static boolean endsWithContinuation(CharSequence text) {
        return text.length() > 0 && text.charAt(text.length() - 1) == '\\';
    }

    /** A continuation line, without the {@code > } prompt a shell shows before it. */
    private static String continuation(String line) {
        return line.startsWith("> ") ? line.substring(2) : line;
    }

    private static List<String> trimTrailingBlank(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }
}
